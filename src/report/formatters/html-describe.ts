import type { Claim } from '../../schema/claims.js';
import type { Entity } from '../../schema/entities.js';

/**
 * A claim's kind and normalized value in one short line, for the hover text
 * of its highlight: what claimcheck read, beside what the text says.
 */
export function describeClaim(claim: Claim, entities: ReadonlyMap<string, Entity>): string {
  return `${claim.kind} ${claim.id}: ${describeValue(claim, entities)}`;
}

function describeValue(claim: Claim, entities: ReadonlyMap<string, Entity>): string {
  switch (claim.kind) {
    case 'date': {
      const { timex, start, end, approximate, relation, resolution } = claim.value;
      const span = start === null && end === null ? '' : ` (${start ?? '?'} to ${end ?? 'open'})`;
      return join([`TIMEX ${timex}${span}`, relation, approximate ? 'approximate' : undefined, resolution]);
    }
    case 'quantity': {
      const { percent, noun, approximate, bound } = claim.value;
      return join([`${amount(claim.value.value, claim.value.min, claim.value.max)}${percent ? '%' : ''}`, noun ?? undefined, bound, approximate ? 'approximate' : undefined]);
    }
    case 'money': {
      const { currency, approximate, bound } = claim.value;
      return join([`${amount(claim.value.amount, claim.value.min, claim.value.max)} ${currency ?? '(no currency)'}`, bound, approximate ? 'approximate' : undefined]);
    }
    case 'age': {
      const { years, unit, subjectText, entity } = claim.value;
      return join([`${years} years${unit ? ` (given in ${unit}s)` : ''}`, nameOf(entity, entities) ?? subjectText ?? undefined]);
    }
    case 'rank':
      return join([`#${claim.value.ordinal}`, claim.value.of ?? undefined, claim.value.quoted ? 'quoted' : undefined]);
    case 'event': {
      const { type, role, aspect, subjectText, subject, modality, trigger } = claim.value;
      return join([`${type}${role ? ` (${role})` : ''}`, aspect, nameOf(subject ?? undefined, entities) ?? subjectText ?? undefined, modality, `trigger "${trigger}"`]);
    }
    default: {
      const { name, form, entity } = claim.value;
      const canonical = nameOf(entity, entities);
      return join([canonical !== undefined && canonical !== name ? `${name} = ${canonical}` : name, form]);
    }
  }
}

function amount(value: number | null, min: number, max: number): string {
  return value !== null ? String(value) : `${min} to ${max}`;
}

function nameOf(entity: string | undefined, entities: ReadonlyMap<string, Entity>): string | undefined {
  return entity === undefined ? undefined : entities.get(entity)?.canonical;
}

function join(parts: readonly (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(', ');
}
