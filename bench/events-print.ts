/**
 * Prints the events and the error/warning findings claimcheck reports for a
 * text, one line each, for reading what the pipeline made of an article:
 *
 *   npx tsx bench/events-print.ts FILE [--all]
 */
import { readFileSync } from 'node:fs';
import { analyze, type EventClaim } from '../src/index.js';

const path = process.argv[2] ?? '-';
const text = readFileSync(path === '-' ? 0 : path, 'utf8');
const [file] = analyze(text, { path }).files;
if (!file) process.exit(1);
const entity = (id: string | null | undefined) => file.entities.find((candidate) => candidate.id === id)?.canonical ?? (id === null || id === undefined ? '–' : id);
const quote = (id: string | undefined) => (id === undefined ? undefined : file.claims.find((claim) => claim.id === id)?.text);
for (const event of file.claims.filter((claim): claim is EventClaim => claim.kind === 'event')) {
  if (!process.argv.includes('--all') && event.value.type === 'act' && !event.value.date) continue;
  const v = event.value;
  const parts = [
    v.type.padEnd(11),
    `${v.subjectText ?? '–'}→${entity(v.subject)}[${(v.agent?.text === v.subjectText ? v.agent : v.patient)?.strategy ?? ''}/${(v.agent?.text === v.subjectText ? v.agent : v.patient)?.resolution ?? ''}]`,
    v.objectText ? `obj ${v.objectText}→${entity(v.object)}` : '',
    v.role ? `role=${v.role}` : '',
    v.aspect ? `aspect=${v.aspect}` : '',
    v.date ? `date=${quote(v.date)}${v.datePart ? `(${v.datePart})` : ''}` : '',
    v.start ? `start=${quote(v.start)}` : '',
    v.end ? `end=${quote(v.end)}` : '',
    v.figures?.length ? `figures=${v.figures.map(quote).join(',')}` : '',
    v.measure ? `measure=${v.measure}` : '',
    v.name ? `name=${v.name}` : '',
    v.source !== 'prose' ? v.source : '',
    v.modality !== 'asserted' ? v.modality : '',
    v.repeated ? 'REPEAT' : '',
  ].filter(Boolean);
  console.log(`${event.sentence}: ${parts.join(' ')}  «${event.text.slice(0, 90)}»`);
}
console.log('---');
for (const finding of file.findings) if (finding.severity !== 'info') console.log(`${finding.severity} ${finding.ruleId}: ${finding.message}`);
