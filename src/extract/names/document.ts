import { withoutGeneration } from './generation.js';
import type { AliasRelation, NameForm } from '../../schema/claims.js';
import type { ArticleSentence, SegmentedArticle } from '../../segment/index.js';
import { findAliasLinks, termAcronyms, type AliasLink } from './alias-syntax.js';
import { findNameSpans, tokenizeSentence, type NameSpan, type TokenizedSentence } from './candidates.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names.js';
import { KNOWN_PLACES } from './gazetteer.js';
import { LEGAL_FORMS, NICKNAME_HONORIFICS } from './lexicon.js';
import { articleSubject, baseTitle, isSubjectNameKey, titleAfterPlace, type ArticleSubject } from './subject.js';
import { isAcronym, isCapitalized } from './tokens.js';
import { addVotes, DECISIVE, emptyVotes, isOrganizationLikeAcronym, isShipName, localVotes, NAMELESS_INFOBOX_KEYS, STRONG, WEAK, winner, type EntityKind, type TypeVotes } from './typing.js';

/** A typed name in one sentence, ready to become a claim. */
export interface NameMention {
  sentence: number;
  /** Offsets into the sentence's plain text. */
  start: number;
  end: number;
  kind: EntityKind;
  name: string;
  form: NameForm;
  honorific?: string;
  /** The name this one is given as another name of, and how the syntax ties them. */
  aliasOf?: { target: NameMention; relation: AliasRelation; end: number };
}

/** Every typed name of an article, by sentence, and the article's subject. */
export interface ArticleNames {
  subject: ArticleSubject | undefined;
  bySentence: ReadonlyMap<number, readonly NameMention[]>;
}

interface SentenceWork {
  sentence: ArticleSentence;
  tokenized: TokenizedSentence;
  spans: NameSpan[];
  links: AliasLink[];
  votes: Map<NameSpan, TypeVotes>;
}

/** Quotations this short are titles or slogans, not speech: their capitalized words are not names. */
const MAX_TITLE_QUOTE_WORDS = 8;

const cache = new WeakMap<SegmentedArticle, ArticleNames>();

/**
 * Finds and types every name of an article, once per article (cached): the
 * extractor asks for one sentence at a time, but typing needs the whole
 * article — a name typed in one sentence (`Split: Shining Path`, `the Shining
 * Path guerilla group`) is typed everywhere, a surname of a typed person
 * (`Guzmán`) is a person, and a capitalized word that opens a sentence is a
 * name only if the article capitalizes it elsewhere.
 */
export function analyzeArticleNames(article: SegmentedArticle): ArticleNames {
  const cached = cache.get(article);
  if (cached) return cached;
  const result = analyze(article);
  cache.set(article, result);
  return result;
}

function analyze(article: SegmentedArticle): ArticleNames {
  const subject = articleSubject(article);
  const works = article.sentences.filter((sentence) => !(sentence.infoboxKey && NAMELESS_INFOBOX_KEYS.test(sentence.infoboxKey))).map(analyzeSentence);
  const capitalization = capitalizationOf(works, article.title);
  for (const work of works) keepNames(work, capitalization);
  const kinds = decideKinds(works, subject);
  const bySentence = new Map<number, NameMention[]>();
  const people = personNames(works, kinds);
  for (const work of works) {
    const mentions = mentionsOf(work, kinds, people);
    if (mentions.length > 0) bySentence.set(work.sentence.index, mentions);
  }
  return { subject, bySentence };
}

function analyzeSentence(sentence: ArticleSentence): SentenceWork {
  const tokenized = tokenizeSentence(sentence.plain);
  const found = findAliasLinks(tokenized, findNameSpans(tokenized, { listItem: sentence.where === 'list' }));
  const spans = [...found.spans, ...found.spans.flatMap((span) => (span.inner && !found.spans.includes(span.inner) ? [span.inner] : []))];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { sentence, tokenized, spans, links: found.links, votes: localVotes(tokenized, spans, sentence.infoboxKey) };
}

interface Capitalization {
  capitalized: Set<string>;
  lower: Set<string>;
  /** Acronyms the article gives for a lower-case phrase: terms, not names. */
  terms: Set<string>;
}

