/**
 * Scores the clause-frame reader on the blind gold of `fixtures/frames/`
 * (docs/frames.md: 44 corpus articles read in place from ../shared, and
 * short written cases), frame by frame.
 *
 *   npx tsx bench/frames-score.ts [--misses] [--extra] [--write]
 *
 * A gold frame is found when an event of the same type has its trigger in
 * the gold sentence and agrees on every part the gold gives:
 * - agent and patient: both absent, or the same words (determiners and
 *   possessives aside, one containing the other, or the same head word), or
 *   the event's entity is the one `agentRef`/`patientRef` names;
 * - date and figure: both absent, or the event has a date (figure) claim
 *   whose words overlap the gold's.
 * Events of type `act` (any other verb) are not annotated and not counted.
 * Precision is events (not `act`) in gold sentences that match a gold frame,
 * over all such events. Matching is one to one, gold order.
 * `--extra` lists the events of gold sentences that match no gold frame.
 * `--write` puts the tables into docs/frames.md between its markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type EventArgument, type EventClaim, type FileReport } from '../src/index.js';
import { readFramesGold, type GoldDocument, type GoldFrame } from './frames-gold.js';
import { repoRoot } from './shared-texts.js';

/** The gold, packed files and all (issue 11 packed the corpus frames into `corpus-<n>.json`). */
function loadGold(): GoldDocument[] {
  return readFramesGold();
}

const normal = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an|his|her|its|their|this|that)\s+/, '');
const head = (text: string): string => normal(text).split(' ').pop() ?? '';

function sameWords(gold: string, mine: string): boolean {
  const [a, b] = [normal(gold), normal(mine)];
  if (a === '' || b === '') return false;
  return a === b || a.includes(b) || b.includes(a) || head(gold) === head(mine);
}

function argumentMatches(file: FileReport, gold: string | null, ref: string | null | undefined, mine: EventArgument | null, figure: string | null = null): boolean {
  // The spec puts the counted thing in the patient, some annotators in `figure` alone: either way is the same frame.
  if (gold === null) return mine === null || (figure !== null && mine.form === 'figure' && sameWords(figure, mine.text));
  if (mine === null) return false;
  if (sameWords(gold, mine.text)) return true;
  const entity = file.entities.find((candidate) => candidate.id === mine.entity);
  const names = entity ? [entity.canonical, ...entity.aliases.map((alias) => alias.name)] : [];
  return [ref, gold].some((wanted) => wanted && names.some((name) => sameWords(wanted, name)));
}

function claimTexts(file: FileReport, ids: ReadonlyArray<string | undefined>): string[] {
  return ids.flatMap((id) => {
    const claim = id === undefined ? undefined : file.claims.find((candidate) => candidate.id === id);
    return claim ? [claim.text] : [];
  });
}

function valueMatches(gold: string | null, mine: string[]): boolean {
  if (gold === null) return mine.length === 0;
  return mine.some((text) => sameWords(gold, text) || normal(text).split(' ').some((word) => word.length > 2 && normal(gold).split(' ').includes(word)));
}

interface Verdict {
  type: boolean;
  agent: boolean;
  patient: boolean;
  date: boolean;
  figure: boolean;
}

function judge(file: FileReport, gold: GoldFrame, event: EventClaim): Verdict {
  const value = event.value;
  return {
    type: value.type === gold.class,
    agent: argumentMatches(file, gold.agent, gold.agentRef, value.agent),
    patient: argumentMatches(file, gold.patient, gold.patientRef, value.patient, gold.figure),
    date: valueMatches(gold.date, claimTexts(file, [value.date, value.start, value.end])),
    figure: valueMatches(gold.figure, claimTexts(file, value.figures ?? [])),
  };
}

const exact = (verdict: Verdict): boolean => verdict.type && verdict.agent && verdict.patient && verdict.date && verdict.figure;

interface Tally {
  gold: number;
  found: number;
  typed: number;
  events: number;
  matched: number;
}

const empty = (): Tally => ({ gold: 0, found: 0, typed: 0, events: 0, matched: 0 });
const byClass = new Map<string, Tally>();
const byForm = new Map<string, Tally>();
const parts = { agent: 0, patient: 0, date: 0, figure: 0, typed: 0 };
const total = empty();
const misses: string[] = [];
/** Events in gold sentences that match no gold frame, for `--extra`. */
const extras: string[] = [];

