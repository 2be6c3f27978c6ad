import { defineConfig } from 'tsup';

// unified and the micromark/mdast packages ship ESM only; the CommonJS build
// bundles them so `require('claimcheck')` works on every Node >= 20.
const esmOnly = [/^unified/, /^remark-/, /^micromark/, /^mdast-/, /^unist-/, /^vfile/, /^devlop/, /^bail/, /^trough/, /^is-plain-obj/, /^decode-named-character-reference/, /^character-entities/, /^ccount/, /^escape-string-regexp/, /^markdown-table/, /^longest-streak/, /^zwitch/, /^estree-util/, /^html-/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    noExternal: esmOnly,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
