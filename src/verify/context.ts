/**
 * Function words left out when two sentences are compared for what they are
 * about: articles, pronouns, auxiliaries, prepositions and conjunctions of
 * English (a short list of our own, the closed classes only).
 */
const functionWords = new Set(
  (
    'a an the this that these those it its he she his her him they their them we our you your i me my ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'of in on at to for from by with as into onto upon about after before during since until between among over under ' +
    'and or but nor so yet if then than also not no only just very more most less least such same other another ' +
    'which who whom whose what when where while there here all any both each few many much some one ' +
    'according said says later first'
  ).split(' '),
);

const wordPattern = /\p{L}[\p{L}\p{M}'’-]{0,60}/gu;

/** A word as compared: lower case, a plural or past ending taken off (`killed` → `kill`, `towns` → `town`). */
export function wordKey(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length > 5 && lower.endsWith('ing')) return lower.slice(0, -3);
  if (lower.length > 4 && lower.endsWith('ed')) return lower.slice(0, -2);
  if (lower.length > 4 && lower.endsWith('es')) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** The content words of a text with their offsets, function words left out. */
export function contentWords(text: string): Array<{ key: string; start: number; end: number }> {
  const words: Array<{ key: string; start: number; end: number }> = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const lower = match[0].toLowerCase();
    if (functionWords.has(lower)) continue;
    words.push({ key: wordKey(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/**
 * What a value is said about, as two sets of words of its sentence: all of
 * them but the value's own, and the few nearest it (the `born` of `was born
 * on 11 April 1895`), which tell two values of one sentence apart.
 */
export interface ValueContext {
  sentence: Set<string>;
  near: Set<string>;
  /** The nearest content word on each side: in a list (`Bodmen in 1253, Bodman in 1377`) only these tell the items apart. */
  adjacent: Set<string>;
}

const nearWords = 4;

/** The context of the value at `[start, end)` of `text` (offsets into `text`). */
export function valueContext(text: string, start: number, end: number): ValueContext {
  const words = contentWords(text);
  const outside = words.filter((word) => word.end <= start || word.start >= end);
  const before = outside.filter((word) => word.end <= start).slice(-nearWords);
  const after = outside.filter((word) => word.start >= end).slice(0, nearWords);
  const adjacent = [before.at(-1), after[0]].filter((word): word is { key: string; start: number; end: number } => word !== undefined);
  return { sentence: new Set(outside.map((word) => word.key)), near: new Set([...before, ...after].map((word) => word.key)), adjacent: new Set(adjacent.map((word) => word.key)) };
}

/** How much two contexts share: the words next to both values, words near both, then words of both sentences. */
export function contextOverlap(a: ValueContext, b: ValueContext): { adjacent: number; near: number; sentence: number } {
  let adjacent = 0;
  for (const key of a.adjacent) if (b.adjacent.has(key)) adjacent++;
  let near = 0;
  for (const key of a.near) if (b.near.has(key) || b.sentence.has(key)) near++;
  let sentence = 0;
  for (const key of a.sentence) if (b.sentence.has(key)) sentence++;
  return { adjacent, near, sentence };
}
