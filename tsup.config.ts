import { defineConfig } from 'tsup';

// unified and the micromark/mdast packages ship ESM only; the CommonJS build
// bundles them so `require('claimcheck')` works on every Node >= 20.
const esmOnly = [/^unified/, /^remark-/, /^micromark/, /^mdast-/, /^unist-/, /^vfile/, /^devlop/, /^bail/, /^trough/, /^is-plain-obj/, /^decode-named-character-reference/, /^character-entities/, /^ccount/, /^escape-string-regexp/, /^markdown-table/, /^longest-streak/, /^zwitch/, /^estree-util/, /^html-/];

// The library: `claimcheck` and the remark plugin `claimcheck/remark`.
const library = { index: 'src/index.ts', remark: 'src/remark-claimcheck.ts' };

// The given-name lists are JSON data, built into the bundle: an import of JSON left to the consumer's
// Node needs an import attribute the build does not keep.
const bundledData = [/^@stdlib\/datasets-/];

export default defineConfig([
  {
    entry: library,
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    noExternal: bundledData,
  },
  {
    entry: library,
    format: ['cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    noExternal: [...esmOnly, ...bundledData],
  },
  {
    // The CLI, and the worker it starts for `--jobs`, which must sit beside it.
    // Dependencies are bundled: resolving and linking a few hundred small ESM
    // files cost more start-up time than checking a small file.
    entry: { cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: [/./],
    // Bundled CommonJS dependencies call `require` for Node built-ins.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __claimcheckCreateRequire } from 'node:module';\nconst require = __claimcheckCreateRequire(import.meta.url);" },
  },
]);
