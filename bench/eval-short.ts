/**
 * Measures claimcheck on the short articles of `fixtures/short-articles/`
 * (scoring in bench/eval-sets/short.ts).
 *
 *   npx tsx bench/eval-short.ts           print the table (Markdown)
 *   npx tsx bench/eval-short.ts --write   also put it into docs/evaluation-short.md
 *
 * test/eval-sets.test.ts fails when the page differs from a fresh run, so a
 * change that finds more or fewer of them updates the page with it.
 */
import { join } from 'node:path';
import { writeDocSection } from './doc-section.js';
import { scoreShortArticles, shortMarkers, shortReport } from './eval-sets/short.js';
import { repoRoot } from './shared-texts.js';

const output = shortReport(scoreShortArticles(join(repoRoot, 'fixtures', 'short-articles')));
console.log(output);
if (process.argv.includes('--write')) writeDocSection(join(repoRoot, 'docs', 'evaluation-short.md'), shortMarkers, output);
