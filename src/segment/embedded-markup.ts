import type { PlainText } from './plain-text.js';

/**
 * Wikitext that a conversion left in the text as escaped tags
 * (`&lt;ref&gt;…&lt;/ref&gt;`, `&lt;!-- … --&gt;`): once decoded they read as
 * `<ref>…</ref>` and `<!-- … -->`, and every extractor would take the
 * publication years and quotes of the references for the article's own claims.
 */
export function withoutEmbeddedMarkup(plain: PlainText): PlainText {
  const ranges = embeddedMarkupRanges(plain.value);
  if (ranges.length === 0) return plain;
  return cutRanges(plain, ranges);
}

// How far a tag's attributes may run before its `>`: `<ref name="Outhwaite 2003" group="n">`.
const maxTagLength = 300;

/** The `[start, end)` ranges of references and comments, found with `indexOf` so the scan stays linear. */
function embeddedMarkupRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  // A reference may run over a blank line: this block then opens inside it, up to its `</ref>`.
  const firstClose = text.indexOf('</ref>');
  const firstOpen = text.indexOf('<ref');
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
    ranges.push([0, firstClose + 6]);
    from = firstClose + 6;
  }
  while (from < text.length) {
    const ref = text.indexOf('<ref', from);
    const comment = text.indexOf('<!--', from);
    if (ref < 0 && comment < 0) break;
    if (comment >= 0 && (ref < 0 || comment < ref)) {
      const close = text.indexOf('-->', comment + 4);
      if (close < 0) break;
      ranges.push([comment, close + 3]);
      from = close + 3;
      continue;
    }
    const after = text[ref + 4];
    const tagEnd = after === '>' || after === ' ' || after === '/' ? text.indexOf('>', ref + 4) : -1;
    if (tagEnd < 0 || tagEnd - ref > maxTagLength) {
      from = ref + 4;
      continue;
    }
    if (text[tagEnd - 1] === '/') {
      ranges.push([ref, tagEnd + 1]);
      from = tagEnd + 1;
      continue;
    }
    const close = text.indexOf('</ref>', tagEnd + 1);
    // …and a block may end inside one that closes in a later block.
    if (close < 0) {
      ranges.push([ref, text.length]);
      break;
    }
    ranges.push([ref, close + 6]);
    from = close + 6;
  }
  return ranges;
}

/** The plain text with the given sorted, disjoint ranges removed, its runs still mapping every kept character. */
function cutRanges(plain: PlainText, ranges: ReadonlyArray<[number, number]>): PlainText {
  const kept: Array<[number, number]> = [];
  let previous = 0;
  for (const [start, end] of ranges) {
    if (start > previous) kept.push([previous, start]);
    previous = end;
  }
  if (previous < plain.value.length) kept.push([previous, plain.value.length]);
  const result: PlainText = { value: '', runs: [], citations: plain.citations, links: plain.links };
  let run = 0;
  for (const [start, end] of kept) {
    while (run + 1 < plain.runs.length && (plain.runs[run + 1] as [number, number])[0] <= start) run++;
    let at = start;
    let index = run;
    while (at < end) {
      const [plainStart, sourceStart] = plain.runs[index] as [number, number];
      const runEnd = Math.min(end, plain.runs[index + 1]?.[0] ?? plain.value.length);
      result.runs.push([result.value.length, sourceStart + (at - plainStart)]);
      result.value += plain.value.slice(at, runEnd);
      at = runEnd;
      index++;
    }
  }
  return result;
}
