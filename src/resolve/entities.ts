import { isNameClaim } from '../extract/names/alias-refiner.js';
import { HONORIFIC_PAIRS, NEUTRAL_HONORIFICS, REGNAL_HONORIFICS } from '../lexicon/honorifics.js';
import { shipName } from '../lexicon/organizations.js';
import { baseTitle, isSubjectNameKey, titleAfterPlace } from '../extract/names/subject.js';
import type { Claim, ClaimOf, NameForm } from '../schema/claims.js';
import type { Alias, Entity, Evidence } from '../schema/entities.js';
import type { SegmentedArticle } from '../segment/index.js';
import { generationAfter, titleOrdinalAfter, withoutGeneration } from '../extract/names/generation.js';
import { COMMON_GIVEN_NAMES } from '../extract/names/given-names.js';
import { KIN_NOUNS, KIN_PLURALS, SPOUSE_AND_CHILD_NOUNS } from '../lexicon/kin.js';
import { displayName, genderOf, indexOfRun, isNomDeGuerre, nameKey, nameWords, type Gender } from './name-keys.js';
import { isInsideParentheses } from './parentheses.js';
import { bearerOfOtherYear, laterBearerBefore } from './namesakes.js';
import type { ResolvedArticle, Resolver } from './types.js';

type NameClaim = ClaimOf<'person' | 'organization' | 'place'>;
type EntityType = Entity['type'];

/**
 * Builds the article's entities from its name claims and fills `value.entity`
 * on every name claim it resolves.
 *
 * 1. **Anchors.** A full name (a person's name of two words or more that is
 *    not part of a longer one, any organization or place name but an acronym)
 *    makes an entity; the same name again (diacritics and case aside) joins it.
 *    The title, the name line, the infobox's name fields and the name that
 *    opens the first sentence (when it shares a word with the title) are the
 *    article's subject.
 * 2. **Aliases by syntax.** A claim with `aliasOf` joins the entity of the
 *    claim it is given for, and the alias keeps the words that tie them as
 *    evidence (`Víctor Quispe Palomino ("Comrade José")`).
 * 3. **Short mentions.** Surnames, given names, nicknames without their
 *    title and acronyms join the one entity whose names contain them
 *    (`Guzmán` → Abimael Guzmán, `José` → the bearer of `Comrade José`,
 *    `MPCP` → the party it was given for, or whose initials it spells).
 *    Entities named before the mention are preferred, and only nicknames and
 *    acronyms may point forward to a name given later; genders marked by
 *    honorifics or given names must agree. When several remain, the
 *    mention goes to the first candidate named outside parentheses in the
 *    nearest earlier sentence of the same paragraph that names one; with
 *    none there it stays unresolved rather than guessed. A nickname or
 *    acronym no entity bears starts its own entity (`Comrade Artemio`).
 *
 * **Alias conflicts stay visible.** Entities are never merged because they
 * share an alias: `Martín Antonio Quispe Palomino (Comrade Gabriel)` and
 * `Marco Antonio "Comrade Gabriel" Quispe Palomino` are two entities that both
 * carry the alias `Comrade Gabriel`, each with its own evidence, so a rule can
 * see one nickname bound to two full names. The same holds for an acronym
 * given for two long names. A relation is never an alias: only `aliasOf`
 * (set by alias syntax) ties two names, so `José Quispe Zúñiga (the 24-year
 * son of Comrade José)` keeps the son and the father apart.
 */
// Module constants: tsx rebuilds a `\p{…}` literal inside a function on every call.
const numberedTitle = /\b(\d{1,3})(?:st|nd|rd|th)\s\p{Lu}/u;
const capitalInitial = /^\p{Lu}/u;
// `… was born`, `… (née X) was born`: the words after a name that make it the one born.
const bornAfterName = /^\s(?:\([^()]{0,60}\)\s)?(?:was|is)\sborn\b/u;
// `was born Dorothy Rothschild`: the words right before a birth name.
const bornBeforeName = /\b(?:was|were|is) born\s+$/u;

/**
 * `2nd Earl Beatty` is not `David Beatty, 1st Earl Beatty`: a numbered title
 * before a name matches only a bearer with no other number in that title.
 */
function sameOrdinal(written: string, names: readonly string[]): boolean {
  const ordinal = numberedTitle.exec(written)?.[1];
  if (ordinal === undefined) return true;
  return names.every((name) => {
    const theirs = numberedTitle.exec(name)?.[1];
    return theirs === undefined || theirs === ordinal;
  });
}

// Words that make the name after them another bearer of it: `a second Elspeth Caird`, `an earlier Brightfield Harriers`,
// `the founder's grandson and namesake, Ronald Hale`.
const namesakeMark = /\b(?:an?\s(?:second|third|new|later|earlier|different)|another|namesake,?)\s$/iu;

// A generation ending a title: `Martin Luther King Jr.`, `Bob Jones III`, `Pliny the Younger`.
const titleGeneration = /(?:^|[\s,])(?:Jr\.?|Sr\.?|Junior|Senior|II|III|IV|the [Yy]ounger)$/u;

// Infobox fields of relatives (`Children`, `Parents`, `Spouse(s)`, `Relatives`), whose names are never the subject's.
const relativeNouns: ReadonlySet<string> = new Set([...KIN_NOUNS, ...SPOUSE_AND_CHILD_NOUNS, ...KIN_PLURALS, 'spouse', 'spouses', 'partner', 'relative', 'relatives', 'relation', 'relations', 'issue', 'family']);

function isRelativeKey(key: string): boolean {
  return relativeNouns.has(key.toLowerCase().replace(/\(s\)$/u, '').replace(/_/gu, ' ').trim());
}

export const entityResolver: Resolver = {
  name: 'entities',
  resolve(resolved) {
    const builder = new EntityBuilder(resolved);
    return builder.build();
  },
};

interface AliasDraft {
  name: string;
  form: NameForm;
  evidence: Evidence[];
  /** Words other mentions may match (none for maiden and former names). */
  words: string[] | null;
  /** Offset of the alias's first mention, to prefer entities named before a mention. */
  firstOffset: number;
  nickname: boolean;
  acronym: boolean;
}