/** Which words the article capitalizes away from a sentence's start, and which it writes in lower case. */
function capitalizationOf(works: SentenceWork[], title: string | null): Capitalization {
  const capitalized = new Set<string>(title ? title.split(/[\s,()]+/u).filter((word) => word !== '') : []);
  const lower = new Set<string>();
  const terms = new Set<string>();
  for (const { tokenized } of works) {
    for (const term of termAcronyms(tokenized)) terms.add(term);
    tokenized.tokens.forEach((token, index) => {
      if (token.kind !== 'word' || index === 0 || tokenized.tokens[index - 1]?.kind === 'punct') return;
      if (isCapitalized(token.text)) capitalized.add(bareWord(token.text));
      else lower.add(token.text.toLowerCase());
    });
  }
  return { capitalized, lower, terms };
}

function bareWord(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/** Drops spans that are capitalized only by position, and short quoted titles; keeps alias ties whole. */
function keepNames(work: SentenceWork, capitalization: Capitalization): void {
  const aliases = new Set(work.links.map((link) => link.alias));
  // `Cornish Name: Bosvenegh`: the value of a name field is a name wherever it stands.
  const nameField = work.sentence.infoboxKey !== undefined && isSubjectNameKey(work.sentence.infoboxKey);
  const kept = work.spans.filter((span) => aliases.has(span) || (nameField && span.first === 0) || isKept(span, work.votes.get(span), capitalization));
  work.spans = kept;
  work.links = work.links.filter((link) => kept.includes(link.target) && kept.includes(link.alias));
}

function isKept(span: NameSpan, votes: TypeVotes | undefined, capitalization: Capitalization): boolean {
  // `her son ("Comrade Basilio")`: a quoted nom de guerre is a name; other short quotes are titles.
  if (span.quoteWords > 0 && span.quoteWords <= MAX_TITLE_QUOTE_WORDS && span.honorific === undefined) return false;
  if (span.words.length === 1 && capitalization.terms.has(span.words[0] as string)) return false;
  if (votes && span.words.length >= 3 && span.honorific === undefined && capitalization.lower.has((span.words.at(-1) as string).toLowerCase())) {
    // `Ada Byron Building`, `Ada Lovelace Bicentenary Lectures`: a common noun at the end makes a thing, not a person.
    votes.person = 0;
  }
  if (!span.clauseInitial || span.honorific !== undefined) return true;
  const first = span.words[0] as string;
  if (isAcronym(first) || capitalization.capitalized.has(first)) return true;
  if (capitalization.lower.has(first.toLowerCase())) return false;
  if (span.words.length > 1) return true;
  return votes !== undefined && Math.max(votes.person, votes.organization, votes.place) >= STRONG;
}

/**
 * Decides one kind per name for the whole article: local votes summed over
 * every occurrence, pooled across alias ties (an acronym is what its long
 * form is), plus the subject's kind for the title and the infobox's name
 * fields; then names made only of a typed person's words (`Guzmán`,
 * `Villarroel Medina`) become persons.
 */
function decideKinds(works: SentenceWork[], subject: ArticleSubject | undefined): Map<string, EntityKind> {
  const groups = new NameGroups();
  const votes = new Map<string, TypeVotes>();
  for (const work of works) {
    for (const span of work.spans) {
      const tally = votes.get(span.name) ?? emptyVotes();
      addVotes(tally, work.votes.get(span) ?? emptyVotes());
      votes.set(span.name, tally);
      if (subject && work.sentence.infoboxKey && isSubjectNameKey(work.sentence.infoboxKey)) groups.join(span.name, subject.title);
      if (subject && work.sentence.where === 'name') groups.join(span.name, subject.title);
    }
    for (const link of work.links) groups.join(link.target.name, link.alias.name);
  }
  // `Micro Focus plc` and later `Micro Focus`: a body's name without its legal form is the same body.
  for (const name of votes.keys()) {
    const cut = name.lastIndexOf(' ');
    const short = cut > 0 && LEGAL_FORMS.has(name.slice(cut + 1)) ? name.slice(0, cut).replace(/,$/u, '') : undefined;
    if (short !== undefined && votes.has(short)) groups.join(short, name);
  }
  // `Oldfield Athletic` and later `Oldfield named Pruett as their manager`: a single word opening one body's name,
  // with no kind of its own, is that body — not one spoken of as a place (`near Dunmore` beside `Dunmore Press`),
  // nor a known place (`Manchester` of `Manchester United`).
  const opening = new Map<string, string[]>();
  for (const [name, tally] of votes) {
    const cut = name.indexOf(' ');
    if (cut > 0 && winner(tally) === 'organization' && tally.organization >= STRONG) opening.set(name.slice(0, cut), [...(opening.get(name.slice(0, cut)) ?? []), name]);
  }
  for (const [word, names] of opening) {
    const tally = votes.get(word);
    // A word in capitals (`the trademark DIGITAL`) is an acronym's or a mark's, read on its own.
    if (names.length === 1 && tally && tally.person === 0 && tally.place === 0 && tally.organization < STRONG && !KNOWN_PLACES.has(word) && !isAcronym(word)) groups.join(word, names[0] as string);
  }
  // An acronym nobody spells out is most often a body's (`NATO`); one spelled out is what its long form is (`FRET`).
  const spelledOut = new Set(works.flatMap((work) => work.links.filter((link) => link.relation === 'acronym').map((link) => link.alias.name)));
  for (const [name, tally] of votes) if (isOrganizationLikeAcronym(name) && !spelledOut.has(name)) tally.organization += WEAK;
  if (subject?.kind) {
    // `The Morning Ledger is a daily newspaper`: the name spans leave the article out.
    for (const title of new Set([subject.title, baseTitle(subject.title), baseTitle(subject.title).replace(/^The\s+/u, '')])) {
      const tally = votes.get(title) ?? emptyVotes();
      // What the title and the lead say the subject is outweighs the votes of its mentions, however many
      // (`The Southern Poverty Law Center (SPLC) is an American nonprofit … organization`, its head a building's).
      tally[subject.kind] = Math.max(tally.person, tally.organization, tally.place) + DECISIVE * 2;
      votes.set(title, tally);
    }
  }
  if (subject?.kind && subject.kind !== 'person') addShortTitleVotes(votes, subject);
  if (subject?.kind === 'person') addSurnameVotes(votes, subject);
  let kinds = pooledKinds(votes, groups);
  const people = new PersonWordIndex(personWordSequences(works, kinds));
  for (const [name, tally] of votes) {
    if (Math.max(tally.organization, tally.place, tally.person) >= STRONG) continue;
    const words = name.split(' ');
    if (people.hasRun(words)) tally.person += STRONG;
    else tally.person += people.sharedSurnameVotes(words);
  }
  kinds = pooledKinds(votes, groups);
  return kinds;
}

/**
 * `Fulton` in the article on Robert Fulton, beside `Fulton, New York` among
 * the places named after him: the subject's surname alone is the subject far
 * more often than any place or body of that name, so it is a person.
 */
function addSurnameVotes(votes: Map<string, TypeVotes>, subject: ArticleSubject): void {
  const words = baseTitle(subject.title).split(' ');
  const surname = words.at(-1) ?? '';
  const tally = votes.get(surname);
  if (words.length < 2 || !tally || surname.length < 3) return;
  tally.person = Math.max(tally.person, tally.organization, tally.place) + DECISIVE;
}

/**
 * `Villanueva` in the article on Villanueva del Sotillo, `Labatt` in the one
 * on Labatt Brewing Company: the title's first words alone, with no kind of
 * their own, are the short name of the subject and take its kind.
 */
function addShortTitleVotes(votes: Map<string, TypeVotes>, subject: ArticleSubject): void {
  const titleWords = baseTitle(subject.title).split(' ');
  const afterPlace = titleAfterPlace(titleWords, (name) => {
    const tally = votes.get(name);
    return tally !== undefined && winner(tally) === 'place';
  });
  for (const [name, tally] of votes) {
    const words = name.split(' ');
    const shortTitle = words.length < titleWords.length && words.every((word, index) => word === titleWords[index]) && (words[0] as string).length >= 4;
    // `at Barnard`, `in Barnard's history` in the article on Barnard College: a body is spoken of with the
    // prepositions of a place, so place votes do not make its short name a place — unless it is a known one
    // (`Manchester` in the article on Manchester United).
    if (shortTitle && subject.kind === 'organization' && winner(tally) === 'place' && !KNOWN_PLACES.has(name)) {
      tally.organization = Math.max(tally.person, tally.place) + STRONG;
      continue;
    }
    if (Math.max(tally.organization, tally.place, tally.person) >= STRONG) continue;
    if (shortTitle) tally[subject.kind as EntityKind] += STRONG;
    // `the Bengals` in the article on the Cincinnati Bengals: the title without the place it opens with.
    else if (name === afterPlace) tally[subject.kind as EntityKind] += STRONG;
  }
}

function pooledKinds(votes: Map<string, TypeVotes>, groups: NameGroups): Map<string, EntityKind> {
  const pooled = new Map<string, TypeVotes>();
  for (const [name, tally] of votes) {
    const root = groups.find(name);
    const sum = pooled.get(root) ?? emptyVotes();
    addVotes(sum, tally);
    pooled.set(root, sum);
  }
  // `HMS Corvid`: a ship's prefix outvotes the person `Corvid … She` makes of its short name.
  const ships = new Set([...votes.keys()].filter(isShipName).map((name) => groups.find(name)));
  const kinds = new Map<string, EntityKind>();
  for (const name of votes.keys()) {
    const root = groups.find(name);
    const kind = ships.has(root) ? 'organization' : winner(pooled.get(root) as TypeVotes);
    if (kind) kinds.set(name, kind);
  }
  return kinds;
}

/** Union–find over names tied by alias syntax. */
class NameGroups {
  private readonly parent = new Map<string, string>();

  find(name: string): string {
    let root = name;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(name, root);
    return root;
  }

  join(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootA, rootB);
  }
}

