import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { InfoboxFieldInfo } from '../schema/segment.js';

interface Residue {
  pattern: RegExp;
  what: string;
  /** Applies to infobox values only (prose may legitimately contain it). */
  infoboxOnly?: boolean;
}

// Each pattern is anchored on a literal and bounded, so scans stay linear.
const residues: readonly Residue[] = [
  { pattern: /(?<![\w.])\d{1,4}px\b/g, what: 'image size', infoboxOnly: true },
  { pattern: /\b(?:class|style|align|width|colspan|rowspan)=[\w"'#:;%-]{1,40}/g, what: 'HTML attribute' },
  { pattern: /(?<=^|[\s(–-]):?[a-z]{2,3}:(?=\p{Lu})/gu, what: 'interwiki prefix' },
  { pattern: /\[\[|\]\]|\{\{|\}\}/g, what: 'wiki link or template brackets' },
  { pattern: /'''?(?=\S)/g, what: 'wiki bold or italic quotes' },
  { pattern: /<\/?(?:ref|br|small|span|div|sup|sub)\b[^>]{0,80}>?/g, what: 'HTML tag' },
  { pattern: /&(?:nbsp|ndash|mdash|amp);/g, what: 'HTML entity' },
  { pattern: /^\|/g, what: 'template pipe', infoboxOnly: true },
  { pattern: /^\s*,|,\s*(?=,)/g, what: 'empty list item', infoboxOnly: true },
  { pattern: /^\((?:self-claim|self-described|claimed|disputed)\)(?=\s*,|\s*$)/g, what: 'qualifier whose subject was lost', infoboxOnly: true },
];

// Fields whose value is meant to be a size: `Flag Size: 125px` is no residue.
const sizeKey = /size|width|height|scale|upright/i;

export default defineRule({
  id: 'markup-residue',
  meta: {
    description: 'Leftovers of wiki markup that corrupt values: image sizes, HTML attributes, interwiki prefixes, empty list items',
    defaultSeverity: 'info',
  },
  check(context) {
    // In wikitext the markup is the format itself, read by the parser; nothing is left over.
    if (context.format === 'wikitext') return [];
    const findings: RuleFinding[] = [];
    // Pushed one by one: spreading a long array into push() overflows the stack.
    for (const field of context.infobox) for (const finding of scan(context, field.value, atOffset(field.valuePosition.start.offset), field)) findings.push(finding);
    for (const sentence of context.sentences) {
      if (sentence.where === 'infobox') continue;
      // Markdown's own inline code, HTML and entity references are syntax, and a
      // `[[1]](url)` citation link is a link: read what a reader sees, its plain text.
      const found = context.format === 'markdown' ? scan(context, sentence.plain, sentence.toSource) : scan(context, sentence.text, atOffset(sentence.position.start.offset));
      for (const finding of found) findings.push(finding);
    }
    return findings;
  },
});

/** Maps an index into a scanned value to a source offset; `end` for exclusive ends. */
type ToSource = (index: number, end?: boolean) => number;

function atOffset(offset: number): ToSource {
  return (index) => offset + index;
}

function scan(context: RuleContext, value: string, toSource: ToSource, field?: InfoboxFieldInfo): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const place = field ? `infobox field \`${field.key}\`` : 'the text';
  for (const residue of residues) {
    if (residue.infoboxOnly && !field) continue;
    if (residue.what === 'image size' && field && sizeKey.test(field.key)) continue;
    residue.pattern.lastIndex = 0;
    const first = residue.pattern.exec(value);
    // Most values hold no leftover: nothing to follow.
    if (!first) continue;
    // A run of the same leftover back to back (`[[[[[[`) is one leftover: one
    // finding quoting the whole run, not one per match (a megabyte of `[`
    // would otherwise be half a million findings).
    let run: { start: number; end: number; marker: string; count: number } | undefined;
    const flush = (): void => {
      if (!run) return;
      const quote = context.quote(toSource(run.start), toSource(run.end, true), 'residue');
      const repeated = run.count > 1 ? ` (${run.count} times in a row)` : '';
      findings.push({
        message: `Unexpected ${residue.what} \`${run.marker}\`${repeated} in ${place}`,
        evidence: [quote],
        reasoning: [`\`${run.marker}\` looks like ${residue.what} left over from wiki markup, not part of the value`],
      });
      run = undefined;
    };
    for (let match: RegExpExecArray | null = first; match; match = residue.pattern.exec(value)) {
      if (match[0].length === 0) {
        residue.pattern.lastIndex++;
        continue;
      }
      const marker = match[0].trim();
      const end = match.index + match[0].length;
      if (run && run.end === match.index && run.marker === marker) {
        run.end = end;
        run.count++;
        continue;
      }
      flush();
      run = { start: match.index, end, marker, count: 1 };
    }
    flush();
  }
  return findings;
}
