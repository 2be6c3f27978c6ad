import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { ParseOptionsSchema, type ParseOptionsInput } from '../schema/options.js';
import { parseOptions } from '../util/options.js';
import { detectFormat, type ArticleFormat } from './detect-format.js';
import { remarkWiki } from './remark-wiki.js';
import './infobox/types.js';

export type { Infobox, InfoboxField } from './infobox/types.js';
export { detectFormat, type ArticleFormat } from './detect-format.js';

const byteOrderMark = 0xfeff;
const processors: Record<ArticleFormat, Processor<Root, Root | undefined, Root | undefined>> = {
  wiki: unified().use(remarkParse).use(remarkWiki).freeze(),
  markdown: unified().use(remarkParse).use(remarkGfm).freeze(),
};

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
  const { format: requested } = parseOptions(ParseOptionsSchema, options);
  const format = requested === 'auto' ? detectFormat(text) : requested;
  const processor = processors[format];
  // micromark drops a leading BOM and would shift every offset by one; a space
  // of the same length keeps offsets equal to indexes into `text`.
  const source = text.charCodeAt(0) === byteOrderMark ? ` ${text.slice(1)}` : text;
  const file = new VFile({ value: source });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  tree.data = { ...tree.data, claimcheck: { format, text } };
  return tree;
}