/** The word sequences of every multi-word person name and of every nom de guerre. */
function personWordSequences(works: SentenceWork[], kinds: Map<string, EntityKind>): string[][] {
  const sequences = new Map<string, string[]>();
  for (const work of works) {
    for (const span of work.spans) {
      if (span.afterTitle || kinds.get(span.name) !== 'person') continue;
      const nickname = span.honorific !== undefined && NICKNAME_HONORIFICS.has(span.honorific);
      if (span.words.length > 1 || nickname) sequences.set(span.name, span.words);
    }
  }
  return [...sequences.values()];
}

/**
 * The word sequences of person names, indexed so that asking about one name
 * costs the same however many people an article names (a 1 MB list of
 * names compared each with every other took seconds).
 */
class PersonWordIndex {
  // Every contiguous run of words of every name.
  private readonly runs = new Set<string>();
  // The last word of names of two words or more, the last two of names of three or more.
  private readonly lastWords = new Set<string>();
  private readonly lastTwoWords = new Set<string>();

  constructor(people: readonly string[][]) {
    for (const name of people) {
      for (let start = 0; start < name.length; start++) {
        for (let end = start + 1; end <= name.length; end++) this.runs.add(runKey(name.slice(start, end)));
      }
      if (name.length >= 2) this.lastWords.add(runKey(name.slice(-1)));
      if (name.length >= 3) this.lastTwoWords.add(runKey(name.slice(-2)));
    }
  }

