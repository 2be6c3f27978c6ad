/**
 * One-off conversion of the copied evaluation sets (`fixtures/eval`,
 * `fixtures/eval2`: edited article copies plus `manifest.json`) into case
 * files over ../shared (docs/evaluation-sets.md). Edits come from diffing
 * each copy against its corpus article; gold evidence from finding the
 * manifest quotes in the edited text; `gold.fact` and `gold.form` from the
 * table below, read case by case from the edit and its note.
 *
 *   npx tsx scripts/convert-eval-sets.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { applyCase, applyEdits, sha256Hex } from '../bench/eval-sets/apply.js';
import { PlantedCaseSchema, type Edit, type Fact, type Form, type PlantedCase, type QuotedSpan } from '../bench/eval-sets/format.js';
import { readShared, readSharedBytes, repoRoot } from '../bench/shared-texts.js';

interface ManifestEntry {
  file: string;
  rule: string | null;
  kind: string;
  source: string;
  quotes: string[];
  note: string;
}

/** fact and form of every case, by id. */
const labels: Record<string, [Fact, Form]> = {
  // eval, planted
  'role-date-conflict--christian-social-union-in-bavaria': ['role-tenure', 'relative-clause'],
  'role-date-conflict--burhanuddin-rabbani': ['role-tenure', 'passive'],
  'role-date-conflict--james-l-jones': ['role-tenure', 'apposition'],
  'role-date-conflict--free-idlib-army': ['role-tenure', 'relative-clause'],
  'role-date-conflict--institute-of-national-remembrance': ['role-tenure', 'relative-clause'],
  'alias-conflict--revolutionary-association-of-the-women-of-afghanistan': ['alias', 'parenthesis'],
  'alias-conflict--fatah': ['alias', 'parenthesis'],
  'alias-conflict--abd-al-rahman-iii': ['alias', 'participle'],
  'alias-conflict--trent-alexander-arnold': ['birth-death', 'sentence'],
  'alias-conflict--niels-bohr': ['birth-death', 'parenthesis'],
  'event-date-conflict--battle-of-actium': ['event-date', 'nominalisation'],
  'event-date-conflict--digital-equipment-corporation': ['event-date', 'pronoun'],
  'event-date-conflict--battle-of-adwa': ['event-date', 'relative-clause'],
  'event-date-conflict--buddy-holly': ['event-date', 'apposition'],
  'event-date-conflict--bundestag': ['event-date', 'participle'],
  'after-death--oda-nobunaga': ['after-death', 'sentence'],
  'after-death--agesilaus-ii': ['after-death', 'sentence'],
  'after-death--joris-ivens': ['after-death', 'pronoun'],
  'after-death--free-idlib-army': ['after-death', 'passive'],
  'after-death--bamileke-war': ['after-death', 'sentence'],
  'age-birth-mismatch--gregory-serper': ['age', 'other'],
  'age-birth-mismatch--brian-boitano': ['age', 'other'],
  'age-birth-mismatch--ada-lovelace': ['age', 'participle'],
  'age-birth-mismatch--terrence-murphy-american-football': ['age', 'apposition'],
  'age-birth-mismatch--jodie-emery': ['age', 'pronoun'],
  'range-order--hellas-verona-f-c': ['range-order', 'list-row'],
  'range-order--labatt-brewing-company': ['range-order', 'parenthesis'],
  'range-order--bursa': ['range-order', 'sentence'],
  'range-order--the-doors-album': ['range-order', 'relative-clause'],
  'incomplete-range--altimont-butler': ['other', 'infobox'],
  'incomplete-range--antique-band': ['other', 'infobox'],
  'incomplete-range--nassau-bahamas': ['other', 'apposition'],
  'incomplete-range--chalmers-university-of-technology': ['other', 'list-row'],
  'figure-conflict--battle-of-adwa': ['figure', 'nominalisation'],
  'figure-conflict--battle-of-bouvines': ['figure', 'sentence'],
  'figure-conflict--hellas-verona-f-c': ['figure', 'sentence'],
  'figure-conflict--national-geographic-society': ['figure', 'sentence'],
  'figure-conflict--herat': ['figure', 'other'],
  'infobox-prose-conflict--k-nicole-mitchell': ['infobox-prose', 'passive'],
  'infobox-prose-conflict--bodmin': ['infobox-prose', 'infobox'],
  'infobox-prose-conflict--toronto': ['infobox-prose', 'passive'],
  'infobox-prose-conflict--dollar-point-california': ['infobox-prose', 'infobox'],
  'infobox-prose-conflict--jodie-emery': ['infobox-prose', 'infobox'],
  'sequence-conflict--jean-baptiste-simeon-chardin': ['sequence', 'pronoun'],
  'sequence-conflict--oda-nobunaga': ['before-birth', 'sentence'],
  'sequence-conflict--movement-of-new-forces': ['sequence', 'sentence'],
  'sequence-conflict--golden-gate-bridge': ['sequence', 'sentence'],
  'sequence-conflict--agesilaus-ii': ['before-birth', 'pronoun'],
  // eval, clean: what the near-miss resembles
  'same-surname--niels-bohr': ['birth-death', 'sentence'],
  'same-surname--jodie-emery': ['birth-death', 'participle'],
  'same-surname--ada-lovelace': ['birth-death', 'participle'],
  'size-two-years--herat': ['figure', 'sentence'],
  'size-two-years--christian-social-union-in-bavaria': ['figure', 'pronoun'],
  'size-two-years--toronto': ['figure', 'sentence'],
  'ally-later-opponent--burhanuddin-rabbani': ['other', 'apposition'],
  'ally-later-opponent--free-idlib-army': ['other', 'sentence'],
  'second-term--democratic-progressive-party': ['role-tenure', 'sentence'],
  'second-term--movement-of-new-forces': ['role-tenure', 'sentence'],
  'age-consistent--terrence-murphy-american-football': ['age', 'other'],
  'age-consistent--gregory-serper': ['age', 'participle'],
  'age-consistent--james-l-jones': ['age', 'apposition'],
  'posthumous--joris-ivens': ['after-death', 'passive'],
  'posthumous--oda-nobunaga': ['after-death', 'passive'],
  'precise-restatement--battle-of-actium': ['event-date', 'passive'],
  'precise-restatement--battle-of-pyongyang-1950': ['event-date', 'participle'],
  'short-range--ghent': ['range-order', 'nominalisation'],
  'decade-range--digital-equipment-corporation': ['range-order', 'sentence'],
  'bc-range--agesilaus-ii': ['range-order', 'parenthesis'],
  'month-range--nassau-bahamas': ['range-order', 'sentence'],
  'film-setting--buddy-holly': ['sequence', 'sentence'],
  'open-range--geelong-football-club': ['range-order', 'list-row'],
  'consistent-figure--battle-of-adwa': ['figure', 'nominalisation'],
  // eval2, planted
  'role-date-conflict--boston-herald': ['role-tenure', 'relative-clause'],
  'role-date-conflict--national-geographic-society': ['role-tenure', 'relative-clause'],
  'role-date-conflict--niels-bohr': ['role-tenure', 'relative-clause'],
  'role-date-conflict--united-kingdom': ['role-tenure', 'parenthesis'],
  'alias-conflict--load-album': ['alias', 'parenthesis'],
  'alias-conflict--al-haytham': ['alias', 'relative-clause'],
  'alias-conflict--clint-murchison-sr': ['birth-death', 'sentence'],
  'alias-conflict--united-kingdom': ['alias', 'parenthesis'],
  'event-date-conflict--1986-united-states-bombing-of-libya': ['event-date', 'nominalisation'],
  'event-date-conflict--jadavpur-university': ['event-date', 'nominalisation'],
  'event-date-conflict--boston-herald': ['event-date', 'participle'],
  'event-date-conflict--dutch-west-india-company': ['event-date', 'participle'],
  'after-death--shaka': ['after-death', 'sentence'],
  'after-death--clint-murchison-sr': ['after-death', 'relative-clause'],
  'after-death--al-haytham': ['after-death', 'pronoun'],
  'after-death--buddy-holly': ['after-death', 'sentence'],
  'age-birth-mismatch--trent-alexander-arnold': ['age', 'participle'],
  'age-birth-mismatch--shaka': ['age', 'other'],
  'age-birth-mismatch--buddy-holly': ['age', 'other'],
  'age-birth-mismatch--niels-bohr': ['age', 'apposition'],
  'range-order--dutch-west-india-company': ['range-order', 'sentence'],
  'range-order--united-kingdom': ['range-order', 'parenthesis'],
  'range-order--jadavpur-university': ['range-order', 'other'],
  'range-order--clint-murchison-sr': ['range-order', 'parenthesis'],
  'incomplete-range--dutch-west-india-company': ['other', 'parenthesis'],
  'incomplete-range--boston-herald': ['other', 'list-row'],
  'incomplete-range--digital-equipment-corporation': ['other', 'list-row'],
  'incomplete-range--geelong-football-club': ['other', 'parenthesis'],
  'figure-conflict--1986-united-states-bombing-of-libya': ['figure', 'other'],
  'figure-conflict--guatemala-city': ['figure', 'sentence'],
  'figure-conflict--dutch-west-india-company': ['figure', 'relative-clause'],
  'figure-conflict--shaka': ['figure', 'nominalisation'],
  'infobox-prose-conflict--al-haytham': ['infobox-prose', 'infobox'],
  'infobox-prose-conflict--terrence-murphy-american-football': ['infobox-prose', 'infobox'],
  'infobox-prose-conflict--united-kingdom': ['infobox-prose', 'infobox'],
  'infobox-prose-conflict--antique-band': ['infobox-prose', 'infobox'],
  'sequence-conflict--boston-herald': ['before-birth', 'sentence'],
  'sequence-conflict--jadavpur-university': ['sequence', 'sentence'],
  'sequence-conflict--1986-united-states-bombing-of-libya': ['sequence', 'passive'],
  'sequence-conflict--united-kingdom': ['sequence', 'coordination'],
  // eval2, clean
  'second-term--1986-united-states-bombing-of-libya': ['role-tenure', 'passive'],
  'same-surname--clint-murchison-sr': ['after-death', 'sentence'],
  'size-two-years--guatemala-city': ['figure', 'sentence'],
  'size-two-years--united-kingdom': ['figure', 'sentence'],
  'age-consistent--shaka': ['age', 'apposition'],
  'age-consistent--buddy-holly': ['age', 'apposition'],
  'age-consistent--trent-alexander-arnold': ['age', 'participle'],
  'posthumous--al-haytham': ['after-death', 'sentence'],
  'posthumous--niels-bohr': ['after-death', 'passive'],
  'planned-cancelled--shaka': ['after-death', 'passive'],
  'short-range--golden-gate-bridge': ['range-order', 'parenthesis'],
  'approximate-restatement--1986-united-states-bombing-of-libya': ['figure', 'passive'],
  'less-precise-restatement--jadavpur-university': ['event-date', 'nominalisation'],
  'consistent-role--national-geographic-society': ['role-tenure', 'relative-clause'],
  'decade-range--boston-herald': ['range-order', 'list-row'],
  'open-range--guatemala-city': ['range-order', 'parenthesis'],
  'different-event--united-kingdom': ['event-date', 'sentence'],
  'consistent-succession--dutch-west-india-company': ['sequence', 'participle'],
  'consistent-figure--load-album': ['figure', 'relative-clause'],
  'earlier-event--1986-united-states-bombing-of-libya': ['event-date', 'sentence'],
};

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * The one edit that turns `original` into `edited` (every copy differs from
 * its article in one place): the common prefix and suffix are kept, an
 * insertion is slid left to its earliest equivalent place (so it starts a
 * sentence rather than ending one), and the edit is widened to whole words.
 */
