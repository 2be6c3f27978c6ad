import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '..', 'src');

// Each stage may import only from stages before it; lexicon/ (word lists and the event registry) comes first, so even schema/ may build its enums from it.
const stageRank: Record<string, number> = { lexicon: 0, schema: 1, util: 2, parse: 3, segment: 4, extract: 5, resolve: 6, verify: 7, check: 8, rules: 9, report: 9, cli: 10 };

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

function stageOf(path: string): string | undefined {
  const [first] = relative(srcDir, path).split('/');
  return first && first in stageRank ? first : undefined;
}

describe('architecture', () => {
  it('should only import from earlier stages, schema, util and lexicon', () => {
    const backward: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      const from = stageOf(file);
      if (!from) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)) {
        const target = stageOf(resolve(dirname(file), match[1] as string));
        if (!target || target === from) continue;
        const allowed = (stageRank[target] as number) < (stageRank[from] as number) && !(from === 'report' && target === 'rules');
        if (!allowed) backward.push(`${relative(srcDir, file)} imports ${target}/`);
      }
    }
    expect(backward).toEqual([]);
  });

  it('should keep the file system, argv and the exit code in src/cli', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      if (stageOf(file) === 'cli') continue;
      const text = readFileSync(file, 'utf8');
      if (/from 'node:(?:fs|child_process|worker_threads)|process\.(?:argv|exit|stdout|stderr)/.test(text)) offenders.push(relative(srcDir, file));
    }
    expect(offenders).toEqual([]);
  });
});