  /** Whether `words` is a contiguous run of some person's name. */
  hasRun(words: readonly string[]): boolean {
    return this.runs.has(runKey(words));
  }

  /**
   * `Abel Ortiz Rua` beside `Benito Ortiz Rua`: a full name ending in a typed
   * person's surnames is a relative's. Two shared last words (both names
   * longer than that) are strong, one (both names longer than one word) weak.
   */
  sharedSurnameVotes(words: readonly string[]): number {
    if (words.length >= 3 && this.lastTwoWords.has(runKey(words.slice(-2)))) return STRONG;
    return words.length >= 2 && this.lastWords.has(runKey(words.slice(-1))) ? WEAK : 0;
  }
}

// Words never hold a NUL, so it joins them without ambiguity.
const runKey = (words: readonly string[]): string => words.join('\u0000');

interface PersonNames {
  /** Word runs of full names, each with whether every full name longer than it begins with it. */
  partsOfLonger: Map<string, { atStart: boolean }>;
  nicknames: Set<string>;
}

/**
 * For every run of words that some longer full name holds, whether each such
 * name holds it first at its start: one lookup per mention, where comparing
 * each mention with every full name made a long list of names quadratic.
 */
function partsOfLongerNames(full: Iterable<readonly string[]>): Map<string, { atStart: boolean }> {
  const parts = new Map<string, { atStart: boolean }>();
  for (const name of full) {
    const firstStart = new Map<string, number>();
    // Longer than the run without a generation (`II`, `Jr.`).
    const length = withoutGeneration(name).length;
    for (let start = 0; start < name.length; start++) {
      for (let end = start + 1; end <= name.length && end - start < length; end++) {
        const key = runKey(name.slice(start, end));
        if (!firstStart.has(key)) firstStart.set(key, start);
      }
    }
    for (const [key, start] of firstStart) {
      const part = parts.get(key);
      if (part) part.atStart &&= start === 0;
      else parts.set(key, { atStart: start === 0 });
    }
  }
  return parts;
}

