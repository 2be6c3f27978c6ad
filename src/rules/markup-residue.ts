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
    for (const field of context.infobox) for (const finding of scan(context, field.value, field.valuePosition.start.offset, field)) findings.push(finding);
    for (const sentence of context.sentences) {
      if (sentence.where === 'infobox') continue;
      for (const finding of scan(context, sentence.text, sentence.position.start.offset)) findings.push(finding);
    }
    return findings;
  },
});

function scan(context: RuleContext, value: string, offset: number, field?: InfoboxFieldInfo): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const residue of residues) {
    if (residue.infoboxOnly && !field) continue;
    if (residue.what === 'image size' && field && sizeKey.test(field.key)) continue;
    residue.pattern.lastIndex = 0;
    for (let match = residue.pattern.exec(value); match; match = residue.pattern.exec(value)) {
      if (match[0].length === 0) {
        residue.pattern.lastIndex++;
        continue;
      }
      const start = offset + match.index;
      const quote = context.quote(start, start + match[0].length, 'residue');
      const place = field ? `infobox field \`${field.key}\`` : 'the text';
      findings.push({
        message: `Unexpected ${residue.what} \`${match[0].trim()}\` in ${place}`,
        evidence: [quote],
        reasoning: [`\`${match[0].trim()}\` looks like ${residue.what} left over from wiki markup, not part of the value`],
      });
    }
  }
  return findings;
}
