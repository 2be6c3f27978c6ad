/**
 * Measures claimcheck on a planted evaluation set: the cases of
 * `fixtures/<set>/cases.json` (or `cases-<n>.json`), each an article of
 * ../shared with edits that plant one contradiction (`planted`) or one
 * near-miss that only looks like one (`clean`); format in
 * docs/evaluation-sets.md.
 *
 *   npx tsx bench/eval-planted.ts                  print the report of `eval` (Markdown)
 *   npx tsx bench/eval-planted.ts --write          also put it into docs/evaluation.md
 *   npx tsx bench/eval-planted.ts --set eval2 [--write]
 *       the held-out set, into docs/evaluation-heldout.md (never tune against it)
 *   npx tsx bench/eval-planted.ts --set eval3|probe|probe2|probe3|probe4|probe5|probe6|eval4 [--write]
 *       the blind sets, into docs/evaluation-eval3.md / -eval4.md (created on first --write)
 *
 * Only error- and warning-level findings count. A finding *hits* a planted
 * case when one of its evidence positions overlaps `gold.evidence[0]`, the
 * planted words. A planted case is **found** when a hitting finding has the
 * expected rule (`gold.rule`; any rule when it is null) and **found by any
 * rule** when any finding hits. A finding elsewhere that hits a contradiction
 * the base article already had (`fixtures/natural/`, offsets mapped through
 * the case's edits; it must overlap two of its evidence spans) is right and
 * is not a false alarm; every other error/warning finding is a **false
 * alarm**, in clean cases too. Precision is right findings over all
 * error/warning findings. Recall is also given by `gold.fact` and `gold.form`.
 * A case that does not apply (its article changed, its edits or quotes are
 * wrong) is refused: listed, not scored, and the run exits 1 without writing.
 */
import { join } from 'node:path';
import { writeDocSection } from './doc-section.js';
import { plantedReport, scorePlantedSet } from './eval-sets/planted.js';
import { repoRoot } from './shared-texts.js';

/** Each set and the doc page its `--write` updates; a page that does not exist yet gets this title and intro. */
const evalSets: Record<string, { doc: string; title: string; intro: string }> = {
  eval: { doc: 'evaluation.md', title: 'Evaluation on planted contradictions', intro: '' },
  eval2: { doc: 'evaluation-heldout.md', title: 'Held-out evaluation', intro: '' },
  eval3: {
    doc: 'evaluation-eval3.md',
    title: 'Evaluation on the blind set eval3',
    intro: '`fixtures/eval3/` is a planted set built blind (see `fixtures/eval3/README.md`); never tune against it. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  probe: {
    doc: 'evaluation-probe.md',
    title: 'Evaluation on the blind probe set',
    intro: '`fixtures/probe/` is a planted set built blind (see `fixtures/probe/README.md`) over `corpus-more` articles that neither eval3 nor eval4 uses, to measure between rounds without spending eval4; after its first run it is a development set. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  probe2: {
    doc: 'evaluation-probe2.md',
    title: 'Evaluation on the blind probe set probe2',
    intro: '`fixtures/probe2/` is a planted set built blind (see `fixtures/probe2/README.md`) over `corpus` articles, written after the first probe had become a development set; after its first run it is a development set too. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  probe3: {
    doc: 'evaluation-probe3.md',
    title: 'Evaluation on the blind probe set probe3',
    intro: '`fixtures/probe3/` is a planted set built blind (see `fixtures/probe3/README.md`) over `corpus` articles, written after the first two probes had become development sets; after its first run it is a development set too. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  probe4: {
    doc: 'evaluation-probe4.md',
    title: 'Evaluation on the blind probe set probe4',
    intro: '`fixtures/probe4/` is a planted set built blind (see `fixtures/probe4/README.md`) over the 22 `corpus-more` articles of the eval3 pool that no set had used, written after the first three probes had become development sets; after its first run it is a development set too. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  probe5: {
    doc: 'evaluation-probe5.md',
    title: 'Evaluation on the blind probe set probe5',
    intro: '`fixtures/probe5/` is a planted set built blind (see `fixtures/probe5/README.md`) over 12 of the 38 `corpus-more` articles that no set had used (the other 26 kept for eval4), written after the first four probes had become development sets; after its first run it is a development set too. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  probe6: {
    doc: 'evaluation-probe6.md',
    title: 'Evaluation on the blind probe set probe6',
    intro: '`fixtures/probe6/` is a planted set built blind (see `fixtures/probe6/README.md`) over 5 of the 25 `corpus-more` articles that no set had used (the other 20 kept for eval4), written after probe5 had become a development set; after its first run it is a development set too. First run (blind, at `ab4f653`, before any change because of it): 6/30 = 20.0 % at 7/7, no false alarm in its 10 clean files. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
  eval4: {
    doc: 'evaluation-eval4.md',
    title: 'Evaluation on the blind set eval4',
    intro: '`fixtures/eval4/` is a planted set built blind (see `fixtures/eval4/README.md`); never tune against it. Format and scoring: [evaluation-sets.md](evaluation-sets.md).',
  },
};

const setFlag = process.argv.indexOf('--set');
const setName = setFlag >= 0 ? (process.argv[setFlag + 1] ?? '') : 'eval';
const evalSet = evalSets[setName];
if (!evalSet) throw new Error(`--set must be one of: ${Object.keys(evalSets).join(', ')}`);

const command = `npx tsx bench/eval-planted.ts${setName === 'eval' ? '' : ` --set ${setName}`} --write`;
const begin = `<!-- eval-planted:begin (generated by \`${command}\`) -->`;
const end = '<!-- eval-planted:end -->';
const docPath = join(repoRoot, 'docs', evalSet.doc);

const score = scorePlantedSet(setName, join(repoRoot, 'fixtures', setName), join(repoRoot, 'fixtures', 'natural'));
const output = plantedReport(score);
console.log(output);

if (score.refused.length > 0) {
  console.error(`${score.refused.length} case(s) refused; nothing written`);
  process.exitCode = 1;
} else if (process.argv.includes('--write')) {
  writeDocSection(docPath, { begin, end }, output, `# ${evalSet.title}\n\n${evalSet.intro}\n\n## Results\n\n${begin}\n${end}\n`);
}
