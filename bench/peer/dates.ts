// Scores claimcheck's date claims beside chrono-node on the peer date suites
// (../shared/eval/peer/dates.jsonl: Recognizers-Text specs and chrono-node's
// own English tests), counting only `date` and `daterange` gold spans, and
// measures how many cases per second each system reads.
//
// Run: npx tsx bench/peer/dates.ts [path/to/dates.jsonl] [--write]
// With --write, the table replaces the marked block of docs/extraction-review.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { extractClaims } from '../../src/extract/index.js';
import { findDates } from '../../src/extract/dates/index.js';
import { isoDay, parseIso, shiftDay } from '../../src/extract/dates/points.js';
import type { DatePoint, DateValue } from '../../src/schema/claims.js';
import { sharedPath } from '../shared-texts.js';
import { formatScores, readPeerCases, scoreCases, type PeerCase, type PredictedSpan, type SuiteScore } from './score.js';

const args = process.argv.slice(2);
const path = args.find((arg) => !arg.startsWith('--')) ?? sharedPath('eval/peer/dates.jsonl');
const cases = readPeerCases(path);
const types = ['date', 'daterange'];

/** The date part of a case's reference ("now"), as `extractClaims` takes it. */
function referenceDate(peerCase: PeerCase): string | undefined {
  return peerCase.ref?.slice(0, 10);
}

/** Every form a gold value may take for one of our values: TIMEX, start, start/end (inclusive and exclusive), YYYY, YYYY-MM. */
function valueForms(value: DateValue): string[] {
  const forms = new Set<string>([value.timex]);
  const addPoint = (point: DatePoint | DateValue) => {
    if (point.start === null) return;
    if (point.granularity === 'day') forms.add(point.start);
    if (point.granularity === 'month') forms.add(point.start.slice(0, 7));
    if (point.granularity === 'year') forms.add(point.start.slice(0, 4));
  };
  addPoint(value);
  if (value.start !== null && value.end !== null) {
    forms.add(`${value.start}/${value.end}`);
    forms.add(`${value.start}/${nextDay(value.end)}`);
  }
  if (value.granularity === 'range') {
    if (value.from) addPoint(value.from);
    if (value.to === null && value.from?.start) forms.add(value.from.start);
  }
  return [...forms];
}

function nextDay(iso: string): string {
  return isoDay(...shiftDay(...parseIso(iso), 1));
}

function claimcheck(peerCase: PeerCase): PredictedSpan[] {
  const ref = referenceDate(peerCase);
  const { claims } = extractClaims(peerCase.input, { format: 'wiki', ...(ref ? { referenceDate: ref } : {}) });
  return claims.flatMap((claim) =>
    claim.kind === 'date' ? [{ start: claim.position.start.offset, end: claim.position.end.offset, values: valueForms(claim.value) }] : [],
  );
}

function chronoNode(peerCase: PeerCase): PredictedSpan[] {
  const reference = peerCase.ref ? new Date(peerCase.ref) : new Date(2012, 7, 10);
  return chrono.parse(peerCase.input, reference).map((result) => {
    const start = result.start;
    const iso = `${start.get('year')}-${String(start.get('month')).padStart(2, '0')}-${String(start.get('day')).padStart(2, '0')}`;
    const precise = start.isCertain('day') ? iso : start.isCertain('month') ? iso.slice(0, 7) : iso.slice(0, 4);
    const values = [precise, iso];
    if (result.end) {
      const end = result.end;
      values.push(`${iso}/${end.get('year')}-${String(end.get('month')).padStart(2, '0')}-${String(end.get('day')).padStart(2, '0')}`);
    }
    return { start: result.index, end: result.index + result.text.length, values };
  });
}

/** Cases per second, best of three passes after a warm-up. */
function speed(run: (peerCase: PeerCase) => unknown): number {
  for (const peerCase of cases.slice(0, 200)) run(peerCase);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const peerCase of cases) run(peerCase);
    best = Math.min(best, performance.now() - started);
  }
  return Math.round((cases.length / best) * 1000);
}

