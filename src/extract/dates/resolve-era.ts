import type { Claim, DateClaim } from '../../schema/claims.js';
import type { Refiner } from '../types.js';
import { ERA_PATTERN, isBeforeEra } from './lexicon.js';
import { parseIso, rangeValue, yearPoint } from './points.js';

/**
 * Gives bare years before AD 1000 the era the article is writing in: after
 * `c. 360 BC`, `Agesilaus became king in 398` means 398 BC. Histories of
 * antiquity state the era once and then drop it; reading the bare number as
 * AD would put the king's accession seven centuries after his death.
 *
 * The era is taken from the nearest preceding date claim that states one
 * (`BC`, `BCE`, `AD`, `CE`); only single years without a written era change,
 * and each records the claim it took the era from.
 */
export const eraRefiner: Refiner = {
  name: 'date-era',
  refine(claims: Claim[]): Claim[] {
    let lastEra: { era: 'BC' | 'AD'; claim: DateClaim } | null = null;
    // The sentence of the last year of our era written without one (`between 1390 and 1395`): a range counting down
    // beside it (`… and the Ulu Cami between 1400 and 1396`) is written backwards, not BC.
    let lastModern = -Infinity;
    // A date of our era no history of antiquity writes (`April 17, 1964`, `in 1773`) since the era was last stated:
    // the article has left antiquity, and a range of such years counting down after it (`reigned 1965–1956`) is
    // written backwards, not BC; `c. 1321–1296` may still be a Hittite reign.
    let leftAntiquity = false;
    return claims.map((claim) => {
      if (claim.kind !== 'date') return claim;
      const stated = statedEra(claim.text);
      if (stated) {
        lastEra = { era: stated, claim };
        leftAntiquity = false;
        return claim;
      }
      leftAntiquity ||= ofOurEra(claim);
      if (lastEra?.era === 'BC' && claim.value.granularity === 'range' && claim.sentence - lastModern > 1 && !(leftAntiquity && ofOurEra(claim))) {
        const counted = backwardsInBc(claim, lastEra.claim);
        if (counted !== claim) return counted;
      }
      const yearly = claim.value.granularity === 'year' || (claim.value.granularity === 'range' && claim.value.from?.granularity === 'year');
      if (yearly && claim.value.start !== null && parseIso(claim.value.start)[0] >= 1000) lastModern = claim.sentence;
      if (lastEra?.era !== 'BC' || claim.extractor !== 'date/year' || claim.value.granularity !== 'year' || claim.value.start === null) return claim;
      const [year] = parseIso(claim.value.start);
      if (year < 1 || year >= 1000) return claim;
      const value = {
        ...claim.value,
        ...yearPoint(1 - year),
        approximate: claim.value.approximate,
        resolvedFrom: lastEra.claim.id,
        resolution: `era BC as in '${lastEra.claim.text}'`,
      };
      return { ...claim, value };
    });
  },
};

/**
 * `Mursili II (c. 1321–1296)` in a history told in years BC: two whole years
 * written backwards, with no era of their own, count down, so they are years
 * BC (1321 BC to 1296 BC), not a range that ends before it starts.
 */
function backwardsInBc(claim: DateClaim, eraClaim: DateClaim): DateClaim {
  const { from, to } = claim.value;
  if (!from || !to || from.granularity !== 'year' || to.granularity !== 'year' || from.start === null || to.start === null) return claim;
  const [first] = parseIso(from.start);
  const [last] = parseIso(to.start);
  if (last >= first || first < 1) return claim;
  const point = (year: number, written: typeof from) => ({ ...yearPoint(1 - year), approximate: written.approximate });
  const value = { ...claim.value, ...rangeValue(point(first, from), point(last, to)), approximate: claim.value.approximate, resolvedFrom: eraClaim.id, resolution: `era BC as in '${eraClaim.text}'` };
  return { ...claim, value };
}

/** A date with a day or month in a year from 1000, or any year from 1500: of our era in any history. */
function ofOurEra(claim: DateClaim): boolean {
  if (claim.value.start === null) return false;
  const [year] = parseIso(claim.value.start);
  const fine = claim.value.granularity === 'day' || claim.value.granularity === 'month';
  return year >= 1500 || (fine && year >= 1000);
}

const STATED_ERA = new RegExp(`(?<![\\p{L}])(${ERA_PATTERN})(?![\\p{L}])`, 'u');

function statedEra(text: string): 'BC' | 'AD' | null {
  const match = STATED_ERA.exec(text);
  if (!match) return null;
  return isBeforeEra(match[1] as string) ? 'BC' : 'AD';
}