interface EntityDraft {
  /** Creation order: candidates are listed in it. */
  order: number;
  type: EntityType;
  aliases: AliasDraft[];
  mentions: NameClaim[];
  genders: Set<Gender>;
  isSubject: boolean;
  /** Life spans written right after the person's full name: `Oda Nobuhide (1510–1551)`. */
  lives?: Life[];
  /** Generations written after the person's names (`Sr`, `Jr`, `III`). */
  generations?: Set<string>;
  /** Numbered titles written after the person's name (`3 count` of `Henri de Vallancourt, 3rd Count`). */
  ordinals?: Set<string>;
}

/** An alias as an index entry: short mentions find their candidates by lookup, not by scanning every entity. */
interface AliasEntry {
  draft: EntityDraft;
  alias: AliasDraft;
}

const NON_MATCHING_RELATIONS = new Set(['maiden', 'former']);
const MAX_CLOSING_PARENTHESIS_DISTANCE = 80;

class EntityBuilder {
  private readonly drafts: EntityDraft[] = [];
  private readonly entityOfClaim = new Map<string, EntityDraft>();
  private readonly claims: NameClaim[];
  private readonly claimById = new Map<string, NameClaim>();
  private readonly article: SegmentedArticle;
  private readonly subjectKey: string | null;
  private readonly subjectBaseKey: string | null;
  /** Every contiguous run of words of a full person name, with the length of the longest name holding it. */
  private readonly longestRunHolding = new Map<string, number>();
  private readonly firstProseSentence: number | undefined;
  /** Organization and place names given as aliases (`the Cats`): alone, they are mentions of the entity they were given for. */
  private readonly tiedNames: Set<string>;
  /** One-word names of a body that open exactly one longer body name of the article. */
  private readonly shortBodyNames: Set<string>;
  /** Names the title is given as an alias for (`Charles Hardin Holley …, known professionally as Buddy Holly`): the subject's own. */
  private readonly knownAsTitle: Set<string>;
  /** The subject's title key without the place it opens with, when a place claim of the article bears those words. */
  private readonly titleWithoutPlace: string | null;
  private readonly titleWithoutShipPrefix: string | null;
  /** The ship is named after a person of its name: only `the` before the bare name makes it the ship. */
  private readonly shipNamesake: boolean;
  /** Words the article names a ruler by after a ruler's title (`Duke Albrecht`): given names, never a surname. */
  private readonly regnalNames: Set<string>;
  private readonly wordsByName = new Map<string, string[]>();
  private subject: EntityDraft | undefined;
  /** The first draft (in creation order) holding each name key, by type. */
  private readonly draftByKey = new Map<string, EntityDraft>();
  /** The holder of each numbered title of a name (`key` and `3 count`): the line of namesakes it tells apart. */
  private readonly draftByOrdinal = new Map<string, EntityDraft>();
  private readonly allKeys = new Set<string>();
  /** Resolved name claims by block, in the order they were resolved: context is looked for in the mention's own block. */
  private readonly resolvedByBlock = new Map<number | undefined, NameClaim[]>();
  /** Aliases other mentions may match, by what they are matched on (see `aliasMatches`). */
  private readonly acronymAliases = new Map<string, AliasEntry[]>();
  private readonly nicknameAliases = new Map<string, AliasEntry[]>();
  private readonly wordAliases = new Map<string, AliasEntry[]>();
  private readonly runAliases = new Map<string, AliasEntry[]>();
  private readonly initialsAliases = new Map<string, AliasEntry[]>();
  /** Persons by their name key without middle initials (`gustavo madero` for Gustavo A. Madero). */
  private readonly draftsByBareKey = new Map<string, Set<EntityDraft>>();

  constructor(private readonly resolved: ResolvedArticle) {
    this.article = resolved.article;
    this.claims = resolved.claims.filter(isNameClaim);
    for (const claim of this.claims) this.claimById.set(claim.id, claim);
    this.subjectKey = this.article.title ? nameKey(this.article.title) : null;
    // `The Morrow Gazette` is named `Morrow Gazette` as often as not: the base title leaves the article out.
    this.subjectBaseKey = this.article.title ? nameKey(baseTitle(this.article.title).replace(/^The\s+/u, '')) : null;
    for (const claim of this.claims) {
      if (claim.kind !== 'person' || !isFullPersonName(claim)) continue;
      // `Bob Jones III` holds no run `Bob Jones`: that is his father's full name, not a short form of his.
      const run = withoutGeneration(this.words(claim.value.name));
      for (const key of runKeys(run)) this.longestRunHolding.set(key, Math.max(this.longestRunHolding.get(key) ?? 0, run.length));
    }
    const title = this.article.title?.trim();
    this.firstProseSentence = this.article.sentences.find((sentence) => sentence.where === 'prose' && sentence.plain.trim() !== title)?.index;
    this.tiedNames = new Set(this.claims.filter((claim) => claim.kind !== 'person' && claim.value.aliasOf !== undefined).map((claim) => this.key(claim.value.name)));
    // `Kilbride Rovers` and later `Kilbride named him manager`: the one word that opens one body's longer name.
    const openings = new Map<string, Set<string>>();
    for (const claim of this.claims) {
      const words = this.words(claim.value.name);
      if (claim.kind === 'organization' && words.length > 1) openings.set(words[0] as string, (openings.get(words[0] as string) ?? new Set()).add(words.join(' ')));
    }
    this.shortBodyNames = new Set([...openings].filter(([, names]) => names.size === 1).map(([word]) => word));
    this.regnalNames = new Set(this.claims.filter((claim) => claim.kind === 'person' && rulerTitles.has(claim.value.honorific?.split(' ').at(-1)?.toLowerCase() ?? '') && !claim.value.name.includes(' ')).map((claim) => this.words(claim.value.name)[0] as string));
    this.knownAsTitle = new Set(this.claims.filter((claim) => claim.value.aliasOf !== undefined && this.subjectKey !== null && this.key(claim.value.name) === this.subjectKey).map((claim) => claim.value.aliasOf as string));
    const places = new Set(this.claims.filter((claim) => claim.kind === 'place').map((claim) => this.key(claim.value.name)));
    this.titleWithoutPlace = titleAfterPlace(this.subjectBaseKey?.split(' ') ?? [], (name) => places.has(name));
    // `Caledonia` for SS Caledonia (1904): the ship's own name.
    const ship = shipName(this.article.title ?? '');
    this.titleWithoutShipPrefix = ship === null ? null : this.key(ship);
    // `She was named after Ellen Harcastle (1871–1938)`: then the bare name is also that person's.
    this.shipNamesake = ship !== null && (this.article.text.includes(`named after ${ship}`) || this.article.text.includes(`named for ${ship}`));
  }

