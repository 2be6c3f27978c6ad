/**
 * The layout of packed fixture files (issue 11): many entries in one JSON
 * file, still read and reviewed by hand. An array or object goes on one line
 * when that line fits in `width` characters, else one member per line, so
 * a span `{ "start": 1, "end": 9, "quote": "…" }` or an edit stays on one
 * line and a case reads top to bottom. The value is unchanged:
 * `JSON.parse(formatFixtureJson(value))` deep-equals `value`.
 */

/** The widest line a packed fixture aims for, indentation included, unless its format asks for another. */
export const defaultWidth = 120;

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).filter(([, member]) => member !== undefined);
    return members.length === 0 ? '{}' : `{ ${members.map(([key, member]) => `${JSON.stringify(key)}: ${oneLine(member)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function layout(value: unknown, indent: string, prefix: string, width: number): string {
  const flat = oneLine(value);
  if (indent.length + prefix.length + flat.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${layout(item, inner, '', width)}`).join(',\n')}\n${indent}]`;
  }
  const members = Object.entries(value).filter(([, member]) => member !== undefined);
  if (members.length === 0) return '{}';
  return `{\n${members.map(([key, member]) => `${inner}${JSON.stringify(key)}: ${layout(member, inner, `${JSON.stringify(key)}: `, width)}`).join(',\n')}\n${indent}}`;
}

/** A value as the text of a packed fixture file, ending in a newline. */
export function formatFixtureJson(value: unknown, width = defaultWidth): string {
  return `${layout(value, '', '', width)}\n`;
}
