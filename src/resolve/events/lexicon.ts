/**
 * The words that signal events, roles and how sure the article is. Kept in
 * one module so the grammar's vocabulary can be read (and grown) in one place.
 */

/** Role nouns, each mapped to the role it names; longer phrases first. */
export const roleNouns: ReadonlyArray<[string, string]> = [
  ['chief executive officer', 'chief executive'],
  ['chief executive', 'chief executive'],
  ['general secretary', 'general secretary'],
  ['secretary-general', 'general secretary'],
  ['secretary general', 'general secretary'],
  ['prime minister', 'prime minister'],
  ['vice-president', 'vice president'],
  ['vice president', 'vice president'],
  ['head coach', 'manager'],
  ['managing director', 'managing director'],
  ['editor-in-chief', 'editor'],
  ['commander-in-chief', 'commander'],
  ['ceo', 'chief executive'],
  ['chief of staff', 'chief of staff'],
  ['vice-chancellor', 'vice-chancellor'],
  ['head of state', 'head of state'],
  ['leadership', 'leader'],
  ['chairmanship', 'chair'],
  ['presidency', 'president'],
  ['premiership', 'prime minister'],
  ['captaincy', 'captain'],
  ['commandant', 'commandant'],
  ['chancellor', 'chancellor'],
  ['premier', 'prime minister'],
  ['speaker', 'speaker'],
  ['secretary', 'secretary'],
  ['superintendent', 'superintendent'],
  ['provost', 'provost'],
  ['headmaster', 'principal'],
  ['headmistress', 'principal'],
  ['abbot', 'abbot'],
  ['leader', 'leader'],
  ['head', 'leader'],
  ['chief', 'leader'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
  ['chair', 'chair'],
  ['president', 'president'],
  ['director', 'director'],
  ['manager', 'manager'],
  ['coach', 'manager'],
  ['captain', 'captain'],
  ['rector', 'rector'],
  ['dean', 'dean'],
  ['principal', 'principal'],
  ['mayor', 'mayor'],
  ['governor', 'governor'],
  ['commander', 'commander'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['treasurer', 'treasurer'],
  ['ambassador', 'ambassador'],
  ['editor', 'editor'],
  ['king', 'monarch'],
  ['queen', 'monarch'],
  ['emperor', 'monarch'],
  ['sultan', 'monarch'],
  ['caliph', 'monarch'],
  ['emir', 'monarch'],
  ['shogun', 'monarch'],
  ['pope', 'pope'],
  ['bishop', 'bishop'],
  ['archbishop', 'archbishop'],
];

/** Generic nouns that refer back to the article's subject: `the group`, `the party`. */
export const subjectNouns = new Set([
  'group', 'party', 'movement', 'organisation', 'organization', 'army', 'front', 'company', 'corporation', 'firm',
  'club', 'team', 'band', 'university', 'college', 'school', 'institute', 'society', 'association', 'union', 'council',
  'trust', 'charity', 'city', 'town', 'village', 'country', 'state', 'coalition', 'alliance', 'federation', 'league',
  'network', 'faction', 'brigade', 'militia', 'guerrilla', 'insurgency', 'order', 'church', 'newspaper', 'paper',
  'museum', 'bank', 'agency', 'body', 'institution', 'foundation', 'brewery', 'station', 'commission', 'assembly',
  'parliament', 'government', 'regime', 'dynasty', 'clan', 'family', 'duo', 'trio', 'quartet', 'orchestra', 'ensemble',
]);

/** Cues that the article reports rather than asserts. */
export const reportedCue =
  /\b(?:reportedly|was reported|were reported|is reported|has been reported|had been reported|according to|sources said|it is said|is said to|are said to|was said to|is believed|was believed|were believed|reports? (?:that|say|said|suggest)|(?:said|stated|claimed|announced|reported|told|alleged) that|rumou?red)\b/i;

/** Cues that the subject describes itself, which the article does not vouch for. */
export const selfDescribedCue =
  /\b(?:described (?:himself|herself|itself|themselves) as|(?:calls|called|brands|branded|styles|styled|proclaims|proclaimed|regards|regarded|considers|considered) (?:himself|herself|itself|themselves)|self-(?:proclaimed|described|styled|claim(?:ed)?)|claims? to (?:be|have))\b/i;

/** Cues of an allegation. */
export const allegedCue = /\b(?:allegedly|alleged|accused of|suspected of|purportedly|supposedly)\b/i;

/** Cues that what follows did not happen or was wrong. */
export const negatedCue = /\b(?:erroneously|falsely|wrongly|mistakenly|incorrectly)\b|\b(?:was|were|is|are|has|have|had) (?:not|never)\b|\b(?:wasn't|weren't|didn't|never)\b/i;

/** Cues that the event was planned, not done. */
export const plannedCue = /\b(?:planned|would be|will be|was to be|were to be|intended to|proposed)\b/i;

/**
 * Cues that the sentence tells a story inside a work: words of fiction before
 * the event, or a sentence set in a work (`In the film, …`). A work merely
 * named (`after a part in a Dutch film in 1975, he was appointed …`) is not one.
 */
export const fictionalCue = /\b(?:fictional|fictionali[sz]ed|portrayed|portrays|depicted|depicts|dramati[sz]ed|character|characters|protagonist|played by)\b/i;

/** `In the film, …`, `In the novel's final chapter, …`: a sentence set inside a work. */
export const fictionalFrame = /^(?:in|within|throughout|at the end of) (?:the|this|that|his|her|their|its) (?:[\p{L}\p{N}'’-]{1,20} ){0,3}(?:film|movie|novel|play|series|episode|game|story|book|musical|opera|sequel|comic|manga|anime|show|season)(?:'s|’s)?\b/iu;
