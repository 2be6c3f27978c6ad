import type { RuleContext } from '../../check/index.js';
import { eventType, recurringEventNouns } from '../../lexicon/events.js';
import type { EventArgument, EventClaim } from '../../schema/claims.js';
import { standingAs } from '../../resolve/events/index.js';
import { titleKey } from './events.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const toVerb = /\bto\s+\p{Ll}/u;

/**
 * What makes two events one fact, asked of the registry: a once-only type
 * (a birth, a death, a founding) is one event per participant it is about;
 * a once-per-pair type (a marriage to X, an acquisition of Y) per both
 * participants; a named event (`the San Miguel del Ene attack`) is one event
 * by its name. Events of types that repeat have no identity of their own: two
 * of them are compared only when their clauses restate each other
 * (`restates`).
 */
// A named honour given once: two capitalised words or more, the last `Prize`, `Medal` or `Cross`.
const onceHonours = /^(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:Prize|Medal|Cross)$/u;

// Words before a name that make it an earlier bearer of the name: `the first Holm Bridge`, `the old Parliament House`.
const earlierOne = /^(?:the\s+)?(?:first|original|old|former|previous|earlier|older)\s+\p{Lu}/u;

/** Words before a name that make it a later bearer of the name: `a new elected Bohemian Diet`, `the re-formed club` (not `the new bridge`, the article's own). */
const laterOne = /^(?:(?:a|an)\s+new|(?:a|an|the)\s+(?:revived|reconstituted|re-?formed|re-?founded|re-?established))\s/iu;
// The same words right before the argument's own (`a new elected` before `Bohemian Diet`), one more modifier allowed.
const laterOneBefore = /\b(?:(?:a|an)\s+new|(?:a|an|the)\s+(?:revived|reconstituted|re-?formed|re-?founded|re-?established))\s+(?:\p{Ll}+\s+)?$/iu;

/** Whether an argument names a later bearer of a name, in its own words or the words right before it. */
export function laterBearer(text: string, argument: EventArgument | null | undefined): boolean {
  if (!argument) return false;
  if (laterOne.test(argument.text)) return true;
  const start = argument.position?.start.offset;
  return start !== undefined && laterOneBefore.test(text.slice(Math.max(0, start - 40), start));
}

// `The younger Karl died in 1938`: a son or father named alike is told apart by these words, not by his name.
const otherBearer = /\b(?:[Yy]ounger|[Ee]lder)\b/u;

// How a work's first coming out is told: a year in brackets after its title, a row of a table of works.
const firstPublication: ReadonlySet<string> = new Set(['parenthesis', 'row-head']);

