import type { ArticleSentence } from '../../segment/index.js';
import type { ParsedSentence, ReaderContext } from './reader.js';
import type { Frame, FrameArgument, Unit } from './types.js';

type Read = (parsed: ParsedSentence, context: ReaderContext) => Frame[];

/**
 * The frames of a prose sentence or list row: a list row that opens with a
 * noun phrase and a colon (`- X (Alias): killed in 2013`) is read with that
 * phrase as the subject of its clauses.
 */
export function structureFrames(sentence: ArticleSentence, parsed: ParsedSentence, read: Read): Frame[] {
  const head = sentence.where === 'list' ? listHead(parsed) : undefined;
  return read(parsed, head ? { implicitSubject: head } : {});
}

/**
 * `Víctor Quispe Palomino (Comrade José): leader of …`, `Second congress:
 * held in Porto` — the noun phrase a list row opens with, before its colon
 * or dash, is what the row's clauses are about.
 */
function listHead(parsed: ParsedSentence): FrameArgument | undefined {
  const first = parsed.phrases[0];
  if (first?.type !== 'np') return undefined;
  let at = 1;
  if (parsed.units[parsed.phrases[at]?.first ?? -1]?.text === '(') {
    while (at < parsed.phrases.length && parsed.units[(parsed.phrases[at] as { first: number }).first]?.text !== ')') at++;
    at++;
  }
  const separator = parsed.units[parsed.phrases[at]?.first ?? -1]?.text;
  const named = first.form === 'name';
  if (separator !== ':' && !(named && (separator === ',' || separator === '–' || separator === '—' || separator === '-'))) return undefined;
  const head = parsed.units[first.head] as Unit;
  const start = (parsed.units[first.first] as Unit).start;
  const end = (parsed.units[first.last] as Unit).end;
  return {
    start,
    end,
    text: parsed.input.plain.slice(start, end),
    ...(head.claim ? { claim: head.claim.id } : {}),
    form: first.form,
    ...(first.form === 'nominal' ? { head: head.lemma } : {}),
    strategy: 'list-head',
  };
}
