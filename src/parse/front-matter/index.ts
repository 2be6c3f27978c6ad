import type { Literal } from 'mdast';

/**
 * TOML front matter (`+++` fences, Hugo's default). mdast declares `yaml`;
 * the `toml` node that `mdast-util-frontmatter` makes is declared here.
 */
export interface Toml extends Literal {
  type: 'toml';
}

declare module 'mdast' {
  interface RootContentMap {
    toml: Toml;
  }
  interface FrontmatterContentMap {
    toml: Toml;
  }
}

/**
 * Front matter as the unified ecosystem reads it: micromark's front matter
 * extension and its mdast companion, registered by `remark-frontmatter` with
 * these kinds. The block at the very top becomes one `yaml` or `toml` node
 * with its exact position, so it is never read as a thematic break and a
 * setext heading.
 */
export const frontMatterKinds: Array<'yaml' | 'toml'> = ['yaml', 'toml'];
