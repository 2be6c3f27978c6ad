/** Helpers shared by the scans that run over the text before micromark (nesting.ts, inline-limit.ts). */

/** The offset of the line ending (CR, LF or CRLF) that ends the line at `from`, or the text's length. */
export function endOfLine(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}

/** The start of the next line, given the offset of a line's ending. */
export function afterLineEnding(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
}

/** Whether a UTF-16 code is a space or a tab, the only whitespace CommonMark indents with. */
export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * `text` with the character at each of `positions` (ascending) replaced by a
 * no-break space: same length, so every offset stays where it was, and
 * micromark reads each as plain text. Runs of adjacent positions become one
 * piece, so masking most of a megabyte stays cheap.
 */
export function maskAt(text: string, positions: ArrayLike<number>): string {
  if (positions.length === 0) return text;
  const parts: string[] = [];
  let copiedTo = 0;
  for (let index = 0; index < positions.length; ) {
    const first = positions[index] as number;
    let last = first;
    while (index + 1 < positions.length && positions[index + 1] === last + 1) last = positions[++index] as number;
    index++;
    parts.push(text.slice(copiedTo, first), '\u00a0'.repeat(last - first + 1));
    copiedTo = last + 1;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/** GFM's longest label. */
export const longestLabel = 999;

/**
 * After `[label]:` opening at `at`, where a definition starts (footnote
 * definitions with `[^`); 0 when there is none before `lineEnd`. Labels hold
 * no unescaped bracket.
 */
export function afterDefinitionLabel(text: string, at: number, lineEnd: number): number {
  if (text.charCodeAt(at) !== 91) return 0;
  const end = Math.min(lineEnd, at + 1 + longestLabel);
  for (let index = at + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 92) index++;
    else if (code === 91) return 0;
    else if (code === 93) return index > at + 1 && text.charCodeAt(index + 1) === 58 ? index + 2 : 0;
  }
  return 0;
}
