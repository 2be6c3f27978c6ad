import type { List, ListItem, Root, RootContent } from 'mdast';
import { createLocator } from '../../util/location.js';
import type { Infobox, InfoboxField } from './types.js';

// Keys are short labels such as `Leader`, `Birth Date`, `Years10`.
const maxKeyLength = 60;
const maxNameLineLength = 160;

/** A name line is one line that does not end like a sentence or an introduction. */
function isNameLine(line: string): boolean {
  return !/[\r\n]/.test(line.trim()) && !/[.:;!?]\s*$/.test(line);
}

/**
 * Reinterprets the list right after a wiki article's title as its infobox.
 *
 * The infobox is CommonMark list syntax already, and what makes it an infobox
 * is where it stands (after the title and the optional name line), which a
 * tokenizer cannot see. So this is a tree transform: the list and its item
 * positions come from micromark's tokens; key and value are cut from each
 * item's own source line, so their quotes are exact slices.
 */
export function infoboxFromTitleList(tree: Root, text: string): void {
  const index = infoboxCandidateIndex(tree.children, text);
  if (index === undefined) return;
  const list = tree.children[index] as List;
  const locator = createLocator(text);
  const fields: InfoboxField[] = [];
  for (const item of list.children) {
    const field = readField(item, text, locator);
    if (!field) return;
    fields.push(field);
  }
  if (fields.length === 0 || !list.position) return;
  const infobox: Infobox = { type: 'infobox', fields, position: list.position };
  tree.children[index] = infobox;
}

function infoboxCandidateIndex(children: RootContent[], text: string): number | undefined {
  let index = 0;
  if (children[index]?.type === 'yaml' || children[index]?.type === 'toml') index++;
  const title = children[index];
  if (title?.type === 'heading' && title.depth === 1) index++;
  // The optional name line: `Militarized Communist Party of Peru` above the fields —
  // a short line, not a sentence that introduces a list (`… organised in phases:`).
  const nameLine = children[index];
  if (nameLine?.type === 'paragraph' && children[index + 1]?.type === 'list') {
    const start = nameLine.position?.start.offset ?? 0;
    const end = nameLine.position?.end.offset ?? 0;
    if (end - start > maxNameLineLength || !isNameLine(text.slice(start, end))) return undefined;
    index++;
  }
  const candidate = children[index];
  if (candidate?.type !== 'list' || candidate.ordered) return undefined;
  return index;
}

function readField(item: ListItem, text: string, locator: ReturnType<typeof createLocator>): InfoboxField | undefined {
  const start = item.position?.start.offset;
  const end = item.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const line = text.slice(start, end);
  if (/[\r\n]/.test(line) || !line.startsWith('-')) return undefined;
  let keyStart = 1;
  while (line[keyStart] === ' ' || line[keyStart] === '\t') keyStart++;
  const colon = line.indexOf(':', keyStart);
  if (colon <= keyStart || colon - keyStart > maxKeyLength) return undefined;
  const after = line[colon + 1];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  let keyEnd = colon;
  while (keyEnd > keyStart && line[keyEnd - 1] === ' ') keyEnd--;
  let valueStart = colon + 1;
  while (line[valueStart] === ' ' || line[valueStart] === '\t') valueStart++;
  let valueEnd = line.length;
  while (valueEnd > valueStart && (line[valueEnd - 1] === ' ' || line[valueEnd - 1] === '\t')) valueEnd--;
  return {
    key: line.slice(keyStart, keyEnd),
    value: line.slice(valueStart, valueEnd),
    keyPosition: locator.position(start + keyStart, start + keyEnd),
    valuePosition: locator.position(start + valueStart, start + valueEnd),
    position: locator.position(start, end),
  };
}
