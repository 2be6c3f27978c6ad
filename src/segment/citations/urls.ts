// A URL in running text ends at whitespace, a bracket, a quote or a pipe;
// trailing sentence punctuation is not part of it.
const urlEnds = new Set([' ', '\t', '\n', '\r', '<', '>', '"', "'", '[', ']', '{', '}', '|']);
const trailingPunctuation = new Set(['.', ',', ';', ':', '!', '?', ')']);
const maxUrlLength = 2000;

/** Whether `url` points at the web (`http:`, `https:` or protocol-relative), not at a page of the wiki or a file. */
export function isWebUrl(url: string): boolean {
  const lower = url.trim().toLowerCase();
  return lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('//');
}

/** The first web URL written in `text`, without the sentence's closing punctuation. */
export function firstUrl(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('http'); at >= 0; at = lower.indexOf('http', at + 4)) {
    const schemeEnd = lower.startsWith('https://', at) ? at + 8 : lower.startsWith('http://', at) ? at + 7 : -1;
    if (schemeEnd < 0) continue;
    let end = schemeEnd;
    while (end < text.length && end - at < maxUrlLength && !urlEnds.has(text[end] as string)) end++;
    while (end > schemeEnd && trailingPunctuation.has(text[end - 1] as string)) end--;
    if (end > schemeEnd) return text.slice(at, end);
  }
  return undefined;
}
