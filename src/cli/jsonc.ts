/**
 * JSON with comments, as `tsconfig.json` and VS Code settings allow them:
 * `//` line comments and `/* … *\/` block comments outside strings are
 * replaced by spaces (line breaks kept), so `JSON.parse` reports errors at
 * the same line and column as in the file. One linear scan; strings and their
 * escapes are skipped whole.
 */
export function stripJsonComments(text: string): string {
  const out: string[] = [];
  let index = 0;
  let copied = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === '"') {
      index++;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      index++;
      continue;
    }
    if (character === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) {
      const block = text[index + 1] === '*';
      const close = block ? text.indexOf('*/', index + 2) : nextLineBreak(text, index);
      const end = close === -1 ? text.length : block ? close + 2 : close;
      out.push(text.slice(copied, index), text.slice(index, end).replace(/[^\r\n]/g, ' '));
      index = end;
      copied = end;
      continue;
    }
    index++;
  }
  out.push(text.slice(copied));
  return out.join('');
}

function nextLineBreak(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const carriage = text.indexOf('\r', from);
  if (newline === -1) return carriage;
  return carriage === -1 ? newline : Math.min(newline, carriage);
}
