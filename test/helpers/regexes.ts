import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source, where it is, and whether its pattern is known before run time. */
export interface SourceRegex {
  file: string;
  line: number;
  /** The pattern as `RegExp.prototype.source` would give it; absent when built at run time. */
  source?: string;
  flags: string;
  /** The code that makes it, for messages. */
  code: string;
}

/**
 * Lists every regular expression in the TypeScript files under `dir`: regex
 * literals and `new RegExp(…)`/`RegExp(…)` calls.
 *
 * It reads the files with TypeScript's own scanner, not a regex: a `/` in a
 * character class, in a string, in a comment or a division cannot fool it.
 * A `RegExp` built from a string or template literal without substitutions
 * has a known pattern; one built from variables has none and is reported so
 * that a test can refuse it.
 */
export function listRegexes(dir: string, root = dir): SourceRegex[] {
  const found: SourceRegex[] = [];
  for (const file of typescriptFiles(dir)) found.push(...regexesInSource(readFileSync(file, 'utf8'), relative(root, file)));
  return found;
}

/** The regular expressions of one TypeScript source text. */
export function regexesInSource(text: string, file: string): SourceRegex[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: SourceRegex[] = [];
  const where = (node: ts.Node) => ({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, code: node.getText(source) });
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const close = literal.lastIndexOf('/');
      found.push({ ...where(node), source: literal.slice(1, close), flags: literal.slice(close + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const known = pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern)) ? pattern.text : undefined;
      const knownFlags = flags && (ts.isStringLiteral(flags) || ts.isNoSubstitutionTemplateLiteral(flags)) ? flags.text : flags ? undefined : '';
      found.push({ ...where(node), ...(known === undefined || knownFlags === undefined ? {} : { source: known }), flags: knownFlags ?? '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function* typescriptFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* typescriptFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) yield path;
  }
}

/** A regular expression constructed while code ran: its pattern and where the constructor was called. */
export interface ConstructedRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Records every `new RegExp(…)`/`RegExp(…)` made while `run` runs, with the
 * place in `srcDir` that made it (from the stack, which vitest maps back to
 * the TypeScript source). This reads the patterns that the source builds from
 * constants and can only be known at run time.
 */
export async function collectConstructed(srcDir: string, run: () => Promise<void>): Promise<ConstructedRegex[]> {
  const Original = globalThis.RegExp;
  const found = new Map<string, ConstructedRegex>();
  const record = (args: unknown[]): void => {
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : String(pattern);
    const flagText = flags === undefined ? (pattern instanceof Original ? pattern.flags : '') : String(flags);
    const frame = (new Error().stack ?? '').split('\n').find((line) => line.includes(srcDir));
    const place = frame && /([^\s(]+\.ts):(\d+):\d+/.exec(frame);
    if (!place) return;
    const file = relative(srcDir, place[1] as string);
    found.set(`${file}:${place[2]}:${flagText}/${source}`, { file, line: Number(place[2]), source, flags: flagText });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...found.values()];
}

/** Every TypeScript file under `dir`, for importing them all. */
export function sourceFilesUnder(dir: string): string[] {
  return [...typescriptFiles(dir)];
}
