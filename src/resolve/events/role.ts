import type { DateClaim } from '../../schema/claims.js';
import { roleNouns, subjectNouns } from './lexicon.js';
import { clauseAround, dateClaim, dateFor, insideParentheses, mentionEntity, nameAfter, nameBefore, referringPhraseBefore, wordsBetween } from './grammar.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';
import { clauseTail, squeeze } from '../../util/scan.js';

const roleNounPattern = new RegExp(`\\b(${roleNouns.map(([noun]) => noun.replace(/[-\s]/g, '[-\\s]')).join('|')})s?\\b`, 'gi');
const roleOf = new Map(roleNouns);
// Lower case only: `LED` is a diode and `Leads` a heading.
const ledVerb = /\b(?:led|leads|headed|heads|chaired|chairs|commanded|commands|ruled|rules|reigned|governed|governs|managed|manages|coached|coaches|captained|captains)\b/g;
// A monarch's reign without a role word: `ascended the throne in 1952`, `(on the throne since 1953)`, `has reigned since 1952`.
const throne = /\b(?:(?:ascended|came to|acceded to|succeeded to|took) the throne|on the throne|(?:has|had|have) reigned)\b/gi;
const passiveLed = /\b(?:led|headed|chaired|commanded|ruled|governed|managed|coached|captained) by\s*$|\bunder the (?:leadership|command|rule|presidency|chairmanship|management|direction) of\s*$/i;
// Cues are looked for in the clause tail before the role word (no comma or semicolon between).
const startCue = /\b(?:became|become|becomes|becoming|was appointed|were appointed|appointed|was named|named|was elected|elected|took over(?: as)?|rose to|assumed|was made|was installed|was promoted to|succeeded|replacing|replaced|inherited|took office as|was sworn in as)\b/i;
const endCue = /\b(?:left|resigned|stepped down|was replaced|were replaced|was removed|was ousted|was dismissed|retired|was succeeded)\b/i;
const stateCue = /\b(?:has been|have been|had been|was|were|is|are|remains|remained|served as|serves as|has served as|had served as|acted as|acts as|described as)\b/i;
const startWindow = 40;
const stateWindow = 60;

/**
 * Roles: who led (chaired, coached, …) what, from when to when.
 *
 * `X has been the leader of Y since D`, `X became leader in D`, `X served as
 * rector from D1 to D2`, `X led Y until D`, `led by X`, `Y's leader X`, and
 * list items `X (Alias): leader of the group since …`.
 */
