import type { CitationRef, Sentence } from '../../schema/segment.js';

// Between two markers of one group only spaces and punctuation stand: `.[1][2]`, `,<ref/> <ref/>`.
const groupGap = /^[\s.,;:!?)"'’”]*$/;

/**
 * The citations that support a claim ending at source offset `end` in its
 * sentence, by key (by label where the article defines no record).
 *
 * A marker supports the clause before it: a claim is supported by the first
 * group of markers placed at or after its end in the sentence (`born in
 * 1900,[1] he died in 1950.[2]`: 1900 by 1, 1950 by 2). A claim after the
 * sentence's last marker has none of them. A link or bare URL supports every
 * claim of its sentence.
 */
export function citationKeysFor(sentence: Pick<Sentence, 'citations'>, text: string, end: number): string[] {
  const keys: string[] = [];
  const markers: CitationRef[] = [];
  for (const citation of sentence.citations) {
    if (citation.scope === 'sentence') keys.push(citation.key ?? citation.label);
    else markers.push(citation);
  }
  const first = markers.findIndex((marker) => marker.position.start.offset >= end);
  if (first >= 0) {
    let previous = markers[first] as CitationRef;
    keys.push(previous.key ?? previous.label);
    for (const marker of markers.slice(first + 1)) {
      const gap = text.slice(previous.position.end.offset, marker.position.start.offset);
      if (!groupGap.test(gap)) break;
      keys.push(marker.key ?? marker.label);
      previous = marker;
    }
  }
  return [...new Set(keys)];
}
