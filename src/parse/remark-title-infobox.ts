import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { infoboxFromTitleList } from './infobox/transform.js';

/**
 * Markdown articles write their infobox as wiki-style ones do: a list of
 * `- Key: Value` items right under the `# Title` (and an optional name
 * line). Only a list whose every item is such a field becomes the infobox.
 */
export const remarkTitleInfobox: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    infoboxFromTitleList(tree, String(file.value));
  };
};
