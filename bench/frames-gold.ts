/**
 * Reads the clause-frame gold of `fixtures/frames/` (annotated blind, for
 * scoring the clause-frame reader): every `*.json` file there is an array of
 * documents, each a corpus article read in place from ../shared
 * (`{ article, sha256, sentences }`) or a short text we wrote
 * (`{ id, form, text, sentences }`). The corpus articles are packed into a
 * few `corpus-<n>.json` files, each under the shared-text limit of
 * docs/evaluation-sets.md, and the written texts into `written-a.json` and
 * `written-b.json` (issue 11: few files, one frame per line). A frame lists
 * only the parts the annotator gave: a part left out is null, `negated`
 * false and `modality` `asserted`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, sha256Hex } from './eval-sets/apply.js';
import { readSharedBytes, repoRoot } from './shared-texts.js';

/** One annotated frame: its class, trigger words and the parts the annotator gave (null when absent). */
export interface GoldFrame {
  class: string;
  trigger: string | null;
  agent: string | null;
  agentRef: string | null;
  patient: string | null;
  patientRef: string | null;
  date: string | null;
  figure: string | null;
  place: string | null;
  role: string | null;
  aspect: string | null;
  negated: boolean;
  modality: string;
  note: string | null;
}

/** A frame as written in the fixture: its class, and only the parts that were given. */
export type WrittenFrame = Pick<GoldFrame, 'class'> & Partial<GoldFrame>;

/** A sentence of a gold document (offsets into its text) and every frame in it. */
export interface GoldSentence {
  start: number;
  end: number;
  frames: GoldFrame[];
}

/** A document of the gold with its text: `name` is the article path, or `<file>#<id>` for a written text. */
export interface GoldDocument {
  name: string;
  form: string;
  text: string;
  sentences: GoldSentence[];
}

interface WrittenSentence {
  start: number;
  end: number;
  frames: WrittenFrame[];
}

interface CorpusEntry {
  article: string;
  sha256: string;
  sentences: WrittenSentence[];
}

interface WrittenEntry {
  id: string;
  form: string;
  text: string;
  sentences: WrittenSentence[];
}

/** A frame with every part, the ones left out at their defaults. */
export function fullFrame(frame: WrittenFrame): GoldFrame {
  return {
    class: frame.class,
    trigger: frame.trigger ?? null,
    agent: frame.agent ?? null,
    agentRef: frame.agentRef ?? null,
    patient: frame.patient ?? null,
    patientRef: frame.patientRef ?? null,
    date: frame.date ?? null,
    figure: frame.figure ?? null,
    place: frame.place ?? null,
    role: frame.role ?? null,
    aspect: frame.aspect ?? null,
    negated: frame.negated ?? false,
    modality: frame.modality ?? 'asserted',
    note: frame.note ?? null,
  };
}

/** A frame as a fixture writes it: the parts at their defaults left out (the inverse of `fullFrame`). */
export function writtenFrame(frame: WrittenFrame): WrittenFrame {
  const defaults: Partial<GoldFrame> = fullFrame({ class: frame.class });
  return Object.fromEntries(Object.entries(frame).filter(([key, value]) => key === 'class' || value !== defaults[key as keyof GoldFrame])) as WrittenFrame;
}

const fullSentences = (sentences: WrittenSentence[]): GoldSentence[] => sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, frames: sentence.frames.map(fullFrame) }));

/** The folder of the frames gold. */
export const framesDir = join(repoRoot, 'fixtures', 'frames');

/**
 * Every gold document, files in name order and entries in file order. A
 * corpus article is read from ../shared and refused when its SHA-256 is not
 * the one the annotator read.
 */
export function readFramesGold(dir = framesDir, read: (articlePath: string) => Uint8Array = readSharedBytes): GoldDocument[] {
  const documents: GoldDocument[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<CorpusEntry | WrittenEntry>;
    if (!Array.isArray(entries)) throw new Error(`fixtures/frames/${file}: a frames gold file is an array of documents`);
    for (const entry of entries) {
      if ('article' in entry) {
        const bytes = read(entry.article);
        if (sha256Hex(bytes) !== entry.sha256) throw new Error(`fixtures/frames/${file}: ${entry.article} has changed since it was annotated`);
        documents.push({ name: entry.article, form: 'corpus', text: decodeText(bytes), sentences: fullSentences(entry.sentences) });
      } else {
        documents.push({ name: `${file}#${entry.id}`, form: entry.form, text: entry.text, sentences: fullSentences(entry.sentences) });
      }
    }
  }
  return documents;
}
