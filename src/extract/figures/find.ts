import type { ArticleSentence } from '../../segment/index.js';
import type { ClaimOf } from '../../schema/claims.js';
import type { AnyClaimDraft, Extractor } from '../types.js';
import { tokenize, type Token } from './tokens.js';

/** The figure kinds, each with its own extractor. */
export type FigureKind = 'quantity' | 'money' | 'age' | 'rank';

/** A figure found in a sentence: offsets into the text, the token span, and the claim value. */
export interface FigureFind<Kind extends FigureKind> {
  start: number;
  end: number;
  /** Indexes of the first and last token of the figure. */
  first: number;
  last: number;
  value: ClaimOf<Kind>['value'];
}

/**
 * Walks a text's tokens left to right and collects what `readAt` finds at
 * each token; after a find the walk resumes past its last token, so finds
 * never overlap.
 */
export function scanFigures<Find extends { first: number; last: number }>(text: string, readAt: (tokens: readonly Token[], index: number) => Find | null): Find[] {
  const tokens = tokenize(text);
  if (scans.tokens !== tokens) scans = { tokens, byReader: new Map() };
  const { byReader } = scans;
  const known = byReader.get(readAt);
  if (known) return known as Find[];
  const found: Find[] = [];
  let consumed = -1;
  for (let index = 0; index < tokens.length; index++) {
    const find = readAt(tokens, index);
    // A find may reach back before `index` (a currency sign before the number); never into an earlier find.
    if (!find || find.first <= consumed) continue;
    found.push(find);
    index = find.last;
    consumed = find.last;
  }
  byReader.set(readAt, found);
  return found;
}

// The money, age and rank finders read each sentence twice: as extractors,
// and inside the quantity finder, which leaves their tokens to them. The
// scans of the token list `tokenize` keeps are kept, by their reader, until
// another list is scanned (the finders of one sentence run one after the
// other); nobody modifies a scan's finds.
let scans: { tokens: readonly Token[] | null; byReader: Map<(tokens: readonly Token[], index: number) => unknown, unknown[]> } = { tokens: null, byReader: new Map() };

/** Makes the extractor of one figure kind from its finder: the claim's extractor name is the kind. */
export function figureExtractor<Kind extends FigureKind>(kind: Kind, find: (sentence: ArticleSentence) => Array<FigureFind<Kind>>): Extractor {
  return {
    name: kind,
    kinds: [kind],
    extract(sentence) {
      return find(sentence).map((figure) => ({ kind, start: figure.start, end: figure.end, value: figure.value, extractor: kind }) as AnyClaimDraft);
    },
  };
}
