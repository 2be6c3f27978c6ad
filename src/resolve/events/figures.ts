import type { QuantityClaim } from '../../schema/claims.js';
import type { Entity } from '../../schema/entities.js';
import { squeeze, trailingWord } from '../../util/scan.js';
import { capitalizedPhraseBefore, clauseAround, dateClaim, dateFor, mentionEntity, nameBefore } from './grammar.js';
import { partsEvent } from './parts.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';

/** What a figure measures, from its noun or the words around it. */
const measures: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:population|inhabitants?|residents?|people lived|populace)\b/i, 'population'],
  [/\b(?:capacity|seating|spectators?)\b/i, 'capacity'],
  [/\b(?:employees?|staff|workforce|workers|employed)\b/i, 'employees'],
  [/\b(?:students?|pupils?|enrol(?:l)?ment)\b/i, 'students'],
  [/\b(?:members?|membership|fighters?|militants?|guerrillas?|soldiers?|troops|combatants?|strength|numbered|cadres?)\b/i, 'members'],
];
const deathCue = /\b(?:kill(?:ed|ing|s)?|deaths?|dead|died|fatalities|death toll|murder(?:ed)? of|massacre of|lives)\b/i;
const casualtyNoun = /^(?:person|people|civilian|soldier|officer|policeman|policemen|police officer|child|children|man|men|woman|women|worker|miner|passenger|member|fighter|militant|guerrilla|student|villager|resident|protester|troop|marine|sailor|hostage|prisoner|victim|inhabitant)s?$/i;
const eventNoun = /\b(?:attack|massacre|bombing|ambush|shooting|crash|raid|explosion)\b/g;
const eventTitle = /\b(?:attack|massacre|bombing|ambush|shooting|crash|disaster|battle|siege|raid|explosion|fire|earthquake|riot)s?\b/i;

/**
 * Figures tied to what they measure: the size of a group (`numbered at around
 * 60 to 80 people`), a population, a capacity, a workforce, and the dead and
 * injured of an attack (`killing 18 people`, `the 16 people killed in the
 * attack`). Each becomes a `size` or `attack` event whose qualifiers name the
 * measure, so rules compare like with like.
 */
export const figureDetector: EventDetector = {
  name: 'figures',
  detect(view, context) {
    const drafts: EventDraft[] = [];
    for (const figure of view.figures) {
      if (figure.claim.kind !== 'quantity' || figure.claim.value.percent) continue;
      const casualty = casualtyEvent(view, context, figure, figure.claim);
      if (casualty) {
        drafts.push(casualty);
        continue;
      }
      const size = sizeEvent(view, context, figure, figure.claim) ?? partsEvent(view, context, figure, figure.claim);
      if (size) drafts.push(size);
    }
    return drafts;
  },
};

function casualtyEvent(view: SentenceView, context: EventContext, figure: Mention, claim: QuantityClaim): EventDraft | undefined {
  // `18 people`, `169 knights`, `about 6,000` (killed): anyone who can be killed, or no noun at all.
  const noun = claim.value.noun?.split(' ').pop() ?? '';
  if (noun !== '' && !casualtyNoun.test(noun) && !/^\s*(?:were |had been |have been )?(?:killed|dead|died|wounded|injured)\b/i.test(view.plain.slice(figure.end, figure.end + 30))) return undefined;
  const before = view.plain.slice(Math.max(0, figure.start - 30), figure.start);
  const after = view.plain.slice(figure.end, figure.end + 30);
  // `killing 18 people`, `the deaths of 18 people`, `18 people were killed`, `the 16 people killed in`.
  const deaths = (deathCue.test(before) && /(?:kill(?:ed|ing)|deaths? of|murder(?:ed)? of|massacre of|death toll of)\s+(?:about |around |some |nearly |at least |over |more than |up to )?$/i.test(before)) || /^\s*(?:were |had been |have been )?(?:killed|dead|died)\b/i.test(after);
  const next = squeeze(after);
  const injuries = !deaths && (/(?:injur(?:ed|ing)|wound(?:ed|ing))\s+(?:about |around |some |nearly |at least |over |more than )?$/i.test(before) || /^(?:(?:were|had been) )?(?:[a-z]+ )?(?:injured|wounded|hurt)\b/i.test(next));
  if (!deaths && !injuries) return undefined;
  // `including four children`: a part of a figure already given is not a second count.
  if (/\b(?:including|among them|of whom|of which)\s+$/i.test(before)) return undefined;
  const attack = attackOf(view, context, figure);
  if (!attack) return undefined;
  const date = dateFor(view, figure.start, figure.end);
  const dateValue = dateClaim(date);
  return {
    value: {
      type: 'attack',
      subject: attack.entity?.id ?? null,
      subjectText: attack.text,
      name: attack.name,
      aspect: 'point',
      ...(dateValue ? { date: dateValue.id } : {}),
      figures: [claim.id],
      qualifiers: [deaths ? 'deaths' : 'injured', ...sideOf(view, figure, claim), ...(attack.twoSided ? ['two-sided'] : [])],
      rests: [claim.id, ...(dateValue ? [dateValue.id] : [])],
      trigger: deaths ? 'killed' : 'injured',
    },
    span: [figure.start, figure.end],
  };
}

