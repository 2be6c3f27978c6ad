import type { Claim } from '../../schema/claims.js';
import type { Finding } from '../../schema/findings.js';
import type { FileReport } from '../../schema/report.js';
import { describeClaim } from './html-describe.js';
import type { Formatter } from './types.js';

/** How many characters of context a quote selector carries on each side at first; doubled while the quote is not unique. */
const contextLength = 32;
const maxContextLength = 512;

/**
 * A W3C Web Annotation Data Model collection (JSON-LD): one annotation per
 * finding and, with `claims`, one per claim.
 *
 * A finding's motivation is `assessing` (errors and warnings: the text
 * contradicts itself) or `questioning` (info: markup that looks left over);
 * its bodies are the message and the rule id as a tag; each piece of
 * evidence is a target with a `TextQuoteSelector` (exact, prefix, suffix —
 * the context grows until prefix, quote and suffix occur once in the text)
 * and a `TextPositionSelector`, whose offsets count Unicode code points as
 * the model says (claimcheck's own offsets count UTF-16 units). A claim is
 * `describing`, with its kind as a tag and its normalized value in words and
 * as JSON. Ids are URNs made from the finding's fingerprint or the claim's
 * id, so the same report gives the same bytes. A file whose text is not
 * given gets quote selectors without context. Evidence quoted from a cited
 * source targets that source (its URL or file) with a quote selector.
 */
export const format: Formatter = (report, options) => {
  const sources = options.sources ?? new Map<string, string>();
  const items: unknown[] = [];
  for (const file of report.files) {
    const text = usableText(file, sources.get(file.path));
    const anchors = text === undefined ? undefined : new Anchors(text);
    const seen = new Map<string, number>();
    for (const finding of file.findings) {
      const base = `urn:claimcheck:${encodeURIComponent(file.path)}:finding:${finding.fingerprint}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      items.push(findingAnnotation(finding, file.path, count === 1 ? base : `${base}:${count}`, anchors));
    }
    if (options.claims) for (const claim of file.claims) items.push(claimAnnotation(claim, file, anchors));
  }
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:claimcheck:report',
    type: 'AnnotationCollection',
    label: 'claimcheck findings',
    total: items.length,
    ...(items.length === 0 ? {} : { first: { id: 'urn:claimcheck:report:page:0', type: 'AnnotationPage', startIndex: 0, items } }),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
};

const creator = { type: 'Software', name: 'claimcheck' };

function findingAnnotation(finding: Finding, path: string, id: string, anchors: Anchors | undefined): unknown {
  const motivation = finding.severity === 'info' ? 'questioning' : 'assessing';
  return {
    id,
    type: 'Annotation',
    motivation,
    creator,
    body: [
      { type: 'TextualBody', purpose: motivation, format: 'text/plain', value: finding.message },
      { type: 'TextualBody', purpose: 'tagging', value: finding.ruleId },
      { type: 'TextualBody', purpose: 'classifying', value: finding.severity },
    ],
    target: finding.evidence.map((evidence) =>
      // A cited source's quote targets that source: its quote only, since its text is not at hand to count code points in.
      evidence.source === undefined
        ? target(path, evidence.quote, evidence.position.start.offset, evidence.position.end.offset, anchors)
        : { source: evidence.source, selector: [{ type: 'TextQuoteSelector', exact: evidence.quote }] },
    ),
  };
}

function claimAnnotation(claim: Claim, file: FileReport, anchors: Anchors | undefined): unknown {
  const entities = new Map(file.entities.map((entity) => [entity.id, entity]));
  return {
    id: `urn:claimcheck:${encodeURIComponent(file.path)}:claim:${claim.id}`,
    type: 'Annotation',
    motivation: 'describing',
    creator,
    body: [
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: describeClaim(claim, entities) },
      { type: 'TextualBody', purpose: 'tagging', value: claim.kind },
      { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify(claim.value) },
    ],
    target: target(file.path, claim.text, claim.position.start.offset, claim.position.end.offset, anchors),
  };
}

function target(path: string, quote: string, start: number, end: number, anchors: Anchors | undefined): unknown {
  const quoteSelector = anchors ? anchors.quote(start, end) : { type: 'TextQuoteSelector', exact: quote };
  const positionSelector = anchors
    ? { type: 'TextPositionSelector', start: anchors.codePoints(start), end: anchors.codePoints(end) }
    : undefined;
  return {
    source: path,
    selector: positionSelector ? [quoteSelector, positionSelector] : [quoteSelector],
  };
}

/** The text, when every quote of the report is still its slice of it. */
function usableText(file: FileReport, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const fits = (quote: string, start: number, end: number) => end <= text.length && text.slice(start, end) === quote;
  const fitsAll =
    file.claims.every((claim) => fits(claim.text, claim.position.start.offset, claim.position.end.offset)) &&
    file.findings.every((finding) => finding.evidence.every((evidence) => evidence.source !== undefined || fits(evidence.quote, evidence.position.start.offset, evidence.position.end.offset)));
  return fitsAll ? text : undefined;
}

/** Selectors for one text: code point offsets and quotes with enough context to be unique. */
class Anchors {
  /** UTF-16 offsets of the second unit of every surrogate pair, ascending. */
  private readonly lowSurrogates: number[] = [];

  constructor(private readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.lowSurrogates.push(++index);
      }
    }
  }

  /** A UTF-16 offset as a count of code points before it. */
  codePoints(offset: number): number {
    let low = 0;
    let high = this.lowSurrogates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.lowSurrogates[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  }

  /** The quote selector of `[start, end)`: context doubled until prefix, exact and suffix occur once. */
  quote(start: number, end: number): { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } {
    const exact = this.text.slice(start, end);
    let length = contextLength;
    for (;;) {
      const prefix = this.text.slice(this.clamp(start - length), start);
      const suffix = this.text.slice(end, this.clamp(end + length));
      const whole = prefix + exact + suffix;
      const first = this.text.indexOf(whole);
      const unique = first === this.text.lastIndexOf(whole);
      if (unique || length >= maxContextLength || (prefix.length < length && suffix.length < length)) {
        return { type: 'TextQuoteSelector', exact, prefix, suffix };
      }
      length *= 2;
    }
  }

  /** An offset moved off the middle of a surrogate pair, so context never holds half a character. */
  private clamp(offset: number): number {
    const bounded = Math.max(0, Math.min(offset, this.text.length));
    const unit = this.text.charCodeAt(bounded);
    return unit >= 0xdc00 && unit <= 0xdfff && bounded > 0 ? bounded - 1 : bounded;
  }
}
