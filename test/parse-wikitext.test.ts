import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseArticle, segmentArticle, type Infobox } from '../src/index.js';
import { expectExactPosition } from './helpers/positions.js';

function parse(text: string): Root {
  const tree = parseArticle(text, { format: 'wikitext' });
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) expectExactPosition(text, node.position);
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return tree;
}

/** The tree as `type(name)[children]` lines, positions left out, to compare shapes. */
function shape(node: Nodes | Infobox): unknown {
  const label = (() => {
    switch (node.type) {
      case 'text':
        return `text ${JSON.stringify(node.value)}`;
      case 'wikiTemplate':
        return `template ${node.name}`;
      case 'wikiTemplateParameter':
        return `parameter ${node.name}${node.positional ? ' (positional)' : ''}`;
      case 'wikiRef':
        return `ref${node.name === null ? '' : ` name=${node.name}`}${node.group === null ? '' : ` group=${node.group}`}${node.selfClosing ? ' />' : ''}`;
      case 'link':
        return `link ${node.url}`;
      case 'wikiEmbed':
        return `embed ${node.target}`;
      case 'heading':
        return `heading ${node.depth}`;
      case 'list':
        return `list${node.ordered ? ' ordered' : ''}`;
      case 'html':
        return `html ${JSON.stringify(node.value)}`;
      case 'infobox':
        return `infobox ${node.fields.map((field) => `${field.key}=${field.value}`).join('; ')}`;
      default:
        return node.type;
    }
  })();
  const children = 'children' in node ? (node.children as Nodes[]).map(shape) : [];
  return children.length === 0 ? label : { [label]: children };
}

const paragraph = (text: string) => (shape(parse(text)) as { root: unknown[] }).root;