for (const document of loadGold()) {
  const [file] = analyze(document.text, { path: document.name }).files;
  if (!file) continue;
  const events = file.claims.filter((claim): claim is EventClaim => claim.kind === 'event' && claim.value.type !== 'act');
  for (const sentence of document.sentences) {
    const inside = events.filter((event) => event.position.start.offset < sentence.end && event.position.end.offset > sentence.start);
    const used = new Set<string>();
    const form = byForm.get(document.form) ?? empty();
    byForm.set(document.form, form);
    for (const gold of sentence.frames) {
      const tally = byClass.get(gold.class) ?? empty();
      byClass.set(gold.class, tally);
      const candidates = inside.filter((event) => !used.has(event.id)).map((event) => ({ event, verdict: judge(file, gold, event) }));
      const best = candidates.find((candidate) => exact(candidate.verdict)) ?? candidates.find((candidate) => candidate.verdict.type);
      for (const counter of [tally, form, total]) counter.gold++;
      if (best?.verdict.type) {
        for (const counter of [tally, form, total]) counter.typed++;
        parts.typed++;
        for (const key of ['agent', 'patient', 'date', 'figure'] as const) if (best.verdict[key]) parts[key]++;
      }
      if (best && exact(best.verdict)) {
        used.add(best.event.id);
        for (const counter of [tally, form, total]) counter.found++;
      } else {
        const quote = document.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
        const got = best ? `${best.event.value.type} agent=${best.event.value.agent?.text ?? '–'} patient=${best.event.value.patient?.text ?? '–'} date=${claimTexts(file, [best.event.value.date, best.event.value.start, best.event.value.end]).join('|') || '–'}` : 'nothing';
        misses.push(`- ${document.name}: ${gold.class} “${gold.trigger}” agent=${gold.agent ?? '–'} patient=${gold.patient ?? '–'} date=${gold.date ?? '–'} figure=${gold.figure ?? '–'} — got ${got}\n  “${quote.length > 200 ? `${quote.slice(0, 200)}…` : quote}”`);
      }
    }
    for (const event of inside) {
      total.events++;
      form.events++;
      if (used.has(event.id)) {
        total.matched++;
        form.matched++;
      } else {
        const { value } = event;
        extras.push(`- ${document.name}: ${value.type} “${event.text}” agent=${value.agent?.text ?? '–'} patient=${value.patient?.text ?? '–'} date=${claimTexts(file, [value.date, value.start, value.end]).join('|') || '–'} (gold: ${sentence.frames.map((gold) => `${gold.class} “${gold.trigger}”`).join(', ') || 'none'})`);
      }
    }
  }
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
const lines: string[] = [];
lines.push(`Gold frames: ${total.gold} in ${[...byForm.values()].reduce((sum, tally) => sum + (tally.gold > 0 ? 1 : 0), 0)} forms of document.`, '');
lines.push(`- **Recall, exact** (type, agent, patient, date, figure): ${total.found}/${total.gold} = ${percent(total.found, total.gold)}`);
lines.push(`- **Recall, type only** (an event of the gold type in the sentence): ${total.typed}/${total.gold} = ${percent(total.typed, total.gold)}`);
lines.push(`- **Precision** (events in gold sentences matching a gold frame exactly): ${total.matched}/${total.events} = ${percent(total.matched, total.events)}`);
lines.push(`- Of the frames found by type: agent right ${percent(parts.agent, parts.typed)}, patient ${percent(parts.patient, parts.typed)}, date ${percent(parts.date, parts.typed)}, figure ${percent(parts.figure, parts.typed)}`, '');
lines.push('| class | gold | exact | recall | type only |', '| --- | ---: | ---: | ---: | ---: |');
for (const [name, tally] of [...byClass].sort((a, b) => b[1].gold - a[1].gold)) lines.push(`| \`${name}\` | ${tally.gold} | ${tally.found} | ${percent(tally.found, tally.gold)} | ${percent(tally.typed, tally.gold)} |`);
lines.push('', '| document form | gold | exact | recall | precision |', '| --- | ---: | ---: | ---: | ---: |');
for (const [name, tally] of [...byForm].sort((a, b) => b[1].gold - a[1].gold)) lines.push(`| ${name} | ${tally.gold} | ${tally.found} | ${percent(tally.found, tally.gold)} | ${percent(tally.matched, tally.events)} |`);
const report = lines.join('\n');
console.log(report);
if (process.argv.includes('--misses')) console.log(`\n### Misses\n\n${misses.join('\n')}`);
if (process.argv.includes('--extra')) console.log(`\n### Events matching no gold frame\n\n${extras.join('\n')}`);
if (process.argv.includes('--write')) {
  const path = join(repoRoot, 'docs', 'frames.md');
  const doc = readFileSync(path, 'utf8');
  const begin = '<!-- frames-score:begin (generated by `npx tsx bench/frames-score.ts --write`) -->';
  const end = '<!-- frames-score:end -->';
  const at = doc.indexOf(begin);
  const stop = doc.indexOf(end);
  if (at < 0 || stop < 0) throw new Error(`docs/frames.md has no ${begin} … ${end} markers`);
  writeFileSync(path, `${doc.slice(0, at + begin.length)}\n\n${report}\n\n${doc.slice(stop)}`);
}