  /** `nameWords`, once per distinct name: the same names recur throughout an article. */
  private words(name: string): string[] {
    let words = this.wordsByName.get(name);
    if (!words) {
      words = nameWords(name);
      this.wordsByName.set(name, words);
    }
    return words;
  }

  private key(name: string): string {
    return this.words(name).join(' ');
  }

  build(): ResolvedArticle {
    const shortMentions: NameClaim[] = [];
    for (const claim of this.claims) {
      // `A second Elspeth Caird … entered service in 2008`, `an earlier Brightfield Harriers`: a namesake of its own.
      if (namesakeMark.test(this.article.text.slice(Math.max(0, claim.position.start.offset - 16), claim.position.start.offset))) this.attach(this.newDraft(claim.kind), claim, [this.mentionEvidence(claim, 'name')]);
      else if (claim.value.aliasOf !== undefined) this.addAliasTie(claim);
      else if (this.isAnchor(claim)) this.addAnchor(claim);
      else shortMentions.push(claim);
    }
    for (const claim of shortMentions) this.resolveShort(claim);
    return this.finish();
  }

  private isAnchor(claim: NameClaim): boolean {
    if (this.isSubjectName(claim)) return true;
    if (claim.value.form === 'acronym' || claim.value.form === 'nickname' || isNomDeGuerre(claim.value)) return false;
    if (claim.kind === 'organization' && this.shortBodyNames.has(this.key(claim.value.name))) return false;
    if (claim.kind !== 'person') return !this.tiedNames.has(this.key(claim.value.name)) || this.allKeys.has(this.key(claim.value.name));
    if (!isFullPersonName(claim)) return false;
    const words = this.words(claim.value.name);
    // `Arthur Keightley (1886–1943)`, a son, beside his father `Arthur Keightley Smith`: a name given its own life is a full name.
    if (lifeAfter(this.article.text, claim.position.end.offset)) return true;
    return words.length === 0 || (this.longestRunHolding.get(wordsKey(words)) ?? 0) <= words.length;
  }

  private isSubjectName(claim: NameClaim): boolean {
    const sentence = this.article.sentences[claim.sentence];
    if (!sentence || this.subjectKey === null) return false;
    const key = this.key(claim.value.name);
    // `His son, Ludo Brannagh Jr,` in the article on Ludo Brannagh: the subject's name with a generation the title
    // does not give is his son's (or father's).
    if (claim.kind === 'person' && this.suffixGeneration(claim) !== '' && !titleGeneration.test(this.article.title ?? '')) return false;
    // `- Children: Tobias Renwick (1834–1902)`: a relative's field names a relative, even one named after the subject.
    if (this.inRelativeField(claim) || this.laterNamesake(claim)) return false;
    if (key === this.subjectKey || key === this.subjectBaseKey) return true;
    if (this.isShortTitle(claim, key)) return true;
    if (this.insideLongerName(claim)) return false;
    if (this.knownAsTitle.has(claim.id)) return true;
    if (sentence.where === 'name') return true;
    if (sentence.infoboxKey !== undefined && isSubjectNameKey(sentence.infoboxKey)) return this.subjectDraft() !== undefined;
    return this.opensFirstSentence(claim) || this.birthName(claim, sentence.position.start.offset);
  }

  /**
   * `Märta Elisabeth Adelaide von Willebrand was born on 8 June 1899` in the
   * article on Märta Blomstedt: a name opening a sentence of a birth, with the
   * title's given name first, is the subject's name at birth.
   */
  private birthName(claim: NameClaim, sentenceStart: number): boolean {
    const subject = this.subjectDraft();
    if (claim.kind !== 'person' || subject?.type !== 'person') return false;
    const given = this.words(this.article.title ?? '')[0];
    const words = this.words(claim.value.name);
    if (given === undefined || words[0] !== given || words.length < 2) return false;
    // `Parker was born Dorothy Rothschild in 1893`: the name a person was born with, after `was born`.
    if (bornBeforeName.test(this.article.text.slice(Math.max(sentenceStart, claim.position.start.offset - 12), claim.position.start.offset))) return true;
    if (claim.position.start.offset !== sentenceStart) return false;
    return bornAfterName.test(this.article.text.slice(claim.position.end.offset, claim.position.end.offset + 80));
  }

  /**
   * `United Kingdom of Great Britain and Northern Ireland`: a name joined to
   * the name before it by `of` or `and` is a part of one longer name, not
   * another name of the subject (`Other names: X, Y` are set apart by commas).
   */
  private insideLongerName(claim: NameClaim): boolean {
    // `Admiral of the Fleet John Jellicoe`: the `of` is the rank's, which the name extractor set apart.
    if (claim.kind === 'person' && claim.value.honorific?.includes(' of the ')) return false;
    const start = claim.position.start.offset;
    const words = this.article.text.slice(Math.max(0, start - 40), start).split(/\s+/u);
    if (words.pop() !== '') return false;
    if (words[words.length - 1] === 'the') words.pop();
    const join = words.pop();
    return (join === 'of' || join === 'and') && capitalInitial.test(words.pop() ?? '');
  }

