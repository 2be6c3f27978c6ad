import type { RuleContext, RuleFinding } from '../../check/index.js';
import { numberedTitleAfter } from '../../extract/names/generation.js';
import type { Evidence } from '../../schema/entities.js';

/**
 * `His son Raoul de Vallancourt, the third Count, served …` and, in the list
 * of counts, `Raoul de Vallancourt, 4th Count (1671–1702)`: one person given
 * two numbers in one line of title holders.
 */
export function titleOrdinalFindings(context: RuleContext): RuleFinding[] {
  const told = new Map<string, Array<{ number: number; evidence: Evidence }>>();
  for (const mention of context.mentions) {
    if (mention.form !== 'name' || mention.entity === null || context.entity(mention.entity)?.type !== 'person') continue;
    const numbered = numberedTitleAfter(context.text.slice(mention.position.end.offset, mention.position.end.offset + 40));
    if (!numbered) continue;
    const key = `${mention.entity}\u0000${numbered.title}`;
    const list = told.get(key) ?? [];
    list.push({ number: numbered.number, evidence: context.quote(mention.position.start.offset, mention.position.end.offset + numbered.length, 'numbered title') });
    told.set(key, list);
  }
  const findings: RuleFinding[] = [];
  for (const [key, list] of told) {
    const numbers = [...new Set(list.map((item) => item.number))];
    if (numbers.length < 2) continue;
    const [entity, title] = key.split('\u0000') as [string, string];
    findings.push({
      message: `\`${context.entity(entity)?.canonical ?? entity}\` is numbered ${numbers.join(' and ')} among the holders of the title \`${title}\``,
      evidence: list.map((item) => item.evidence),
      reasoning: [`one holder of a numbered title has one number in its line`, ...list.map((item) => `'${item.evidence.quote}' gives ${item.number}`)],
      entity,
      severity: 'warning',
    });
  }
  return findings;
}
