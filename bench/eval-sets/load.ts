/**
 * Reads evaluation sets from disk: the case files of a planted set
 * (`<set>/cases.json`, or `cases-1.json`, `cases-2.json`… when one file would
 * hold too much text of ../shared), each an array of cases, and the
 * natural-contradiction files (`natural/*.json`), each an array of articles
 * read whole. Every entry is checked against its schema; a case id or an
 * article given twice fails the set. A missing folder is an empty set, so
 * the tools run before a set exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { readSharedBytes, repoRoot } from '../shared-texts.js';
import { applyCase, checkNatural, EvalSetError, type AppliedCase } from './apply.js';
import { NaturalArticleSchema, PlantedCaseSchema, type NaturalArticle, type PlantedCase } from './format.js';

/** Reads an article's bytes from a path relative to the shared folder; tests pass their own. */
export type ArticleReader = (articlePath: string) => Uint8Array;

/** A case and the file it came from. */
export interface CaseFile {
  file: string;
  testCase: PlantedCase;
}

/** An entry of an evaluation file as read, not yet checked against its schema: the file and its place in the file's array, for messages. */
export interface RawEntry {
  file: string;
  index: number;
  json: unknown;
}

/** A natural-contradiction article and the file it came from. */
export interface NaturalFile {
  file: string;
  natural: NaturalArticle;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** A file's path as reports show it: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const inside = relative(repoRoot, file);
  return inside.startsWith('..') ? file : inside;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EvalSetError(displayPath(file), `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseJson<Schema extends z.ZodType>(schema: Schema, json: unknown, where: string): z.infer<Schema> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new EvalSetError(where, z.prettifyError(parsed.error).replace(/\n/g, '; '));
  return parsed.data;
}

/** A planted set's case files: `cases.json` or `cases-<n>.json` in the set's folder, sorted by name; none when the folder is missing. */
export function caseFilePaths(setDir: string): string[] {
  return jsonFiles(setDir).filter((file) => /^cases(-\d+)?\.json$/.test(basename(file)));
}

function readEntries(files: string[], what: string): RawEntry[] {
  return files.flatMap((file) => {
    const json = readJson(file);
    if (!Array.isArray(json)) throw new EvalSetError(displayPath(file), `an evaluation file is a JSON array of ${what}`);
    return json.map((item, index): RawEntry => ({ file, index, json: item }));
  });
}

const where = (raw: RawEntry) => `${displayPath(raw.file)} [${raw.index}]`;

const caseId = (raw: RawEntry): string => {
  const id = (raw.json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

/**
 * Every case of a planted set (`fixtures/<set>`), in id order whatever file
 * holds it. A case file that is not a JSON array, or an id given twice,
 * fails the whole set: the set is not what its author wrote.
 */
export function readSetCases(setDir: string): RawEntry[] {
  const cases = readEntries(caseFilePaths(setDir), 'cases');
  const seen = new Map<string, RawEntry>();
  for (const raw of cases) {
    const id = caseId(raw);
    const first = seen.get(id);
    if (id && first) throw new EvalSetError(displayPath(raw.file), `case ${id} is also in ${displayPath(first.file)}: ids are unique in a set`);
    seen.set(id, raw);
  }
  return cases.sort((a, b) => (caseId(a) < caseId(b) ? -1 : caseId(a) > caseId(b) ? 1 : 0));
}

/** One case checked against the schema. */
export function parseCase(raw: RawEntry): CaseFile {
  return { file: raw.file, testCase: parseJson(PlantedCaseSchema, raw.json, where(raw)) };
}

/** Articles by folder, then by file name (`corpus/` before `corpus-more/`). */
function byArticle(a: NaturalFile, b: NaturalFile): number {
  const [folderA = '', nameA = ''] = a.natural.article.split('/');
  const [folderB = '', nameB = ''] = b.natural.article.split('/');
  if (folderA !== folderB) return folderA < folderB ? -1 : 1;
  return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
}

/** The articles of the natural-contradiction files of a folder (`fixtures/natural/*.json`), each checked against the schema, by folder then name. */
export function readNaturalFiles(naturalDir: string): NaturalFile[] {
  const entries = readEntries(jsonFiles(naturalDir), 'articles').map((raw): NaturalFile => ({ file: raw.file, natural: parseJson(NaturalArticleSchema, raw.json, where(raw)) }));
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const first = seen.get(entry.natural.article);
    if (first) throw new EvalSetError(displayPath(entry.file), `${entry.natural.article} is also in ${displayPath(first)}: an article is read whole once`);
    seen.set(entry.natural.article, entry.file);
  }
  return entries.sort(byArticle);
}

/** Applies a case to its article (default: read from the shared folder). */
export function applyCaseFile(caseFile: CaseFile, read: ArticleReader = readSharedBytes): AppliedCase {
  return applyCase(caseFile.testCase, read(caseFile.testCase.article));
}

/** Checks a natural file against its article and returns the article's text. */
export function naturalText(naturalFile: NaturalFile, read: ArticleReader = readSharedBytes): string {
  return checkNatural(naturalFile.natural, read(naturalFile.natural.article), displayPath(naturalFile.file));
}
