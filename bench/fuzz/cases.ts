import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedArticles } from '../shared-texts.js';
import type { FuzzInput } from './invariants.js';
import { generators, type Generator } from './generators.js';
import { applyEdits, createRandom, mutate } from './mutate.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

/** The seed article, the first base text. */
export function seedBase(): string {
  return readFileSync(join(fixtures, 'seed', 'seed.txt'), 'utf8');
}

/** The texts mutations start from: the seed and every corpus article of ../shared, in name order. */
export function baseTexts(): string[] {
  return [seedBase(), ...sharedArticles('corpus').map((article) => article.text)];
}

const formats: readonly FuzzInput['format'][] = ['auto', 'wiki', 'markdown'];

/** A generated case with where it came from, to replay it. */
export interface FuzzCase extends FuzzInput {
  seed: number;
  index: number;
  steps: string[];
}

/**
 * Case `index` of the campaign `seed`: its own PRNG stream, so any case can
 * be replayed alone (`npm run fuzz -- --seed S --from I --cases 1`).
 *
 * Half the cases mutate a real article; the other half are structured
 * (bench/fuzz/generators.ts): a generator's text of 64 characters to
 * `largest` (8 KB in campaigns), read in its own format or another, and half
 * of those mutated too.
 */
export function fuzzCase(bases: readonly string[], seed: number, index: number, largest = largestStructured): FuzzCase {
  const random = createRandom(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  if (random() < 0.5) return structuredCase(bases, seed, index, random, largest);
  const base = bases[Math.floor(random() * bases.length)] as string;
  const format = formats[Math.floor(random() * formats.length)] as FuzzInput['format'];
  const { text, steps } = mutate(base, bases, random);
  return { text, format, seed, index, steps };
}

const smallest = 64;
const largestStructured = 8192;

function structuredCase(bases: readonly string[], seed: number, index: number, random: () => number, largest: number): FuzzCase {
  const generator = generators[Math.floor(random() * generators.length)] as Generator;
  // Sizes spread evenly on a log scale: small texts are many, large ones still come up.
  const size = Math.round(smallest * (largest / smallest) ** random());
  const format = random() < 0.7 ? generator.format : (formats[Math.floor(random() * formats.length)] as FuzzInput['format']);
  const built = generator.build(size, random);
  const made = `generate ${generator.name} of ${size} as ${format}`;
  if (random() < 0.5) return { text: built, format, seed, index, steps: [made] };
  const { text, steps } = applyEdits(built, 1 + Math.floor(random() * 4), bases, random);
  return { text, format, seed, index, steps: [made, ...steps] };
}

/** Where failing inputs are kept as regression cases. */
export const regressionDir = join(fixtures, 'fuzz');

/** A saved failing input: read back by test/fuzz.test.ts. */
export interface RegressionCase extends FuzzInput {
  /** What broke when it was found, and how it was made. */
  found: string[];
  origin: string;
}
