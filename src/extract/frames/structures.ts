import { roleOfWords } from '../../lexicon/roles.js';
import type { ArticleSentence } from '../../segment/index.js';
import type { ParsedSentence, ReaderContext } from './reader.js';
import type { Frame, FrameArgument, Unit } from './types.js';

type Read = (parsed: ParsedSentence, context: ReaderContext) => Frame[];

/**
 * The frames of a prose sentence or list row: a list row that opens with a
 * noun phrase and a colon (`- X (Alias): killed in 2013`) is read with that
 * phrase as the subject of its clauses.
 */
export function structureFrames(sentence: ArticleSentence, parsed: ParsedSentence, read: Read, title: string | null): Frame[] {
  const head = sentence.where === 'list' ? listHead(parsed) : undefined;
  const role = sentence.where === 'list' ? headingRole(sentence.sectionPath) : null;
  return read(parsed, {
    ...(head ? { implicitSubject: head } : {}),
    ...(role ? { listRole: role, listBody: { text: title ?? '', form: 'subject', strategy: 'heading' } } : {}),
  });
}

/** `==Leaders==`, `=== Presidents of the club ===`: the office a list or table section is a list of. */
export function headingRole(path: readonly string[]): string | null {
  const heading = path[path.length - 1];
  if (!heading) return null;
  const words = heading.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  for (const word of words) {
    const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
    const role = roleOfWords([singular]);
    if (role !== null && word !== singular) return role;
  }
  return null;
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
