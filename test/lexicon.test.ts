import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS, LEXICON_MODULES, lexiconLists } from '../src/lexicon/index.js';
import { anyOf, escapePattern } from '../src/lexicon/list.js';

const lexiconDir = join(import.meta.dirname, '..', 'src', 'lexicon');
/** Modules of the folder that hold no word list: the helpers, the index and the ambiguity table. */
const machinery = new Set(['list', 'index', 'ambiguous']);

/** How two entries are compared across lists: `Jan` the month and `Jan` the given name meet, and so do `Mt` and `Mt.`. */
function key(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '');
}

const lists = lexiconLists();
const declared = new Map<string, string>();
for (const ambiguity of AMBIGUOUS) {
  for (const word of ambiguity.words) declared.set(`${key(word)} ${[...ambiguity.lists].sort().join(' ')}`, ambiguity.reason);
}

describe('the lexicon', () => {
  it('should register every module of src/lexicon under its file name', () => {
    const files = readdirSync(lexiconDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -3))
      .filter((name) => !machinery.has(name))
      .sort();
    expect(LEXICON_MODULES.map((entry) => entry.module).sort()).toEqual(files);
  });

  it.each(LEXICON_MODULES.map((entry) => [entry.module, entry] as const))('should say where the words of %s come from', (_name, entry) => {
    expect(entry.source.trim().length).toBeGreaterThan(40);
    expect(Object.keys(entry.lists).length).toBeGreaterThan(0);
  });

  it.each(lists.map((list) => [list.name, list] as const))('should hold no empty, padded or repeated entry in %s', (_name, list) => {
    expect(list.words.length).toBeGreaterThan(0);
    expect(list.words.filter((word) => word === '' || word !== word.trim() || /\s{2}|[\n\t]/u.test(word))).toEqual([]);
    expect(list.words.filter((word, index) => list.words.indexOf(word) !== index)).toEqual([]);
  });

  it('should put each word in one list unless it is declared ambiguous', () => {
    const owners = new Map<string, string[]>();
    for (const list of lists) {
      for (const word of new Set(list.words.map(key))) owners.set(word, [...(owners.get(word) ?? []), list.name]);
    }
    const undeclared: string[] = [];
    for (const [word, names] of owners) {
      for (let first = 0; first < names.length; first++) {
        for (let second = first + 1; second < names.length; second++) {
          const pair = [names[first] as string, names[second] as string].sort().join(' ');
          if (!declared.has(`${word} ${pair}`)) undeclared.push(`${word}: ${pair}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('should declare only real ambiguities, each with a reason', () => {
    const byName = new Map(lists.map((list) => [list.name, new Set(list.words.map(key))]));
    const stale: string[] = [];
    for (const ambiguity of AMBIGUOUS) {
      expect(ambiguity.reason.length, ambiguity.lists.join(' ')).toBeGreaterThan(20);
      const [left, right] = ambiguity.lists.map((name) => byName.get(name));
      expect(left && right, `${ambiguity.lists.join(' and ')} are lexicon lists`).toBeTruthy();
      for (const word of ambiguity.words) if (!left?.has(key(word)) || !right?.has(key(word))) stale.push(`${word}: ${ambiguity.lists.join(' ')}`);
    }
    expect(stale).toEqual([]);
  });
});

describe('patterns built from lists', () => {
  it('should try longer alternatives first, whatever the order written', () => {
    expect(anyOf(['sep', 'sept', 'september'])).toBe('(?:september|sept|sep)');
    expect(anyOf(['b', 'a', 'ab'])).toBe('(?:ab|a|b)');
    expect(new RegExp(`^${anyOf(['twenty', 'twenty-first'])}`).exec('twenty-first')?.[0]).toBe('twenty-first');
  });

  it('should match dotted and bracketed entries literally', () => {
    expect(escapePattern('B.C.')).toBe('B\\.C\\.');
    expect(new RegExp(`^${anyOf(['B.C.', 'km/h', '(x)'])}$`, 'u').test('BxCx')).toBe(false);
    expect(new RegExp(`^${anyOf(['B.C.', 'km/h', '(x)'])}$`, 'u').test('km/h')).toBe(true);
    expect(new RegExp(`^${anyOf(['light-year'])}$`, 'u').test('light-year')).toBe(true);
  });

  it('should refuse an empty list', () => {
    expect(() => anyOf([])).toThrow(/at least one/);
  });
});
