import type { RootContent } from 'mdast';
import type { Position } from '../schema/position.js';
import type { SourceLocator } from '../util/location.js';

/** What claimcheck reads of a page's front matter: the two keys that say what the page is and when. */
export interface FrontMatter {
  kind: 'yaml' | 'toml';
  /** `title:`, unquoted; it names the article when no heading does. */
  title: string | null;
  /** Where the title's value is written (inside its quotes, if any). */
  titlePosition: Position | null;
  /** `date:` as an ISO day (`2023-05-01`), for anchoring relative dates; null when absent or not a date. */
  date: string | null;
}

// A top-level key: a letter or underscore, then up to 40 word characters or hyphens.
const keyPattern = /^[A-Za-z_][\w-]{0,40}$/;
const isoDay = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * Reads `title` and `date` from a `yaml` or `toml` node by scanning its own
 * source lines, so the title's position is exact. Only plain one-line scalars
 * are read — unquoted, or in single or double quotes — which is how every
 * static site generator's starter writes them; anything else (a folded block,
 * a nested table) is left unread rather than guessed. No YAML library: two
 * top-level scalars do not need a YAML parser, and a wrong guess costs only
 * a missing title.
 */
export function readFrontMatter(node: RootContent, text: string, locator: SourceLocator): FrontMatter | null {
  if ((node.type !== 'yaml' && node.type !== 'toml') || !node.position) return null;
  const kind = node.type;
  const start = node.position.start.offset ?? 0;
  const end = node.position.end.offset ?? 0;
  const matter: FrontMatter = { kind, title: null, titlePosition: null, date: null };
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const entry = readEntry(line, kind);
    if (entry) {
      const valueStart = lineStart + entry.valueStart;
      const scalar = readScalar(line.slice(entry.valueStart), kind);
      if (scalar && entry.key === 'title' && matter.title === null && scalar.value.trim() !== '') {
        matter.title = scalar.value.trim();
        matter.titlePosition = locator.position(valueStart + scalar.start, valueStart + scalar.end);
      } else if (scalar && entry.key === 'date' && matter.date === null) {
        matter.date = isoDay.exec(scalar.value)?.[1] ?? null;
      }
    }
    lineStart = lineEnd + 1;
  }
  return matter;
}

/** A top-level `key: value` (YAML) or `key = value` (TOML) line: the key, lower case, and where the value starts. */
function readEntry(line: string, kind: 'yaml' | 'toml'): { key: string; valueStart: number } | undefined {
  const separator = line.indexOf(kind === 'yaml' ? ':' : '=');
  if (separator <= 0) return undefined;
  const key = trimEnd(line.slice(0, separator));
  if (!keyPattern.test(key)) return undefined;
  let valueStart = separator + 1;
  // YAML needs a space after the colon (`http://x` is no key); TOML does not.
  if (kind === 'yaml' && valueStart < line.length && !isBlank(line.charAt(valueStart))) return undefined;
  while (valueStart < line.length && isBlank(line.charAt(valueStart))) valueStart++;
  return { key: key.toLowerCase(), valueStart };
}

/** A one-line scalar: its value and where it is written within `raw`; undefined for anything else. */
function readScalar(raw: string, kind: 'yaml' | 'toml'): { value: string; start: number; end: number } | undefined {
  const trimmed = trimEnd(raw);
  const quote = trimmed[0];
  if (quote === '"' || quote === "'") {
    const close = trimmed.lastIndexOf(quote);
    if (close <= 0) return undefined;
    const inner = trimmed.slice(1, close);
    const value = quote === '"' ? inner.replace(/\\(["\\])/g, '$1') : kind === 'yaml' ? inner.replace(/''/g, "'") : inner;
    return { value, start: 1, end: close };
  }
  if (trimmed === '' || '|>[{&*!'.includes(trimmed.charAt(0))) return undefined;
  // An unquoted value ends at a comment.
  const comment = Math.min(...[' #', '\t#'].map((mark) => trimmed.indexOf(mark)).filter((index) => index >= 0), trimmed.length);
  const value = trimEnd(trimmed.slice(0, comment));
  return { value, start: 0, end: value.length };
}

function isBlank(character: string): boolean {
  return character === ' ' || character === '\t';
}

/** The text without trailing spaces and tabs, scanned from the end (a `[ \t]+$` pattern is quadratic). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
