import type { RuleContext } from '../../check/index.js';
import type { Evidence, Mention } from '../../schema/entities.js';
import type { Token } from '../../segment/tokens.js';

/** A quoted epithet the article gives a person, with who bears it. */
export interface Epithet {
  /** The epithet's words without a leading `the`, lower case: what two epithets are compared by. */
  key: string;
  /** The epithet as written inside its quotation marks. */
  text: string;
  entity: string;
  evidence: Evidence[];
}

// Verbs after which `as "Y"` gives an epithet: `known to fans as "the Professor"`, `remembered … as the true "Copper King"`.
const knownVerbs: ReadonlySet<string> = new Set(['know', 'remember', 'hail', 'style', 'bill', 'nickname', 'dub', 'call']);
// Verbs whose object bears the quotation after it: `call him "the Copper King"`, `earned him the nickname "the Professor"`.
const namingVerbs: ReadonlySet<string> = new Set(['call', 'dub', 'nickname', 'earn', 'give', 'win', 'brand', 'label']);
// Nouns before a quotation that say it is an epithet: `the nickname "the Professor"`.
const epithetNouns: ReadonlySet<string> = new Set(['nickname', 'epithet', 'sobriquet', 'title', 'name']);
const openQuotes: ReadonlySet<string> = new Set(['"', '“', "''"]);
const closeQuotes: ReadonlySet<string> = new Set(['"', '”', "''"]);
// How many tokens a known-verb may stand before its `as`: `remembered in a ballad of the Butte miners as`.
const cueReach = 10;
// Longest epithet read, in words.
const maxEpithetWords = 6;

/**
 * The quoted epithets of an article and their bearers: `Hawke, … who was known
 * to players and fans as "the Professor"` (the clause's subject, here by the
 * relative pronoun), `earned him the nickname "the Professor"` and `call him
 * "the Copper King"` (the object of the naming verb). A clause that says the
 * epithet is shared (`also`, `like his father`) gives none.
 */
export function quotedEpithets(context: RuleContext): Epithet[] {
  const bySentence = new Map<number, Mention[]>();
  for (const mention of context.mentions) {
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(mention);
    bySentence.set(mention.sentence, list);
  }
  const epithets: Epithet[] = [];
  context.sentences.forEach((sentence, index) => {
    const tokens = context.tokens[index] ?? [];
    for (let open = 0; open < tokens.length; open++) {
      if (!openQuotes.has((tokens[open] as Token).text)) continue;
      const close = closingQuote(tokens, open);
      if (close === undefined) continue;
      const words = tokens.slice(open + 1, close);
      const firstWord = words[0]?.lower === 'the' ? words[1] : words[0];
      if (words.length === 0 || words.length > maxEpithetWords || !firstWord || !/^\p{Lu}/u.test(firstWord.text)) continue;
      const bearer = bearerOf(tokens, open, bySentence.get(index) ?? [], sentence.toSource.bind(sentence));
      open = close;
      if (!bearer?.entity || context.entity(bearer.entity)?.type !== 'person') continue;
      const start = sentence.toSource((words[0] as Token).start);
      const end = sentence.toSource((words.at(-1) as Token).end, true);
      const text = context.text.slice(start, end);
      epithets.push({
        key: text.toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' '),
        text,
        entity: bearer.entity,
        evidence: [context.quote(start, end, 'epithet'), context.quote(bearer.position.start.offset, bearer.position.end.offset, 'bearer')],
      });
    }
  });
  return epithets;
}

function closingQuote(tokens: readonly Token[], open: number): number | undefined {
  for (let at = open + 1; at < tokens.length && at <= open + maxEpithetWords + 1; at++) {
    if (closeQuotes.has((tokens[at] as Token).text)) return at;
  }
  return undefined;
}

/** The mention that bears the quotation opening at `open`, by the cue before it, or undefined when no cue says it is an epithet. */
function bearerOf(tokens: readonly Token[], open: number, mentions: readonly Mention[], toSource: (offset: number) => number): Mention | undefined {
  let at = open - 1;
  // `the true "Copper King"`, `the nickname "the Professor"`.
  while (at >= 0 && ((tokens[at] as Token).pos === 'ADJ' || (tokens[at] as Token).lower === 'the')) at--;
  const noun = tokens[at] !== undefined && epithetNouns.has((tokens[at] as Token).lemma);
  if (noun) {
    at--;
    while (at >= 0 && ((tokens[at] as Token).lower === 'the' || (tokens[at] as Token).lower === 'a')) at--;
  }
  const cueFrom = Math.max(0, open - cueReach);
  if (tokens.slice(cueFrom, open).some((token) => token.lower === 'also' || token.lower === 'like')) return undefined;
  // `call him "…"`, `earned him the nickname "…"`: the object right before is the bearer.
  const object = tokens[at];
  const verb = tokens[at - 1];
  if (object && verb && verb.pos === 'VERB' && namingVerbs.has(verb.lemma) && (object.pos === 'PRON' || object.pos === 'PROPN')) return mentionAt(mentions, toSource(object.start));
  // `was known to players and fans as "…"`, `is remembered … as the true "…"`: the clause's subject.
  if (tokens[at]?.lower !== 'as') return undefined;
  const cue = tokens.slice(Math.max(0, at - cueReach), at).findLast((token) => token.pos === 'VERB' && knownVerbs.has(token.lemma));
  if (!cue) return undefined;
  const cueStart = toSource(cue.start);
  return mentions.filter((mention) => mention.position.end.offset <= cueStart && mention.entity !== null && (mention.form === 'name' || mention.form === 'relative' || mention.form === 'pronoun')).at(-1);
}

function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  return mentions.find((mention) => mention.position.start.offset <= offset && offset < mention.position.end.offset);
}