function diffEdit(original: string, edited: string): Edit {
  let start = 0;
  while (start < original.length && start < edited.length && original[start] === edited[start]) start++;
  let originalEnd = original.length;
  let editedEnd = edited.length;
  while (originalEnd > start && editedEnd > start && original[originalEnd - 1] === edited[editedEnd - 1]) {
    originalEnd--;
    editedEnd--;
  }
  if (originalEnd === start) {
    while (start > 0 && original[start - 1] === edited[editedEnd - 1]) {
      start--;
      originalEnd--;
      editedEnd--;
    }
  }
  const isWord = (character: string | undefined) => character !== undefined && wordCharacter.test(character);
  while (start > 0 && isWord(original[start - 1]) && (isWord(original[start]) || isWord(edited[start]))) start--;
  while (originalEnd < original.length && isWord(original[originalEnd]) && (isWord(original[originalEnd - 1]) || isWord(edited[editedEnd - 1]))) {
    originalEnd++;
    editedEnd++;
  }
  return { offset: start, delete: originalEnd - start, insert: edited.slice(start, editedEnd) };
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function convert(setName: string): void {
  const setDir = join(repoRoot, 'fixtures', setName);
  const manifest = JSON.parse(readFileSync(join(setDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  mkdirSync(join(setDir, 'cases'), { recursive: true });
  const ids = new Set<string>();
  for (const entry of manifest) {
    const id = basename(entry.file, '.txt');
    if (ids.has(id)) throw new Error(`${setName}: two files named ${id}`);
    ids.add(id);
    const label = labels[id];
    if (!label) throw new Error(`${setName}: no fact and form for ${id}`);
    const article = entry.source.replace(/^fixtures\//, '');
    const copy = readFileSync(join(repoRoot, 'fixtures', 'corpus', basename(article)), 'utf8');
    const original = readShared(article);
    if (copy !== original) throw new Error(`fixtures/corpus/${basename(article)} differs from ../shared/${article}`);
    const edited = readFileSync(join(setDir, entry.file), 'utf8');
    const edit = diffEdit(original, edited);
    if (applyEdits(original, [edit]) !== edited) throw new Error(`${id}: the edit does not rebuild the copy`);
    const editedSpan = { start: edit.offset, end: edit.offset + edit.insert.length };
    const evidence: QuotedSpan[] = [];
    for (const [index, quote] of entry.quotes.entries()) {
      const found = occurrences(edited, quote);
      if (found.length === 0) throw new Error(`${id}: quote not found: ${quote}`);
      let start: number | undefined;
      if (index === 0) {
        const touching = found.filter((at) => at <= editedSpan.end && at + quote.length >= editedSpan.start);
        if (entry.rule !== null && found.length !== 1) throw new Error(`${id}: the planted words occur ${found.length} times`);
        if (touching.length !== 1) throw new Error(`${id}: the planted words do not meet the edit once`);
        start = touching[0];
      } else {
        const first = evidence[0] as QuotedSpan;
        start = found.find((at) => at >= first.end || at + quote.length <= first.start);
        if (start === undefined) throw new Error(`${id}: quote ${index} only occurs inside the planted words`);
      }
      evidence.push({ start: start as number, end: (start as number) + quote.length, quote });
    }
    const testCase: PlantedCase = PlantedCaseSchema.parse({
      id,
      kind: entry.rule === null ? 'clean' : 'planted',
      article,
      sha256: sha256Hex(readSharedBytes(article)),
      edits: [edit],
      gold: { fact: label[0], form: label[1], rule: entry.rule, evidence, note: entry.note },
    });
    if (applyCase(testCase, readSharedBytes(article)).edited !== edited) throw new Error(`${id}: the case does not rebuild the copy`);
    writeFileSync(join(setDir, 'cases', `${id}.json`), `${JSON.stringify(testCase, null, 2)}\n`);
  }
  const unused = Object.keys(labels).filter((id) => !ids.has(id));
  console.log(`${setName}: ${manifest.length} cases written${unused.length > 0 ? `; labels of other sets: ${unused.length}` : ''}`);
}

convert('eval');
convert('eval2');
