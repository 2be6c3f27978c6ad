/**
 * Whether the text between two dates joins them as one restated time:
 * `nine days later, on 12 May`, `two years later (in 1998)`, `on 27 April,
 * eleven days later`, `the following year, that is 1996`. Then neither date
 * is the other's anchor; each says when the same thing happened.
 */
export function joinsAsRestatement(gap: string): boolean {
  if (gap.length > 16) return false;
  const words = gap.split(/\s+/).filter((word) => word !== '');
  return words.length <= 3 && words.every((word) => joiningWords.has(word.toLowerCase()) || [...word].every((mark) => joiningMarks.has(mark)));
}

const joiningWords = new Set(['on', 'in', 'by', 'that', 'is', 'i.e.', 'namely', 'at']);
const joiningMarks = new Set([',', '(', ')', '–', '—']);

/** Whether a relative date counts elapsed time (`two years later`), not a calendar step (`the following year`). */
export function countsElapsedTime(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return elapsedWords.has(words[words.length - 1] ?? '');
}

const elapsedWords = new Set(['later', 'earlier', 'after', 'before', 'afterwards', 'afterward']);
