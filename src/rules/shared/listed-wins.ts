import type { RuleContext, RuleFinding } from '../../check/index.js';
import { compatible } from '../../resolve/events/when.js';
import type { DateClaim, DatePoint, EventClaim } from '../../schema/claims.js';
import { hedged, titleKey, usable, whenOf } from './events.js';

/**
 * `the club won the Segunda Divisão in 1949–50` against the honours row
 * `- Segunda Divisão: 1948–49, 1961–62`: a title the prose dates, won by the
 * subject the honours list is of, in a season the list does not give for that
 * title. The list names the title and gives its wins; a win it leaves out is
 * the prose's slip or the list's. Titles the list does not name, and prose
 * wins of the subject's rivals, are left alone.
 */
export function listedWinFindings(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const listed = new Map<string, Array<{ event: EventClaim; point: DatePoint; claim: DateClaim }>>();
  for (const event of context.events) {
    if (event.value.type !== 'award' || event.value.source !== 'list' || !event.value.subject || !usable(event)) continue;
    const date = whenOf(context, event).date;
    const title = event.value.patient?.text;
    if (!date || !title) continue;
    const key = `${event.value.subject}\u0000${titleKey(title)}`;
    listed.set(key, [...(listed.get(key) ?? []), { event, ...date }]);
  }
  if (listed.size === 0) return findings;
  for (const event of context.events) {
    if (event.value.type !== 'award' || event.value.source !== 'prose' || !event.value.subject || !usable(event) || event.value.patient?.form !== 'name') continue;
    const wins = listed.get(`${event.value.subject}\u0000${titleKey(event.value.patient.text)}`);
    const date = whenOf(context, event).date;
    // A span of years (`from 1949 to 1953`) is no one season: only `1949–50` is compared.
    if (!wins || !date || (date.claim.value.granularity === 'range' && !seasonLike(date.claim))) continue;
    // Two seasons (`1948–49`, `1949–50`) share a year but are one only when they start together.
    const same = (win: { point: DatePoint; claim: DateClaim }): boolean => (seasonLike(win.claim) && seasonLike(date.claim) ? win.claim.value.start?.slice(0, 4) === date.claim.value.start?.slice(0, 4) : compatible(win.point, date.point));
    if (wins.some(same)) continue;
    findings.push({
      message: `\`${event.value.patient.text}\` is won in \`${date.claim.text}\`, but the article's honours list gives ${wins.map((win) => `\`${win.claim.text}\``).join(', ')}`,
      evidence: [context.evidence(event, 'win in the prose'), context.evidence(date.claim, 'its date'), ...wins.map((win) => context.evidence(win.claim, 'a win in the list'))],
      reasoning: [`'${event.text}' dates a win of ${event.value.patient.text} ${date.point.timex}`, `the honours list gives that title ${wins.map((win) => win.point.timex).join(', ')} and not ${date.point.timex}`],
      entity: event.value.subject,
      hedged: hedged([event]),
      severity: 'warning',
    });
  }
  return findings;
}

/** A range that is one season (`1949–50`), told as a range of two years. */
function seasonLike(claim: DateClaim): boolean {
  return /^\d{4}[–-]\d{2,4}$/u.test(claim.text.trim());
}
