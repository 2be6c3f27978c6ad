import type { Citation, CitationForm } from '../../schema/citations.js';
import type { SourceLocator } from '../../util/location.js';

/** The fields a definition gives; the rest stay null. */
export type CitationFields = Partial<Pick<Citation, 'url' | 'archiveUrl' | 'title' | 'date' | 'accessDate' | 'publisher' | 'quote'>> & { text?: string };

/** What a citation marker in the text stands for. */
export interface MarkerTarget {
  key: string;
  label: string;
  /** Markers (`<ref>`, `[3]`, `[^1]`) support the clause before them; links and bare URLs their whole sentence. */
  scope: 'clause' | 'sentence';
}

/** The citations of one article as the collectors found them, with a lookup from marker to citation. */
export interface CitationIndex {
  citations: Citation[];
  /** The citation a marker starting at this source offset stands for. */
  markerAt(offset: number): MarkerTarget | undefined;
  /** Records that the marker at `offset` belongs to sentence `sentence` (filled while sentences are made). */
  attach(offset: number, sentence: number): void;
}

/**
 * Gathers citations in document order: each definition and use is recorded
 * under its key, labels are numbered per group in order of first use (as
 * MediaWiki numbers them), and each marker's source offset is remembered so
 * the sentence that holds it can find its citation.
 */
export class CitationRegistry {
  private readonly byKey = new Map<string, Citation>();
  private readonly order: Citation[] = [];
  private readonly markers = new Map<number, MarkerTarget>();
  private readonly usesByOffset = new Map<number, { citation: Citation; index: number }>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly locator: SourceLocator) {}

  /** Records a definition of `key`; the first one wins, later ones with the same key are uses. */
  define(key: string, form: CitationForm, start: number, end: number, fields: CitationFields, group?: string): Citation {
    const citation = this.citation(key, form, group);
    if (citation.definition === null) {
      citation.definition = this.span(start, end);
      citation.url = fields.url ?? null;
      citation.archiveUrl = fields.archiveUrl ?? null;
      citation.title = fields.title ?? null;
      citation.date = fields.date ?? null;
      citation.accessDate = fields.accessDate ?? null;
      citation.publisher = fields.publisher ?? null;
      citation.quote = fields.quote ?? null;
      citation.text = fields.text ?? '';
    }
    return citation;
  }

  /** Records a use of `key` by a marker at `[start, end)`, numbering the citation at its first use. */
  use(key: string, form: CitationForm, start: number, end: number, group?: string): Citation {
    const citation = this.citation(key, form, group);
    if (citation.uses.length === 0 && citation.label === '') citation.label = this.nextLabel(group);
    this.usesByOffset.set(start, { citation, index: citation.uses.length });
    citation.uses.push(this.span(start, end));
    this.markers.set(start, { key, label: citation.label, scope: form === 'link' || form === 'url' ? 'sentence' : 'clause' });
    return citation;
  }

  /** Fills the fields a definition left empty from another record of the same source (a short footnote's full citation). */
  complete(key: string, fields: CitationFields): void {
    const citation = this.byKey.get(key);
    if (!citation) return;
    citation.url ??= fields.url ?? null;
    citation.archiveUrl ??= fields.archiveUrl ?? null;
    citation.title ??= fields.title ?? null;
    citation.date ??= fields.date ?? null;
    citation.publisher ??= fields.publisher ?? null;
  }

  /** Sets the label a citation shows when it is not numbered by use (a footnote's own label, a marker's number). */
  label(key: string, form: CitationForm, label: string): void {
    const citation = this.citation(key, form);
    if (citation.label === '') citation.label = label;
  }

  /** The citations and markers gathered, as the segmenter reads them. */
  index(): CitationIndex {
    for (const citation of this.order) if (citation.label === '') citation.label = citation.key;
    const ordered = [...this.order].sort((a, b) => firstOffset(a) - firstOffset(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      citations: ordered,
      markerAt: (offset) => this.markers.get(offset),
      attach: (offset, sentence) => {
        const use = this.usesByOffset.get(offset);
        if (use) (use.citation.uses[use.index] as Citation['uses'][number]).sentence = sentence;
      },
    };
  }

  private citation(key: string, form: CitationForm, group?: string): Citation {
    let citation = this.byKey.get(key);
    if (!citation) {
      citation = {
        key,
        form,
        label: '',
        ...(group === undefined ? {} : { group }),
        url: null,
        archiveUrl: null,
        title: null,
        date: null,
        accessDate: null,
        publisher: null,
        quote: null,
        text: '',
        definition: null,
        uses: [],
      };
      this.byKey.set(key, citation);
      this.order.push(citation);
    }
    return citation;
  }

  private nextLabel(group: string | undefined): string {
    const next = (this.counters.get(group ?? '') ?? 0) + 1;
    this.counters.set(group ?? '', next);
    return group === undefined ? String(next) : `${group} ${next}`;
  }

  private span(start: number, end: number) {
    return { text: this.locator.text.slice(start, end), position: this.locator.position(start, end) };
  }
}

function firstOffset(citation: Citation): number {
  return Math.min(citation.uses[0]?.position.start.offset ?? Number.POSITIVE_INFINITY, citation.definition?.position.start.offset ?? Number.POSITIVE_INFINITY);
}
