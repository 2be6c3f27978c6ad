/**
 * Subject and object attachment of claimcheck's clause frames against the
 * gold dependencies of the GUM biographies (../shared/eval/ud/gum). The table
 * goes into docs/design.md.
 *
 *   npx tsx bench/ud/attachment.ts
 *
 * Each gold sentence's text is read by claimcheck alone (segmentation,
 * tagging, frames). A prose frame belongs to a gold verb (UPOS `VERB`) when
 * its trigger contains the verb token; noun and copula frames seldom do.
 *
 * A frame's agent and patient are roles the registry assigns (`X died`: the
 * subject is the patient), so each argument is scored by the syntactic slot
 * its strategy says it fills: subject-side strategies (`subject`,
 * `coordination`, participles, apposition) against `nsubj` in an active frame
 * and `nsubj:pass` in a passive one, `object` against `obj`, `by-agent`
 * against `obl:agent` (a `relative` argument fills the slot its role and
 * voice give); the frame's dates and place against any other `obl`.
 * An argument is right when its span contains the gold dependent's head
 * token (for a relative pronoun, `who`, `which`, also the noun the relative
 * clause hangs on, which the reader names instead).
 *
 * Recall is given over every gold dependent and over those of verbs that got
 * a frame (frames exist only for registry event types and `act`); precision
 * over the frame arguments of verbs that have a gold dependent of the
 * relation. Arguments where the gold has none (the shared subject of
 * coordinated verbs, which basic UD attaches to the first verb only; a frame
 * whose voice differs from the gold's) are counted apart.
 */
import { extractClaims, type Frame, type FrameArgument } from '../../src/index.js';
import { sharedPath } from '../shared-texts.js';
import { readGumGenre, type GoldSentence, type GoldToken } from './conllu.js';

type Relation = 'subject' | 'passive subject' | 'object' | 'by-agent' | 'dates/place';
type Span = [number, number];
type ArgumentStrategy = FrameArgument['strategy'];

interface Tally {
  gold: number;
  goldWithFrame: number;
  arguments: number;
  argumentsWithoutGold: number;
  right: number;
  found: number;
  foundWithFrame: number;
}

const relations: Relation[] = ['subject', 'passive subject', 'object', 'by-agent', 'dates/place'];
const tallies = new Map(relations.map((relation) => [relation, { gold: 0, goldWithFrame: 0, arguments: 0, argumentsWithoutGold: 0, right: 0, found: 0, foundWithFrame: 0 } as Tally]));
let goldVerbs = 0;
let verbsWithFrame = 0;

/** A frame's trigger and argument spans, with offsets in the text itself (the reader's are in each sentence's plain text). */
interface PlacedFrame {
  trigger: Span;
  passive: boolean;
  subject: Span[];
  object: Span[];
  byAgent: Span[];
  datesAndPlace: Span[];
}

/** The syntactic slot an argument fills; `preposition` (`serve as`, `play for`) is UD's `obl` and left out. */
type Slot = 'subject' | 'object' | 'by-agent';

// Strategies that find the clause's subject (its own, or one it borrows).
const subjectStrategies: ReadonlySet<ArgumentStrategy> = new Set(['subject', 'coordination', 'fronted-participle', 'reduced-relative', 'apposition', 'list-head']);

function placedFrames(text: string): PlacedFrame[] {
  const extracted = extractClaims(text);
  const out: PlacedFrame[] = [];
  for (const { sentence, frames } of extracted.frames) {
    const segment = extracted.article.sentences[sentence];
    if (!segment) continue;
    const place = (start: number, end: number): Span => [segment.toSource(start), segment.toSource(end, true)];
    for (const frame of frames as Frame[]) {
      if (frame.source !== 'prose') continue;
      const passive = frame.voice === 'passive';
      // A relative pronoun stands for either slot: `who founded` (agent, subject), `which he did` (patient, object), `which was founded` (patient, subject).
      const slotOf = (argument: FrameArgument, role: 'agent' | 'patient'): Slot | null => {
        if (argument.strategy === 'relative') return role === 'patient' && !passive ? 'object' : 'subject';
        if (subjectStrategies.has(argument.strategy)) return 'subject';
        return argument.strategy === 'object' || argument.strategy === 'by-agent' ? argument.strategy : null;
      };
      const spans = (slot: Slot): Span[] =>
        (['agent', 'patient'] as const).flatMap((role) => {
          const argument = frame[role];
          return argument?.start !== undefined && argument.end !== undefined && slotOf(argument, role) === slot ? [place(argument.start, argument.end)] : [];
        });
      const claims = [...frame.dates.map((date) => date.claim), ...(frame.place ? [frame.place] : [])];
      out.push({
        trigger: place(frame.trigger[0], frame.trigger[1]),
        passive,
        subject: spans('subject'),
        object: spans('object'),
        byAgent: spans('by-agent'),
        datesAndPlace: claims.map((claim): Span => [claim.position.start.offset ?? 0, claim.position.end.offset ?? 0]),
      });
    }
  }
  return out;
}