describe('wikitext parsing', () => {
  it('should read a template with named and positional parameters, nesting links, templates and refs in values', () => {
    expect(paragraph('{{cite web|url=https://x.example/a|title=A [[b|c]] d|{{nowrap|e}}|last = Smith}}')).toEqual([
      {
        'template cite web': [
          { 'parameter url': ['text "https://x.example/a"'] },
          { 'parameter title': ['text "A "', { 'link b': ['text "c"'] }, 'text " d"'] },
          { 'parameter 1 (positional)': [{ 'template nowrap': [{ 'parameter 1 (positional)': ['text "e"'] }] }] },
          { 'parameter last': ['text " Smith"'] },
        ],
      },
    ]);
  });

  it('should number unnamed parameters among themselves, an empty one counting', () => {
    expect(paragraph('{{sfn|Hale||1999|p=12}}')).toEqual([
      { 'template sfn': [{ 'parameter 1 (positional)': ['text "Hale"'] }, { 'parameter 3 (positional)': ['text "1999"'] }, { 'parameter p': ['text "12"'] }] },
    ]);
  });

  it('should keep a template over blank lines one block, and read the first {{Infobox}} as the infobox', () => {
    const tree = shape(parse('{{Infobox lake\n| name = Lake Varn\n\n| area = 42 [[km²]]\n| empty =\n}}\n\nText.')) as { root: unknown[] };
    expect(tree.root[0]).toEqual('infobox name=Lake Varn; area=42 [[km²]]');
    expect(tree.root[1]).toEqual({ paragraph: ['text "Text."'] });
  });

  it('should read refs: named, reused, grouped, unnamed, and end each at the first </ref>', () => {
    expect(paragraph('A.<ref name="x" group=nb>{{cite news|title=T}}</ref> B.<ref name=x/> C.<ref>Plain [http://y.example z], 2001.</REF >')).toEqual([
      {
        paragraph: [
          'text "A."',
          { 'ref name=x group=nb': [{ 'template cite news': [{ 'parameter title': ['text "T"'] }] }] },
          'text " B."',
          'ref name=x />',
          'text " C."',
          { ref: ['text "Plain "', { 'link http://y.example': ['text "z"'] }, 'text ", 2001."'] },
        ],
      },
    ]);
  });

  it('should read a ref whose content runs over lines with a template on a line of its own', () => {
    expect(paragraph('Text.<ref name="e">\n{{cite web\n|title=T\n}}\n</ref> More.')).toEqual([
      { paragraph: ['text "Text."', { 'ref name=e': ['text "\\n"', { 'template cite web': [{ 'parameter title': ['text "T\\n"'] }] }, 'text "\\n"'] }, 'text " More."'] },
    ]);
  });

  it('should show a link label or its target, and hide files and categories', () => {
    expect(paragraph("[[Texas]]-based [[petroleum|oil]] [[File:A.jpg|thumb|A [[b]] caption]][[Category:X]]")).toEqual([
      {
        paragraph: [
          { 'link Texas': ['text "Texas"'] },
          'text "-based "',
          { 'link petroleum': ['text "oil"'] },
          'text " "',
          { 'embed File:A.jpg': ['text "thumb|A "', { 'link b': ['text "b"'] }, 'text " caption"'] },
          { 'embed Category:X': ['text "Category:X"'] },
        ],
      },
    ]);
  });

  it('should read an external link only with a scheme, so [3] and [citation needed] stay text', () => {
    expect(paragraph('See [https://x.example/a the site], [//y.example] and [3] [citation needed].')).toEqual([
      { paragraph: ['text "See "', { 'link https://x.example/a': ['text "the site"'] }, 'text ", "', 'link //y.example', 'text " and [3] [citation needed]."'] },
    ]);
  });

  it("should pair '' and ''' as MediaWiki does, closing what is open at the end of a line", () => {
    expect(paragraph("'''Bold''' and ''it'' and '''''both''''' and ''open\nnext")).toEqual([
      {
        paragraph: [
          { strong: ['text "Bold"'] },
          'text " and "',
          { emphasis: ['text "it"'] },
          'text " and "',
          { emphasis: [{ strong: ['text "both"'] }] },
          'text " and "',
          { emphasis: ['text "open"'] },
          'text "\\nnext"',
        ],
      },
    ]);
  });

  it("should close and reopen an inner style when an outer one closes first ('''a ''b''' c'')", () => {
    expect(paragraph("'''a ''b''' c''")).toEqual([{ paragraph: [{ strong: ['text "a "', { emphasis: ['text "b"'] }] }, { emphasis: ['text " c"'] }] }]);
  });

  it('should read * # : ; lines as a list whose items may run on while a template is open', () => {
    expect(paragraph('* one\n# two {{cite book\n|title=x}}\n:three\n\nText')).toEqual([
      {
        list: [
          { listItem: [{ paragraph: ['text "one"'] }] },
          { listItem: [{ paragraph: ['text "two "', { 'template cite book': [{ 'parameter title': ['text "x"'] }] }] }] },
          { listItem: [{ paragraph: ['text "three"'] }] },
        ],
      },
      { paragraph: ['text "Text"'] },
    ]);
  });

  it('should read a table into rows and cells, attributes and markers left out, a cell running on over lines', () => {
    expect(paragraph('{| class="wikitable"\n|-\n! Date !! Place\n|-\n| 1663 || [[Charlevoix]]\n| style="x" | 7.0\nmore\n|}')).toEqual([
      {
        table: [
          { tableRow: [{ tableCell: ['text " Date"'] }, { tableCell: ['text " Place"'] }] },
          { tableRow: [{ tableCell: ['text " 1663"'] }, { tableCell: ['text " "', { 'link Charlevoix': ['text "Charlevoix"'] }] }, { tableCell: ['text " 7.0\\nmore"'] }] },
        ],
      },
    ]);
  });

  it('should keep block comments over blank lines, and <references> lines as text, not HTML blocks', () => {
    expect(paragraph('<!-- a\n\nb -->\n<references>\n<ref name="r">R.</ref>\n</references>')).toEqual([
      'html "<!-- a\\n\\nb -->"',
      { paragraph: ['html "<references>"', 'text "\\n"', { 'ref name=r': ['text "R."'] }, 'text "\\n"', 'html "</references>"'] },
    ]);
  });

  it('should read ==headings== and not take # as an ATX heading', () => {
    expect(paragraph('==History==\n# item')).toEqual([{ 'heading 2': ['text "History"'] }, { 'list ordered': [{ listItem: [{ paragraph: ['text "item"'] }] }] }]);
  });

  it('should start a list on a line after a paragraph, as MediaWiki does', () => {
    expect(paragraph('Text\n* item')).toEqual([{ paragraph: ['text "Text"'] }, { list: [{ listItem: [{ paragraph: ['text "item"'] }] }] }]);
  });

  it('should fail no construct into a crash on unclosed or odd markup, and keep positions exact', () => {
    for (const text of ['{{unclosed', '[[a|b', '<ref name="x">never closed', "''''x''''", '{|\n| a', '{{{1}}}', '<ref></ref>', '[[|x]]', '{{a|b=}}', '{{ {{a}} }}']) {
      const tree = parse(text);
      const article = segmentArticle(tree);
      for (const sentence of article.sentences) expectExactPosition(text, sentence.position, sentence.text);
    }
  });

  it('should detect wikitext by a <ref> or by a template and a link together', () => {
    expect(detectFormat('Text.<ref>Source.</ref>')).toBe('wikitext');
    expect(detectFormat('{{Infobox x}} [[Link]] text')).toBe('wikitext');
    expect(detectFormat('= Title =\n\nPlain text with [3] markers.')).toBe('wiki');
    expect(detectFormat('# Title\n\nA [link](https://x.example).')).toBe('markdown');
  });
});
