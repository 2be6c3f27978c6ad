/**
 * Reads evaluation sets from disk: the case files of a planted set
 * (`<set>/cases.json`, or `cases-1.json`, `cases-2.json`… when one file would
 * hold too much text of ../shared), each an array of cases, and the
 * natural-contradiction files (`natural/*.json`), each checked against its
 * schema and its file name. A missing folder is an empty set, so the tools
 * run before a set exists.
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

/** A case as read from its file, not yet checked against the schema: the file and its place in the file's array, for messages. */
export interface RawCase {
  file: string;
  index: number;
  json: unknown;
}

/** A natural-contradiction file and the file it came from. */
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

const caseId = (raw: RawCase): string => {
  const id = (raw.json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

/**
 * Every case of a planted set (`fixtures/<set>`), in id order whatever file
 * holds it. A case file that is not a JSON array, or an id given twice,
 * fails the whole set: the set is not what its author wrote.
 */
export function readSetCases(setDir: string): RawCase[] {
  const cases = caseFilePaths(setDir).flatMap((file) => {
    const json = readJson(file);
    if (!Array.isArray(json)) throw new EvalSetError(displayPath(file), 'a case file is a JSON array of cases');
    return json.map((item, index): RawCase => ({ file, index, json: item }));
  });
  const seen = new Map<string, RawCase>();
  for (const raw of cases) {
    const id = caseId(raw);
    const first = seen.get(id);
    if (id && first) throw new EvalSetError(displayPath(raw.file), `case ${id} is also in ${displayPath(first.file)}: ids are unique in a set`);
    seen.set(id, raw);
  }
  return cases.sort((a, b) => (caseId(a) < caseId(b) ? -1 : caseId(a) > caseId(b) ? 1 : 0));
}

/** One case checked against the schema. */
export function parseCase(raw: RawCase): CaseFile {
  return { file: raw.file, testCase: parseJson(PlantedCaseSchema, raw.json, `${displayPath(raw.file)} [${raw.index}]`) };
}

/** The file name a natural-contradiction file must have: `corpus-more/troy.txt` → `corpus-more--troy.json`. */
export function naturalFileName(articlePath: string): string {
  return `${articlePath.replace(/\.[^./]+$/, '').replace('/', '--')}.json`;
}

/** The natural-contradiction files of a folder (`fixtures/natural`), sorted by name. */
export function readNaturalFiles(naturalDir: string): NaturalFile[] {
  return jsonFiles(naturalDir).map((file) => {
    const natural = parseJson(NaturalArticleSchema, readJson(file), displayPath(file));
    if (basename(file) !== naturalFileName(natural.article)) throw new EvalSetError(displayPath(file), `the file name must be ${naturalFileName(natural.article)}`);
    return { file, natural };
  });
}

/** Applies a case to its article (default: read from the shared folder). */
export function applyCaseFile(caseFile: CaseFile, read: ArticleReader = readSharedBytes): AppliedCase {
  return applyCase(caseFile.testCase, read(caseFile.testCase.article));
}

/** Checks a natural file against its article and returns the article's text. */
export function naturalText(naturalFile: NaturalFile, read: ArticleReader = readSharedBytes): string {
  return checkNatural(naturalFile.natural, read(naturalFile.natural.article), displayPath(naturalFile.file));
}