function personNames(works: SentenceWork[], kinds: Map<string, EntityKind>): PersonNames {
  const full = new Map<string, string[]>();
  const nicknames = new Set<string>();
  for (const work of works) {
    for (const span of work.spans) {
      if (kinds.get(span.name) !== 'person') continue;
      if (span.honorific !== undefined && NICKNAME_HONORIFICS.has(span.honorific)) nicknames.add(span.name);
      else if (span.words.length > 1) full.set(span.words.join(' '), span.words);
    }
    for (const link of work.links) if (link.relation === 'nickname') nicknames.add(link.alias.name);
  }
  return { partsOfLonger: partsOfLongerNames(full.values()), nicknames };
}

function mentionsOf(work: SentenceWork, kinds: Map<string, EntityKind>, people: PersonNames): NameMention[] {
  const mentions = new Map<NameSpan, NameMention>();
  for (const span of work.spans) {
    const kind = kinds.get(span.name);
    if (!kind || (kind === 'person' && span.afterTitle)) continue;
    const link = work.links.find((candidate) => candidate.alias === span);
    const mention: NameMention = {
      sentence: work.sentence.index,
      start: span.start,
      end: span.end,
      kind,
      name: span.name,
      form: formOf(span, kind, link?.relation, people),
    };
    if (span.honorific !== undefined) mention.honorific = span.honorific;
    mentions.set(span, mention);
  }
  for (const link of work.links) {
    const alias = mentions.get(link.alias);
    const target = mentions.get(link.target);
    if (alias && target) alias.aliasOf = { target, relation: link.relation, end: link.end };
  }
  return [...mentions.values()];
}

function formOf(span: NameSpan, kind: EntityKind, relation: AliasRelation | undefined, people: PersonNames): NameForm {
  const words = span.words;
  const single = words.length === 1 ? (words[0] as string) : undefined;
  if (single !== undefined && isAcronym(single)) return 'acronym';
  if (relation === 'nickname' || relation === 'known-as') return 'nickname';
  if (relation === 'acronym') return 'acronym';
  if (relation === 'translation') return 'native';
  if (relation === 'maiden') return 'surname';
  if (span.honorific !== undefined && NICKNAME_HONORIFICS.has(span.honorific)) return 'nickname';
  if (kind !== 'person') return 'full';
  // `Edwin Pond Parker` is no short form of `Edwin Pond Parker II`: the numeral makes the son another person.
  const longer = people.partsOfLonger.get(runKey(words));
  if (!longer) {
    if (single === undefined) return 'full';
    if (people.nicknames.has(single)) return 'nickname';
    if (span.honorific !== undefined) return 'surname';
    return MALE_GIVEN_NAMES.has(single) || FEMALE_GIVEN_NAMES.has(single) ? 'given' : 'other';
  }
  if (single !== undefined && people.nicknames.has(single)) return 'nickname';
  return longer.atStart ? 'given' : 'surname';
}