export function eventIdentity(event: EventClaim, articleSubject?: string): string | undefined {
  const { type, name, object } = event.value;
  const definition = eventType(type);
  // A participant the resolver could not tie to an entity still has an identity when it is a name (`the Treaty of Valmora`).
  const about = definition.about === 'agent' ? event.value.agent : event.value.patient;
  // … but not one capitalised word opening a sentence (`Construction began`).
  const namedBy = about?.form === 'name' && /\s/.test(about.text.trim()) ? `name:${about.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '')}` : null;
  // `The first Holm Bridge, a timber structure, opened in 1791`: an earlier one of the name is another thing.
  if (about && (earlierOne.test(about.text.replace(/^The\s/u, 'the ')) || laterOne.test(about.text) || otherBearer.test(about.text))) return undefined;
  const subject = event.value.subject ?? namedBy;
  // `his wife Ethel`: a marriage told as a state is not the wedding, and has no date of its own to compare.
  if (!definition.stateful && event.value.aspect === 'state') return undefined;
  // `Construction began in 1929` and `completed in 1938`: the start and end of building are two points.
  const aspect = definition.stateful ? `:${event.value.aspect ?? 'point'}` : event.value.aspect === 'start' || event.value.aspect === 'end' ? `:${event.value.aspect}` : '';
  // `Cook's 1965 wedding to Wendy Snowden`: a once-only event whose participants are known is theirs, whatever it is called.
  // `incorporated as a village` and `as a city` are two incorporations, each of a subject in a standing (`Port Aldous's
  // incorporation in 1709` names none: the rule joins it to the one standing the article gives, if it gives one).
  if (type === 'incorporation') return subject ? `incorporation:${subject}:${event.value.role ?? ''}` : undefined;
  const knownParticipants = definition.once === 'pair' ? Boolean(event.value.subject && object) : definition.once !== 'no' && Boolean(event.value.subject);
  if (name && !knownParticipants) {
    // `the IAEA General Conference` meets every year: only a numbered or dated one is one event.
    const words = name.toLowerCase().split(/\s+/);
    if (recurringEventNouns.has(words[words.length - 1] ?? '') && !words.some((word) => /\d|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)$/.test(word))) return undefined;
    return `${type}${aspect}:name:${name.toLowerCase()}`;
  }
  // `was awarded the Nobel Peace Prize in 2005`: a named prize, medal or cross is given to one winner once; an award,
  // a cup or a title (`the Grammy Award`, `the FA Cup`) is won again and again.
  if (type === 'award') {
    const prize = (event.value.objectText ?? '').replace(/^(?:the|a|an)\s+/i, '');
    return subject && onceHonours.test(prize) ? `award:${subject}:${prize.toLowerCase()}` : undefined;
  }
  // `became a university`: one standing, taken once.
  if (type === 'status') return subject && event.value.role ? `status:${subject}:${event.value.role}` : undefined;
  // `His second novel, The Salt Marsh (1912)` and a works table's `| 1914 || The Salt Marsh |`: the year in brackets
  // after a title, or in its row of a table of works, is when the work first came out, which happens once.
  // `was first performed at La Fenice on 3 February 1874` and `the 1876 premiere of La sposa`: a work's first showing is
  // once — and is not its release (`premiered at the Berlinale on 13 February` and `released in German cinemas on 29 September`).
  const premiere = definition.firstTellings?.includes(event.value.predicate) === true;
  if (type === 'publication' && about?.form === 'name' && premiere && !event.value.repeated) return `publication:premiere:${titleKey(about.text)}`;
  if (type === 'publication' && about?.form === 'name' && firstPublication.has(about.strategy ?? '') && !event.value.repeated) return `publication:work:${titleKey(about.text)}`;
  if (definition.onceForSubjectOnly && (articleSubject === undefined || subject !== articleSubject)) return undefined;
  // `its official creation in 1867`, `its inception as the City of Toronto in 1834`: a founding in one standing, told apart from the first.
  if (type === 'founding' && subject) {
    const standing = event.value.role === 'merger' ? 'merger' : foundingStanding(event.text);
    if (standing) return `founding:${subject}:${standing}`;
  }
  if (definition.once === 'patient' || definition.once === 'agent') return subject ? `${type}${aspect}${premiere ? ':premiere' : ''}:${subject}` : undefined;
  if (definition.once === 'pair') {
    if (!subject || !object) return undefined;
    // `Ann married Bob` and `Bob married Ann` are one marriage.
    const pair = definition.reciprocal ? [subject, object].sort() : [subject, object];
    return `${type}${aspect}:${pair.join(':')}`;
  }
  return undefined;
}

/** The standing a founding clause names (`as the City of Toronto` → `city`), or `formal` for an official or legal one. */
export function foundingStanding(text: string): string | undefined {
  if (formalFounding.test(text)) return 'formal';
  const standing = standingAs(beforePurpose(text));
  // `founded in 1889 as a response to Columbia's refusal`: why it was founded, not what it was founded as.
  return standing && !motiveNouns.has(standing) ? standing : undefined;
}

/**
 * Whether a founding clause tells what a body began as (`was founded as a
 * pressure group in 1951`, `established as an autonomous body`): a kind with
 * an indefinite article, not a legal step or a proper name (`incorporated as
 * the City of Toronto`) that may follow years of earlier life.
 */
export function foundedAsKind(text: string): boolean {
  return foundingStanding(text) !== undefined && foundingStanding(text) !== 'formal' && /\bas\s+an?\s/iu.test(beforePurpose(text));
}

