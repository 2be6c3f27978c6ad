import type { RuleContext, RuleFinding } from '../../check/index.js';
import { tiesShare } from '../../extract/figures/shares.js';
import type { MoneyClaim, QuantityClaim } from '../../schema/claims.js';

type Figure = QuantityClaim | MoneyClaim;

// `3,120 of the parish's 12,480`, `12 of its 40`: the words between a part and the whole it is taken from.
const partitiveOf = /^ of (?:the |its |their |his |her )?(?:[\p{L}’'-]{1,40}['’]s )?$/u;

// What points back to the whole before the part: `cost $11.8 million, of which … provided $5.1 million`.
const pointsBack = /\bof (?:which|whom|them|these|those)\b/iu;

/** Whether the words between a whole and its part point back to the whole, within one clause. */
function wholeBeforePart(between: string): boolean {
  return between.length <= 100 && !between.includes('.') && !between.includes(';') && pointsBack.test(between);
}

/**
 * `the company owned 15 steam locomotives, 9 of them, or 75 per cent`: a part
 * and its share of a whole the same words give, which the figures do not
 * make (9 of 15 is 60 per cent). The whole is the figure an `of the …` phrase
 * opening the sentence counts (`Of the 212 people aboard, 148 died, a death
 * rate of more than 80 per cent`), the one `of which`, `of them` or `of
 * these` points back to in the sentence, or, after an opening `Of these,`,
 * the last figure of the sentence before. Shares are read at their rounding,
 * widened for `about`, and open on the side `more than` or `less than` opens.
 */
export function partShareFindings(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const figures = [...context.claimsOf('quantity'), ...context.claimsOf('money')].sort((a, b) => a.position.start.offset - b.position.start.offset);
  figures.forEach((share, at) => {
    if (share.kind !== 'quantity' || share.value.percent !== true) return;
    const told = partBefore(context, figures, at);
    if (!told) return;
    // `3,120 of the parish's 12,480 residents, or roughly 40 per cent`: the share is of the partitive's part, out of the
    // figure its `of` gives.
    const partitive = figures[at - 2];
    const ofBetween = partitive ? context.text.slice(partitive.position.end.offset, told.position.start.offset) : '';
    const [part, whole] = partitive && partitive.sentence === told.sentence && !isShare(partitive) && partitiveOf.test(ofBetween) ? [partitive, told] : [told, wholeOf(context, figures, at - 1, told)];
    if (!whole || !sameKind(whole, part)) return;
    const [partValue, wholeValue] = [valueOf(part), valueOf(whole)];
    if (partValue === undefined || wholeValue === undefined || wholeValue <= partValue) return;
    const made = (100 * partValue) / wholeValue;
    const [low, high] = shareBounds(share);
    if (made >= low && made <= high) return;
    findings.push({
      message: `\`${part.text}\` is given as \`${share.text}\` of \`${whole.text}\`, but it is ${round(made)} per cent`,
      evidence: [context.evidence(whole, 'whole'), context.evidence(part, 'part'), context.evidence(share, 'share')],
      reasoning: [`${partValue} of ${wholeValue} is ${round(made)} per cent`, `\`${share.text}\` allows ${low === Number.NEGATIVE_INFINITY ? 'less than' : `${round(Math.max(0, low))} to`} ${round(Math.min(100, high))} per cent`],
    });
  });
  return findings;
}

/** The part right before the share at `at`, with only the words that tie a share to it between (the figure reader claims such a part). */
function partBefore(context: RuleContext, figures: readonly Figure[], at: number): Figure | undefined {
  const share = figures[at] as Figure;
  const part = figures[at - 1];
  const between = part ? context.text.slice(part.position.end.offset, share.position.start.offset) : '';
  // `45, more than half of the estate`: a share that names its whole by its own `of`.
  const ownsWhole = /^\s+of\s/u.test(context.text.slice(share.position.end.offset, share.position.end.offset + 4));
  return part && part.sentence === share.sentence && !isShare(part) && tiesShare(between, ownsWhole) ? part : undefined;
}

function isShare(figure: Figure): boolean {
  return figure.kind === 'quantity' && figure.value.percent === true;
}

/** The whole a part at `index` is a share of, by the words around it, or undefined. */
function wholeOf(context: RuleContext, figures: readonly Figure[], index: number, part: Figure): Figure | undefined {
  const share = figures[index + 1] as Figure;
  const sentence = context.sentences[share.sentence];
  if (!sentence) return undefined;
  const opening = context.text.slice(sentence.position.start.offset, part.position.start.offset);
  const before = figures.slice(0, index + 1).filter((figure) => figure.sentence === share.sentence && !isShare(figure) && figure.position.end.offset <= part.position.start.offset);
  // `Of the 12,400 residents recorded in 2011, 3,100, …`: the whole the sentence opens by.
  const first = before[0];
  if (first && /^Of the\s/u.test(opening) && !context.text.slice(sentence.position.start.offset, first.position.start.offset).includes(',')) return first;
  // `cost $11.8 million, of which … provided $5.1 million`, `15 steam locomotives, 9 of them`.
  const previous = before.at(-1);
  const after = context.text.slice(part.position.end.offset, part.position.end.offset + 16);
  if (previous && (wholeBeforePart(context.text.slice(previous.position.end.offset, part.position.start.offset)) || /^ of (?:them|these|those)\b/u.test(after))) return previous;
  // `In 2019 the company employed 1,240 people. Of these, 310, …`: the last figure told before.
  if (before.length === 0 && /^Of (?:these|them|those),\s*$/u.test(opening)) {
    return figures.slice(0, index + 1).filter((figure) => figure.sentence === share.sentence - 1 && !isShare(figure)).at(-1);
  }
  return undefined;
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money' && b.kind === 'money') return !a.value.currency || !b.value.currency || a.value.currency === b.value.currency;
  return true;
}

function valueOf(figure: Figure): number | undefined {
  if (figure.kind === 'money') return figure.value.amount ?? undefined;
  return figure.value.value ?? undefined;
}

/** The shares a written percentage allows: its rounding, `about` a tenth more, `more than` and `less than` open. */
function shareBounds(share: QuantityClaim): [number, number] {
  const value = share.value.value ?? share.value.min;
  const slack = share.value.approximate ? Math.max(2, value * 0.1) : 1;
  if (share.value.bound === 'more-than' || share.value.bound === 'at-least') return [value - slack, Number.POSITIVE_INFINITY];
  if (share.value.bound === 'less-than' || share.value.bound === 'at-most') return [Number.NEGATIVE_INFINITY, value + slack];
  return [share.value.min - slack, share.value.max + slack];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
