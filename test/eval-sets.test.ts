import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCase, applyEdits, checkNatural, mapOffset, sha256Hex } from '../bench/eval-sets/apply.js';
import { NaturalArticleSchema, PlantedCaseSchema, type Edit, type PlantedCase } from '../bench/eval-sets/format.js';
import { applyCaseFile, caseFilePaths, naturalText, parseCase, readNaturalFiles, readSetCases } from '../bench/eval-sets/load.js';
import { hitsSpans } from '../bench/eval-sets/match.js';
import { naturalReport, scoreNatural } from '../bench/eval-sets/natural.js';
import { plantedReport, scorePlantedSet, type AnalyzeText } from '../bench/eval-sets/planted.js';
import { scoreShortArticles, shortMarkers, shortPage, shortReport } from '../bench/eval-sets/short.js';
import type { Finding } from '../src/index.js';
import { describeShared, fixturesDir } from './helpers/fixtures.js';

const testDir = join(fixturesDir, 'eval-sets-test');
const readTestArticle = (path: string) => readFileSync(join(testDir, 'shared', ...path.split('/')));

interface StubFinding {
  ruleId: string;
  severity: Finding['severity'];
  quotes: string[];
}

/** The analyser the scorer tests use: `findings.json` says what it reports on each path, as quotes found in the text. */
const stubFindings = JSON.parse(readFileSync(join(testDir, 'findings.json'), 'utf8')) as Record<string, StubFinding[]>;
const stubAnalyze: AnalyzeText = (text, path) =>
  (stubFindings[path] ?? []).map((stub) => ({
    ruleId: stub.ruleId,
    severity: stub.severity,
    message: `stub ${stub.ruleId}`,
    reasoning: [],
    fingerprint: stub.ruleId,
    evidence: stub.quotes.map((quote) => {
      const offset = text.indexOf(quote);
      if (offset < 0) throw new Error(`${path}: the stub quote “${quote}” is not in the text`);
      const point = (at: number) => ({ line: 1, column: at + 1, offset: at });
      return { quote, position: { start: point(offset), end: point(offset + quote.length) } };
    }),
  }));

const finding = (...spans: Array<[number, number]>): Finding => ({
  ruleId: 'x',
  severity: 'error',
  message: 'x',
  reasoning: [],
  fingerprint: 'x',
  evidence: spans.map(([start, end]) => ({ quote: '', position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } })),
});

describe('applyEdits', () => {
  const text = 'Alpha beta gamma delta.';

  it('should apply edits from the last to the first, every offset into the original', () => {
    const edits: Edit[] = [
      { offset: 0, delete: 5, insert: 'Omega' },
      { offset: 6, delete: 0, insert: 'new ' },
      { offset: 17, delete: 5, insert: 'epsilon' },
    ];
    expect(applyEdits(text, edits)).toBe('Omega new beta gamma epsilon.');
  });

  it.each([
    ['unsorted edits', [{ offset: 6, delete: 4, insert: 'b' }, { offset: 0, delete: 5, insert: 'a' }], /sorted by offset/],
    ['two edits at one place', [{ offset: 6, delete: 0, insert: 'a' }, { offset: 6, delete: 4, insert: 'b' }], /sorted by offset/],
    ['overlapping edits', [{ offset: 0, delete: 8, insert: 'a' }, { offset: 6, delete: 4, insert: 'b' }], /overlaps the previous edit, which deletes up to 8/],
    ['an edit past the end', [{ offset: 20, delete: 9, insert: '' }], /past the end of the article \(23 characters\)/],
  ] as Array<[string, Edit[], RegExp]>)('should refuse %s', (_name, edits, message) => {
    expect(() => applyEdits(text, edits)).toThrow(message);
  });

  it('should refuse an edit that cuts a surrogate pair', () => {
    expect(() => applyEdits('a😀b', [{ offset: 2, delete: 0, insert: 'x' }])).toThrow(/surrogate pair/);
    expect(applyEdits('a😀b', [{ offset: 1, delete: 2, insert: 'x' }])).toBe('axb');
  });
});