// `The Italians suffered`, `the Allies had`, `the Allied nobility alone lost`: whose dead a figure counts.
const sideVerb = /\b(?:suffered|lost|had|sustained|reported|counted)\s+(?:about |around |some |nearly |at least |over |more than |up to |an estimated |approximately )?$/i;
const sideNouns = /^(?:the|a|an|alone|only|nobility|army|armies|forces?|troops|side|losses|casualties)$/i;

/**
 * The side a casualty figure counts, as `side:italian`: the demonym in its
 * noun (`8,000 Italian soldiers`) or the subject of `suffered`/`lost`/`had`
 * before it. Battles have two sides; their figures are compared side by side.
 */
function sideOf(view: SentenceView, figure: Mention, claim: QuantityClaim): string[] {
  // `8,000 Italian soldiers`: a capitalized word after the number names the side.
  const figureWords = view.plain.slice(figure.start, figure.end).split(/\s+/);
  const numberAt = figureWords.findIndex((word) => /\d/.test(word));
  const written = figureWords.slice(numberAt + 1).find((word) => /^\p{Lu}/u.test(word));
  if (numberAt >= 0 && written) return [`side:${normalizeSide(written)}`];
  const before = view.plain.slice(Math.max(0, figure.start - 60), figure.start);
  // `4,000 killed and 8,000 wounded`: a figure coordinated with the one before shares its side.
  const previous = view.figures.filter((other) => other.end <= figure.start && figure.start - other.end <= 30 && /^\s+(?:killed|dead|wounded|injured|missing|captured)(?:,| and|, and)\s+$/.test(view.plain.slice(other.end, figure.start)));
  const coordinated = previous[previous.length - 1];
  if (coordinated && coordinated.claim.kind === 'quantity') return sideOf(view, coordinated, coordinated.claim);
  // `Ethiopian losses have been estimated at`, `French casualties numbered`.
  const window = view.plain.slice(Math.max(0, figure.start - 100), figure.start);
  const losses = /\b(?:losses|casualties|dead|deaths)\b/.exec(window);
  const owner = losses ? trailingWord(window.slice(0, losses.index), (char) => /[\p{L}-]/u.test(char), { minSpaces: 1, maxSpaces: 2 }) : undefined;
  if (owner && /^\p{Lu}/u.test(owner.word)) return [`side:${normalizeSide(owner.word)}`];
  if (!sideVerb.test(before)) return [];
  const words = squeeze(before.replace(sideVerb, '')).split(' ').reverse();
  const side = words.find((word) => /^\p{Lu}/u.test(word) && !sideNouns.test(word));
  return side && words.indexOf(side) <= 3 ? [`side:${normalizeSide(side)}`] : [];
}

