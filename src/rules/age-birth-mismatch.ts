import { defineRule, type RuleFinding } from '../check/index.js';
import { describe, entityName, hedged, yearOf } from './shared/events.js';
import { birthsByPerson } from './shared/births.js';
import { pointOf } from '../resolve/events/when.js';

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
      const point = dateClaim?.kind === 'date' ? pointOf(dateClaim, 'from') : undefined;
      const statedYear = point ? yearOf(point) : null;
      if (!dateClaim || dateClaim.kind !== 'date' || statedYear === null) continue;
      for (const birth of births.get(entity) ?? []) {
        const birthYear = yearOf(birth.point);
        if (birthYear === null || birth.claim.id === dateClaim.id) continue;
        // Someone aged N in year Y was born in Y − N or Y − N − 1, exactly; `about forty` allows five years more.
        const latest = statedYear - years;
        const earliest = latest - 1;
        const slack = approximateAge.test(age.text) || birth.point.approximate ? 5 : 0;
        if (birthYear >= earliest - slack && birthYear <= latest + slack) continue;
        findings.push({
          message: `\`${entityName(context, entity, age.value.subjectText)}\` is aged \`${years}\` in \`${dateClaim.text}\` but born in \`${describe(birth.point, birth.claim)}\``,
          evidence: [context.evidence(age, 'age'), context.evidence(dateClaim, 'date of the age'), context.evidence(birth.claim, 'birth date'), context.evidence(birth.event, 'birth')],
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
