import { readFileSync } from 'node:fs';
import { extractClaims } from '../src/index.js';
const text = readFileSync(process.argv[2] ?? 0, 'utf8');
for (const c of extractClaims(text).claims) console.log(c.kind.padEnd(12), JSON.stringify(c.text), c.kind==='date'? c.value.timex : '');
