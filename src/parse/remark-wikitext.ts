import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { infoboxFromTemplate } from './infobox/from-template.js';
import { wikiCommentFromMarkdown } from './wiki-comment/from-markdown.js';
import { wikiCommentSyntax } from './wiki-comment/syntax.js';
import { wikiExternalLinkFromMarkdown } from './wiki-external-link/from-markdown.js';
import { wikiExternalLinkSyntax } from './wiki-external-link/syntax.js';
import { wikiHeadingFromMarkdown } from './wiki-heading/from-markdown.js';
import { wikiHeadingSyntax } from './wiki-heading/syntax.js';
import { wikiLinkFromMarkdown } from './wiki-link/from-markdown.js';
import { wikiLinkSyntax } from './wiki-link/syntax.js';
import { wikiListFromMarkdown } from './wiki-list/from-markdown.js';
import { wikiListSyntax } from './wiki-list/syntax.js';
import { wikiQuoteSyntax } from './wiki-quote/syntax.js';
import { wikiRefFromMarkdown } from './wiki-ref/from-markdown.js';
import { wikiRefSyntax } from './wiki-ref/syntax.js';
import { wikiTableFromMarkdown } from './wiki-table/from-markdown.js';
import { wikiTableSyntax } from './wiki-table/syntax.js';
import { wikiTemplateFromMarkdown } from './wiki-template/from-markdown.js';
import { wikiTemplateSyntax } from './wiki-template/syntax.js';

/**
 * The remark plugin for MediaWiki source (wikitext): `==Headings==`,
 * `<ref>` references, `{{templates}}`, `[[internal]]` and `[external]`
 * links, `'''bold'''` and `''italic''`, `* # : ;` lists, `{| tables |}`
 * and block comments, each a micromark construct with its tree extension
 * (one folder per construct under src/parse/), and the first block
 * `{{Infobox …}}` as the infobox.
 *
 * CommonMark constructs that mean something else in wikitext are turned off:
 * indented code (an indented line is not code here), fenced code, ATX
 * headings (`#` starts a numbered list), setext underlines, block quotes,
 * CommonMark lists, link definitions, HTML blocks (a `<ref name="x">` alone
 * on a line would swallow the lines after it), Markdown links and images,
 * `*`/`_` emphasis, backslash escapes, code spans and autolinks. Inline HTML
 * stays, so `<br />`, `<small>` and inline comments are tags, and character
 * references (`&ndash;`) are decoded.
 */
export const remarkWikitext: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    wikiHeadingSyntax(),
    wikiCommentSyntax(),
    wikiTableSyntax(),
    wikiListSyntax(),
    wikiTemplateSyntax(),
    wikiRefSyntax(),
    wikiLinkSyntax(),
    wikiExternalLinkSyntax(),
    wikiQuoteSyntax(),
    {
      disable: {
        null: [
          'blockQuote',
          'codeFenced',
          'codeIndented',
          'definition',
          'headingAtx',
          'htmlFlow',
          'list',
          'setextUnderline',
          'attention',
          'autolink',
          'characterEscape',
          'codeText',
          'hardBreakEscape',
          'labelEnd',
          'labelStartImage',
          'labelStartLink',
        ],
      },
    },
  );
  (data.fromMarkdownExtensions ??= []).push(
    wikiHeadingFromMarkdown(),
    wikiCommentFromMarkdown(),
    wikiTableFromMarkdown(),
    wikiListFromMarkdown(),
    wikiTemplateFromMarkdown(),
    wikiRefFromMarkdown(),
    wikiLinkFromMarkdown(),
    wikiExternalLinkFromMarkdown(),
  );
  return (tree: Root, file: VFile) => {
    infoboxFromTemplate(tree, String(file.value));
  };
};