function overall(scores: SuiteScore[], suites: readonly string[]): SuiteScore {
  const picked = scores.filter((score) => suites.includes(score.suite));
  const sum = (pick: (score: SuiteScore) => number) => picked.reduce((total, score) => total + pick(score), 0);
  const gold = sum((score) => score.gold);
  const predicted = sum((score) => score.predicted);
  const prf = (hits: number) => {
    const precision = predicted === 0 ? 0 : hits / predicted;
    const recall = gold === 0 ? 0 : hits / gold;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  };
  const valued = sum((score) => score.valued);
  return {
    suite: 'all suites',
    cases: sum((score) => score.cases),
    gold,
    predicted,
    strict: prf(sum((score) => score.strict.recall * score.gold)),
    relaxed: prf(sum((score) => score.relaxed.recall * score.gold)),
    valueAccuracy: valued === 0 ? null : sum((score) => (score.valueAccuracy ?? 0) * score.valued) / valued,
    valued,
  };
}

const ours = scoreCases(cases, claimcheck, types);
const theirs = scoreCases(cases, chronoNode, types);
const suites = ours.map((score) => score.suite);
const rows = suites.flatMap((suite) => [
  { system: 'claimcheck', score: ours.find((score) => score.suite === suite) as SuiteScore },
  { system: 'chrono-node', score: theirs.find((score) => score.suite === suite) as SuiteScore },
]);
rows.push({ system: 'claimcheck', score: overall(ours, suites) }, { system: 'chrono-node', score: overall(theirs, suites) });
const table = formatScores(rows);

const oursSpeed = speed(claimcheck);
const grammarSpeed = speed((peerCase) => findDates(peerCase.input));
const chronoSpeed = speed(chronoNode);
const speedTable = [
  '| system | cases / second |',
  '| --- | ---: |',
  `| claimcheck \`extractClaims\` (parse + segment + every extractor and refiner) | ${oursSpeed} |`,
  `| claimcheck date grammar alone (\`findDates\` on the plain input) | ${grammarSpeed} |`,
  `| chrono-node \`parse\` | ${chronoSpeed} |`,
].join('\n');

/**
 * chrono-node on claimcheck's own encyclopedic tables (fixtures/extract/dates):
 * spans of the positive table it overlaps, and dates it finds in the
 * negative table. claimcheck passes both by construction (they are its tests).
 */
function chronoOnFixtures(): string {
  interface FixtureCase { text: string; referenceDate?: string; expected: Array<{ quote: string }> }
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/extract/dates/${name}`, import.meta.url), 'utf8')) as FixtureCase[];
  let gold = 0;
  let found = 0;
  let predicted = 0;
  for (const entry of read('positive.json')) {
    const results = chrono.parse(entry.text, entry.referenceDate ? new Date(entry.referenceDate) : new Date(2024, 4, 1));
    predicted += results.length;
    let from = 0;
    for (const { quote } of entry.expected) {
      const start = entry.text.indexOf(quote, from);
      from = start + quote.length;
      gold++;
      if (results.some((result) => result.index < start + quote.length && start < result.index + result.text.length)) found++;
    }
  }
  const negatives = read('negative.json');
  const falseAlarms = negatives.reduce((total, entry) => total + Math.max(0, chrono.parse(entry.text, new Date(2024, 4, 1)).length - entry.expected.length), 0);
  return [
    '| claimcheck tables, read by chrono-node | value |',
    '| --- | ---: |',
    `| positive table: expected dates chrono-node overlaps | ${found} / ${gold} (${((found / gold) * 100).toFixed(1)}%) |`,
    `| positive table: chrono-node results | ${predicted} |`,
    `| negative table: dates chrono-node finds beyond the listed ones | ${falseAlarms} in ${negatives.length} texts |`,
  ].join('\n');
}

const fixtureTable = chronoOnFixtures();

console.log(`${cases.length} cases from ${path}\n`);
console.log(table);
console.log(`\n${speedTable}`);
console.log(`\n${fixtureTable}`);

if (args.includes('--write')) {
  const docPath = new URL('../../docs/extraction-review.md', import.meta.url);
  const doc = readFileSync(docPath, 'utf8');
  const block = `<!-- dates-peer:start -->\n${table}\n\n${speedTable}\n\n${fixtureTable}\n<!-- dates-peer:end -->`;
  writeFileSync(docPath, doc.replace(/<!-- dates-peer:start -->[^]*?<!-- dates-peer:end -->/, block));
  console.log('\nwrote docs/extraction-review.md');
}