describe('applyCase', () => {
  const bytes = Buffer.from('= Town =\n\nThe town was founded in 1850.\n');
  const base: PlantedCase = {
    id: 'figure--town',
    kind: 'planted',
    article: 'corpus/town.txt',
    sha256: sha256Hex(bytes),
    edits: [{ offset: 39, delete: 0, insert: ' It was founded in 1852.' }],
    gold: { fact: 'event-date', form: 'pronoun', rule: null, evidence: [{ start: 40, end: 62, quote: 'It was founded in 1852' }], note: 'Two founding years.' },
  };

  it('should give the original and the edited text', () => {
    const applied = applyCase(base, bytes);
    expect(applied.original).toBe(bytes.toString('utf8'));
    expect(applied.edited).toBe('= Town =\n\nThe town was founded in 1850. It was founded in 1852.\n');
  });

  it('should refuse an article whose hash changed, naming the case', () => {
    expect(() => applyCase(base, Buffer.from('= Town =\n\nThe town was founded in 1851.\n'))).toThrow(/^case figure--town: corpus\/town\.txt has changed since the case was written \(SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}\)/);
  });

  it('should refuse a gold quote that does not equal its slice of the edited text', () => {
    const wrong = { ...base, gold: { ...base.gold, evidence: [{ start: 40, end: 62, quote: 'It was founded in 1853' }] } };
    expect(() => applyCase(wrong, bytes)).toThrow(/gold\.evidence\[0\]: quote "It was founded in 1853" does not equal the text at 40–62: "It was founded in 1852"/);
  });

  it('should keep a UTF-8 BOM as part of the text, as readFileSync does', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    const shifted = { ...base, sha256: sha256Hex(withBom), edits: [{ offset: 40, delete: 0, insert: ' x' }], gold: { ...base.gold, evidence: [{ start: 0, end: 1, quote: '\uFEFF' }] } };
    expect(applyCase(shifted, withBom).edited.startsWith('\uFEFF= Town =')).toBe(true);
  });
});

describe('the case and natural schemas', () => {
  it('should refuse an unknown key, an unknown fact and a quote whose length disagrees with its span', () => {
    const good = (JSON.parse(readFileSync(join(testDir, 'sample', 'cases.json'), 'utf8')) as PlantedCase[]).find((entry) => entry.id === 'figure--tiny-town')!;
    expect(PlantedCaseSchema.safeParse(good).success).toBe(true);
    expect(PlantedCaseSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(PlantedCaseSchema.safeParse({ ...good, gold: { ...good.gold, fact: 'date' } }).success).toBe(false);
    expect(PlantedCaseSchema.safeParse({ ...good, gold: { ...good.gold, evidence: [{ start: 0, end: 3, quote: 'ab' }] } }).success).toBe(false);
    expect(PlantedCaseSchema.safeParse({ ...good, article: '../secret.txt' }).success).toBe(false);
  });

  it('should refuse a case id or a natural article given twice, in one file or two', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-set-'));
    const [good] = JSON.parse(readFileSync(join(testDir, 'sample', 'cases.json'), 'utf8')) as PlantedCase[];
    writeFileSync(join(dir, 'cases-1.json'), JSON.stringify([good]));
    writeFileSync(join(dir, 'cases-2.json'), JSON.stringify([good]));
    expect(() => readSetCases(dir)).toThrow(new RegExp(`cases-2\\.json: case ${good!.id} is also in .*cases-1\\.json`));
    const naturalDir = mkdtempSync(join(tmpdir(), 'natural-'));
    const natural = readFileSync(join(testDir, 'natural', 'corpus.json'), 'utf8');
    writeFileSync(join(naturalDir, 'corpus-1.json'), natural);
    writeFileSync(join(naturalDir, 'corpus-2.json'), natural);
    expect(() => readNaturalFiles(naturalDir)).toThrow(/corpus-2\.json: corpus\/tiny-town\.txt is also in .*corpus-1\.json/);
  });

  it('should refuse a case file that is not an array of cases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-set-'));
    writeFileSync(join(dir, 'cases.json'), '{}');
    expect(() => readSetCases(dir)).toThrow(/cases\.json: an evaluation file is a JSON array of cases/);
  });
});

describe('offsets of the original text in the edited text', () => {
  const edits: Edit[] = [
    { offset: 10, delete: 0, insert: 'abc' },
    { offset: 20, delete: 5, insert: 'xy' },
  ];

  it.each([
    [5, 'start', 5],
    [10, 'start', 13],
    [10, 'end', 10],
    [15, 'end', 18],
    [20, 'start', 23],
    [22, 'start', 23],
    [22, 'end', 25],
    [25, 'start', 25],
    [30, 'end', 30],
  ] as Array<[number, 'start' | 'end', number]>)('should map %i as a %s to %i', (offset, side, mapped) => {
    expect(mapOffset(offset, edits, side)).toBe(mapped);
  });
});

