import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { unusedDirectiveRule } from '../src/check/index.js';
import { builtInRuleIds, rules } from '../src/index.js';
import { repoRoot } from './helpers/golden.js';

/** What an editor's hover shows for the type of each named expression in a small consumer file. */
function hoverTypes(source: string, names: readonly string[]): Record<string, string> {
  const file = join(repoRoot, 'test', '__hover__.ts');
  const host = ts.createCompilerHost({ strict: true, noEmit: true });
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => (path === file ? source : readFile(path));
  const exists = host.fileExists.bind(host);
  host.fileExists = (path) => path === file || exists(path);
  const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 }, host);
  const checker = program.getTypeChecker();
  const types: Record<string, string> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && names.includes(node.name.text)) {
      types[node.name.text] = checker.typeToString(checker.getTypeAtLocation(node.name));
    }
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(file)!);
  return types;
}

describe('public types', () => {
  it('should list every built-in rule id, and the unused-directive findings, in the RuleId union', () => {
    expect([...builtInRuleIds].sort()).toEqual([...rules.map((rule) => rule.id), unusedDirectiveRule.id].sort());
  });

  it('should show Report, FileReport and Finding by name in hovers, and complete rule ids', () => {
    const types = hoverTypes(
      `import { analyze, type RuleId } from '../src/index.js';\n` +
        `const report = analyze('text');\n` +
        `const file = report.files[0];\n` +
        `const finding = file?.findings[0];\n` +
        `const id: RuleId = 'markup-residue';\n` +
        `const plugin: RuleId = 'my-plugin/rule';\n` +
        `const rule = finding?.ruleId;\n`,
      ['report', 'file', 'finding', 'id', 'plugin', 'rule'],
    );
    expect(types).toMatchObject({ report: 'Report', file: 'FileReport', finding: 'Finding', rule: 'RuleId' });
  });
});