function normalizeSide(word: string): string {
  const lower = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (lower === 'allied' || lower === 'allies') return 'ally';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Which attack a casualty figure belongs to: one named in the sentence, or the article's own subject event. */
function attackOf(view: SentenceView, context: EventContext, figure: Mention): { name: string; text: string; entity?: Entity; twoSided?: boolean } | undefined {
  const [start, end] = clauseAround(view.plain, figure.start);
  eventNoun.lastIndex = 0;
  for (let match = eventNoun.exec(view.plain); match && match.index < end; match = eventNoun.exec(view.plain)) {
    const nameStart = capitalizedPhraseBefore(view.plain, match.index);
    if (nameStart === undefined) continue;
    const text = view.plain.slice(nameStart, match.index + match[0].length);
    return { name: text.replace(/\s+/g, ' '), text };
  }
  // The article's own event, when the sentence refers to it or sits in its section, not in the background.
  const title = context.resolved.article.title;
  const titleNoun = title ? eventTitle.exec(title)?.[0].toLowerCase() : undefined;
  // `killed at Adwa` in the article on the Battle of Adwa: a word of the title's name counts too.
  const place = /^(?:Battle|Siege|Sack|Massacre) of (\p{Lu}[\p{L}'-]+)/u.exec(title ?? '')?.[1];
  const words = squeeze(view.plain).split(' ').map((word) => word.replace(/[^\p{L}'-]/gu, ''));
  const atPlace = place !== undefined && words.some((word, index) => word === place && /^(?:at|near|of|in)$/i.test(words[index - 1] ?? ''));
  // In the article on one battle, a casualty figure naming no other event is the battle's.
  const otherEvent = /\b(?:Battle|Siege|War|Campaign|Revolt|Rebellion) of\b/.test(view.plain.replace(title ?? '\u0000', ''));
  const battleArticle = place !== undefined && !otherEvent;
  const refersToTitle = titleNoun !== undefined && (view.plain.toLowerCase().includes(`the ${titleNoun}`) || atPlace || battleArticle || view.sentence.sectionPath.length === 0 || view.sentence.sectionPath.some((heading) => eventTitle.test(heading)));
  if (title && refersToTitle) return { name: title, text: title, twoSided: place !== undefined, ...(context.subject ? { entity: context.subject } : {}) };
  const generic = /\bthe (attack|massacre|bombing|ambush|shooting|crash|raid|explosion)\b/i.exec(view.plain.slice(start, end));
  if (generic) return { name: `the ${generic[1]?.toLowerCase()}`, text: generic[0] };
  return undefined;
}

// A figure states a size only after a verb or noun of having or counting: `had 3,000 employees`, `numbered at around 60`.
const sizeLead = /(?:'s|\b(?:had|has|have|having|with|holds|held|seats|seated|accommodates|numbered(?: at)?|numbering|totall?(?:ed|ing)|estimated at|strength (?:of|at|was|is)|membership (?:of|was|is)|population (?:of|was|is|in \d{4} was)|capacity (?:of|is|was)|employs|employed|employing|counted|reached|grew to|fell to|rose to|enrol(?:l)?(?:ed|s)|of|its|their|was|is))\s+(?:about |around |some |nearly |approximately |over |more than |at least |an estimated |roughly |almost |just over |just under )?$/i;

const widerArea = /\b(?:the|its|this|that) (county|district|metropolitan area|metro area|urban area|region|state|province|country|island|conurbation|township|diocese|nation)\b/i;

function sizeEvent(view: SentenceView, context: EventContext, figure: Mention, claim: QuantityClaim): EventDraft | undefined {
  const before = view.plain.slice(Math.max(0, figure.start - 50), figure.start);
  const after = view.plain.slice(figure.end, figure.end + 12);
  if (!sizeLead.test(before) && !/^-?capacity\b/i.test(after) && !/-capacity$/i.test(claim.text)) return undefined;
  const noun = claim.value.noun ?? '';
  const measure = measureOf(noun, before, after);
  if (!measure) return undefined;
  const owner = nameBefore(view, figure.start, ['organization', 'place']);
  const ownerEntity = mentionEntity(context, owner);
  const subject = ownerEntity ?? (context.subject && context.subject.type !== 'person' ? context.subject : undefined);
  if (!subject) return undefined;
  // `The county had 351,715 residents`: a wider area than the subject, unless the subject is one.
  const area = ownerEntity ? undefined : widerArea.exec(view.plain.slice(clauseAround(view.plain, figure.start)[0], figure.start));
  if (area && !subject.canonical.toLowerCase().includes((area[1] as string).toLowerCase())) return undefined;
  // `At the 2011 census Lanmore had a population of 14,736`: a clause's one date dates its figure.
  const [clauseStart, clauseEnd] = clauseAround(view.plain, figure.start);
  const inClause = view.dates.filter((mention) => mention.start >= clauseStart && mention.end <= clauseEnd);
  const date = dateFor(view, figure.start, figure.end) ?? (inClause.length === 1 ? inClause[0] : undefined);
  const dateValue = dateClaim(date);
  return {
    value: {
      type: 'size',
      subject: subject.id,
      subjectText: owner?.claim.text ?? subject.canonical,
      aspect: 'state',
      ...(dateValue ? { date: dateValue.id } : {}),
      figures: [claim.id],
      qualifiers: [measure],
      rests: [claim.id, ...(owner ? [owner.claim.id] : []), ...(dateValue ? [dateValue.id] : [])],
      trigger: measure,
    },
    span: [figure.start, figure.end],
  };
}

function measureOf(noun: string, before: string, after: string): string | undefined {
  // `the 25,000-capacity stadium`.
  if (/^-?capacity\b/i.test(after) || noun === 'capacity') return 'capacity';
  for (const [pattern, measure] of measures) if (noun !== '' && pattern.test(noun)) return measure;
  const lead = /\b(population|capacity|strength|membership|workforce|staff|enrol(?:l)?ment|numbered)\b[^.;]{0,20}$/i.exec(before);
  if (!lead) return undefined;
  for (const [pattern, measure] of measures) if (pattern.test(lead[1] as string)) return measure;
  return undefined;
}
