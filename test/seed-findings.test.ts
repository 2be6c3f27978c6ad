import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../src/index.js';
import { seedText } from './helpers/fixtures.js';

const file = analyze(seedText, { path: 'seed.txt' }).files[0];
const findings = file?.findings ?? [];
const loud = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
const quotes = (finding: Finding) => finding.evidence.map((evidence) => evidence.quote).join(' | ');

function find(ruleId: string, ...needles: string[]): Finding | undefined {
  return loud.find((finding) => finding.ruleId === ruleId && needles.every((needle) => quotes(finding).includes(needle) || finding.message.includes(needle)));
}

describe('the seed article', () => {
  it("should report Comrade José's leadership starting in 2018, 1999 and 2013, naming the differing qualifiers", () => {
    const finding = find('role-date-conflict', '2018', '1999', '2013');
    expect(finding, loud.map((entry) => entry.message).join('\n')).toBeDefined();
    expect(finding?.message).toMatch(/VRAEM faction/);
  });

  it('should report "Comrade Gabriel" given to two different full names', () => {
    const finding = find('alias-conflict', 'Martín Antonio', 'Marco Antonio');
    expect(finding, loud.map((entry) => entry.message).join('\n')).toBeDefined();
    expect(finding?.message).toMatch(/Comrade Gabriel|Gabriel/);
  });

  it('should report the third plenary session dated April 25, 2011 and 2013', () => {
    // The session dated twice, not only the two sessions dated alike (whose evidence quotes both dates too).
    expect(find('event-date-conflict', 'April 25, 2011', '2013', '`third plenary session` is dated'), loud.map((entry) => entry.message).join('\n')).toBeDefined();
  });

  it('should report the infobox range `–present` as incomplete', () => {
    expect(find('incomplete-range', '–present')).toBeDefined();
  });

  it('should report the markup residue at info level', () => {
    const residue = findings.filter((finding) => finding.ruleId === 'markup-residue');
    expect(residue.map((finding) => finding.evidence[0]?.quote)).toEqual(expect.arrayContaining(['25px', '125px', 'class=nowrap', ':es:']));
    expect(residue.every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('should raise nothing else at error or warning level', () => {
    const expected = new Set(['role-date-conflict', 'alias-conflict', 'event-date-conflict', 'incomplete-range']);
    expect(loud.filter((finding) => !expected.has(finding.ruleId)).map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });

  it('should not flag sizes of different years, ASPRET as ally then opponent, or the Quispe Palomino siblings', () => {
    for (const finding of loud) {
      expect(quotes(finding)).not.toMatch(/60 to 80|~300/);
      expect(finding.message).not.toMatch(/ASPRET/);
      expect(finding.message).not.toMatch(/Jorge Quispe Palomino|Iván Quispe Palomino/);
    }
  });

  it("should list Guzmán's capture in 1992, stated several times, as a corroboration", () => {
    const corroboration = file?.corroborations.find((entry) => entry.description.includes('Guzmán') && entry.evidence.some((evidence) => evidence.quote.includes('1992')));
    expect(corroboration, JSON.stringify(file?.corroborations.map((entry) => entry.description))).toBeDefined();
  });
});
