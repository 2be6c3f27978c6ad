import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { infoboxFromTitleList } from './infobox/transform.js';
import { wikiHeadingFromMarkdown } from './wiki-heading/from-markdown.js';
import { wikiHeadingSyntax } from './wiki-heading/syntax.js';

/**
 * The remark plugin for wiki-style article text: `== Heading ==` lines and the
 * infobox after the title.
 *
 * Indented code and setext underlines are turned off: in wiki text an indented
 * line is not code and a `----` line is a rule, never a heading underline.
 * Markdown links, images and `*`/`_` emphasis are turned off too: wiki text
 * has none (its brackets are citation markers such as `[3]`, its emphasis
 * `''`), and micromark resolves them in time quadratic in their number within
 * one paragraph — 80 KB of `x*y` took 30 s, a 400 KB paragraph of `[1]`
 * markers 100 s (docs/reliability.md). A backslash escapes nothing in wiki
 * text either: 1 MB of `\\` made half a million escapes, 1.3 GB of events.
 */
export const remarkWiki: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(wikiHeadingSyntax(), {
    disable: { null: ['codeIndented', 'setextUnderline', 'labelStartLink', 'labelStartImage', 'labelEnd', 'attention', 'characterEscape', 'hardBreakEscape'] },
  });
  (data.fromMarkdownExtensions ??= []).push(wikiHeadingFromMarkdown());
  return (tree: Root, file: VFile) => {
    infoboxFromTitleList(tree, String(file.value));
  };
};
