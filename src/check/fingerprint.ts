import { fnv1a64 } from '../util/hash.js';

/**
 * Rule, entity name and normalized quotes: stable when lines are added above,
 * so a baseline keeps matching until the contradiction itself changes.
 */
export function fingerprint(ruleId: string, entityName: string, quotes: readonly string[]): string {
  const normalized = quotes.map((quote) => quote.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
  return fnv1a64([ruleId, entityName.toLowerCase(), ...normalized].join('\u0000'));
}
