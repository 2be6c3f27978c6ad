import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { WikiTemplate, WikiTemplateParameter } from './types.js';

/** Counts kept while a template is compiled: unnamed parameters so far, and whether a `|` still waits for its parameter. */
interface Numbering {
  positional: number;
  pipeWithoutParameter: boolean;
}

/**
 * Turns template tokens into `wikiTemplate` nodes with one
 * `wikiTemplateParameter` child per parameter.
 *
 * Unnamed parameters are numbered as MediaWiki numbers them — among the
 * unnamed ones only, an empty one (`a||b`) counting too.
 */
export function wikiTemplateFromMarkdown(): Extension {
  const numbering = new WeakMap<WikiTemplate, Numbering>();
  return {
    canContainEols: ['wikiTemplateParameter'],
    enter: { wikiTemplate: enterTemplate, wikiTemplateParameter: enterParameter },
    exit: {
      wikiTemplate: exitNode,
      wikiTemplateName: exitName,
      wikiTemplatePipe: exitPipe,
      wikiTemplateParameterName: exitParameterName,
      wikiTemplateParameterValue: exitParameterValue,
      wikiTemplateParameter: exitParameter,
    },
  };

  function enterTemplate(this: CompileContext, token: Token): undefined {
    const template: WikiTemplate = { type: 'wikiTemplate', name: '', children: [] };
    numbering.set(template, { positional: 0, pipeWithoutParameter: false });
    this.enter(template, token);
  }

  // A name written over two lines comes in one token per line.
  function exitName(this: CompileContext, token: Token): undefined {
    const template = this.stack[this.stack.length - 1] as WikiTemplate;
    template.name = `${template.name}${this.sliceSerialize(token)}`.trim();
  }

  function exitPipe(this: CompileContext): undefined {
    const count = numbering.get(this.stack[this.stack.length - 1] as WikiTemplate);
    if (!count) return;
    if (count.pipeWithoutParameter) count.positional++;
    count.pipeWithoutParameter = true;
  }

  function enterParameter(this: CompileContext, token: Token): undefined {
    const count = numbering.get(this.stack[this.stack.length - 1] as WikiTemplate);
    if (count) count.pipeWithoutParameter = false;
    const parameter: WikiTemplateParameter = { type: 'wikiTemplateParameter', name: '', positional: true, children: [] };
    this.enter(parameter, token);
  }

  function exitParameterName(this: CompileContext, token: Token): undefined {
    const parameter = this.stack[this.stack.length - 1] as WikiTemplateParameter;
    const piece = positionOf(token);
    parameter.name = parameter.positional ? this.sliceSerialize(token).trim() : `${parameter.name}${this.sliceSerialize(token)}`.trim();
    parameter.namePosition = parameter.positional || !parameter.namePosition ? piece : { start: parameter.namePosition.start, end: piece.end };
    parameter.positional = false;
  }

  function exitParameterValue(this: CompileContext, token: Token): undefined {
    (this.stack[this.stack.length - 1] as WikiTemplateParameter).valuePosition = positionOf(token);
  }

  function exitParameter(this: CompileContext, token: Token): undefined {
    const parameter = this.stack[this.stack.length - 1] as WikiTemplateParameter;
    this.exit(token);
    if (!parameter.positional) return;
    const count = numbering.get(this.stack[this.stack.length - 1] as WikiTemplate);
    if (count) parameter.name = String(++count.positional);
  }
}

function positionOf(token: Token) {
  return {
    start: { line: token.start.line, column: token.start.column, offset: token.start.offset },
    end: { line: token.end.line, column: token.end.column, offset: token.end.offset },
  };
}

function exitNode(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
