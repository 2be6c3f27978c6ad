/**
 * Prints the clause frames claimcheck reads in a text, one line per frame:
 *
 *   npx tsx bench/frames-print.ts FILE
 *   echo 'Acme was founded in 1948 by John Smith.' | npx tsx bench/frames-print.ts -
 */
import { readFileSync } from 'node:fs';
import { extractClaims, type Frame, type FrameArgument } from '../src/index.js';

const path = process.argv[2] ?? '-';
const text = readFileSync(path === '-' ? 0 : path, 'utf8');
const extracted = extractClaims(text);
const argument = (value: FrameArgument | null): string => (value ? `${value.text}〈${value.form}/${value.strategy}〉` : '–');
for (const { sentence, frames } of extracted.frames) {
  const plain = extracted.article.sentences[sentence]?.plain ?? '';
  console.log(`\n[${sentence}] ${plain.length > 160 ? `${plain.slice(0, 160)}…` : plain}`);
  for (const frame of frames as Frame[]) {
    const dates = frame.dates.map((date) => `${date.claim.text}${date.part ? `(${date.part})` : ''}`).join(', ');
    console.log(
      `  ${frame.type.padEnd(12)} ${frame.predicate.padEnd(16)} ${frame.voice.padEnd(9)} agent=${argument(frame.agent)} patient=${argument(frame.patient)}` +
        `${dates ? ` date=${dates}` : ''}${frame.figures.length ? ` figures=${frame.figures.map((figure) => figure.text).join(', ')}` : ''}` +
        `${frame.place ? ` place=${frame.place.text}` : ''}${frame.role ? ` role=${frame.role}` : ''}${frame.aspect ? ` aspect=${frame.aspect}` : ''}${frame.negated ? ' NEG' : ''}${frame.repeated ? ' REPEAT' : ''}`,
    );
  }
}