describe('hits on a contradiction', () => {
  const spans = [
    { start: 0, end: 10 },
    { start: 50, end: 60 },
    { start: 90, end: 95 },
  ];

  it('should need two different spans, or the only one', () => {
    expect(hitsSpans(finding([2, 4], [55, 58]), spans)).toBe(true);
    expect(hitsSpans(finding([2, 4], [5, 8]), spans)).toBe(false);
    expect(hitsSpans(finding([0, 100]), spans)).toBe(true);
    expect(hitsSpans(finding([10, 50]), spans)).toBe(false);
    expect(hitsSpans(finding([92, 93]), [{ start: 90, end: 95 }])).toBe(true);
  });
});

describe('the planted-set scorer', () => {
  const score = scorePlantedSet('sample', join(testDir, 'sample'), join(testDir, 'natural'), { read: readTestArticle, analyzeText: stubAnalyze });
  const byId = new Map(score.results.map((result) => [result.applied.testCase.id, result]));

  it('should find the planted case by the finding that overlaps the planted words', () => {
    const planted = byId.get('figure--tiny-town');
    expect(planted?.found).toBe(true);
    expect(planted?.hits.map((hit) => hit.ruleId)).toEqual(['figure-conflict']);
    expect(planted?.quietHits).toEqual([]);
  });

  it('should not count a finding on a contradiction the base article already had as a false alarm, after the edits moved it', () => {
    const planted = byId.get('figure--tiny-town');
    expect(planted?.naturalHits.map((hit) => hit.contradiction.id)).toEqual(['tiny-town-1']);
    expect(planted?.falseAlarms).toEqual([]);
    expect(byId.get('population-two-years--tiny-town')?.naturalHits.map((hit) => hit.contradiction.id)).toEqual(['tiny-town-1']);
  });

  it('should count any other error or warning in a clean case as a false alarm', () => {
    expect(byId.get('population-two-years--tiny-town')?.falseAlarms.map((alarm) => alarm.evidence[0]?.quote)).toEqual(['800 inhabitants']);
  });

  it('should report recall by rule, fact and form, and precision over error and warning findings', () => {
    const report = plantedReport(score);
    expect(report).toContain('Run on 2 files (1 planted, 1 clean).');
    expect(report).toContain('| `figure-conflict` | 1 | 1 | 1 | 1 | 0 | 1 |');
    expect(report).toContain('- **Precision**: 3 true (1 on the planted words, 2 on contradictions the base articles already had) / 4 error-or-warning findings = 75.0%');
    expect(report).toContain('| `figure` | 1 | 1 | 100.0% | 1 | 1 |');
    expect(report).toContain('| `sentence` | 1 | 1 | 100.0% |');
    expect(report).toContain('- **population-two-years--tiny-town** (clean, resembles `figure`)');
  });

  it('should refuse a case whose article changed or whose quote is wrong, and score nothing of it', () => {
    const broken = scorePlantedSet('broken', join(testDir, 'broken'), join(testDir, 'natural'), { read: readTestArticle, analyzeText: stubAnalyze });
    expect(broken.results).toEqual([]);
    expect(broken.refused.map((entry) => entry.error)).toEqual([
      expect.stringMatching(/^case stale-hash--tiny-town: corpus\/tiny-town\.txt has changed since the case was written/),
      expect.stringMatching(/^case wrong-quote--tiny-town: gold\.evidence\[0\]: quote "In 2020 the village had 3,500 inhabitants" does not equal/),
    ]);
    expect(plantedReport(broken)).toContain('### Refused cases');
  });

  it('should score a missing set as empty', () => {
    const empty = scorePlantedSet('eval9', join(testDir, 'no-such-set'), join(testDir, 'no-natural'), { read: readTestArticle, analyzeText: stubAnalyze });
    expect(empty).toEqual({ setName: 'eval9', results: [], refused: [] });
    expect(plantedReport(empty)).toBe('Run on 0 files (0 planted, 0 clean).\n\nNo cases.');
  });
});

describe('the natural-contradiction scorer', () => {
  const score = scoreNatural(join(testDir, 'natural'), { read: readTestArticle, analyzeText: stubAnalyze });

  it('should hit a contradiction with a finding on both of its sides, and list the rest as possible false alarms', () => {
    const [result] = score.results;
    expect(result?.contradictions.map((entry) => [entry.contradiction.id, entry.hits.map((hit) => hit.ruleId)])).toEqual([['tiny-town-1', ['event-date-conflict']]]);
    expect(result?.unmatched.map((alarm) => alarm.ruleId)).toEqual(['figure-conflict']);
    const report = naturalReport(score);
    expect(report).toContain('- **Recall**: 1/1 = 100.0%');
    expect(report).toContain('(on a rejected near-miss) `figure-conflict` (warning)');
  });

  it('should list a miss with its quotes and why', () => {
    const report = naturalReport(scoreNatural(join(testDir, 'natural'), { read: readTestArticle, analyzeText: () => [] }));
    expect(report).toContain('- **Recall**: 0/1 = 0.0%');
    expect(report).toContain('- **corpus/tiny-town.txt** `tiny-town-1` (event-date, certain): “founded in 1850” / “founded the village in 1852”');
  });

  it('should score a missing folder as empty', () => {
    expect(naturalReport(scoreNatural(join(testDir, 'no-natural')))).toBe('Run on 0 articles read whole (0 with none found), 0 contradictions.\n\nNo articles.');
  });
});

