// A URL in running text ends at whitespace, a bracket, a quote or a pipe;
// trailing sentence punctuation is not part of it.
const urlInText = /https?:\/\/[^\s<>"'[\]{}|]{1,2000}/i;
const trailingPunctuation = /[.,;:!?)]+$/;

/** Whether `url` points at the web (`http:`, `https:` or protocol-relative), not at a page of the wiki or a file. */
export function isWebUrl(url: string): boolean {
  const lower = url.trim().toLowerCase();
  return lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('//');
}

/** The first web URL written in `text`, without the sentence's closing punctuation. */
export function firstUrl(text: string): string | undefined {
  const match = urlInText.exec(text);
  return match ? match[0].replace(trailingPunctuation, '') : undefined;
}
