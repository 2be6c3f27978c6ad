import type { Construct, Extension as MicromarkExtension, ParseContext, State } from 'micromark-util-types';

/** Labels defined in a document, normalized as micromark compares them. */
export interface Definitions {
  links: readonly string[];
  footnotes: readonly string[];
}

/**
 * A list of labels that answers `includes` from a `Set`.
 *
 * Why: micromark keeps the labels a document defines in two plain arrays,
 * `parser.defined` (link definitions) and `parser.gfmFootnotes` (footnote
 * definitions), and asks `includes` of them at every reference and, for
 * footnotes, at every definition. With n definitions and n references that
 * is n² string comparisons: 1 MB of footnote definitions and their calls took
 * two minutes. micromark only ever calls `push` and `includes` on them, so an
 * array that keeps a set beside it answers the same in constant time.
 */
export class LabelIndex extends Array<string> {
  readonly #labels = new Set<string>();

  // `Array` methods that build a new array (`map`, `filter`, `slice`) must
  // build a plain one: they pass a length, which a label list cannot take.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  override push(...labels: string[]): number {
    for (const label of labels) {
      this.#labels.add(label);
      super.push(label);
    }
    return this.length;
  }

  override includes(label: string): boolean {
    return this.#labels.has(label);
  }
}

type LabelledParser = ParseContext & { gfmFootnotes?: string[] };

/**
 * A micromark extension that puts a `LabelIndex` behind both of micromark's
 * label lists before the first definition is read, holding the labels
 * `known` from other pieces of the same document (src/parse/chunked.ts).
 *
 * Every definition and reference opens with `[` (a reference to an image
 * with `![`): a construct tried first at that character in the document
 * (footnote definitions are containers) and in flow (link definitions start
 * a line) meets the parser before the first definition, and, when labels are
 * `known`, in text (references) before the first reference. It never
 * matches anything itself.
 */
export function labelIndex(known: Definitions = { links: [], footnotes: [] }): MicromarkExtension {
  const indexed = new WeakSet<ParseContext>();
  const index: Construct = {
    name: 'claimcheckLabelIndex',
    add: 'before',
    tokenize(_effects, _ok, nok): State {
      const parser = this.parser as LabelledParser;
      if (!indexed.has(parser)) {
        indexed.add(parser);
        parser.defined = indexOf(parser.defined, known.links);
        parser.gfmFootnotes = indexOf(parser.gfmFootnotes ?? [], known.footnotes);
      }
      return nok;
    },
  };
  // Labels known from elsewhere must be in place before a reference in a
  // piece that defines nothing; without them, a construct tried at every
  // `[` of the text would cost an attempt each and split its data.
  const seeded = known.links.length > 0 || known.footnotes.length > 0;
  return { document: { 91: index }, flow: { 91: index }, ...(seeded ? { text: { 33: index, 91: index } } : {}) };
}

function indexOf(labels: readonly string[], known: readonly string[]): LabelIndex {
  const index = new LabelIndex();
  // One by one: a document may define more labels than a call can take arguments.
  for (const label of labels) index.push(label);
  for (const label of known) index.push(label);
  return index;
}