  /**
   * `Villanueva` for Villanueva del Sotillo, `Labatt` for Labatt Brewing
   * Company: the title's first words, of the subject's kind; and `the Bengals`
   * for the Cincinnati Bengals: the title without the place it opens with.
   */
  private isShortTitle(claim: NameClaim, key: string): boolean {
    const subject = this.subjectDraft();
    // `Caledonia` in the article on SS Caledonia is the ship, whatever a given name would make it.
    if (key === this.titleWithoutShipPrefix && subject !== undefined) return !this.shipNamesake || this.article.text.slice(Math.max(0, claim.position.start.offset - 4), claim.position.start.offset).toLowerCase() === 'the ';
    if (claim.kind === 'person' || subject === undefined || subject.type !== claim.kind || this.subjectBaseKey === null || key.length < 4) return false;
    // `had joined Rovers in 1880` in the article on Fenwick Rovers: a body's one last word is its short name too.
    return this.subjectBaseKey.startsWith(`${key} `) || key === this.titleWithoutPlace || (claim.kind === 'organization' && !key.includes(' ') && this.subjectBaseKey.endsWith(` ${key}`));
  }

  /** `Augusta Ada King, Countess of Lovelace (…) was …` opens the Ada Lovelace article. */
  private opensFirstSentence(claim: NameClaim): boolean {
    if (claim.sentence !== this.firstProseSentence) return false;
    const sentence = this.article.sentences[claim.sentence];
    const subject = this.subjectDraft();
    // With no name equal to the title (`Queen Maren of Oskland` for `Maren (born 1931) is …`), the name opening the article is its subject.
    if (!sentence || (subject !== undefined && subject.type !== claim.kind)) return false;
    const before = this.article.text.slice(sentence.position.start.offset, claim.position.start.offset).trim();
    // `Admiral of the Fleet John Rushworth Jellicoe, …`: a rank before the name opens the sentence with it.
    const ranked = claim.kind === 'person' && claim.value.honorific !== undefined && rankBefore.test(before);
    if (before !== '' && before !== 'The' && before !== 'the' && !ranked) return false;
    const titleWords = new Set(this.words(this.article.title ?? ''));
    return this.words(claim.value.name).some((word) => titleWords.has(word));
  }

  /** `the second Caldera Star`, `another Caldera Star`: a later bearer of the name, a thing (or person) of its own. */
  private laterNamesake(claim: NameClaim): boolean {
    return laterBearerBefore.test(this.article.text.slice(Math.max(0, claim.position.start.offset - 16), claim.position.start.offset)) || bearerOfOtherYear(this.article.text, claim.position.end.offset, this.article.title);
  }

  private inRelativeField(claim: NameClaim): boolean {
    const key = this.article.sentences[claim.sentence]?.infoboxKey;
    return key !== undefined && isRelativeKey(key);
  }

  private subjectDraft(): EntityDraft | undefined {
    return this.subject;
  }

  private addAnchor(claim: NameClaim): void {
    // `Peter Weissmüller Jr.` and `Peter Weissmüller` are a son and his father: one name, two people.
    const key = this.key(claim.value.name) + (claim.kind === 'person' ? this.suffixGeneration(claim) : '');
    const subject = this.isSubjectName(claim);
    let draft = subject ? this.subjectDraft() : undefined;
    draft ??= this.draftByKey.get(`${claim.kind}\u0000${key}`) ?? (claim.kind === 'person' ? this.initialVariant(key) : undefined);
    // `Father: Oda Nobuhide (1510–1551)` and, among the sons, `Oda Nobuhide (1571–1597)`: lives of two generations are two people.
    const life = claim.kind === 'person' ? lifeAfter(this.article.text, claim.position.end.offset) : undefined;
    if (draft && !draft.isSubject && life && draft.lives?.some((other) => otherGeneration(life, other))) draft = undefined;
    if ((draft?.isSubject && this.inRelativeField(claim)) || this.laterNamesake(claim)) draft = undefined;
    if (draft && claim.kind === 'person') draft = this.byAge(claim, key) ?? draft;
    // `Henri de Vallancourt, 2nd Count` after `…, 1st Count`: holders of one title numbered apart are two people of one name.
    const ordinal = claim.kind === 'person' ? titleOrdinalAfter(this.article.text.slice(claim.position.end.offset, claim.position.end.offset + 24)) : '';
    if (draft && ordinal !== '' && draft.ordinals && !draft.ordinals.has(ordinal)) draft = this.draftByOrdinal.get(`${key}\u0000${ordinal}`);
    if (!draft) {
      draft = this.newDraft(claim.kind);
      draft.isSubject = subject;
      if (subject) this.subject ??= draft;
    } else if (subject && this.subject === undefined) {
      // `Mary II of England`, its name line `Mary II` read before the lead's `Mary II (30 April 1662 – …) was`
      // showed it to be the subject: the entity that name started is the subject's.
      draft.isSubject = true;
      this.subject = draft;
    }
    if (life) (draft.lives ??= []).push(life);
    if (ordinal !== '') {
      (draft.ordinals ??= new Set()).add(ordinal);
      if (!this.draftByOrdinal.has(`${key}\u0000${ordinal}`)) this.draftByOrdinal.set(`${key}\u0000${ordinal}`, draft);
    }
    const generation = claim.kind === 'person' ? this.suffixGeneration(claim) : '';
    if (generation !== '') (draft.generations ??= new Set()).add(generation);
    this.addKey(draft, key);
    this.attach(draft, claim, [this.mentionEvidence(claim, subject ? 'subject' : 'name')]);
  }

  /** `Jr.`, `Sr.` or `III` written after a person's name (the name extractor leaves it out of the name), as a key part. */
  private suffixGeneration(claim: NameClaim): string {
    const generation = generationAfter(this.article.text.slice(claim.position.end.offset, claim.position.end.offset + 12));
    return generation === '' ? '' : `\u0000${generation}`;
  }

  private addAliasTie(claim: NameClaim): void {
    const target = this.claimById.get(claim.value.aliasOf as string);
    const draft = target ? this.entityOfClaim.get(target.id) : undefined;
    if (!target || !draft) {
      this.resolveShort(claim);
      return;
    }
    this.attach(draft, claim, [this.tieEvidence(target, claim)]);
  }

