import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project's fixtures folder. */
export const fixturesDir = join(import.meta.dirname, '..', '..', 'fixtures');

/** Reads a fixture file as UTF-8. */
export function readFixture(...parts: string[]): string {
  return readFileSync(join(fixturesDir, ...parts), 'utf8');
}

/** The seed article. */
export const seedText = readFixture('seed', 'seed.txt');

/** Every corpus article: `[name, text]`, sorted by name. */
export function corpusArticles(): Array<[string, string]> {
  return readdirSync(join(fixturesDir, 'corpus'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFixture('corpus', name)]);
}
