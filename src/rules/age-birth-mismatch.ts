import { defineRule, type RuleFinding } from '../check/index.js';
import { dedupeEvidence, describe, entityName, hedged, yearOf } from './shared/events.js';
import { birthsByPerson } from './shared/births.js';
import { pointOf } from '../resolve/events/when.js';

const isoDay = /^(-?\d{1,6})-(\d{2})-(\d{2})$/u;
const approximateAge = /\b(?:about|around|approximately|some|nearly|almost|roughly|circa|c\.)\b/i;

export default defineRule({
  id: 'age-birth-mismatch',
  meta: {
    description: 'A stated age at a known date disagrees with the birth year by more than one year',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const births = birthsByPerson(context);
    for (const age of context.claimsOf('age')) {
      const { entity, date: dateId, years } = age.value;
      if (!entity || !dateId) continue;
      const dateClaim = context.claim(dateId);
      // `who was only 23 when he died`, dated by the life span's end.
      const point = dateClaim?.kind === 'date' ? pointOf(dateClaim, age.value.datePart ?? 'from') : undefined;
      const statedYear = point ? yearOf(point) : null;
      if (!dateClaim || dateClaim.kind !== 'date' || statedYear === null) continue;
      for (const birth of births.get(entity) ?? []) {
        const birthYear = yearOf(birth.point);
        // An age at the end of the span that gives the birth (`(1936–1959)` … `23 when he died`) is checked against its start.
        if (birthYear === null || (birth.claim.id === dateClaim.id && age.value.datePart !== 'to')) continue;
        // Someone aged N in year Y was born in Y − N or Y − N − 1, exactly; `about forty` allows five years more.
        const latest = statedYear - years;
        const earliest = latest - 1;
        const slack = approximateAge.test(age.text) || birth.point.approximate ? 5 : 0;
        // Both days known (`September 7, 1936` to `February 3, 1959`): the age is one number, 22, not 22 or 23.
        const exact = slack === 0 && point && exactAge(birth.point, point);
        if (exact !== undefined && exact !== false ? exact === years : birthYear >= earliest - slack && birthYear <= latest + slack) continue;
        findings.push({
          message: `\`${entityName(context, entity, age.value.subjectText)}\` is aged \`${years}\` in \`${dateClaim.text}\` but born in \`${describe(birth.point, birth.claim)}\``,
          // Every clause that gives this birth year (the infobox's and the lead's), not only the first read.
          evidence: dedupeEvidence([
            context.evidence(age, 'age'),
            context.evidence(dateClaim, 'date of the age'),
            ...(births.get(entity) ?? []).filter((other) => other === birth || yearOf(other.point) === birthYear).flatMap((other) => [context.evidence(other.claim, 'birth date'), context.evidence(other.event, 'birth')]),
          ]),
          reasoning: [`aged ${years} in ${statedYear} means born in ${earliest} or ${latest}`, `'${birth.event.text}' gives the birth year ${birthYear}, ${Math.abs(birthYear - latest)} years off`],
          entity,
          hedged: hedged([birth.event]),
        });
        break;
      }
    }
    return findings;
  },
});

/** The age in whole years from one day to another, when both are whole days; undefined otherwise. */
function exactAge(born: { granularity: string; start: string | null; approximate: boolean }, at: { granularity: string; start: string | null; approximate: boolean }): number | undefined {
  if (born.granularity !== 'day' || at.granularity !== 'day' || born.approximate || at.approximate || !born.start || !at.start) return undefined;
  const [b, a] = [isoDay.exec(born.start), isoDay.exec(at.start)];
  if (!b || !a) return undefined;
  const [by, bm, bd, ay, am, ad] = [b[1], b[2], b[3], a[1], a[2], a[3]].map(Number) as [number, number, number, number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}
