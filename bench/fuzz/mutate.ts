/**
 * Seeded mutations of real articles: inserts of interesting tokens, deletes,
 * duplications, splices from other articles and flipped bits. The same seed
 * always gives the same case, so every failure can be replayed.
 */

/** A small, fast, seedable PRNG (mulberry32): same seed, same sequence, on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

// Markup of both formats, text the extractors care about, and Unicode that
// has broken parsers before: combining marks, emoji (astral and ZWJ), RTL,
// direction overrides, NUL, lone surrogates, a BOM, CR and the line separator.
const tokens: readonly string[] = [
  '\n', '\n\n', '\r\n', '\r', '\t', '    ', '= ', ' =', '== History ==\n', '=== A ===', '# ', '## ', '- ', '* ', '1. ', '> ', '>> ',
  '```', '~~~', '---', '***', '| a | b |\n|---|---|\n', '[1]', '[12]', '[a]', '[citation needed]', '[^1]', '[^1]: Note.\n', '[a]: /url\n',
  '[x](y)', '![i](j)', '**', '*', '_', '__', '`', '``', '\\', '&amp;', '&#0;', '&#x110000;', '&nbsp;', '<ref>', '</ref>', '<!--', '-->', '<br>',
  '{{', '}}', '[[', ']]', "'''", '- Born: 12 March 1990\n', '- Key: ', ': ', '(', ')', '"', '“', '”', '…', '.', '. ', '? ',
  '1990', '12 March 1990', 'March 12, 1990', '1990–91', 'c. 1200', 'b. 1950', '−5', '1,234.5', '3.5 million', '$3 million', '45%', '12th',
  'Dr. ', 'U.S. ', 'J. R. R. Tolkien', 'He ', 'She was born in ', 'Comrade ', 'Gonzalo ', 'the Party ',
  'e\u0301', '\u0301\u0301\u0301', '😀', '👨‍👩‍👧', '🇵🇪', 'مرحبا بالعالم', 'שלום', '\u202e', '\u200f', '\u0000', '\ud800', '\udfff', '\ufeff', '\u2028', '\u00a0', '\ufffd',
];

/** One mutated text and the names of the steps that made it, for the report of a failure. */
export interface Mutation {
  text: string;
  steps: string[];
}

/**
 * Applies 1 to 8 random edits to a window of `base` (a random stretch of up
 * to 4 KB starting at a line, or the article's opening so titles and
 * infoboxes get mutated too). `donors` are other texts to splice from.
 */
export function mutate(base: string, donors: readonly string[], random: () => number): Mutation {
  return applyEdits(windowOf(base, random), 1 + Math.floor(random() * 8), donors, random);
}

/** Applies `edits` random edits to the whole of `text` (inserts, deletes, duplications, flipped bits, splices from `donors`). */
export function applyEdits(original: string, edits: number, donors: readonly string[], random: () => number): Mutation {
  const pick = (length: number): number => Math.floor(random() * length);
  const steps: string[] = [];
  let text = original;
  for (let edit = 0; edit < edits; edit++) {
    const at = pick(text.length + 1);
    const kind = pick(6);
    if (kind === 0 || kind === 1) {
      const token = tokens[pick(tokens.length)] as string;
      const repeat = random() < 0.1 ? 1 + pick(200) : 1;
      text = text.slice(0, at) + token.repeat(repeat) + text.slice(at);
      steps.push(`insert ${JSON.stringify(token)}×${repeat} at ${at}`);
    } else if (kind === 2) {
      const length = 1 + pick(60);
      text = text.slice(0, at) + text.slice(at + length);
      steps.push(`delete ${length} at ${at}`);
    } else if (kind === 3) {
      const length = 1 + pick(200);
      const to = pick(text.length + 1);
      text = text.slice(0, to) + text.slice(at, at + length) + text.slice(to);
      steps.push(`duplicate ${length} from ${at} to ${to}`);
    } else if (kind === 4 && text.length > 0) {
      const index = Math.min(at, text.length - 1);
      const flipped = String.fromCharCode(text.charCodeAt(index) ^ (1 << pick(16)));
      text = text.slice(0, index) + flipped + text.slice(index + 1);
      steps.push(`flip a bit at ${index}`);
    } else {
      const donor = donors[pick(donors.length)] ?? '';
      const from = pick(donor.length + 1);
      const length = 1 + pick(300);
      text = text.slice(0, at) + donor.slice(from, from + length) + text.slice(at);
      steps.push(`splice ${length} from another article at ${at}`);
    }
  }
  return { text, steps };
}

const maxWindow = 4096;

function windowOf(base: string, random: () => number): string {
  if (base.length <= maxWindow || random() < 0.3) return base.slice(0, maxWindow);
  const from = Math.floor(random() * (base.length - maxWindow));
  const lineStart = base.lastIndexOf('\n', from) + 1;
  return base.slice(lineStart, lineStart + maxWindow);
}

/**
 * Shrinks a failing text while `fails` still holds, by dropping ever smaller
 * pieces (delta debugging, greedy). At most `budget` tries, so a slow failure
 * cannot stall a campaign.
 */
export function shrink(text: string, fails: (candidate: string) => boolean, budget = 400): string {
  let current = text;
  let tries = 0;
  for (let piece = Math.max(1, current.length >> 1); piece >= 1 && tries < budget; piece = piece === 1 ? 0 : piece >> 1) {
    for (let start = 0; start < current.length && tries < budget; ) {
      const candidate = current.slice(0, start) + current.slice(start + piece);
      tries++;
      if (candidate.length < current.length && fails(candidate)) current = candidate;
      else start += piece;
    }
  }
  return current;
}
