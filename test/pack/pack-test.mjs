// Packs claimcheck the way `npm publish` would, installs the tarball into a
// fresh project, and checks that it works there: ESM import, CJS require,
// type-checking a TypeScript consumer, and the `claimcheck` bin. publint and
// arethetypeswrong check the package metadata and the published types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'claimcheck-pack-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
let failures = 0;

function step(name, action) {
  try {
    action();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function expectIncludes(output, expected) {
  if (!output.includes(expected)) throw new Error(`expected output to include ${JSON.stringify(expected)}, got:\n${output}`);
}

const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root }));
const tarball = join(work, packed[0].filename);
console.log(`packed ${packed[0].filename}: ${packed[0].files.length} files, ${packed[0].size} bytes`);

step('publint', () => run(bin('publint'), ['run', '--strict', '--pack', 'npm'], { cwd: root }));
step('arethetypeswrong', () => run(bin('attw'), [tarball, '--format', 'table-flipped']));

const project = join(work, 'consumer');
run('mkdir', ['-p', project]);
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: project });

const sample = '= Sample =\n\n==History==\nThe club was founded in 1899. It moved in 1901.\n';
writeFileSync(join(project, 'sample.txt'), sample);

step('import from ESM', () => {
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { parseArticle, segmentArticle } from 'claimcheck';\n` +
      `const text = ${JSON.stringify(sample)};\n` +
      `const article = segmentArticle(parseArticle(text));\n` +
      `console.log(article.sections[0].title, article.sentences.length);\n`,
  );
  expectIncludes(run('node', ['esm.mjs'], { cwd: project }), 'History 2');
});

step('require from CJS', () => {
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { parseArticle, segmentArticle, OutlineSchema } = require('claimcheck');\n` +
      `const text = ${JSON.stringify(sample)};\n` +
      `const article = segmentArticle(parseArticle(text));\n` +
      `console.log(article.sections[0].title, article.sentences.length, typeof OutlineSchema.parse);\n`,
  );
  expectIncludes(run('node', ['cjs.cjs'], { cwd: project }), 'History 2 function');
});

const markdown = '# Club\n\nIt rowed on the [[River]] in 1899.\n';

step('use claimcheck/remark from ESM', () => {
  writeFileSync(
    join(project, 'remark.mjs'),
    `import remarkClaimcheck from 'claimcheck/remark';\n` +
      `import { VFile } from 'vfile';\n` +
      `const file = new VFile({ path: 'club.md', value: ${JSON.stringify(markdown)} });\n` +
      `const transform = remarkClaimcheck.call(undefined, {});\n` +
      `transform({ type: 'root', children: [] }, file);\n` +
      `console.log(file.messages.length, file.messages[0].ruleId, file.messages[0].source, file.data.claimcheck.version);\n`,
  );
  expectIncludes(run('node', ['remark.mjs'], { cwd: project }), '2 markup-residue claimcheck 1');
});

step('require claimcheck/remark from CJS', () => {
  writeFileSync(
    join(project, 'remark.cjs'),
    `const { default: remarkClaimcheck, remarkClaimcheck: named } = require('claimcheck/remark');\n` +
      `console.log(typeof remarkClaimcheck, remarkClaimcheck === named);\n`,
  );
  expectIncludes(run('node', ['remark.cjs'], { cwd: project }), 'function true');
});

step('type-check a TypeScript consumer', () => {
  writeFileSync(
    join(project, 'consumer.ts'),
    `import { parseArticle, segmentArticle, type Sentence, type SegmentedArticle, ClaimcheckError } from 'claimcheck';\n` +
      `const article: SegmentedArticle = segmentArticle(parseArticle('= T =\\n\\nText.', { format: 'wiki' }));\n` +
      `const first: Sentence | undefined = article.sentences[0];\n` +
      `const offset: number | undefined = first?.position.start.offset;\n` +
      `const error: ClaimcheckError['code'] = 'INVALID_OPTIONS';\n` +
      `// @ts-expect-error: the format is a closed set\n` +
      `parseArticle('x', { format: 'html' });\n` +
      `import remarkClaimcheck, { type RemarkClaimcheckOptions } from 'claimcheck/remark';\n` +
      `import type { Report } from 'claimcheck';\n` +
      `import type { VFile } from 'vfile';\n` +
      `const options: RemarkClaimcheckOptions = { rules: { 'markup-residue': 'error' }, reportUnusedDisableDirectives: 'warning' };\n` +
      `const report = (file: VFile): Report | undefined => file.data.claimcheck;\n` +
      `export { offset, error, remarkClaimcheck, options, report };\n`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
  );
  run(bin('tsc'), ['-p', project]);
});

step('type-check the README example under noUncheckedIndexedAccess', () => {
  const example = /```ts\n([\s\S]*?)```/.exec(readFileSync(join(root, 'README.md'), 'utf8'))?.[1];
  if (!example) throw new Error('README.md has no ts example');
  writeFileSync(join(project, 'readme-example.ts'), `${example}\nexport {};\n`);
  writeFileSync(
    join(project, 'tsconfig.readme.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noUncheckedIndexedAccess: true, noEmit: true, typeRoots: [join(root, 'node_modules', '@types')], types: ['node'] },
      files: ['readme-example.ts'],
    }),
  );
  run(bin('tsc'), ['-p', join(project, 'tsconfig.readme.json')]);
});

step('run the claimcheck bin', () => {
  const claimcheck = join(project, 'node_modules', '.bin', 'claimcheck');
  expectIncludes(run(claimcheck, ['outline', 'sample.txt'], { cwd: project }), 'History');
  writeFileSync(join(project, 'club.md'), markdown);
  expectIncludes(run(claimcheck, ['check', '--format', 'github', 'club.md'], { cwd: project }), '::notice file=club.md,line=3,col=17');
  expectIncludes(run(claimcheck, ['check', '--jobs', '2', '--format', 'json', 'club.md', 'sample.txt'], { cwd: project }), '"path": "sample.txt"');
  expectIncludes(run(claimcheck, ['explain', 'markup-residue'], { cwd: project }), '# markup-residue');
  expectIncludes(readFileSync(join(project, 'node_modules', 'claimcheck', 'docs', 'schema', 'config.schema.json'), 'utf8'), '"markup-residue"');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  expectIncludes(run(join(project, 'node_modules', '.bin', 'claimcheck'), ['--version'], { cwd: project }), version);
});

rmSync(work, { recursive: true, force: true });
if (failures > 0) {
  console.log(`${failures} pack check(s) failed`);
  process.exit(1);
}
console.log('all pack checks passed');
