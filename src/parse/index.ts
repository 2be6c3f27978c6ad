import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import { ParseOptionsSchema, type ParseOptionsInput } from '../schema/options.js';
import { defaultLimits, noDeadline, type Budget, type Deadline } from '../util/budget.js';
import { parseOptions } from '../util/options.js';
import { parseInPieces } from './chunked.js';
import { labelIndex, type Definitions } from './label-index.js';
import { detectFormat, type ArticleFormat } from './detect-format.js';
import { limitInlineMarkup } from './inline-limit.js';
import { limitNesting } from './nesting.js';
import { frontMatterKinds } from './front-matter/index.js';
import { remarkTitleInfobox } from './remark-title-infobox.js';
import { remarkWiki } from './remark-wiki.js';
import { remarkWikitext } from './remark-wikitext.js';
import './infobox/types.js';

export type { Infobox, InfoboxField } from './infobox/types.js';
export type { Toml } from './front-matter/index.js';
export { detectFormat, type ArticleFormat } from './detect-format.js';

const byteOrderMark = 0xfeff;
type ArticleProcessor = Processor<Root, Root | undefined, Root | undefined>;
const syntaxOf: Record<ArticleFormat, PluggableList> = { wiki: [remarkWiki], markdown: [remarkGfm, remarkTitleInfobox], wikitext: [remarkWikitext] };

/**
 * The processor of one format; `known` are labels other pieces of the same
 * document define. Labels are looked up in an index (src/parse/label-index.ts).
 */
function processorOf(format: ArticleFormat, known?: Definitions): ArticleProcessor {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, frontMatterKinds)
    .use(syntaxOf[format])
    .use(function indexLabels() {
      // Last: micromark tries the constructs of the last extension first.
      (this.data().micromarkExtensions ??= []).push(labelIndex(known));
    })
    .freeze() as ArticleProcessor;
}

const processors: Record<ArticleFormat, ArticleProcessor> = {
  wiki: processorOf('wiki'),
  markdown: processorOf('markdown'),
  wikitext: processorOf('wikitext'),
};

/**
 * Texts longer than this (UTF-16 code units) are parsed in pieces of about
 * `pieceSize` (src/parse/chunked.ts): below it micromark's cost is still
 * close to linear, above it the pieces win (docs/performance.md).
 */
export const piecewiseThreshold = 200_000;
const pieceSize = 20_000;

/**
 * Parses an article into an mdast tree whose every position is an exact
 * offset into `text` as given.
 *
 * Wiki-style text gets `== Heading ==` headings and an `infobox` node; Markdown
 * gets CommonMark and GFM (tables, footnotes, autolinks). The format is
 * detected unless `options.format` forces it. The source text and format are
 * kept on `root.data.claimcheck` for the stages after parsing.
 */
export function parseArticle(text: string, options?: ParseOptionsInput): Root {
  return parseWithin(text, options, noDeadline);
}

/**
 * `parseArticle` within a budget: a text parsed in pieces checks the
 * deadline after each piece, so `analyze` can stop a 50 MB parse early, and
 * the budget's `nestingDepth` bounds containers on one line.
 */
export function parseWithin(text: string, options: ParseOptionsInput | undefined, budget: Deadline & Partial<Pick<Budget, 'limits'>>): Root {
  const { format: requested } = parseOptions(ParseOptionsSchema, options);
  const format = requested === 'auto' ? detectFormat(text) : requested;
  // Wikitext is parsed whole: a template or table may run over the blank line a
  // cut needs, and with CommonMark's lists and block quotes off nothing in it
  // copies the event list as a Markdown list does.
  const piecewise = text.length > piecewiseThreshold && format !== 'wikitext';
  return parseAs(text, format, piecewise ? pieceSize : undefined, budget);
}

/**
 * Parses `text` as `format`, in pieces of about `pieces` characters when
 * given (wikitext always whole, see `parseWithin`), else whole. The tree is
 * the same either way, positions included; tests force small pieces through
 * here to prove it. Containers nested on
 * one line past the budget's `nestingDepth` (src/parse/nesting.ts), and in
 * Markdown emphasis, brackets and backslashes past `inlineMarkup` in one paragraph
 * (src/parse/inline-limit.ts), are read as text; `root.data.claimcheck.skipped`
 * says where.
 */
export function parseAs(text: string, format: ArticleFormat, pieces?: number, budget: Deadline & Partial<Pick<Budget, 'limits'>> = noDeadline): Root {
  const processor = processors[format];
  const limits = budget.limits ?? defaultLimits;
  // micromark drops a leading BOM and would shift every offset by one; a space
  // of the same length keeps offsets equal to indexes into `text`.
  const nested = limitNesting(text.charCodeAt(0) === byteOrderMark ? ` ${text.slice(1)}` : text, limits.nestingDepth);
  // Wiki text has no emphasis or links for micromark to match (remark-wiki.ts).
  const inline = format === 'markdown' ? limitInlineMarkup(nested.source, limits.inlineMarkup, limits.openBracketSpan) : { source: nested.source, skipped: [] };
  const source = inline.source;
  let skipped = [...nested.skipped, ...inline.skipped];
  const file = new VFile({ value: source });
  const parsed =
    pieces === undefined || format === 'wikitext'
      ? processor.parse(file)
      : parseInPieces(
          source,
          (piece, definitions) => {
            const tree = parsePiece(format, piece, definitions);
            budget.check('parsing a piece of the text');
            return tree;
          },
          pieces,
          format,
          limits.parseUnits,
        );
  const parsedTo = parsed.position?.end.offset ?? source.length;
  if (parsedTo < source.length) {
    // Markers past the parsed text were never read at all.
    skipped = skipped.filter((entry) => entry.start < parsedTo);
    const line = parsed.position?.end.line ?? 1;
    skipped.push({ stage: 'parse', what: `the text from line ${line} on (not parsed)`, limit: 'parseUnits', value: limits.parseUnits, start: parsedTo, end: source.length });
  }
  const tree = processor.runSync(parsed, file) as Root;
  tree.data = { ...tree.data, claimcheck: { format, text, ...(skipped.length > 0 ? { skipped } : {}) } };
  return tree;
}

function parsePiece(format: ArticleFormat, piece: string, definitions?: Definitions): Root {
  return (definitions ? processorOf(format, definitions) : processors[format]).parse(piece);
}
