import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFramesGold } from '../bench/frames-gold.js';
import { describeShared } from './helpers/fixtures.js';

describe('the frames gold reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frames-gold-'));
  const article = Buffer.from('Anna Berg founded the mill in 1852.\n');
  const sentence = { start: 0, end: 35, frames: [{ class: 'founding', trigger: 'founded', agent: 'Anna Berg', patient: 'the mill', date: '1852', figure: null }] };
  writeFileSync(join(dir, 'corpus-1.json'), JSON.stringify([{ article: 'corpus/mill.txt', sha256: '0'.repeat(64), sentences: [sentence] }]));
  writeFileSync(join(dir, 'written-a.json'), JSON.stringify([{ id: 'one', form: 'sentence', text: article.toString(), sentences: [sentence] }]));

  it('should name a written text after its file and id, give the parts left out their defaults, and refuse an article whose hash changed', () => {
    expect(() => readFramesGold(dir, () => article)).toThrow(/corpus\/mill\.txt has changed since it was annotated/);
    writeFileSync(join(dir, 'corpus-1.json'), '[]');
    const [written] = readFramesGold(dir, () => article);
    expect([written?.name, written?.form]).toEqual(['written-a.json#one', 'sentence']);
    expect(written?.sentences[0]?.frames[0]).toEqual({ ...sentence.frames[0], agentRef: null, patientRef: null, place: null, role: null, aspect: null, negated: false, modality: 'asserted', note: null });
  });
});

describeShared('the frames gold of fixtures/frames', () => {
  const documents = readFramesGold();

  it('should hold the 44 corpus articles and 74 written texts, every sentence inside its text', () => {
    expect(documents.filter((document) => document.form === 'corpus')).toHaveLength(44);
    expect(documents.filter((document) => document.form !== 'corpus')).toHaveLength(74);
    for (const document of documents)
      for (const sentence of document.sentences) expect(sentence.start < sentence.end && sentence.end <= document.text.length, `${document.name} ${sentence.start}–${sentence.end}`).toBe(true);
  });
});
