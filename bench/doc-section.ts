import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Puts generated Markdown between a begin and an end marker of a doc page,
 * keeping the rest of the page as written by hand. A page that does not
 * exist yet is first created from `newPage`, which must hold both markers.
 */
export function writeDocSection(docPath: string, markers: { begin: string; end: string }, output: string, newPage?: string): void {
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : newPage;
  if (doc === undefined) throw new Error(`${docPath} does not exist`);
  const from = doc.indexOf(markers.begin);
  const to = doc.indexOf(markers.end);
  if (from < 0 || to < from) throw new Error(`docs/${basename(docPath)} has no ${markers.begin} … ${markers.end} section`);
  writeFileSync(docPath, `${doc.slice(0, from + markers.begin.length)}\n\n${output}\n\n${doc.slice(to)}`);
  console.error(`wrote docs/${basename(docPath)}`);
}
