import { type LexiconModule } from './list.js';

/**
 * The words that say how sure the article is of what it states: reported,
 * self-described, alleged, negated, planned or told inside a work of fiction.
 * Gathered from the corpus articles' wording.
 */

/** Cues that the article reports rather than asserts. */
export const reportedCue =
  /\b(?:reportedly|was reported|were reported|is reported|has been reported|had been reported|according to (?!(?:the |a )?(?:\d{4} )?(?:census|estimates?|records)\b)|sources said|it is said|is said to|are said to|was said to|is believed|was believed|were believed|reports? (?:that|say|said|suggest)|(?:said|stated|claimed|announced|reported|told|alleged) that|rumou?red)\b/i;

/** Cues that the subject describes itself, which the article does not vouch for. */
export const selfDescribedCue =
  /\b(?:described (?:himself|herself|itself|themselves) as|(?:calls|called|brands|branded|styles|styled|proclaims|proclaimed|regards|regarded|considers|considered) (?:himself|herself|itself|themselves)|self-(?:proclaimed|described|styled|claim(?:ed)?)|claims? to (?:be|have))\b/i;

/** Cues of an allegation. */
export const allegedCue = /\b(?:allegedly|alleged|accused of|suspected of|purportedly|supposedly)\b/i;

/** Cues that what follows did not happen or was wrong. */
export const negatedCue = /\b(?:erroneously|falsely|wrongly|mistakenly|incorrectly)\b|\b(?:was|were|is|are|has|have|had) (?:not|never)\b|\b(?:wasn't|weren't|didn't|never)\b/i;

/**
 * Cues that the event was planned, not done. `planned` as a verb (`was
 * planned`, `planned to`), not the adjective of `a planned port`, which was
 * built all the same.
 */
export const plannedCue = /\b(?:(?:was|were|is|are|be|been|being|had|has|have) planned|planned (?:to|for)|would be|will be|was to be|were to be|intended to|proposed|leading to|calls? for|sought|against\s+\p{L}+ing)\b/iu;

/**
 * Cues that the sentence tells a story inside a work: words of fiction before
 * the event, or a sentence set in a work (`In the film, …`). A work merely
 * named (`after a part in a Dutch film in 1975, he was appointed …`) is not one.
 */
export const fictionalCue = /\b(?:fictional|fictionali[sz]ed|portrayed|portrays|depicted|depicts|dramati[sz]ed|character|characters|protagonist|played by)\b/i;

/** `In the film, …`, `In the novel's final chapter, …`: a sentence set inside a work. */
export const fictionalFrame = /^(?:in|within|throughout|at the end of) (?:the|this|that|his|her|their|its) (?:[\p{L}\p{N}'’-]{1,20} ){0,3}(?:film|movie|novel|play|series|episode|game|story|book|musical|opera|sequel|comic|manga|anime|show|season)(?:'s|’s)?\b/iu;

/**
 * The cues of {@link reportedCue} that also hedge what comes before them:
 * `X died in 1901, according to his son`, `…, reports said`. A verb that
 * says `that` hedges the clause after it, not a fact told before it (`A
 * native of Dunmore, she has often said that …`).
 */
export const reportedAfterCue =
  /\b(?:reportedly|according to (?!(?:the |a )?(?:\d{4} )?(?:census|estimates?|records)\b)|sources said|it is said|is said to|are said to|was said to|is believed|was believed|were believed|reports? (?:say|said|suggest)|rumou?red)\b/i;

/** Where these words come from. */
export const source = 'Hedges, attributions, negations, plans and frames of fiction in the wording of the corpus articles and the seed; kept as patterns because they are phrases with word order, not word classes.';

/** This module's lists by name: its cues are phrases in patterns, listed here by the pattern's source. */
export const lexicon: LexiconModule = {
  module: 'cues',
  source,
  lists: { patterns: [reportedCue, reportedAfterCue, selfDescribedCue, allegedCue, negatedCue, plannedCue, fictionalCue, fictionalFrame].map((pattern) => pattern.source) },
};
