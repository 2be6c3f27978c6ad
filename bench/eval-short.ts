/**
 * Measures claimcheck on a folder of short articles (scoring in
 * bench/eval-sets/short.ts): `fixtures/short-articles/` by default, or
 * another with `--folder`.
 *
 *   npx tsx bench/eval-short.ts                                 print the table (Markdown)
 *   npx tsx bench/eval-short.ts --write                         also put it into docs/evaluation-short.md
 *   npx tsx bench/eval-short.ts --folder short-articles-2 --write   the second set, into docs/evaluation-short-articles-2.md
 *   npx tsx bench/eval-short.ts --folder short-articles-3 --write   the third set (three forms, wikitext too), into docs/evaluation-short-articles-3.md
 *   npx tsx bench/eval-short.ts --folder short-articles-4 --write   the fourth set (three forms, fifteen kinds), into docs/evaluation-short-articles-4.md
 *   npx tsx bench/eval-short.ts --folder short-articles-5 --write   the fifth set (written blind on 7 December), into docs/evaluation-short-articles-5.md
 *   npx tsx bench/eval-short.ts --folder short-articles-6 --write   the sixth set (written blind on 7 December, fourteenth session), into docs/evaluation-short-articles-6.md
 *   npx tsx bench/eval-short.ts --folder short-articles-7 --write   the seventh set (written blind on 7 December, fifteenth session), into docs/evaluation-short-articles-7.md
 *   npx tsx bench/eval-short.ts --folder short-articles-8 --write   the eighth set (written blind on 7 December, sixteenth session), into docs/evaluation-short-articles-8.md
 *
 * test/eval-sets.test.ts fails when a page differs from a fresh run, so a
 * change that finds more or fewer of them updates the page with it.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocSection } from './doc-section.js';
import { scoreShortArticles, shortMarkers, shortPage, shortReport } from './eval-sets/short.js';
import { repoRoot } from './shared-texts.js';

const { values } = parseArgs({ options: { folder: { type: 'string', default: 'short-articles' }, write: { type: 'boolean', default: false } } });
const output = shortReport(scoreShortArticles(join(repoRoot, 'fixtures', values.folder)));
console.log(output);
if (values.write) writeDocSection(join(repoRoot, 'docs', shortPage(values.folder)), shortMarkers, output);
