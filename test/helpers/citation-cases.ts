import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SourceDocument } from '../../src/index.js';
import { fixturesDir } from './fixtures.js';
import { sharedDir } from '../../bench/shared-texts.js';

/** One article of fixtures/citations with its cited sources, as `--sources DIR` reads them. */
export interface CitationCase {
  name: string;
  dir: string;
  /** Where the article is: a file of the case, or `shared:<path>` under ../shared. */
  article: string;
  text: string | undefined;
  sources: Record<string, SourceDocument>;
  /** Each source file's content, by the name the verdicts give as `source`. */
  files: Map<string, string>;
}

const casesDir = join(fixturesDir, 'citations');

/** Every case of fixtures/citations, sorted by name; `text` is undefined when its ../shared article is absent. */
export function citationCases(): CitationCase[] {
  return readdirSync(casesDir)
    .filter((name) => existsSync(join(casesDir, name, 'case.json')))
    .sort()
    .map((name) => {
      const dir = join(casesDir, name);
      const { article } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { article: string };
      const path = article.startsWith('shared:') ? join(sharedDir, article.slice('shared:'.length)) : join(dir, article);
      const index = JSON.parse(readFileSync(join(dir, 'sources', 'sources.json'), 'utf8')) as Record<string, string>;
      const sources: Record<string, SourceDocument> = {};
      const files = new Map<string, string>();
      for (const [key, file] of Object.entries(index)) {
        const content = readFileSync(join(dir, 'sources', file), 'utf8');
        sources[key] = { content, type: ['.html', '.htm'].includes(extname(file)) ? 'html' : 'text', uri: file };
        files.set(file, content);
      }
      return { name, dir, article, text: existsSync(path) ? readFileSync(path, 'utf8') : undefined, sources, files };
    });
}