  /**
   * `The younger Otto Kellerman` once the article has named two people `Otto
   * Kellerman` with their lives: the one born later (`elder`: earlier).
   */
  private byAge(claim: NameClaim, key: string): EntityDraft | undefined {
    const age = this.ageWord(claim);
    if (age === undefined) return undefined;
    const younger = age === 'younger';
    // `his eldest son, also named Aldous (1870–1944)`: a namesake given only the first name counts as a bearer too.
    const given = withoutInitials(key).split(' ')[0] ?? '';
    const bearers = [...new Set([...(this.draftsByBareKey.get(withoutInitials(key)) ?? []), ...(this.draftsByBareKey.get(given) ?? [])])];
    // `Harwick Lindqvist the Younger` named before: `The younger Lindqvist` is he, `the elder` the one without the mark.
    const junior = bearers.find((draft) => draft.generations?.has('\u0000Jr'));
    if (junior) return younger ? junior : bearers.find((draft) => !draft.generations?.has('\u0000Jr'));
    const born = (draft: EntityDraft): number | undefined => draft.lives?.[0]?.[0];
    const dated = bearers.filter((draft) => born(draft) !== undefined);
    if (dated.length < 2) return undefined;
    dated.sort((a, b) => (born(a) as number) - (born(b) as number));
    return younger ? dated.at(-1) : dated[0];
  }

  private addKey(draft: EntityDraft, key: string): void {
    this.allKeys.add(key);
    if (draft.type === 'person') {
      const bare = withoutInitials(key);
      const holders = this.draftsByBareKey.get(bare) ?? new Set<EntityDraft>();
      holders.add(draft);
      this.draftsByBareKey.set(bare, holders);
    }
    const indexKey = `${draft.type}\u0000${key}`;
    const first = this.draftByKey.get(indexKey);
    if (!first || first.order > draft.order) this.draftByKey.set(indexKey, draft);
  }

  /**
   * `Gustavo Madero` and `Gustavo A. Madero`: a full name and the same name
   * with middle initials are one person when exactly one person bears the
   * name without them and one of the two is written without (`George H. W.
   * Bush` and `George W. Bush` both have initials, and stay two).
   */
  private initialVariant(key: string): EntityDraft | undefined {
    const bare = withoutInitials(key);
    const holders = this.draftsByBareKey.get(bare);
    if (holders?.size !== 1) return undefined;
    const [holder] = holders;
    if (!holder) return undefined;
    const written = key === bare || holder.aliases.some((alias) => this.key(alias.name) === bare);
    return written && bare.includes(' ') ? holder : undefined;
  }

  private resolveShort(claim: NameClaim): void {
    const written = this.article.text.slice(Math.max(0, claim.position.start.offset - 6), claim.position.end.offset);
    // `Murchison Jr. sold the Cowboys`: a surname with a generation is only a bearer of that generation (not `Clint Murchison Sr.`).
    const generation = claim.kind === 'person' ? this.suffixGeneration(claim) : '';
    const candidates = this.candidatesFor(claim).filter((candidate) => sameOrdinal(written, [...candidate.draft.aliases.map((alias) => alias.name), ...(candidate.draft.isSubject && this.article.title ? [this.article.title] : [])]) && (generation === '' || (candidate.draft.generations?.has(generation) ?? false)));
    // `His own son, Erik Arvidsen (born 1986)` in the article on Johan Erik Arvidsen (born 1958): a short name with a
    // life of another generation than a bearer's is a namesake, and no other bearer either: a new person.
    if (this.laterNamesake(claim)) {
      this.attach(this.newDraft(claim.kind), claim, [this.mentionEvidence(claim, 'name')]);
      return;
    }
    const life = claim.kind === 'person' ? lifeAfter(this.article.text, claim.position.end.offset) : undefined;
    if (life && candidates.some((candidate) => candidate.draft.lives?.some((other) => otherGeneration(life, other)))) {
      const namesake = this.newDraft(claim.kind);
      // Kept by its life and its name, so that `The younger Aldous Penhallow` can find it.
      namesake.lives = [life];
      this.addKey(namesake, this.key(claim.value.name));
      this.attach(namesake, claim, [this.mentionEvidence(claim, 'name')]);
      return;
    }
    const chosen = this.generationByAge(claim, candidates) ?? (candidates.length === 1 ? candidates[0] : (this.byContext(claim, candidates) ?? subjectBySurname(claim, candidates)));
    if (chosen) {
      const evidence = this.mentionEvidence(claim, chosen.initials ? 'initials' : 'mention');
      this.attach(chosen.draft, claim, [evidence]);
      return;
    }
    if (candidates.length > 0) return;
    if (claim.kind === 'person' && (claim.value.form === 'surname' || claim.value.form === 'given') && claim.value.honorific === undefined && !this.standsAlone(claim)) return;
    const draft = this.newDraft(claim.kind);
    this.attach(draft, claim, [this.mentionEvidence(claim, 'name')]);
  }

  /** `younger` or `elder` right before a name (`The younger Otto Kellerman`), else undefined. */
  private ageWord(claim: NameClaim): 'younger' | 'elder' | undefined {
    const before = this.article.text.slice(Math.max(0, claim.position.start.offset - 8), claim.position.start.offset).toLowerCase();
    return before.endsWith('younger ') ? 'younger' : before.endsWith('elder ') ? 'elder' : undefined;
  }

  /**
   * `The younger Lindqvist died in 1970` once `Harwick Lindqvist the Younger`
   * is named: the bearer marked as the son, and `the elder` the one unmarked.
   */
  private generationByAge<T extends { draft: EntityDraft }>(claim: NameClaim, candidates: readonly T[]): T | undefined {
    const age = this.ageWord(claim);
    if (age === undefined) return undefined;
    const younger = age === 'younger';
    const junior = (candidate: T): boolean => candidate.draft.generations?.has('\u0000Jr') ?? false;
    if (!candidates.some(junior)) return undefined;
    return candidates.find((candidate) => junior(candidate) === younger);
  }

  /** A lone surname or given name with no bearer stands for its own person only if no full name shares its words. */
  private standsAlone(claim: NameClaim): boolean {
    const words = this.words(claim.value.name);
    return words.length === 0 || !this.longestRunHolding.has(wordsKey(words));
  }

