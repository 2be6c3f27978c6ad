import type { Root, RootContent } from 'mdast';
import { createLocator } from '../../util/location.js';
import type { WikiTemplate } from '../wiki-template/types.js';
import type { Infobox, InfoboxField } from './types.js';

/**
 * Reinterprets the first `{{Infobox …}}` template standing as a block of
 * its own (with the infobox templates right after it, parts of one) as the article's infobox: one field per named parameter, key and
 * value cut from the parameter's tokens (whitespace around them left out, so
 * both quotes are exact slices) and the value's parsed content kept for the
 * readable text. Empty parameters make no field.
 */
export function infoboxFromTemplate(tree: Root, text: string): void {
  const index = tree.children.findIndex(isInfoboxTemplate);
  if (index < 0) return;
  // `{{Infobox ship begin}}`, `{{Infobox ship career …}}`, `{{Infobox ship characteristics …}}`, `{{Infobox ship end}}`:
  // an infobox built of parts is one infobox, its fields in the order written.
  let last = index;
  while (last + 1 < tree.children.length && isInfoboxTemplate(tree.children[last + 1] as RootContent)) last++;
  const templates = tree.children.slice(index, last + 1) as WikiTemplate[];
  const template = templates[0] as WikiTemplate;
  const end = templates.at(-1)?.position?.end;
  if (!template.position || !end) return;
  const locator = createLocator(text);
  const fields: InfoboxField[] = [];
  for (const parameter of templates.flatMap((part) => part.children)) {
    if (parameter.positional || !parameter.namePosition || !parameter.valuePosition || !parameter.position) continue;
    const [keyStart, keyEnd] = trimmed(text, parameter.namePosition.start.offset ?? 0, parameter.namePosition.end.offset ?? 0);
    const [valueStart, valueEnd] = trimmed(text, parameter.valuePosition.start.offset ?? 0, parameter.valuePosition.end.offset ?? 0);
    if (valueEnd <= valueStart || keyEnd <= keyStart) continue;
    fields.push({
      key: text.slice(keyStart, keyEnd),
      value: text.slice(valueStart, valueEnd),
      keyPosition: locator.position(keyStart, keyEnd),
      valuePosition: locator.position(valueStart, valueEnd),
      position: locator.position(keyStart, valueEnd),
      content: parameter.children,
    });
  }
  const infobox: Infobox = { type: 'infobox', fields, position: { start: template.position.start, end }, name: template.name };
  tree.children.splice(index, templates.length, infobox);
}

function isInfoboxTemplate(node: RootContent): boolean {
  return node.type === 'wikiTemplate' && /^infobox\b/i.test(node.name);
}

/** `[start, end)` without the whitespace at either end. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
