// Measures claimcheck's sentence splitter against Intl.Segmenter (ICU) on the
// cases in fixtures/segment/sentences.json: how many cases each gets exactly
// right. Run: npx tsx bench/segmenter.ts
import { readFileSync } from 'node:fs';
import { splitSentences } from '../src/segment/split-sentences.js';

interface SentenceCase {
  name: string;
  text: string;
  sentences: string[];
}

const cases = JSON.parse(readFileSync(new URL('../fixtures/segment/sentences.json', import.meta.url), 'utf8')) as SentenceCase[];
const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

let ours = 0;
let theirs = 0;
for (const entry of cases) {
  const mine = splitSentences(entry.text).map(([start, end]) => entry.text.slice(start, end));
  const segmenter = [...icu.segment(entry.text)].map((part) => part.segment.trim()).filter(Boolean);
  if (same(mine, entry.sentences)) ours++;
  if (same(segmenter, entry.sentences)) theirs++;
  else console.log(`Intl.Segmenter misses: ${entry.name}`);
}
console.log(`claimcheck splitSentences: ${ours}/${cases.length} cases exact`);
console.log(`Intl.Segmenter (ICU ${process.versions.icu}): ${theirs}/${cases.length} cases exact`);