/** A frame's argument spans for one gold relation. */
function frameSpans(frame: PlacedFrame, relation: Relation): Span[] {
  switch (relation) {
    case 'subject':
      return frame.passive ? [] : frame.subject;
    case 'passive subject':
      return frame.passive ? frame.subject : [];
    case 'object':
      return frame.object;
    case 'by-agent':
      return frame.byAgent;
    case 'dates/place':
      return frame.datesAndPlace;
  }
}

/**
 * The gold dependents of one verb, per relation, each with the tokens a right
 * argument may contain: its head, and for a relative pronoun (`who`, `which`)
 * also the noun the relative clause hangs on, which the reader names instead.
 */
function goldDependents(verb: GoldToken, sentence: GoldSentence): Record<Relation, GoldToken[][]> {
  const dependents = sentence.tokens.filter((token) => token.head === verb.id);
  const antecedent = verb.deprel === 'acl:relcl' ? sentence.tokens.find((token) => token.id === verb.head) : undefined;
  const targets = (token: GoldToken): GoldToken[] => (antecedent && token.upos === 'PRON' && ['who', 'which', 'that'].includes(token.lemma.toLowerCase()) ? [token, antecedent] : [token]);
  const withRelation = (test: (deprel: string) => boolean): GoldToken[][] => dependents.filter((token) => test(token.deprel)).map(targets);
  return {
    subject: withRelation((deprel) => deprel === 'nsubj'),
    'passive subject': withRelation((deprel) => deprel === 'nsubj:pass'),
    object: withRelation((deprel) => deprel === 'obj'),
    'by-agent': withRelation((deprel) => deprel === 'obl:agent'),
    'dates/place': withRelation((deprel) => (deprel === 'obl' || deprel.startsWith('obl:')) && deprel !== 'obl:agent'),
  };
}

const contains = ([start, end]: Span, token: GoldToken): boolean => start <= token.start && token.end <= end;

for (const sentence of readGumGenre(sharedPath('eval/ud/gum'), 'bio')) {
  const frames = placedFrames(sentence.text);
  for (const verb of sentence.tokens.filter((token) => token.upos === 'VERB')) {
    goldVerbs++;
    const mine = frames.filter((frame) => contains(frame.trigger, verb));
    if (mine.length > 0) verbsWithFrame++;
    const gold = goldDependents(verb, sentence);
    for (const relation of relations) {
      const tally = tallies.get(relation) as Tally;
      const spans = mine.flatMap((frame) => frameSpans(frame, relation));
      const expected = gold[relation];
      tally.gold += expected.length;
      if (mine.length > 0) tally.goldWithFrame += expected.length;
      if (expected.length === 0) {
        tally.argumentsWithoutGold += spans.length;
        continue;
      }
      tally.arguments += spans.length;
      const matches = (span: Span, targets: GoldToken[]): boolean => targets.some((token) => contains(span, token));
      tally.right += spans.filter((span) => expected.some((targets) => matches(span, targets))).length;
      const found = expected.filter((targets) => spans.some((span) => matches(span, targets))).length;
      tally.found += found;
      if (mine.length > 0) tally.foundWithFrame += found;
    }
  }
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
console.log(`Gold verbs (UPOS VERB): ${goldVerbs}; with a frame: ${verbsWithFrame} (${percent(verbsWithFrame, goldVerbs)}).\n`);
console.log('| relation (gold) | gold | of verbs with a frame | frame arguments | right | precision | recall (all) | recall (verbs with a frame) | arguments where gold has none |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const labels: Record<Relation, string> = {
  subject: 'subject, active (`nsubj`)',
  'passive subject': 'subject, passive (`nsubj:pass`)',
  object: 'object (`obj`)',
  'by-agent': 'by-agent (`obl:agent`)',
  'dates/place': 'dates and place (`obl`)',
};
for (const relation of relations) {
  const t = tallies.get(relation) as Tally;
  console.log(
    `| ${labels[relation]} | ${t.gold} | ${t.goldWithFrame} | ${t.arguments} | ${t.right} | ${percent(t.right, t.arguments)} | ${percent(t.found, t.gold)} | ${percent(t.foundWithFrame, t.goldWithFrame)} | ${t.argumentsWithoutGold} |`,
  );
}
