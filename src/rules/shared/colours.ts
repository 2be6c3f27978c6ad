import type { RuleContext, RuleFinding } from '../../check/index.js';
import { COLOURS } from '../../lexicon/colours.js';

const colourWords: ReadonlySet<string> = new Set(COLOURS);

// Infobox keys that give the subject's colours: `Colours`, `Colors`, `School colours`, `Club colours`.
const colourKey = /^(?:[\p{L}]+[\s_])?colou?rs?$/iu;

// The prose's own colours: `the party's orange and black colours`, `its colours are green and white`.
const colourNoun = /\bcolou?rs\b/iu;

// Words that put colours in the past or make them another's: `originally wore red`, `changed its colours in 1921`.
const otherTime = /\b(?:originally|formerly|former|first|old|until|changed|adopted|replaced|previous|earlier|away|second|alternative|change)\b/iu;

/**
 * `| Colours | Green and white |` and `rallied under the party's orange and
 * black colours`: the subject's colours in the infobox and in the prose share
 * no colour. A prose sentence that tells of a change or of other colours
 * (`originally`, `until 1921`, `changed`, `away colours`) is left out.
 */
export function colourFindings(context: RuleContext): RuleFinding[] {
  const boxed = context.sentences.find((sentence) => sentence.where === 'infobox' && sentence.infoboxKey !== undefined && colourKey.test(sentence.infoboxKey.trim()));
  const inBox = boxed ? coloursOf(boxed.plain) : [];
  if (!boxed || inBox.length === 0) return [];
  const findings: RuleFinding[] = [];
  for (const sentence of context.sentences) {
    if (sentence.where !== 'prose' || !colourNoun.test(sentence.plain) || otherTime.test(sentence.plain)) continue;
    const told = coloursOf(sentence.plain);
    if (told.length < 2 || told.some((colour) => inBox.includes(colour))) continue;
    findings.push({
      message: `Infobox gives the colours as ${inBox.join(' and ')}, but the prose as ${told.join(' and ')}`,
      evidence: [context.quote(boxed.position.start.offset, boxed.position.end.offset, 'infobox'), context.quote(sentence.position.start.offset, sentence.position.end.offset, 'prose')],
      reasoning: [`the infobox's \`${boxed.infoboxKey}\` line names ${inBox.join(', ')}`, `'${sentence.plain.trim().slice(0, 80)}' names ${told.join(', ')}, none of them the infobox's`],
      severity: 'warning',
    });
    break;
  }
  return findings;
}

/** The colour words of a text, in order, each once. */
function coloursOf(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => colourWords.has(word)))];
}