  private candidatesFor(claim: NameClaim): Array<{ draft: EntityDraft; initials: boolean }> {
    const words = this.words(claim.value.name);
    const gender = genderOf(claim.value);
    const offset = claim.position.start.offset;
    const matches = this.matchingAliases(claim, words).filter((entry) => entry.draft.type === claim.kind && this.aliasMatches(claim, entry.alias, words));
    let found = inDraftOrder(matches.map((entry) => entry.draft)).filter((draft) => genderAgrees(draft, gender));
    const namedBefore = new Set(matches.filter((entry) => entry.alias.firstOffset < offset).map((entry) => entry.draft));
    const named = found.filter((draft) => namedBefore.has(draft));
    // Only a nickname or an acronym may point forward to a name given later (`Leader: Comrade José`
    // in the infobox); a lone surname or `Lady Byron` needs a bearer named before it.
    // So may a given name that opens the one full name given later (`His widow Käthe` before `Käthe Jerosch`; `Alice Skinner` before `Alice Skinner Ochs`, her married name).
    const forward = claim.value.form === 'nickname' || claim.value.form === 'acronym' || isNomDeGuerre(claim.value) || claim.value.form === 'given';
    // `President Arafat` in the history before `Yasser Arafat` is named: a surname with a title points forward to the
    // one person of that surname the article names in full, and to none when it names two.
    // Not a title a family shares (`Lady Byron` is not `Ada Byron`): an office's.
    const titled = claim.kind === 'person' && claim.value.form === 'surname' && isOfficeTitle(claim.value.honorific) && named.length === 0 && found.length === 1;
    if (named.length > 0 || (!forward && !titled)) found = named;
    if (found.length > 0 || claim.value.form !== 'acronym') return found.map((draft) => ({ draft, initials: false }));
    const letters = normalizeAcronym(claim.value.name);
    const bearers = (this.initialsAliases.get(letters) ?? []).filter((entry) => entry.draft.type === claim.kind).map((entry) => entry.draft);
    return inDraftOrder(bearers).map((draft) => ({ draft, initials: true }));
  }

  /** The aliases that may match a claim: a superset of those `aliasMatches` accepts, found by lookup. */
  private matchingAliases(claim: NameClaim, words: string[]): AliasEntry[] {
    const value = claim.value;
    if (value.form === 'acronym') return this.acronymAliases.get(normalizeAcronym(value.name)) ?? [];
    if (value.form === 'nickname' || isNomDeGuerre(value)) return this.nicknameAliases.get(wordsKey(words)) ?? [];
    if (claim.kind === 'organization' && this.shortBodyNames.has(words.join(' '))) return this.runAliases.get(wordsKey(words)) ?? [];
    if (claim.kind !== 'person') return this.wordAliases.get(wordsKey(words)) ?? [];
    return words.length === 0 ? [] : (this.runAliases.get(wordsKey(words)) ?? []);
  }

  private indexAlias(draft: EntityDraft, alias: AliasDraft): void {
    const entry = { draft, alias };
    if (alias.form === 'full') pushTo(this.initialsAliases, initialsOf(alias.name), entry);
    if (alias.words === null) return;
    if (alias.acronym) pushTo(this.acronymAliases, normalizeAcronym(alias.name), entry);
    if (alias.nickname) pushTo(this.nicknameAliases, wordsKey(alias.words), entry);
    if (alias.acronym) return;
    pushTo(this.wordAliases, wordsKey(alias.words), entry);
    for (const key of runKeys(alias.words)) pushTo(this.runAliases, key, entry);
  }

  private aliasMatches(claim: NameClaim, alias: AliasDraft, words: string[]): boolean {
    const value = claim.value;
    if (value.form === 'acronym') return alias.acronym && normalizeAcronym(alias.name) === normalizeAcronym(value.name);
    if (value.form === 'nickname' || isNomDeGuerre(value)) {
      // A nickname meets the nicknames first; a bare word may also be a given name or surname.
      if (alias.nickname) return sameWords(alias.words ?? [], words);
      return !isNomDeGuerre(value) && value.form !== 'nickname' && indexOfRun(alias.words ?? [], words) >= 0;
    }
    if (alias.acronym) return false;
    if (claim.kind === 'organization' && this.shortBodyNames.has(words.join(' '))) return alias.words?.[0] === words[0];
    if (claim.kind !== 'person') return sameWords(alias.words ?? [], words);
    // `Duke Albrecht`, `his brother Albrecht`: a word the article names a ruler by is a given name, never a longer name's last
    // word (`Georg Albrecht`, his son).
    if (words.length === 1 && this.regnalNames.has(words[0] as string)) return alias.words?.[0] === words[0];
    // `David Lund … and his wife Margaret` in the article on Elsie Margaret Varrow: a lone given name is someone's first
    // name or last, never a middle name (`García` of `Gabriel García Márquez`, no given name, still is).
    const aliasWords = alias.words ?? [];
    const at = indexOfRun(aliasWords, words);
    if (words.length === 1 && at > 0 && at < aliasWords.length - 1 && COMMON_GIVEN_NAMES.has(claim.value.name.trim())) return false;
    return at >= 0;
  }

  /**
   * Picks among several candidates by the paragraph: walking back from the
   * mention through the sentences of its block, the first sentence that names
   * a candidate decides, by its first such mention outside parentheses. A
   * mention that wrote the words counts before one that did not: after
   * `Reginald Keightley Smith … Arthur Keightley`, `Keightley Smith` is
   * Reginald, whose name had `Smith`.
   */
  private byContext(claim: NameClaim, candidates: Array<{ draft: EntityDraft; initials: boolean }>): { draft: EntityDraft; initials: boolean } | undefined {
    if (candidates.length === 0) return undefined;
    const words = this.words(claim.value.name);
    const namers = this.namersInBlock(claim, candidates);
    const writers = namers.filter((other) => indexOfRun(this.words(other.value.name), words) >= 0);
    // `He remarried … Karen O'Leary Engelbart. … Engelbart died at his home`: in a person's article the bare
    // surname is the subject's, as the style guides have it, unless its own sentence wrote another bearer's name.
    const subject = words.length === 1 ? candidates.find((candidate) => candidate.draft.isSubject && candidate.draft.type === 'person') : undefined;
    // Bearers named as the subject's parents (`Born the son of John Henry Jellicoe … and Lucy Jellicoe …, Jellicoe
    // joined`) leave the bare surname the subject's.
    const rivals = writers.filter((other) => other.sentence === claim.sentence && this.entityOfClaim.get(other.id) !== subject?.draft);
    if (subject && rivals.every((other) => this.namedAsParent(other))) return subject;
    return this.nearestNamer(writers.length > 0 ? writers : namers, candidates);
  }

