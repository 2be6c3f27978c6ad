// Scores claimcheck's figure extractors on the Recognizers-Text number suites
// of ../shared/eval/peer/numbers.jsonl (see its SOURCES.md), with the shared
// scorer. Run: npx tsx bench/peer/numbers.ts
//
// How the suites map to claim kinds:
// - percent    → quantity claims with `percent: true`; value `45%`.
// - currency   → money claims; value = the amount (and the amount in cents or
//                pence when the text names the subunit: the spec writes `50 cents` as 50).
// - age        → age claims; value = the stated number in the stated unit.
// - dimension  → quantity claims whose noun is a unit symbol (`km`, `lb`, `°`).
// - number     → the suite marks every number, years and phone-number groups
//                included, while claimcheck leaves years to the date extractors and
//                identifiers to nobody. Two rows are printed: `claims` narrows each
//                quantity, money and age claim to the numbers inside it (what the
//                pipeline asserts as a figure), `grammar` runs the number reader alone
//                over the input (what the shared parser can read).
import { extractClaims, type Claim } from '../../src/index.js';
import { scanNumbers } from '../../src/extract/figures/numbers.js';
import { isUnitSymbol } from '../../src/extract/figures/units.js';
import { sharedPath } from '../shared-texts.js';
import { formatScores, readPeerCases, scoreCases, type PeerCase, type PredictedSpan, type SuiteScore } from './score.js';

const casesPath = sharedPath('eval/peer/numbers.jsonl');
const types = ['number', 'percentage', 'currency', 'age', 'dimension'];
const unitDays = { month: 365.25 / 12, week: 7, day: 1 } as const;

const cases = readPeerCases(casesPath);
const claimsOf = new Map<PeerCase, Claim[]>();
const claims = (peerCase: PeerCase) => {
  let found = claimsOf.get(peerCase);
  if (!found) {
    found = extractClaims(peerCase.input, { format: 'wiki' }).claims;
    claimsOf.set(peerCase, found);
  }
  return found;
};

/** Recognizers writes numbers with 15 significant digits and `E` exponents. */
function formatValue(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  return String(Number(value.toPrecision(15))).replace('e', 'E');
}

function span(claim: Claim, values: number[], suffix = ''): PredictedSpan {
  return { start: claim.position.start.offset, end: claim.position.end.offset, values: values.map((value) => `${formatValue(value)}${suffix}`) };
}

function predictClaims(peerCase: PeerCase): PredictedSpan[] {
  const found = claims(peerCase);
  switch (peerCase.suite) {
    case 'recognizers-percent-model':
      return found.flatMap((claim) => (claim.kind === 'quantity' && claim.value.percent ? [span(claim, [claim.value.value ?? claim.value.min], '%')] : []));
    case 'recognizers-currency-model':
      return found.flatMap((claim) => {
        if (claim.kind !== 'money') return [];
        const amounts = claim.value.amount === null ? [claim.value.min, claim.value.max] : [claim.value.amount];
        const subunit = /(?:cents?|pence|penny|pennies)$/i.test(claim.text);
        return [span(claim, subunit ? [...amounts, ...amounts.map((amount) => amount * 100)] : amounts)];
      });
    case 'recognizers-age-model':
      return found.flatMap((claim) => {
        if (claim.kind !== 'age') return [];
        const unit = claim.value.unit;
        return [span(claim, [unit ? Math.round((claim.value.years * 365.25) / unitDays[unit]) : claim.value.years])];
      });
    case 'recognizers-dimension-model':
      return found.flatMap((claim) => (claim.kind === 'quantity' && isUnitSymbol(claim.value.noun) ? [span(claim, [claim.value.value ?? claim.value.min])] : []));
    default:
      return found.flatMap((claim) => {
        if (claim.kind !== 'quantity' && claim.kind !== 'money' && claim.kind !== 'age') return [];
        const offset = claim.position.start.offset;
        return scanNumbers(claim.text, { shortScales: claim.kind === 'money' })
          .filter((number) => !number.dotted)
          .map((number) => ({ start: offset + number.start, end: offset + number.end, values: [formatValue(number.value)] }));
      });
  }
}

function predictGrammar(peerCase: PeerCase): PredictedSpan[] {
  return scanNumbers(peerCase.input)
    .filter((number) => !number.dotted)
    .map((number) => ({ start: number.start, end: number.end, values: [formatValue(number.value)] }));
}

const order = ['recognizers-number-model', 'recognizers-percent-model', 'recognizers-currency-model', 'recognizers-age-model', 'recognizers-dimension-model'];
const bySuite = (scores: SuiteScore[]) => scores.sort((a, b) => order.indexOf(a.suite) - order.indexOf(b.suite));
const started = performance.now();
const claimScores = bySuite(scoreCases(cases, predictClaims, types));
const grammarScores = bySuite(scoreCases(cases.filter((peerCase) => peerCase.suite === 'recognizers-number-model'), predictGrammar, types));
const rows = claimScores.flatMap((score) => {
  const grammar = grammarScores.find((entry) => entry.suite === score.suite);
  return [{ system: 'claimcheck claims', score }, ...(grammar ? [{ system: 'claimcheck grammar', score: grammar }] : [])];
});
console.log(formatScores(rows));
// `--show currency` prints each case of the matching suites where prediction and gold differ;
// `--grammar` shows the number reader's predictions instead of the claims'.
const show = process.argv.indexOf('--show');
if (show >= 0) {
  const wanted = process.argv[show + 1] ?? '';
  for (const peerCase of cases.filter((entry) => entry.suite.includes(wanted))) {
    const predicted = (process.argv.includes('--grammar') ? predictGrammar : predictClaims)(peerCase).map((entry) => `${peerCase.input.slice(entry.start, entry.end)}=${entry.values.join('/')}`);
    const gold = peerCase.gold.map((entry) => `${entry.text}=${entry.value ?? ''}`);
    if (JSON.stringify(predicted) !== JSON.stringify(gold)) console.log(`${JSON.stringify(peerCase.input.slice(0, 140))}\n   gold ${JSON.stringify(gold)}\n   got  ${JSON.stringify(predicted)}`);
  }
}
console.log(`\n${cases.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