/** The planted sets under fixtures/: every folder with case files, but the tools' own test cases. */
function plantedSets(): string[] {
  return readdirSync(fixturesDir)
    .filter((name) => name !== 'eval-sets-test' && statSync(join(fixturesDir, name)).isDirectory())
    .filter((name) => caseFilePaths(join(fixturesDir, name)).length > 0)
    .sort();
}

describe('the evaluation sets of fixtures/', () => {
  it('should hold eval and eval2', () => {
    expect(plantedSets()).toEqual(expect.arrayContaining(['eval', 'eval2']));
  });

  describeShared('applied to ../shared', () => {
    const cases = plantedSets().flatMap((set) => readSetCases(join(fixturesDir, set)).map((raw) => [`${set}/${String((raw.json as { id?: unknown }).id)}`, raw] as const));

    it.each(cases)('should apply %s: known article, sorted edits, exact quotes, planted words on the edits', (_name, raw) => {
      const { testCase } = applyCaseFile(parseCase(raw));
      const [planted] = testCase.gold.evidence;
      if (testCase.kind === 'planted' && planted) {
        let shift = 0;
        const touched = testCase.edits.some((edit) => {
          const start = edit.offset + shift;
          shift += edit.insert.length - edit.delete;
          return planted.start <= start + edit.insert.length && planted.end >= start;
        });
        expect(touched, 'gold.evidence[0] (the planted words) meets an edit').toBe(true);
      }
    });

    it.each(readNaturalFiles(join(fixturesDir, 'natural')).map((entry) => [entry.natural.article, entry] as const))('should check the natural gold of %s against its article', (_name, entry) => {
      expect(NaturalArticleSchema.parse(entry.natural)).toEqual(entry.natural);
      expect(() => naturalText(entry)).not.toThrow();
    });
  });
});

describe('checkNatural', () => {
  it('should refuse a contradiction id used twice', () => {
    const bytes = readTestArticle('corpus/tiny-town.txt');
    const natural = NaturalArticleSchema.parse((JSON.parse(readFileSync(join(testDir, 'natural', 'corpus.json'), 'utf8')) as unknown[])[0]);
    const twice = { ...natural, contradictions: [...natural.contradictions, ...natural.contradictions] };
    expect(() => checkNatural(twice, bytes, 'twice.json')).toThrow(/contradiction id tiny-town-1 is used twice/);
  });
});

describe.each(['short-articles', 'short-articles-2', 'short-articles-3', 'short-articles-4', 'short-articles-5', 'short-articles-6', 'short-articles-7', 'short-articles-8'])('the short articles of fixtures/%s', (folder) => {
  const results = scoreShortArticles(join(fixturesDir, folder));

  it(`should find the table of docs/${shortPage(folder)} on a fresh run (regenerate it with \`npx tsx bench/eval-short.ts --folder ${folder} --write\`)`, () => {
    const page = readFileSync(join(fixturesDir, '..', 'docs', shortPage(folder)), 'utf8');
    const section = page.slice(page.indexOf(shortMarkers.begin) + shortMarkers.begin.length, page.indexOf(shortMarkers.end)).trim();
    expect(section).toBe(shortReport(results));
  });

  it('should score every article named in expected.json, each a file of the folder, and no other', () => {
    const files = readdirSync(join(fixturesDir, folder)).filter((file) => file !== 'expected.json');
    expect(results.map((result) => result.file)).toEqual(files.sort());
    expect(results.length).toBeGreaterThanOrEqual(40);
  });
});

describe('the Acme article of issue 12', () => {
  const results = scoreShortArticles(join(fixturesDir, 'short-articles'));

  it('should find all three contradictions of the Acme article of issue 12, and nothing else there', () => {
    const acme = results.find((result) => result.file === 'acme.md');
    expect(acme?.expected.map(({ kind, found }) => ({ kind, found }))).toEqual([
      { kind: 'founding date', found: true },
      { kind: 'act after death', found: true },
      { kind: 'figure', found: true },
    ]);
    expect(acme?.falseAlarms).toEqual([]);
  });
});