  /** Whether the sentence before the name introduces parents: `the son of`, `born to`, `his father`. */
  private namedAsParent(claim: NameClaim): boolean {
    const sentence = this.article.sentences[claim.sentence];
    if (!sentence) return false;
    return parentCue.test(this.article.text.slice(sentence.position.start.offset, claim.position.start.offset));
  }

  /** The resolved names of the claim's block, before it, that name one of the candidates. */
  private namersInBlock(claim: NameClaim, candidates: ReadonlyArray<{ draft: EntityDraft }>): NameClaim[] {
    const block = this.article.sentences[claim.sentence]?.block;
    return (this.resolvedByBlock.get(block) ?? []).filter((other) => {
      const draft = this.entityOfClaim.get(other.id);
      return other.position.start.offset < claim.position.start.offset && candidates.some((candidate) => candidate.draft === draft);
    });
  }

  private nearestNamer(namers: readonly NameClaim[], candidates: Array<{ draft: EntityDraft; initials: boolean }>): { draft: EntityDraft; initials: boolean } | undefined {
    const bySentence = new Map<number, NameClaim[]>();
    for (const other of namers) {
      const list = bySentence.get(other.sentence) ?? [];
      list.push(other);
      bySentence.set(other.sentence, list);
    }
    const nearest = Math.max(...bySentence.keys());
    const mentions = (bySentence.get(nearest) ?? []).sort((a, b) => a.position.start.offset - b.position.start.offset);
    const prominent = mentions.find((mention) => !this.inParentheses(mention)) ?? mentions[0];
    const draft = prominent ? this.entityOfClaim.get(prominent.id) : undefined;
    return candidates.find((candidate) => candidate.draft === draft);
  }

  private inParentheses(claim: NameClaim): boolean {
    return isInsideParentheses(this.article, claim.sentence, claim.position.start.offset);
  }

  private newDraft(type: EntityType): EntityDraft {
    const draft: EntityDraft = { order: this.drafts.length, type, aliases: [], mentions: [], genders: new Set(), isSubject: false };
    this.drafts.push(draft);
    return draft;
  }

  private attach(draft: EntityDraft, claim: NameClaim, evidence: Evidence[]): void {
    this.entityOfClaim.set(claim.id, draft);
    pushTo(this.resolvedByBlock, this.article.sentences[claim.sentence]?.block, claim);
    draft.mentions.push(claim);
    const gender = genderOf(claim.value);
    if (gender) draft.genders.add(gender);
    const name = displayName(claim.value);
    const existing = draft.aliases.find((alias) => alias.name === name);
    const tie = claim.value.aliasOf !== undefined;
    if (existing) {
      if (tie) existing.evidence.push(...evidence);
      return;
    }
    const relation = claim.value.aliasRelation;
    const alias: AliasDraft = {
      name,
      form: claim.value.form,
      evidence,
      words: relation !== undefined && NON_MATCHING_RELATIONS.has(relation) ? null : this.words(claim.value.name),
      firstOffset: claim.position.start.offset,
      nickname: claim.value.form === 'nickname' || isNomDeGuerre(claim.value),
      acronym: claim.value.form === 'acronym',
    };
    draft.aliases.push(alias);
    this.indexAlias(draft, alias);
  }

  private mentionEvidence(claim: NameClaim, role: string): Evidence {
    return { claimId: claim.id, quote: claim.text, position: claim.position, role };
  }

  /**
   * The words that tie an alias to its name, as one exact slice: from the
   * name to the alias, through the closing parenthesis when the alias sits
   * in one (`Rubén Valle Rojas ("Comrade Javier"; deceased)`).
   */
  private tieEvidence(target: NameClaim, alias: NameClaim): Evidence {
    const text = this.article.text;
    const start = Math.min(target.position.start.offset, alias.position.start.offset);
    let end = Math.max(target.position.end.offset, alias.position.end.offset);
    if (text.slice(target.position.end.offset, alias.position.start.offset).includes('(')) {
      const close = text.indexOf(')', end);
      const reopen = text.indexOf('(', end);
      if (close >= 0 && close - end <= MAX_CLOSING_PARENTHESIS_DISTANCE && (reopen < 0 || reopen > close)) end = close + 1;
    }
    return { claimId: alias.id, quote: text.slice(start, end), position: this.article.locator.position(start, end), role: 'alias' };
  }

  private finish(): ResolvedArticle {
    const order = [...this.drafts].filter((draft) => draft.mentions.length > 0);
    order.sort((a, b) => firstOffset(a) - firstOffset(b));
    const counters = new Map<EntityType, number>();
    const ids = new Map<EntityDraft, string>();
    const entities: Entity[] = order.map((draft) => {
      const next = (counters.get(draft.type) ?? 0) + 1;
      counters.set(draft.type, next);
      const id = `${draft.type}-${next}`;
      ids.set(draft, id);
      return toEntity(draft, id, this.article.title);
    });
    const claims = this.resolved.claims.map((claim): Claim => {
      const draft = this.entityOfClaim.get(claim.id);
      if (!draft || !isNameClaim(claim)) return claim;
      return { ...claim, value: { ...claim.value, entity: ids.get(draft) as string } };
    });
    return { ...this.resolved, claims, entities: [...this.resolved.entities, ...entities] };
  }
}

const officeTitles: ReadonlySet<string> = new Set([...NEUTRAL_HONORIFICS, ...HONORIFIC_PAIRS.map((pair) => pair.replace('_', ' '))]);

