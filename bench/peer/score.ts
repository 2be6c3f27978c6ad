// Scores span extraction on the peer suites of ../shared/eval/peer (JSONL, see
// its SOURCES.md): strict span F1 (identical [start, end)), relaxed span F1
// (any overlap, matched one to one), and value accuracy on matched spans.
import { readFileSync } from 'node:fs';

/** One gold span of a peer case. */
export interface GoldSpan {
  text: string;
  start: number;
  end: number;
  type: string;
  value?: string;
  alt?: string[];
  unit?: string;
}

/** One peer case: an input, an optional reference date, and its gold spans. */
export interface PeerCase {
  suite: string;
  id: string;
  input: string;
  ref?: string;
  gold: GoldSpan[];
  notSupported?: string;
}

/** A predicted span with the value strings it may be compared by (e.g. TIMEX and `start/end`). */
export interface PredictedSpan {
  start: number;
  end: number;
  values: string[];
}

/** The scores of one system on one suite. */
export interface SuiteScore {
  suite: string;
  cases: number;
  gold: number;
  predicted: number;
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  /** Share of relaxed matches whose gold has a value that the prediction got right. */
  valueAccuracy: number | null;
  valued: number;
}

/** Reads a JSONL file of peer cases. */
export function readPeerCases(path: string): PeerCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PeerCase);
}

/**
 * Scores `predict` on `cases`, per suite. Gold spans whose type is not in
 * `types` are neither required nor penalised: a prediction overlapping one is
 * dropped before counting.
 */
export function scoreCases(cases: readonly PeerCase[], predict: (peerCase: PeerCase) => PredictedSpan[], types: readonly string[]): SuiteScore[] {
  const bySuite = new Map<string, { cases: number; gold: number; predicted: number; strict: number; relaxed: number; valued: number; rightValue: number }>();
  for (const peerCase of cases) {
    const tally = bySuite.get(peerCase.suite) ?? { cases: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, valued: 0, rightValue: 0 };
    bySuite.set(peerCase.suite, tally);
    const scored = peerCase.gold.filter((gold) => types.includes(gold.type));
    const ignored = peerCase.gold.filter((gold) => !types.includes(gold.type));
    const predicted = predict(peerCase).filter((span) => !ignored.some((gold) => overlaps(gold, span)) || scored.some((gold) => overlaps(gold, span)));
    tally.cases++;
    tally.gold += scored.length;
    tally.predicted += predicted.length;
    tally.strict += scored.filter((gold) => predicted.some((span) => span.start === gold.start && span.end === gold.end)).length;
    const used = new Set<number>();
    for (const gold of scored) {
      const index = predicted.findIndex((span, at) => !used.has(at) && overlaps(gold, span));
      if (index < 0) continue;
      used.add(index);
      tally.relaxed++;
      if (gold.value === undefined) continue;
      tally.valued++;
      const accepted = new Set([gold.value, ...(gold.alt ?? [])]);
      if ((predicted[index] as PredictedSpan).values.some((value) => accepted.has(value))) tally.rightValue++;
    }
  }
  return [...bySuite.entries()].map(([suite, tally]) => ({
    suite,
    cases: tally.cases,
    gold: tally.gold,
    predicted: tally.predicted,
    strict: prf(tally.strict, tally.predicted, tally.gold),
    relaxed: prf(tally.relaxed, tally.predicted, tally.gold),
    valueAccuracy: tally.valued === 0 ? null : tally.rightValue / tally.valued,
    valued: tally.valued,
  }));
}

/** A Markdown table of scores, one row per suite and system. */
export function formatScores(rows: ReadonlyArray<{ system: string; score: SuiteScore }>): string {
  const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}`);
  const lines = [
    '| suite | system | gold | predicted | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc. |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { system, score } of rows) {
    lines.push(
      `| ${score.suite} | ${system} | ${score.gold} | ${score.predicted} | ${percent(score.strict.precision)} | ${percent(score.strict.recall)} | ${percent(score.strict.f1)} | ${percent(score.relaxed.precision)} | ${percent(score.relaxed.recall)} | ${percent(score.relaxed.f1)} | ${percent(score.valueAccuracy)} (${score.valued}) |`,
    );
  }
  return lines.join('\n');
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function prf(hits: number, predicted: number, gold: number) {
  const precision = predicted === 0 ? 0 : Math.min(1, hits / predicted);
  const recall = gold === 0 ? 0 : hits / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
