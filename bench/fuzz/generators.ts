/**
 * Structured generators: texts built to make one kind of work grow, beside
 * the byte mutations of bench/fuzz/mutate.ts. Each class names the shape it
 * repeats — one line shape over and over, many references, deep nesting, one
 * long token, many distinct names or dates — and builds a text of about the
 * size asked for, varied by a seeded random stream so the fuzz campaign sees
 * many variants of each.
 *
 * The stress test runs every class at 256 KB (test/stress.test.ts), the
 * benchmark at 1 MB (`npm run bench -- --only stress`), the fuzz campaign at
 * a few kilobytes with mutations on top (bench/fuzz/cases.ts).
 */
import type { FuzzInput } from './invariants.js';

/** What a class makes grow: the groups of issue 15. */
export type GeneratorGroup = 'lines' | 'references' | 'nesting' | 'tokens' | 'names' | 'dates';

/** One class of generated text. */
export interface Generator {
  /** Stable, kebab-case: the stress test, the benchmark and the fuzz report name cases by it. */
  name: string;
  group: GeneratorGroup;
  format: FuzzInput['format'];
  /** A text of at least `size` UTF-16 units (and not much more), drawn with `random`. */
  build(size: number, random: () => number): string;
}

type Random = () => number;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)] as T;

/** `head`, then `unit(index)` for index 0, 1, 2… until the text reaches `size`, then `tail`. */
function repeatUnits(size: number, unit: (index: number) => string, head = '', tail = ''): string {
  const parts = [head];
  let length = head.length + tail.length;
  for (let index = 0; length < size; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** `piece` repeated to exactly `size` units between `head` and `tail` (the repetition is cut, so a token may be split at the end). */
function repeatTo(size: number, piece: string, head = '', tail = ''): string {
  const body = Math.max(0, size - head.length - tail.length);
  return head + piece.repeat(Math.ceil(body / piece.length)).slice(0, body) + tail;
}

// Syllables for names that are distinct, pronounceable and capitalized, and
// never a word of any lexicon (no role, month or place words).
const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'zu', 'bel', 'dan', 'sho', 'pei', 'gru', 'nal', 'tis', 'quo', 'wem'];

/** A distinct capitalized word for each index: its digits in base 16 spelled as syllables. */
export function syntheticName(index: number, salt = 0): string {
  let rest = index + 16 * (salt % 16) + 16;
  let word = '';
  while (rest > 0) {
    word += syllables[rest % 16];
    rest = Math.floor(rest / 16);
  }
  return word[0]?.toUpperCase() + word.slice(1);
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const infoboxKeys = ['Born', 'Died', 'Founded', 'Leader', 'Population', 'Spouse', 'Occupation', 'Years active', 'Headquarters', 'Dissolved'];
const dateOf = (index: number, random: Random): string => `${1 + (index % 28)} ${pick(months, random)} ${1800 + Math.floor(random() * 220)}`;
const title = '= Title =\n\n';

/** Every class, in the order the benchmark prints them. */
export const generators: readonly Generator[] = [
  // Repeated line shapes: one container or block of ever more lines.
  {
    name: 'infobox-lines',
    group: 'lines',
    format: 'wiki',
    build: (size, random) => repeatUnits(size, (index) => `- ${pick(infoboxKeys, random)}: ${index % 3 === 0 ? dateOf(index, random) : 'b'}\n`, title),
  },
  { name: 'infobox-lines-plain', group: 'lines', format: 'auto', build: (size) => repeatTo(size, '- a: b\n') },
  { name: 'list-items', group: 'lines', format: 'markdown', build: (size, random) => repeatUnits(size, (index) => `- It was founded in ${1900 + (index % 120)} by ${syntheticName(Math.floor(random() * 64))}.\n`, '# Title\n\n') },
  { name: 'ordered-list-items', group: 'lines', format: 'markdown', build: (size) => repeatUnits(size, (index) => `${index + 1}. It grew.\n`) },
  { name: 'wiki-headings', group: 'lines', format: 'wiki', build: (size, random) => repeatUnits(size, () => `${'='.repeat(2 + Math.floor(random() * 3))} A ${'='.repeat(2)}\n`, title) },
  { name: 'markdown-headings', group: 'lines', format: 'markdown', build: (size) => repeatUnits(size, (index) => `${'#'.repeat(1 + (index % 6))} Part ${index}\n`) },
  { name: 'table-rows', group: 'lines', format: 'markdown', build: (size, random) => repeatUnits(size, (index) => `| ${1900 + (index % 120)} | ${dateOf(index, random)} |\n`, '| a | b |\n|---|---|\n') },
  { name: 'paragraph-lines', group: 'lines', format: 'auto', build: (size) => repeatTo(size, '==\n') },
  { name: 'cr-lines', group: 'lines', format: 'auto', build: (size) => repeatTo(size, 'a.\r') },
  { name: 'quote-lines', group: 'lines', format: 'markdown', build: (size) => repeatUnits(size, (index) => `> It was founded in ${1900 + (index % 120)}.\n`) },
  { name: 'one-line-paragraphs', group: 'lines', format: 'markdown', build: (size) => repeatUnits(size, (index) => `It grew in ${1900 + (index % 120)}.\n\n`, '# Title\n\n') },
  { name: 'thematic-breaks', group: 'lines', format: 'auto', build: (size, random) => repeatUnits(size, () => `${pick(['---', '***', '* * *', '- - -', '___'], random)}\n`) },
  { name: 'fence-lines', group: 'lines', format: 'markdown', build: (size) => repeatUnits(size, (index) => (index % 2 ? '```\n' : '```js\nlet a = 1990;\n')) },
  { name: 'html-comment-lines', group: 'lines', format: 'auto', build: (size) => repeatUnits(size, (index) => (index % 2 ? '<!-- claimcheck-disable-next-line -->\n' : 'It was founded in 1990.\n')) },

  // References: many calls, many definitions, or both.
  { name: 'footnote-calls-one-paragraph', group: 'references', format: 'markdown', build: (size) => repeatTo(size, 'See[^1] ', '# Title\n\n', '\n\n[^1]: A note.\n') },
  { name: 'footnote-calls-per-paragraph', group: 'references', format: 'markdown', build: (size) => repeatTo(size, 'It grew.[^1]\n\n', '# Title\n\n', '[^1]: A note.\n') },
  {
    name: 'footnote-definitions',
    group: 'references',
    format: 'markdown',
    build: (size) => {
      const count = Math.max(1, Math.floor(size / 40));
      return repeatUnits(size / 2, (index) => `It grew[^n${index % count}].\n`, '# Title\n\n') + repeatUnits(size / 2, (index) => `[^n${index}]: Note ${index}.\n`, '\n');
    },
  },
  {
    name: 'link-definitions',
    group: 'references',
    format: 'markdown',
    build: (size) => {
      const count = Math.max(1, Math.floor(size / 40));
      return repeatUnits(size / 2, (index) => `See [a${index % count}] and [b][a${index % count}]. `, '# Title\n\n') + repeatUnits(size / 2, (index) => `[a${index}]: /u${index}\n`, '\n\n');
    },
  },
  { name: 'open-bracket', group: 'references', format: 'markdown', build: (size) => repeatTo(size, 'and the group grew ', '# Title\n\nSee [the note ') },
  { name: 'citation-markers', group: 'references', format: 'wiki', build: (size) => repeatUnits(size, (index) => `It grew.[${1 + (index % 500)}] `, title) },
  { name: 'ref-tags', group: 'references', format: 'wiki', build: (size) => repeatUnits(size, (index) => `It grew in ${1900 + (index % 120)}.<ref name="r${index}">A note.</ref> `, title) },
  { name: 'unclosed-ref-tags', group: 'references', format: 'wiki', build: (size) => repeatTo(size, 'It grew.<ref> ', title) },

  // Deep nesting of every container, on one line and line by line.
  { name: 'nested-bullet-list', group: 'nesting', format: 'auto', build: (size) => repeatTo(size, '- ', '', 'It was founded in 1990.') },
  { name: 'nested-star-list', group: 'nesting', format: 'markdown', build: (size) => repeatTo(size, '* ', '', 'It was founded in 1990.') },
  { name: 'nested-ordered-list', group: 'nesting', format: 'markdown', build: (size) => repeatTo(size, '1. ', '', 'It was founded in 1990.') },
  { name: 'nested-mixed-containers', group: 'nesting', format: 'markdown', build: (size, random) => repeatUnits(size, () => pick(['- ', '> ', '1. ', '* ', '+ '], random), '', 'It was founded in 1990.') },
  { name: 'nested-blockquote', group: 'nesting', format: 'auto', build: (size) => repeatTo(size, '>', '', ' It was founded in 1990.') },
  { name: 'nested-blockquote-spaced', group: 'nesting', format: 'markdown', build: (size) => repeatTo(size, '> ', '', 'It was founded in 1990.') },
  { name: 'nested-list-by-indent', group: 'nesting', format: 'markdown', build: (size) => repeatUnits(size, (index) => `${'  '.repeat(index % 200)}- It grew in ${1900 + (index % 120)}.\n`) },
  { name: 'nested-quote-list-lines', group: 'nesting', format: 'markdown', build: (size) => repeatUnits(size, (index) => `${'> '.repeat(Math.min(index, 200))}- It grew.\n`) },
  { name: 'nested-footnote-definitions', group: 'nesting', format: 'markdown', build: (size) => repeatUnits(size, (index) => `[^a${index}]: `, 'See[^a0].\n\n', 'It grew.') },
  { name: 'nested-emphasis', group: 'nesting', format: 'markdown', build: (size) => repeatTo(size / 2, '*a ') + repeatTo(size / 2, ' b*') },
  { name: 'nested-brackets', group: 'nesting', format: 'markdown', build: (size) => repeatTo(size / 2, '[') + repeatTo(size / 2, '](u)') },
  { name: 'nested-parentheses', group: 'nesting', format: 'wiki', build: (size) => repeatTo(size / 2, '(born ', title) + repeatTo(size / 2, ' 1990)') },
  { name: 'nested-html', group: 'nesting', format: 'markdown', build: (size) => repeatTo(size / 2, '<span>') + repeatTo(size / 2, '</span>') },
  { name: 'nested-templates', group: 'nesting', format: 'wiki', build: (size) => repeatTo(size / 2, '{{a|', title) + repeatTo(size / 2, '}}') },

  // Long tokens: one run of a single character class.
  { name: 'long-digits', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, '0123456789') },
  { name: 'long-word', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, 'abcdefghij') },
  { name: 'long-capitals', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, 'ABCDEFGHIJ') },
  { name: 'long-accented-word', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, 'e\u0301a\u0308') },
  { name: 'long-spaces', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, ' \u00a0\t', 'It was', ' founded in 1990.') },
  { name: 'long-number', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, ',000', 'It had 1', ' people.') },
  { name: 'long-dotted-number', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, '1.2.', 'In ', ' it grew.') },
  { name: 'long-dashes', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, '1990–', 'From ', '1991.') },
  { name: 'long-capitalized-words', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, 'Gonzalo Abimael Guzmán Reynoso ') },
  ...['.', '-', ',', "'", '*', '=', '[', ']', '(', '|', '_', '`', '~', '#', '<', '&', '!', ':', '"', '{', '@', '\\'].map(
    (character): Generator => ({ name: `long-punctuation-${character.codePointAt(0)?.toString(16)}`, group: 'tokens', format: 'auto', build: (size) => repeatTo(size, character, 'It was founded in 1990 ') }),
  ),
  { name: 'long-sentence', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, 'the group grew in size and reach ') },
  { name: 'comrade', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, 'Comrade ') },
  { name: 'asterisks-between-letters', group: 'tokens', format: 'wiki', build: (size) => repeatTo(size, 'x*y ', title) },
  { name: 'lone-surrogates', group: 'tokens', format: 'auto', build: (size) => repeatTo(size, '\ud800e\u0301\udc00') },

  // Many distinct names: each a new entity, alias or mention to resolve.
  {
    name: 'distinct-people',
    group: 'names',
    format: 'wiki',
    build: (size, random) => repeatUnits(size, (index) => `${syntheticName(index)} ${syntheticName(index, 3)} met ${syntheticName(Math.floor(random() * (index + 1)))} ${syntheticName(index, 5)} in ${1900 + (index % 120)}. He left. `, title),
  },
  {
    name: 'distinct-organizations',
    group: 'names',
    format: 'wiki',
    build: (size) => repeatUnits(size, (index) => `The ${syntheticName(index)} Party was founded in ${1900 + (index % 120)} by the ${syntheticName(index, 7)} Company. `, title),
  },
  {
    name: 'distinct-aliases',
    group: 'names',
    format: 'wiki',
    build: (size) => repeatUnits(size, (index) => `${syntheticName(index)} ${syntheticName(index, 2)} (known as "Comrade ${syntheticName(index, 9)}") was born in ${1900 + (index % 120)}. `, title),
  },
  { name: 'repeated-name', group: 'names', format: 'wiki', build: (size) => repeatTo(size, 'Abimael Guzmán met Abimael Guzmán. ', '= Abimael Guzmán =\n\n') },
  { name: 'name-words-one-sentence', group: 'names', format: 'wiki', build: (size) => repeatUnits(size, (index) => `${syntheticName(index)} `, title, 'was born in 1950.') },
  { name: 'pronoun-chain', group: 'names', format: 'wiki', build: (size) => repeatTo(size, 'He was born in 1950. She died in 1940. ', '= Abimael Guzmán =\n\nAbimael Guzmán was a leader. ') },

  // Many dates and figures: claims that rules compare with each other.
  { name: 'distinct-dates', group: 'dates', format: 'wiki', build: (size, random) => repeatUnits(size, (index) => `On ${dateOf(index, random)} the group was founded. `, title) },
  {
    name: 'births-and-deaths',
    group: 'dates',
    format: 'wiki',
    build: (size, random) => repeatUnits(size, (index) => `${syntheticName(index % 50)} ${syntheticName(index % 50, 4)} was born on ${dateOf(index, random)} and died in ${1800 + Math.floor(random() * 220)}. `, '= Abimael Guzmán =\n\n'),
  },
  {
    name: 'subject-life-events',
    group: 'dates',
    format: 'wiki',
    build: (size, random) => repeatUnits(size, (index) => `${pick(['He was born', 'He died', 'He was arrested', 'He founded the party', 'He was elected', 'He married'], random)} on ${dateOf(index, random)}. `, '= Abimael Guzmán =\n\n- Born: 3 December 1934\n- Died: 11 September 2021\n\nAbimael Guzmán was a leader. '),
  },
  { name: 'date-ranges', group: 'dates', format: 'wiki', build: (size) => repeatUnits(size, (index) => `He reigned from ${1800 + (index % 200)} to ${1790 + (index % 230)}. `, '= Abimael Guzmán =\n\n') },
  { name: 'relative-dates', group: 'dates', format: 'wiki', build: (size) => repeatTo(size, 'The following year it grew. ', `${title}In 1990 it was founded. `) },
  { name: 'figures', group: 'dates', format: 'wiki', build: (size, random) => repeatUnits(size, (index) => `The population was ${Math.floor(random() * 100000)} in ${1900 + (index % 120)}. `, title) },
  { name: 'ages', group: 'dates', format: 'wiki', build: (size) => repeatUnits(size, (index) => `He was ${20 + (index % 70)} years old in ${1900 + (index % 120)}. `, '= Abimael Guzmán =\n\nAbimael Guzmán (born 1934) was a leader. ') },
];

/** The generator of a name; throws on a name that is not one. */
export function generatorNamed(name: string): Generator {
  const found = generators.find((generator) => generator.name === name);
  if (!found) throw new Error(`no generator ${name}; known: ${generators.map((generator) => generator.name).join(', ')}`);
  return found;
}
