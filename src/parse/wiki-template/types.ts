import type { Parent, PhrasingContent } from 'mdast';
import type { Position } from 'unist';

/**
 * A template call, `{{name|…}}`. Its parameters are its children; what the
 * reader sees of it, if anything, depends on the template, so the readable
 * text leaves it out unless the template is known (src/segment/).
 */
export interface WikiTemplate extends Parent {
  type: 'wikiTemplate';
  /** The name as written, trimmed: `cite web`, `Infobox person`, `cn`. */
  name: string;
  children: WikiTemplateParameter[];
}

/** One parameter of a template call: `url = …`, or the second positional value. */
export interface WikiTemplateParameter extends Parent {
  type: 'wikiTemplateParameter';
  /** The name as written, trimmed (`url`, `access-date`), or the position (`1`, `2`) of an unnamed one. */
  name: string;
  positional: boolean;
  /** Where the name is written (named parameters only), untrimmed. */
  namePosition?: Position;
  /** Where the value is written, untrimmed; absent when it is empty. */
  valuePosition?: Position;
  /** The value, parsed as inline wikitext. */
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiTemplate: WikiTemplate;
  }
  interface BlockContentMap {
    wikiTemplate: WikiTemplate;
  }
  interface RootContentMap {
    wikiTemplate: WikiTemplate;
    wikiTemplateParameter: WikiTemplateParameter;
  }
}

/** Token names of the template construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiTemplate: 'wikiTemplate';
    wikiTemplateMarker: 'wikiTemplateMarker';
    wikiTemplateName: 'wikiTemplateName';
    wikiTemplatePipe: 'wikiTemplatePipe';
    wikiTemplateParameter: 'wikiTemplateParameter';
    wikiTemplateParameterName: 'wikiTemplateParameterName';
    wikiTemplateParameterEquals: 'wikiTemplateParameterEquals';
    wikiTemplateParameterValue: 'wikiTemplateParameterValue';
  }
}
