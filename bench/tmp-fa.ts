import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
const dirs = process.argv.slice(2);
const counts = new Map<string, number>();
let total = 0;
for (const dir of dirs) for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const [file] = analyze(text, { path: name }).files;
  for (const f of file?.findings ?? []) {
    if (f.severity === 'info') continue;
    total++;
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    console.log(`${name}\t${f.ruleId}\t${f.message.slice(0, 200)}`);
  }
}
console.error('TOTAL', total, JSON.stringify([...counts]));