export const roleDetector: EventDetector = {
  name: 'role',
  detect(view, context) {
    const drafts: EventDraft[] = [];
    roleNounPattern.lastIndex = 0;
    for (let match = roleNounPattern.exec(view.plain); match; match = roleNounPattern.exec(view.plain)) {
      // `Baron King`, `Queen Mary 2`: a role word inside a name is part of the name (one that opens it is a title).
      if (view.names.some((mention) => mention.start < match.index && mention.end > match.index)) continue;
      const noun = (match[1] as string).toLowerCase().replace(/[-\s]+/g, (dash) => (dash.includes('-') ? '-' : ' '));
      const after = view.plain.slice(match.index + match[0].length, match.index + match[0].length + 4);
      // `head of`, `chief of`; not `head coach`, `chief engineer`, `the head soccer coach`.
      if ((noun === 'head' || noun === 'chief') && !/^(?:\s+of\b|\s*[,;.)]|$)/.test(after)) continue;
      const modifier = /\b(assistant|deputy|vice|associate|acting|interim|honorary|joint|co-)\s*$/i.exec(view.plain.slice(Math.max(0, match.index - 12), match.index))?.[1]?.toLowerCase();
      const base = roleOf.get(noun) ?? noun;
      const role = modifier ? `${modifier.replace(/-$/, '')} ${base}` : base;
      const draft = roleEvent(view, context, match.index, match.index + match[0].length, role, match[0]);
      if (draft) drafts.push(draft);
    }
    throne.lastIndex = 0;
    for (let match = throne.exec(view.plain); match; match = throne.exec(view.plain)) {
      const from = match.index;
      const to = from + match[0].length;
      const subject = roleSubject(view, context, from, to);
      const aspect = /^(?:ascended|came|acceded|succeeded|took)/i.test(match[0]) ? 'start' : 'state';
      const draft = subject ? tenure(view, context, { from, to }, subject, { id: null, text: null }, 'monarch', aspect, match[0]) : undefined;
      if (draft) drafts.push(draft);
    }
    ledVerb.lastIndex = 0;
    for (let match = ledVerb.exec(view.plain); match; match = ledVerb.exec(view.plain)) {
      const from = match.index;
      const to = from + match[0].length;
      const draft = /^\s+by\b/.test(view.plain.slice(to, to + 4)) ? ledByEvent(view, context, from, to, match[0]) : leadVerbEvent(view, context, from, to, match[0]);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

function roleEvent(view: SentenceView, context: EventContext, from: number, to: number, role: string, trigger: string): EventDraft | undefined {
  const before = view.plain.slice(Math.max(0, from - 80), from);
  const subject = roleSubject(view, context, from, to);
  if (!subject) return undefined;
  const object = roleObject(view, context, from, to);
  const termEnded = /\b(?:term|tenure|time|reign|presidency|spell) as\s*$/i.test(before) && /^\s+(?:(?:had|has) )?(?:ended|finished|expired|came to an end|was cut short)\b/i.test(view.plain.slice(to, to + 30));
  const near = clauseTail(before, startWindow);
  const aspect = termEnded || endCue.test(near) ? 'end' : startCue.test(near) || isAppointmentList(view.plain, from, subject) ? 'start' : 'state';
  // A bare role word with no verb, apposition or list head around it says nothing about a tenure.
  const stated = stateCue.test(clauseTail(before, stateWindow)) || subject.apposition || subject.head || termEnded || /^\s*(?:since|from|until)\b/i.test(view.plain.slice(to));
  if (aspect === 'state' && !stated) return undefined;
  return tenure(view, context, { from, to }, subject, object, role, aspect, trigger);
}

// `the army appointed new commanders: X (overall commander, …), Y (deputy commander)`.
const appointmentListHead = /\b(?:appointed|named|elected|installed)\b[^:;.]{0,40}:/i;

/** A role in parentheses after a name, in a list introduced by an appointment. */
function isAppointmentList(plain: string, from: number, subject: RoleSubject): boolean {
  if (!subject.apposition || !subject.mention || subject.mention.end > from || !insideParentheses(plain, from)) return false;
  const colon = plain.lastIndexOf(':', subject.mention.start);
  return colon >= 0 && appointmentListHead.test(plain.slice(Math.max(0, colon - 60), colon + 1));
}

function leadVerbEvent(view: SentenceView, context: EventContext, from: number, to: number, trigger: string): EventDraft | undefined {
  // `Risø, which he chaired from 1958`: the object is the name the relative clause hangs on.
  const relative = /, which (he|she) (?:(?:also|later|then|had|has|himself|herself) ){0,2}$/i.exec(view.plain.slice(Math.max(0, from - 40), from));
  if (relative) {
    const comma = from - relative[0].length;
    const led = [...view.names].reverse().find((mention) => mention.end <= comma && /^\s*$/.test(view.plain.slice(mention.end, comma)) && mention.claim.kind === 'organization');
    const [person] = context.refer(view, relative[1] as string, comma);
    if (!led || !person || person.type !== 'person') return undefined;
    const subject: RoleSubject = { id: person.id, text: relative[1] as string, start: from - (relative[0].length - 8) };
    return tenure(view, context, { from, to }, subject, { id: entityOf(led.claim) ?? null, text: led.claim.text }, /^command/.test(trigger) ? 'commander' : 'leader', 'state', trigger);
  }
  // `X led the party`, `X ruled Mino`: the object is a name or a short `the …` phrase, not a clause (`ruled that …`).
  if (!/^\s+(?:the|its|their|his|her|an?|\p{Lu})/u.test(view.plain.slice(to, to + 6))) return undefined;
  const subject = roleSubject(view, context, from, to);
  if (!subject) return undefined;
  const object = roleObject(view, context, from, to, true);
  if (!object.text) return undefined;
  return tenure(view, context, { from, to }, subject, object, /^command/.test(trigger) ? 'commander' : 'leader', 'state', trigger);
}

/** `the party has been led by X since D`, `the faction was led by X until his capture`. */
function ledByEvent(view: SentenceView, context: EventContext, from: number, to: number, trigger: string): EventDraft | undefined {
  const leader = nameAfter(view, to + 3, ['person'], 6);
  if (!leader) return undefined;
  const led = nameBefore(view, from, ['organization']);
  const ledEntity = mentionEntity(context, led);
  // `the party has been`, `the VRAEM faction was initially`: read word by word, backwards.
  const generic = ledGroupBefore(view.plain.slice(Math.max(0, from - 60), from));
  const object: RoleObject = ledEntity
    ? { id: ledEntity.id, text: led?.claim.text ?? null }
    : generic && context.subject && context.subject.type !== 'person' && subjectNouns.has(generic.noun.toLowerCase())
      ? { id: context.subject.id, text: generic.text }
      : { id: null, text: generic?.text ?? null };
  return tenure(view, context, { from, to }, fromMention(leader), object, 'leader', 'state', trigger);
}

const auxiliaries = new Set(['has', 'had', 'have', 'been', 'was', 'were', 'is', 'are']);

/** `the VRAEM faction was initially` → `{ text: 'the VRAEM faction', noun: 'faction' }`. */
function ledGroupBefore(window: string): { text: string; noun: string } | undefined {
  const words = squeeze(window).split(' ');
  let end = words.length;
  if (end > 0 && !auxiliaries.has((words[end - 1] as string).toLowerCase())) end--;
  let verbs = 0;
  while (end > 0 && auxiliaries.has((words[end - 1] as string).toLowerCase())) {
    end--;
    verbs++;
  }
  if (verbs === 0) return undefined;
  for (let start = end - 1; start >= Math.max(0, end - 3); start--) {
    const word = (words[start] as string).toLowerCase();
    if (word === 'the' || word === 'its') return { text: words.slice(start, end).join(' '), noun: words[end - 1] as string };
  }
  return undefined;
}

interface RoleSubject {
  id: string | null;
  text: string;
  mention?: Mention;
  head?: boolean;
  apposition?: boolean;
  start: number;
}

function roleSubject(view: SentenceView, context: EventContext, from: number, to: number): RoleSubject | undefined {
  const phraseStart = roleNounPhraseStart(view.plain, from);
  // `President Obama`: a person named with the title.
  const titledName = view.names.find((mention) => mention.start === from && mention.claim.kind === 'person');
  if (titledName) return { ...fromMention(titledName), apposition: true };
  // `Stoiber, who had chaired the CSU since 1995`, `Kieres, whose term as chairman had ended`: the antecedent.
  const relative = relativeAntecedent(view, from);
  if (relative) return fromMention(relative);
  // `Suhaib Leoush (overall commander, …)`: a role in the parenthesis after a name.
  const open = view.plain.lastIndexOf('(', from);
  if (open >= 0 && insideParentheses(view.plain, from) && from - open <= 30) {
    const named = view.names.find((mention) => mention.claim.kind === 'person' && mention.end <= open && /^\s*$/.test(view.plain.slice(mention.end, open)));
    if (named) return { ...fromMention(named), apposition: true };
  }
  // `The first chairman of the IPN was Leon Kieres`: the role, then the name after the copula.
  const copulaTarget = view.names.find((mention) => mention.claim.kind === 'person' && mention.start > to && mention.start - to <= 80 && isCopulaBetween(squeeze(view.plain.slice(to, mention.start))));
  const [clauseStart] = clauseAround(view.plain, from);
  if (copulaTarget && view.plain.slice(clauseStart, phraseStart).trim() === '') return { ...fromMention(copulaTarget), apposition: true };
  // `led by X`, `under the leadership of X`.
  if (passiveLed.test(view.plain.slice(Math.max(0, to - 60), to + 4))) {
    const right = nameAfter(view, to, ['person'], 12);
    if (right) return fromMention(right);
  }
  // `the leader of the Shining Path, Abimael Guzmán`: apposition after the phrase.
  const phraseEnd = nounPhraseEnd(view.plain, to);
  const appositionRight = nameAfter(view, phraseEnd, ['person'], 3);
  if (appositionRight && /^,\s*$/.test(view.plain.slice(phraseEnd, appositionRight.start))) return { ...fromMention(appositionRight), apposition: true };
  // `party leader Comrade José`, `General Secretary Xi Jinping`.
  const titled = nameAfter(view, to, ['person'], 2);
  if (titled && /^\s*$/.test(view.plain.slice(to, titled.start))) return { ...fromMention(titled), apposition: true };
  // `Villarroel Medina, the leader of ASPRET`; `Wood's term as rector`.
  const left = nameBefore(view, phraseStart, ['person']);
  if (left && /^'s\s+(?:term|tenure|time|reign|presidency|spell) as\s*$/i.test(view.plain.slice(left.end, from))) return fromMention(left);
  if (left && /^,(?: (?:the|its|their|a|an))?$/i.test(squeeze(view.plain.slice(left.end, phraseStart)))) {
    return { ...fromMention(left), apposition: true };
  }
  if (view.head && from > view.head.end && !view.names.some((mention) => mention.claim.kind === 'person' && mention.start > view.head!.end && mention.end <= from && !insideParentheses(view.plain, mention.start))) {
    return { ...fromMention(view.head), head: true };
  }
  if (left) return fromMention(left);
  const referring = referringPhraseBefore(view.plain, phraseStart);
  if (referring && !/^(?:the|its|their)\s/i.test(referring.phrase)) {
    const [entity] = context.refer(view, referring.phrase, referring.start);
    if (entity?.type === 'person') return { id: entity.id, text: referring.phrase, start: referring.start };
  }
  return undefined;
}

/** `was`, `of the IPN was`: only a copula, or an `of` phrase and then a copula, between a role and a name. */
function isCopulaBetween(words: string): boolean {
  if (!/(?:^| )(?:was|is|has been)$/.test(words)) return false;
  return /^(?:was|is|has been)$/.test(words) || (words.startsWith('of ') && words.length <= 80 && !/[,;.]/.test(words));
}

/** The person a `, who` / `, whose` clause before `at` is about: the name right before the comma. */
function relativeAntecedent(view: SentenceView, at: number): Mention | undefined {
  const window = view.plain.slice(Math.max(0, at - 70), at);
  const who = window.lastIndexOf(', who');
  if (who < 0 || /[,;]/.test(window.slice(who + 5))) return undefined;
  const comma = at - window.length + who;
  return view.names.find((mention) => mention.claim.kind === 'person' && mention.end <= comma && /^(?:\([^()]{0,60}\))?$/.test(squeeze(view.plain.slice(mention.end, comma))));
}

function fromMention(mention: Mention): RoleSubject {
  return { id: entityOf(mention.claim) ?? null, text: mention.claim.text, mention, start: mention.start };
}

interface RoleObject {
  id: string | null;
  text: string | null;
}

/** `of the MPCP`, `of the group`, `of the VRAEM faction`, or a direct object after `led`. */
function roleObject(view: SentenceView, context: EventContext, from: number, to: number, direct = false): RoleObject {
  const rest = view.plain.slice(to, to + 120);
  const introduced = direct ? /^\s+/.exec(rest) : /^\s+(?:of|for|at)\s+/i.exec(rest);
  if (!introduced) {
    const window = view.plain.slice(Math.max(0, from - 60), from);
    const possessive = /\b(?:its|their|the (\w+)'s)\s+(?:\w+\s+){0,2}$/i.exec(window);
    if (possessive && possessive[1] === undefined) {
      // `the Chinese Communist Party and its leader`: `its` is the organization just named, else the subject.
      const owner = nameBefore(view, from - window.length + possessive.index, ['organization']);
      const entity = mentionEntity(context, owner) ?? context.subject;
      if (entity) return { id: entity.id, text: possessive[0].trim() };
    }
    if (possessive && possessive[1] !== undefined && subjectNouns.has(possessive[1].toLowerCase()) && context.subject && context.subject.type !== 'person') {
      return { id: context.subject.id, text: possessive[0].trim() };
    }
    return { id: null, text: null };
  }
  const start = to + introduced[0].length;
  const org = view.names.find((mention) => mention.start >= start && mention.start - start <= 4 && mention.claim.kind !== 'person');
  const end = nounPhraseEnd(view.plain, start);
  const text = view.plain.slice(start, Math.max(end, org?.end ?? end)).trim();
  if (org && (org.start - start <= 4)) {
    const tail = wordsBetween(view.plain, org.end, end);
    const entity = mentionEntity(context, org);
    // `the VRAEM faction`: a place or group named inside a larger noun phrase is a qualifier, not the object.
    if (tail === '' || tail === "'s") return { id: entity?.id ?? null, text };
    return { id: null, text };
  }
  const words = text.toLowerCase().split(/\s+/);
  if ((words[0] === 'the' || words[0] === 'its') && words.length <= 3 && subjectNouns.has(words[words.length - 1] ?? '') && context.subject && context.subject.type !== 'person') {
    return { id: context.subject.id, text };
  }
  return { id: null, text: text || null };
}

function tenure(view: SentenceView, context: EventContext, trigger: { from: number; to: number }, subject: RoleSubject, object: RoleObject, role: string, aspect: 'start' | 'end' | 'state', triggerText: string): EventDraft | undefined {
  const value: EventDraft['value'] = {
    type: 'role',
    subject: subject.id,
    subjectText: subject.text,
    object: object.id,
    objectText: object.text,
    role,
    aspect,
    qualifiers: object.id === null && object.text ? [object.text] : [],
    rests: subject.mention ? [subject.mention.claim.id] : [],
    trigger: triggerText,
  };
  const [, clauseEnd] = clauseAround(view.plain, trigger.from);
  const date = dateFor(view, trigger.from, trigger.to);
  const dateValue = dateClaim(date);
  let spanEnd = trigger.to;
  // A date far after the role phrase belongs to another predicate (`… their first appearance since the 1990s`).
  const nearEnough = date !== undefined && (date.start < trigger.from || (date.start - trigger.to <= maxDateDistance && !view.plain.slice(trigger.to, date.start).includes(',')));
  if (date && dateValue && nearEnough) {
    const lead = wordsBetween(view.plain, trigger.to, date.start);
    const since = /\bsince\b/.test(lead) || dateValue.value.relation === 'since';
    const until = /\b(?:until|till|to)\b/.test(clauseTail(lead, lead.length)) || dateValue.value.relation === 'until';
    if (dateValue.value.granularity === 'range' && dateValue.value.relation === undefined) {
      value.start = dateValue.id;
      if (dateValue.value.to && dateValue.value.to.timex !== 'PRESENT_REF') value.end = dateValue.id;
    } else if (since || aspect === 'start') value.start = dateValue.id;
    else if (until || aspect === 'end') value.end = dateValue.id;
    else if (date.start >= trigger.to && date.end <= clauseEnd) value.date = dateValue.id;
    if (value.start || value.end || value.date) {
      value.rests.push(dateValue.id);
      spanEnd = Math.max(spanEnd, date.end);
    }
  }
  const term = termRange(view, trigger.to, subject);
  if (!value.start && !value.end && term) {
    const termValue = dateClaim(term) as DateClaim;
    value.start = termValue.id;
    if (termValue.value.to && termValue.value.to.timex !== 'PRESENT_REF') value.end = termValue.id;
    value.rests.push(termValue.id);
    spanEnd = Math.max(spanEnd, term.end);
  }
  if (object.id && object.text) {
    const objectMention = view.names.find((mention) => entityOf(mention.claim) === object.id && mention.start >= trigger.to);
    if (objectMention) value.rests.push(objectMention.claim.id);
  }
  const spanStart = Math.min(subject.start, trigger.from);
  // `led by Kwame Mensah`: the quote runs to the name when it follows the trigger.
  const subjectEnd = subject.mention && subject.mention.start >= trigger.to ? subject.mention.end : trigger.to;
  return { value, span: [spanStart, Math.max(spanEnd, trigger.to, subjectEnd)] };
}

/**
 * `The first chairman was X, elected on D (term D1 – D2)`: a range marked as
 * the term, later in the sentence, with no other person named before it.
 */
function termRange(view: SentenceView, after: number, subject: RoleSubject): Mention | undefined {
  const range = view.dates.find((mention) => mention.start > after && (mention.claim as DateClaim).value.granularity === 'range' && /\((?:term|tenure|in office|served)\s*$/i.test(view.plain.slice(Math.max(0, mention.start - 12), mention.start)));
  if (!range) return undefined;
  const others = view.names.some((mention) => mention.claim.kind === 'person' && mention.start > after && mention.end <= range.start && mention !== subject.mention);
  return others ? undefined : range;
}

/** Where the role noun phrase starts: back over `the`, `its`, `party`, `group's`, `former`, `32nd`. */
function roleNounPhraseStart(plain: string, at: number): number {
  let start = at;
  for (let words = 0; words < 4; words++) {
    let wordEnd = start;
    while (wordEnd > 0 && /\s/.test(plain[wordEnd - 1] as string)) wordEnd--;
    if (wordEnd === start) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && /[\p{L}\p{N}']/u.test(plain[wordStart - 1] as string) && wordEnd - wordStart < 20) wordStart--;
    if (!phraseOpeners.test(plain.slice(wordStart, wordEnd))) break;
    start = wordStart;
  }
  return start;
}

const phraseOpeners =
  /^(?:the|its|their|his|her|a|an|former|current|new|first|last|interim|acting|de|facto|sole|\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]{1,16}'s|party|group|club|team|company)$/i;

// How far after a role phrase its date may stand: `leader of the group since Óscar Ramírez's capture in 1999`.
const maxDateDistance = 60;

/** The end of a short noun phrase starting at `at`: up to punctuation or a preposition, at most six words. */
export function nounPhraseEnd(plain: string, at: number): number {
  let end = at;
  let cursor = at;
  for (let words = 0; words < 6; words++) {
    while (cursor < plain.length && plain[cursor] === ' ') cursor++;
    let wordEnd = cursor;
    while (wordEnd < plain.length && !/[\s,;:.()]/.test(plain[wordEnd] as string)) wordEnd++;
    if (wordEnd === cursor || phraseStops.has(plain.slice(cursor, wordEnd).toLowerCase())) break;
    end = wordEnd;
    cursor = wordEnd;
  }
  return end;
}

const phraseStops = new Set(['since', 'from', 'until', 'in', 'on', 'at', 'after', 'before', 'during', 'when', 'who', 'which', 'and', 'but', 'to', 'for', 'by', 'with', 'between', 'while', 'as', 'was', 'were', 'is', 'has', 'had']);
