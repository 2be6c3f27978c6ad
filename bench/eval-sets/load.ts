/**
 * Reads evaluation sets from disk: the case files of a planted set
 * (`<set>/cases/*.json`) and the natural-contradiction files
 * (`natural/*.json`), each checked against its schema and its file name. A
 * missing folder is an empty set, so the tools run before a set exists.
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

function parseFile<Schema extends z.ZodType>(schema: Schema, file: string): z.infer<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EvalSetError(displayPath(file), `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new EvalSetError(displayPath(file), z.prettifyError(parsed.error).replace(/\n/g, '; '));
  return parsed.data;
}

/** The case files of a planted set's folder (`fixtures/<set>/cases/*.json`), sorted by name; none when the folder is missing. */
export function caseFilePaths(setDir: string): string[] {
  return jsonFiles(join(setDir, 'cases'));
}

/** One case file, checked against the schema; its name must be its id. */
export function readCaseFile(file: string): CaseFile {
  const testCase = parseFile(PlantedCaseSchema, file);
  if (basename(file, '.json') !== testCase.id) throw new EvalSetError(displayPath(file), `the file name must be the case id (${testCase.id}.json)`);
  return { file, testCase };
}

/** The file name a natural-contradiction file must have: `corpus-more/troy.txt` → `corpus-more--troy.json`. */
export function naturalFileName(articlePath: string): string {
  return `${articlePath.replace(/\.[^./]+$/, '').replace('/', '--')}.json`;
}

/** The natural-contradiction files of a folder (`fixtures/natural`), sorted by name. */
export function readNaturalFiles(naturalDir: string): NaturalFile[] {
  return jsonFiles(naturalDir).map((file) => {
    const natural = parseFile(NaturalArticleSchema, file);
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