/** `President`, `JDL Chairman`, `Prime Minister`: a title an office gives, which no relative shares. */
const rulerTitles: ReadonlySet<string> = new Set(REGNAL_HONORIFICS.map((word) => word.toLowerCase()));

function isOfficeTitle(honorific: string | undefined): boolean {
  const words = honorific?.split(' ') ?? [];
  return officeTitles.has(words.slice(-2).join(' ')) || officeTitles.has(words[words.length - 1] ?? '');
}

function isFullPersonName(claim: NameClaim): boolean {
  return claim.value.form === 'full' && claim.value.name.includes(' ') && !isNomDeGuerre(claim.value);
}

function genderAgrees(draft: EntityDraft, gender: Gender | undefined): boolean {
  if (gender === undefined || draft.genders.size !== 1) return true;
  return draft.genders.has(gender);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

function normalizeAcronym(name: string): string {
  return name.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

// A middle initial: one letter, with or without its full stop. A module constant, as the bundler remakes a `\p{…}` literal at every call.
const initialWord = /^\p{L}\.?$/u;

/** A person's name key without its middle initials: `gustavo madero` for `gustavo a. madero`; the first and last words stay. */
function withoutInitials(key: string): string {
  const [name = '', ...rest] = key.split('\u0000');
  const words = name.split(' ');
  const kept = words.filter((word, index) => index === 0 || index === words.length - 1 || !initialWord.test(word));
  return [kept.join(' '), ...rest].join('\u0000');
}

/** `Digital Equipment Corporation` → `DEC`: initials of the capitalized words. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => capitalInitial.test(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

function firstOffset(draft: EntityDraft): number {
  // A loop, not `Math.min(...)`: an entity of a long document has more mentions than a call has room for arguments.
  let first = Number.POSITIVE_INFINITY;
  for (const claim of draft.mentions) first = Math.min(first, claim.position.start.offset);
  return first;
}

// `(1510–1551)`, `(c. 1362 – 1405)`, `(born 3 March 1958)` right after a name, perhaps past its bold marks: a life's years.
const lifeAfterName = /^(?:'{2,5}|\*{1,2})?\s?\((?:(?:c\.\s?|\d{1,2}\s\p{L}{3,9}\s|\p{L}{3,9}\s\d{1,2},\s)?(\d{3,4})\s?[–-]\s?(?:c\.\s?|\d{1,2}\s\p{L}{3,9}\s|\p{L}{3,9}\s\d{1,2},\s)?(\d{3,4})|born\s(?:[^()]{0,20}\s)?(\d{3,4}))\)/u;
// Births this many years apart are of two generations, whatever the name.
const generationYears = 15;

/** A life's years: born, and died when the bracket gives it. */
type Life = [number, number | undefined];

/**
 * Whether two lives are two people: births a generation apart, or a
 * different birth and a different death. (One end apart is one person's life
 * told two ways, which the rules compare.)
 */
function otherGeneration([born, died]: Life, [otherBorn, otherDied]: Life): boolean {
  if (Math.abs(born - otherBorn) >= generationYears) return true;
  return died !== undefined && otherDied !== undefined && born !== otherBorn && died !== otherDied;
}

/** The birth and death years written in brackets right after `offset`, when both are given. */
function lifeAfter(text: string, offset: number): Life | undefined {
  const match = lifeAfterName.exec(text.slice(offset, offset + 40));
  if (!match) return undefined;
  return match[3] === undefined ? [Number(match[1]), Number(match[2])] : [Number(match[3]), undefined];
}

/** A name's words as one map key; words hold no spaces. */
function wordsKey(words: readonly string[]): string {
  return words.join(' ');
}

/** The keys of every non-empty contiguous run of `words`: the runs `indexOfRun` can find in them. */
function runKeys(words: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) keys.add(wordsKey(words.slice(start, end)));
  }
  return keys;
}

/** Distinct drafts in creation order. */
function inDraftOrder(drafts: readonly EntityDraft[]): EntityDraft[] {
  return [...new Set(drafts)].sort((a, b) => a.order - b.order);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The canonical name is the fullest: the subject starts from the title, any
 * other entity from its first full name, and a later name replaces it when it
 * holds all its words and more (`Niels Henrik David Bohr` over `Niels Bohr`).
 */
function toEntity(draft: EntityDraft, id: string, title: string | null): Entity {
  const full = draft.aliases.filter((alias) => alias.form === 'full');
  let canonical = draft.isSubject && title ? title : (full[0] ?? draft.aliases[0])?.name ?? '';
  for (const alias of full) {
    const words = nameWords(alias.name);
    const current = nameWords(canonical);
    if (words.length > current.length && current.every((word) => words.includes(word))) canonical = alias.name;
  }
  const aliases: Alias[] = draft.aliases.map((alias) => ({ name: alias.name, form: alias.form, evidence: alias.evidence }));
  const entity: Entity = { id, type: draft.type, canonical, aliases, mentions: draft.mentions.map((claim) => claim.id) };
  if (draft.isSubject) entity.isSubject = true;
  return entity;
}

// Up to three capitalised words of a rank before a name, with one `of the`: `Admiral of the`, `Field Marshal`.
const rankBefore = /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?: of the)?$/u;

// Words that introduce a person's parents: `the son of`, `born to`, `his father`, `her mother`.
const parentCue = /\b(?:(?:son|daughter|child|eldest|youngest)\s+of|born\s+to|(?:his|her)\s+(?:father|mother|parents))\b/i;

/**
 * `Bohr died in 1962` in an article on Niels Bohr that also names his brother
 * Harald Bohr: by encyclopedic convention a bare surname the paragraph does
 * not settle is the article's subject.
 */
function subjectBySurname(claim: NameClaim, candidates: Array<{ draft: EntityDraft; initials: boolean }>): { draft: EntityDraft; initials: boolean } | undefined {
  if (claim.kind !== 'person' || claim.value.form !== 'surname' || claim.value.honorific !== undefined) return undefined;
  return candidates.find((candidate) => candidate.draft.isSubject);
}