// `was formed to maintain the site as a museum`: an `as` after a purpose infinitive is the purpose's, not the founding's.
function beforePurpose(text: string): string {
  const purpose = toVerb.exec(text);
  return purpose ? text.slice(0, purpose.index) : text;
}

// Nouns after `as` that give a founding's motive or manner, not the standing founded.
const motiveNouns: ReadonlySet<string> = new Set(['response', 'result', 'reaction', 'consequence', 'part', 'means', 'way', 'alternative', 'protest', 'tribute', 'gift', 'answer', 'rival', 'complement', 'counterweight']);

/** A founding told as official, legal, incorporated, registered or repeated: a formal step after years of activity. */
export const formalFounding = /\b(?:official(?:ly)?|formal(?:ly)?|legal(?:ly)?|incorporat\w*|regist\w*|re-?found\w*|re-?establish\w*|charter\w*)\b/i;

// Content words shared by two clauses, values left out, above which they tell one fact twice.
const restatementOverlap = 0.6;

/**
 * Whether two events of a repeating type restate one fact: same type (by any
 * of its verbs), same participants, and clauses whose content words (lemmas of nouns, verbs,
 * names and adjectives; numbers and dates left out) overlap by more than
 * `restatementOverlap` of the smaller clause.
 */
export function restates(context: RuleContext, a: EventClaim, b: EventClaim): boolean {
  if (a.value.type !== b.value.type || !a.value.subject || a.value.subject !== b.value.subject || a.value.object !== b.value.object) return false;
  // `received the Nobel Prize` and `received the Hughes Medal`: with no entity, the words of the object tell them apart.
  if (!a.value.object && headOf(a.value.objectText) !== headOf(b.value.objectText)) return false;
  // `won a judgment of $1 million` and `won an $85,000 judgment`: other amounts or places, other events.
  if (differ(a.value.figures ?? amountsWithin(context, a), b.value.figures ?? amountsWithin(context, b), context) || (a.value.place && b.value.place && a.value.place !== b.value.place && context.claim(a.value.place)?.text !== context.claim(b.value.place)?.text)) return false;
  const left = contentWords(a.text);
  const right = contentWords(b.text);
  // `China constructed a road through Aksai Chin` and `building a road through Aksai Chin`: verbs of one type are one
  // predicate, so each clause's own verb is no content the other could share.
  const verbs = a.value.predicate === b.value.predicate ? 0 : 1;
  if (left.size - verbs < 2 || right.size - verbs < 2) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (Math.min(left.size, right.size) - verbs) > restatementOverlap;
}

/** The amounts written inside an event's clause (`won an $85,000 judgment`), when the frame took none as its figures. */
function amountsWithin(context: RuleContext, event: EventClaim): string[] {
  const start = event.position.start.offset;
  const end = event.position.end.offset;
  return [...context.claimsOf('money'), ...context.claimsOf('quantity')].filter((claim) => claim.position.start.offset >= start && claim.position.end.offset <= end).map((claim) => claim.id);
}

/** Whether both events carry figures and none of one's figures reads as one of the other's. */
function differ(left: readonly string[] | undefined, right: readonly string[] | undefined, context: RuleContext): boolean {
  if (!left?.length || !right?.length) return false;
  const texts = new Set(right.map((id) => context.claim(id)?.text));
  return !left.some((id) => texts.has(context.claim(id)?.text));
}

const stopWords = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'to', 'for', 'and', 'or', 'with', 'from', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'that', 'which', 'who', 'this', 'after', 'before', 'until', 'since', 'during', 'had', 'has', 'have']);

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length > 2 && !stopWords.has(word)) words.add(word);
  }
  return words;
}

/** Whether an event names a repeat (`again`, `re-elected`, `a second term`), so a second date is no contradiction. */
export function repeated(event: EventClaim): boolean {
  return event.value.repeated;
}

function headOf(text: string | null | undefined): string {
  const words = (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words[words.length - 1] ?? '';
}
