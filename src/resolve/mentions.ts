import type { Frame, FrameArgument } from '../extract/frames/index.js';
import { articleSubject } from '../extract/names/subject.js';
import { personalPronouns, subordinators } from '../lexicon/grammar.js';
import { kinGenders, kinNouns, organizationNouns, placeNouns, roleOfWords } from '../lexicon/roles.js';
import { CHILD_NOUNS, KIN_MODIFIERS } from '../lexicon/kin.js';
import type { ClaimOf } from '../schema/claims.js';
import type { Entity, Mention } from '../schema/entities.js';
import type { ArticleSentence } from '../segment/index.js';
import type { Token } from '../segment/tokens.js';
import { genderOf, type Gender } from './name-keys.js';
import { shipName } from '../lexicon/organizations.js';
import { eventNoun } from '../lexicon/events.js';
import type { ResolvedArticle, Resolver } from './types.js';
import { startsUpperCase } from '../util/letters.js';

const childNouns: ReadonlySet<string> = new Set(CHILD_NOUNS);

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const lowerWord = /^\p{Ll}{3,}$/u;

type NameClaim = ClaimOf<'person' | 'organization' | 'place'>;

/** A mention on the way: a source span, its sentence and, once resolved, its entity. */
interface Draft {
  sentence: number;
  start: number;
  end: number;
  text: string;
  form: Mention['form'];
  entity: Entity | null;
  strategy: string;
  /** Whether it opens its clause as its subject: the most salient place a mention can stand. */
  subject: boolean;
}

// How many words an interjection (`prior to`, `shortly before`) holds between its comma and a pronoun.
const interjectionReach = 3;

// Prepositions that open a phrase of time about a thing's own history: `since its inception`.
const timePrepositions: ReadonlySet<string> = new Set(['since', 'from', 'until', 'till', 'after', 'before', 'upon', 'at']);

// How many words back a plural pronoun looks for a name written in the plural.
const pluralReach = 6;

// Kin nouns that name someone's spouse: the one they married.
const spouseNouns: ReadonlySet<string> = new Set(['husband', 'wife', 'spouse', 'widow', 'widower']);
// Agent nouns of a founding: `the team's founder`.
const founderNouns: ReadonlySet<string> = new Set(['founder', 'co-founder', 'cofounder']);
// A marriage partner the text names in words no entity holds.
const unknownPartner = '';

// How many sentences back, within one section, a pronoun or nominal looks for its antecedent.
const sentencesBack = 3;

// How far before a name a kin noun that gives its gender is looked for: `granddaughter, ` and a space.
const kinWordReach = 16;

/**
 * Links every referring expression of the article to an entity: names (from
 * the entity resolver), personal pronouns, definite nominals (`the company`,
 * `the city`), kin nouns (`his father`) and relative pronouns. The result is
 * the report's `mentions`, each with the strategy that chose its entity, so
 * a reader can ask who `he` is.
 *
 * Pronouns agree in gender and number. `he`/`she` take, in order: the
 * subject of their own sentence before them (not for an object pronoun of
 * that clause), the subject of the previous sentence, the person mentioned
 * most recently within three sentences of the section, the article's subject.
 * `it` and `they` look for an organization or place the same way; `it` in
 * `it was reported that` refers to nothing. `the company`, `the band`,
 * `the city` take the most recent organization (or place) whose name or
 * description has that noun, else the article's subject when it is one.
 * `his father` becomes an entity of its own, `X's father`, unless a name
 * follows in apposition (`his father, John Smith,`).
 */
export const mentionResolver: Resolver = {
  name: 'mentions',
  resolve(resolved) {
    const builder = new MentionBuilder(resolved);
    const { mentions, entities } = builder.build();
    return { ...resolved, mentions, entities: [...resolved.entities, ...entities] };
  },
};

class MentionBuilder {
  private readonly entities: Map<string, Entity>;
  private readonly genders = new Map<string, Gender>();
  private readonly subject: Entity | undefined;
  private readonly subjectNouns: ReadonlySet<string>;
  /** The last words of the subject's names when it is a body or place (`polytechnic` for Kestrel Polytechnic): `the polytechnic` is a nominal for it. */
  private readonly subjectHeads: ReadonlySet<string>;
  private readonly drafts: Draft[] = [];
  /** Index into `drafts` of the first mention of each sentence. */
  private readonly sentenceStart = new Map<number, number>();
  private readonly kin = new Map<string, Entity>();
  /** Relatives named by a plural kin noun (`her parents`, `his sons`): a group, never the antecedent of `he` or `she`. */
  private readonly kinGroups = new Set<string>();
  /** People the article gave a child of their own name (`his son, also named Tobias Renwick`): `the elder` of that name is them. */
  private readonly namesakeChild = new Map<string, string>();
  /** The person each relative named with a kin noun is the relative of, and by which noun (`His father Jacob`: Jacob, the subject's father). */
  private readonly relatives = new Map<string, { owner: Entity; noun: string }>();
  /** The relative named right after an owner's kin noun (`his father Jacob`), by owner and noun: a later bare `his father` is that person. */
  private readonly apposedKin = new Map<string, Entity>();
  /** Person aliases that name a relation (`meir kahane's son`), to the one person bearing each (null when several do). */
  private relationAliases: Map<string, Entity | null> | undefined;
  private readonly newEntities: Entity[] = [];
  /** The entities a nominal's noun heads a name of, by noun (`entitiesHeadedBy`). */
  private readonly headedByNoun = new Map<string, readonly Entity[]>();
  private readonly nameWords = new Map<Entity, ReadonlyArray<readonly string[]>>();
  private nextPerson: number;

  private readonly framesBySentence: ReadonlyMap<number, readonly Frame[]>;

  constructor(private readonly resolved: ResolvedArticle) {
    this.framesBySentence = new Map(resolved.frames.map(({ sentence, frames }) => [sentence, frames]));
    this.entities = new Map(resolved.entities.map((entity) => [entity.id, entity]));
    this.subject = resolved.entities.find((entity) => entity.isSubject);
    this.subjectNouns = new Set(articleSubject(resolved.article)?.nouns ?? []);
    this.subjectHeads = subjectHeadsOf(this.subject);
    this.nextPerson = resolved.entities.filter((entity) => entity.type === 'person').length + 1;
    this.learnGenders();
  }

  build(): { mentions: Mention[]; entities: Entity[] } {
    const names = this.namesBySentence();
    for (const sentence of this.resolved.article.sentences) {
      this.sentenceStart.set(sentence.index, this.drafts.length);
      this.readSentence(sentence, names.get(sentence.index) ?? [], this.resolved.tokens[sentence.index] ?? []);
    }
    this.joinSpouses();
    this.readCataphora();
    const mentions = this.drafts.map((draft) => this.toMention(draft));
    return { mentions, entities: this.newEntities };
  }

  /**
   * `After her husband's death …` and `In 1924, she married Pauli Blomstedt`:
   * a spouse noun whose owner married one named person only is that person,
   * when the genders agree. The marriages are the clause frames', their
   * sides read through the mentions just built.
   */
  private joinSpouses(): void {
    const spouses = [...this.kin.entries()].filter(([key]) => spouseNouns.has(key.split('\u0000')[1] ?? ''));
    if (spouses.length === 0) return;
    const partners = this.marriagePartners();
    for (const [key, kin] of spouses) {
      const owner = key.split('\u0000')[0] as string;
      const found = partners.get(owner);
      const partner = found?.size === 1 ? this.entities.get([...found][0] as string) : undefined;
      const gender = this.genders.get(kin.id);
      if (!partner || partner.id === owner || (gender && this.genders.has(partner.id) && this.genders.get(partner.id) !== gender)) continue;
      for (const draft of this.drafts) {
        if (draft.entity !== kin) continue;
        draft.entity = partner;
        draft.strategy = 'kin-spouse';
      }
      const at = this.newEntities.indexOf(kin);
      if (at >= 0) this.newEntities.splice(at, 1);
    }
  }

  /**
   * `Since its opening in 1934 the bridge has been closed twice`, `After his
   * return, Smith was elected`: a possessive left unresolved in a phrase
   * that opens its sentence points forward to the main clause's subject —
   * the mention right before the clause's first verb — when it agrees.
   */
  private readCataphora(): void {
    for (const draft of this.drafts) {
      if (draft.form !== 'pronoun' || draft.entity !== null) continue;
      const features = personalPronouns.get(draft.text.toLowerCase());
      const sentence = this.resolved.article.sentences[draft.sentence];
      if (!features?.possessive || features.number !== 'singular' || !sentence) continue;
      const subject = this.mainSubjectAfter(sentence, draft);
      if (!subject?.entity) continue;
      const agrees = features.gender === 'neuter' ? subject.entity.type !== 'person' : subject.entity.type === 'person' && (this.genders.get(subject.entity.id) ?? features.gender) === features.gender;
      if (!agrees) continue;
      draft.entity = subject.entity;
      draft.strategy = 'cataphora';
    }
  }

  /** The mention that ends right before the main clause's first verb, when the sentence opens on a preposition or conjunction holding the pronoun. */
  private mainSubjectAfter(sentence: ArticleSentence, pronoun: Draft): Draft | undefined {
    const tokens = this.resolved.tokens[sentence.index] ?? [];
    const opener = tokens[0];
    if (!opener || (opener.pos !== 'ADP' && opener.pos !== 'SCONJ')) return undefined;
    const at = tokens.findIndex((token) => sentence.toSource(token.start) === pronoun.start);
    if (at < 1) return undefined;
    const comma = tokens.findIndex((token, index) => index > at && token.text === ',');
    const verbFrom = (from: number): number => tokens.findIndex((token, index) => index > from && (token.pos === 'VERB' || token.pos === 'AUX'));
    const firstVerb = verbFrom(at);
    // `After its opening, the bridge …`: past the comma that closes the fronted phrase when no verb comes before it.
    const verb = comma >= 0 && (firstVerb < 0 || comma < firstVerb) ? verbFrom(comma) : firstVerb;
    if (verb < 0) return undefined;
    const verbStart = sentence.toSource((tokens[verb] as Token).start);
    const drafts = this.draftsOf(sentence.index).filter((draft) => draft.start > pronoun.end && draft.end <= verbStart);
    const subject = drafts.at(-1);
    if (!subject) return undefined;
    const between = this.resolved.article.text.slice(subject.end, verbStart);
    // Nothing but space and emphasis marks (`the *Courier* was`) between the subject and its verb.
    return /^[\s*_']*$/u.test(between) ? subject : undefined;
  }

  /** Each person's marriage partners named in the article: both sides of every marriage frame, resolved through the mentions (`''` for a side no entity holds). */
  private marriagePartners(): Map<string, Set<string>> {
    const partners = new Map<string, Set<string>>();
    for (const { sentence: index, frames } of this.resolved.frames) {
      const sentence = this.resolved.article.sentences[index];
      if (!sentence) continue;
      for (const frame of frames) {
        if (frame.type !== 'marriage' || frame.negated) continue;
        const sides = [frame.agent, frame.patient].map((argument) => (argument ? this.entityOfArgument(sentence, argument) : undefined));
        const [first, second] = sides;
        // `in 1931 she married Nils Ek`, a name the resolver does not know: another marriage of hers all the same.
        const known = first ?? second;
        if (known && (!first || !second) && frame.agent && frame.patient) partners.set(known.id, new Set([...(partners.get(known.id) ?? []), unknownPartner]));
        if (!first || !second || first === second || first.type !== 'person' || second.type !== 'person') continue;
        for (const [one, other] of [[first, second], [second, first]] as const) {
          const set = partners.get(one.id) ?? new Set<string>();
          set.add(other.id);
          partners.set(one.id, set);
        }
      }
    }
    return partners;
  }

  /** The entity an argument's words name: the name or pronoun they hold (`the engineer Olof Berg`), or with `nominals` a nominal too (`the team`). */
  private entityOfArgument(sentence: ArticleSentence, argument: FrameArgument, nominals = false): Entity | undefined {
    if (argument.start === undefined || argument.end === undefined) return undefined;
    const start = sentence.toSource(argument.start);
    const end = sentence.toSource(argument.end, true);
    return this.draftsOf(sentence.index).find((draft) => draft.start >= start && draft.end <= end && (nominals || draft.form !== 'nominal'))?.entity ?? undefined;
  }

  /** The entity a name argument's claim was resolved to, for a sentence whose mentions are not read yet. */
  private namedEntity(argument: FrameArgument): Entity | undefined {
    const claim = argument.claim === undefined ? undefined : this.resolved.claims.find((candidate) => candidate.id === argument.claim);
    const entity = claim && (claim.kind === 'person' || claim.kind === 'organization' || claim.kind === 'place') ? claim.value.entity : undefined;
    return entity === undefined ? undefined : this.entities.get(entity);
  }

  private namesBySentence(): Map<number, NameClaim[]> {
    const names = new Map<number, NameClaim[]>();
    for (const claim of this.resolved.claims) {
      if ((claim.kind !== 'person' && claim.kind !== 'organization' && claim.kind !== 'place') || claim.value.entity === undefined) continue;
      const list = names.get(claim.sentence);
      if (list) list.push(claim);
      else names.set(claim.sentence, [claim]);
    }
    return names;
  }

  /** `his wife Hilary`, `her husband, Tom Lee`: the gender of the kin noun right before a name. */
  private kinGenderBefore(start: number): 'male' | 'female' | undefined {
    const before = this.resolved.article.text.slice(Math.max(0, start - kinWordReach), start);
    if (!/\s$/.test(before)) return undefined;
    const trimmed = before.trimEnd();
    const words = trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
    return kinGenders.get(words.slice(words.lastIndexOf(' ') + 1).toLowerCase());
  }

  /** Genders from honorifics, given names and kin nouns before names, then the pronoun a biography uses for its subject. */
  private learnGenders(): void {
    const votes = new Map<string, { male: number; female: number }>();
    for (const claim of this.resolved.claims) {
      if (claim.kind !== 'person' || claim.value.entity === undefined) continue;
      const gender = genderOf(claim.value) ?? this.kinGenderBefore(claim.position.start.offset);
      if (!gender) continue;
      const tally = votes.get(claim.value.entity) ?? { male: 0, female: 0 };
      tally[gender]++;
      votes.set(claim.value.entity, tally);
    }
    for (const [id, tally] of votes) if (tally.male !== tally.female) this.genders.set(id, tally.male > tally.female ? 'male' : 'female');
    if (this.subject?.type === 'person' && !this.genders.has(this.subject.id)) {
      let male = 0;
      let female = 0;
      for (const tokens of this.resolved.tokens) {
        for (const token of tokens) {
          if (token.lower === 'he' || token.lower === 'his' || token.lower === 'him') male++;
          if (token.lower === 'she' || token.lower === 'her') female++;
        }
      }
      if (male + female > 0 && male !== female) this.genders.set(this.subject.id, male > female ? 'male' : 'female');
    }
  }

  private readSentence(sentence: ArticleSentence, names: readonly NameClaim[], tokens: readonly Token[]): void {
    const items: Array<{ start: number; end: number; read: () => void }> = [];
    for (const claim of names) {
      const entity = this.entities.get(claim.value.entity as string) ?? null;
      const [start, end] = [claim.position.start.offset, claim.position.end.offset];
      items.push({
        start,
        end,
        read: () => {
          const relative = entity === null ? null : this.namesakeRelative(sentence, tokens, entity, start, end);
          if (relative) this.push(sentence, start, end, 'name', relative, 'kin');
          else this.push(sentence, start, end, 'name', entity, 'name');
        },
      });
    }
    const covered = (start: number, end: number): boolean => names.some((claim) => claim.position.start.offset < end && claim.position.end.offset > start);
    tokens.forEach((token, index) => {
      const pronoun = personalPronouns.get(token.lower) !== undefined && (token.pos === 'PRON' || token.pos === 'DET');
      const relative = token.pos === 'PRON' && (token.lower === 'who' || token.lower === 'whom' || token.lower === 'whose');
      // `the Society` in the National Geographic Society's article: its head word, capitalised as the article writes it.
      // Not a word opening a longer name: `the Jets Flag Crew`.
      const subjectHead = token.pos === 'PROPN' && this.subjectHeads.has(token.lower) && tokens[index - 1]?.lower === 'the' && !['PROPN', 'NOUN'].includes(tokens[index + 1]?.pos ?? '');
      const noun = (token.pos === 'NOUN' || subjectHead) && index > 0;
      // Most tokens can start no mention: they are not mapped to the source nor matched against the names.
      if (!pronoun && !relative && !noun) return;
      const start = sentence.toSource(token.start);
      const end = sentence.toSource(token.end, true);
      if (covered(start, end)) return;
      if (pronoun) {
        items.push({ start, end, read: () => this.readPronoun(sentence, tokens, index, start, end) });
        return;
      }
      if (relative) {
        items.push({ start, end, read: () => this.readRelative(sentence, start, end) });
        return;
      }
      if (noun) {
        const before = tokens[index - 1] as Token;
        const next = tokens[index + 1];
        // `the University of X` is a name, not a nominal.
        if (next?.lower === 'of' && startsUpperCase(token.text)) return;
        // `his wife`, `Strand's elder son`: a kin noun after a possessive, past up to two adjectives.
        const owning = kinNouns.has(token.lemma) ? possessiveBefore(tokens, index) : -1;
        if (owning >= 0) {
          items.push({ start: sentence.toSource((tokens[owning] as Token).start), end, read: () => this.readKin(sentence, tokens, index, owning, end) });
          return;
        }
        if (this.subject?.type === 'person' && this.subjectNouns.has(token.lemma) && determinerBefore(tokens, index, true)?.lower === 'the') {
          const start = sentence.toSource((determinerBefore(tokens, index, true) as Token).start);
          items.push({ start, end, read: () => this.readPersonNominal(sentence, start, end) });
          return;
        }
        const determiner = determinerBefore(tokens, index);
        // `the team's founder`, `its founder`, `the founder`: the one who founded the body, by the frames read so far.
        if (founderNouns.has(token.lemma) && (before.lower === "'s" || before.lower === '’s' || before.lower === 'its' || before.lower === 'their' || before.lower === 'the') && next?.lower !== 'of') {
          items.push({ start, end, read: () => this.readFounder(sentence, before, start, end) });
          return;
        }
        // `the deposed president`, `the new manager`: an office's holder, not a body of `the president of X` or a title before a name.
        const definite = theBeforeOffice(tokens, index);
        const office = definite && next?.lower !== 'of' && next?.pos !== 'PROPN' ? roleOfWords([token.lemma]) : null;
        if (office && definite) {
          const start = sentence.toSource(definite.start);
          items.push({ start, end, read: () => this.readOfficeNominal(sentence, office, start, end) });
          return;
        }
        if (determiner && (organizationNouns.has(token.lemma) || placeNouns.has(token.lemma) || this.subjectHeads.has(token.lemma) || this.subjectNouns.has(token.lemma) || sameKind(token.lemma, this.subjectNouns) || compoundTail(token.lower, this.subjectNouns))) {
          const start = sentence.toSource(determiner.start);
          items.push({ start, end, read: () => this.readNominal(sentence, token, start, end) });
        }
      }
    });
    items.sort((a, b) => a.start - b.start);
    for (const item of items) item.read();
  }

  private push(sentence: ArticleSentence, start: number, end: number, form: Mention['form'], entity: Entity | null, strategy: string): void {
    const first = this.sentenceStart.get(sentence.index) ?? this.drafts.length;
    // `His father was …`: the owner `His` opens the sentence, and the kin noun phrase at its offset is the subject.
    const opening = this.drafts[first];
    const atOpening = first < this.drafts.length && opening?.subject === true && opening.start === start && opening.end < end;
    if (atOpening && opening) opening.subject = false;
    // `When the General Synod of 1910 agreed to …, Ashby was the clergy's choice`: a clause opened by a subordinator
    // has a subject of its own; the main clause's comes after the comma that closes it.
    const closing = this.subordinateClauseEnd(sentence);
    const firstHere = closing === undefined ? this.drafts.length === first : start > closing && !this.drafts.slice(first).some((draft) => draft.start > closing);
    const subject = (firstHere || atOpening) && !this.insideParentheses(sentence, start) && !this.afterVerb(sentence, start) && !this.inFrontedPhrase(sentence, start);
    this.drafts.push({ sentence: sentence.index, start, end, text: this.resolved.article.text.slice(start, end), form, entity, strategy, subject });
  }

  /** Where a clause opening the sentence with a subordinator (`When …`, `After …`) ends: the comma after its verb. */
  private subordinateClauseEnd(sentence: ArticleSentence): number | undefined {
    const tokens = this.resolved.tokens[sentence.index] ?? [];
    if (!subordinators.has(tokens[0]?.lower ?? '') || tokens[0]?.pos === 'ADP') return undefined;
    // `While at Oxford in June 1941, Amis joined …` has no verb before its comma: no clause, and the subject is Amis.
    const comma = tokens.findIndex((token) => token.text === ',');
    const verb = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
    return comma < 0 || verb < 0 || verb > comma ? undefined : sentence.toSource((tokens[comma] as Token).start);
  }

  /**
   * Whether a verb stands between the clause's opening and the mention with
   * no comma after it: `The faction, which remained loyal to Guzmán`, `was
   * bought by Smith` put the name in a verb's complement, not in subject
   * place; `After leaving the army, Smith …` does not.
   */
  private afterVerb(sentence: ArticleSentence, start: number): boolean {
    let verb = false;
    for (const token of this.resolved.tokens[sentence.index] ?? []) {
      if (sentence.toSource(token.start) >= start) break;
      if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
      else if (token.text === ',' || token.text === ';' || token.text === ':') verb = false;
    }
    return verb;
  }

  /**
   * Whether the mention is the object of a prepositional phrase that opens
   * the sentence: `At the request of Alfred Winsloe, the Fourth Sea Lord, he
   * was promoted` — the subject is the `he` after the comma, not Winsloe.
   */
  private inFrontedPhrase(sentence: ArticleSentence, start: number): boolean {
    const tokens = this.resolved.tokens[sentence.index] ?? [];
    const before = tokens.filter((token) => sentence.toSource(token.start) < start);
    // `On Pryor's death in 1860, …`: a possessive right after the opening preposition owns the phrase's noun; a bare name
    // there may be the subject of a clause (`After Smith resigned, …`).
    let past = before.length;
    while (tokens[past]?.pos === 'PROPN') past++;
    const possessive = before.length === 1 && past > 1 && ["'s", '’s'].includes(tokens[past]?.lower ?? '');
    if (before.length < (possessive ? 1 : 2) || before[0]?.pos !== 'ADP' || before.some((token) => token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX')) return false;
    let last = before.length - 1;
    while (last > 0 && (before[last] as Token).pos === 'DET') last--;
    return (before[last] as Token).pos === 'ADP';
  }

  private insideParentheses(sentence: ArticleSentence, start: number): boolean {
    const before = this.resolved.article.text.slice(sentence.position.start.offset, start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  }

  private readPronoun(sentence: ArticleSentence, tokens: readonly Token[], index: number, start: number, end: number): void {
    const token = tokens[index] as Token;
    const features = personalPronouns.get(token.lower);
    if (!features) return;
    if (token.lower === 'it' && this.expletive(tokens, index)) return;
    let wanted = (entity: Entity): boolean => {
      // `She was torpedoed`: a ship is `she`.
      if (features.gender === 'female' && (isShip(entity) || (entity === this.subject && this.subjectNouns.has('ship')))) return true;
      if (features.gender === 'male' || features.gender === 'female') return entity.type === 'person' && !this.kinGroups.has(entity.id) && (this.genders.get(entity.id) ?? features.gender) === features.gender;
      if (features.gender === 'neuter') return entity.type !== 'person';
      return entity.type === 'organization';
    };
    // `Hansa Bank bought it`: an `it` right after its verb is the verb's object.
    const objectPronoun = token.lower === 'him' || token.lower === 'them' || (token.lower === 'her' && !this.possessiveHer(tokens, index)) || (token.lower === 'it' && tokens[index - 1]?.pos === 'VERB');
    // `The flag of the United Kingdom is the Union Flag. It was created in 1606`: `it` is the thing the last sentence opened with.
    if (features.gender === 'neuter' && (this.opensWithThing(sentence, index) || this.thingSubjectBefore(sentence, tokens, index) || this.unresolvedNominalBefore(sentence, index) || this.possessedThingBefore(sentence, start))) {
      this.push(sentence, start, end, 'pronoun', null, 'unresolved');
      return;
    }
    // `owner of the Toronto Blue Jays from their inception`: a plural name just before a plural pronoun is its antecedent, named or not.
    if (features.number === 'plural') {
      const plural = this.pluralNameBefore(sentence, tokens, index, wanted);
      if (plural !== undefined) {
        this.push(sentence, start, end, 'pronoun', plural, plural ? 'plural-name' : 'unresolved');
        return;
      }
      // `He married Frances Upcott in 1841; they had four sons`: after two people and no body in its sentence, `they`
      // are those people together, whom no one entity stands for.
      // `Their eldest son` in the next sentence goes on speaking of them.
      const before = this.draftsOf(sentence.index).filter((draft) => draft.end <= start && draft.entity !== null);
      const people = new Set(before.filter((draft) => draft.entity?.type === 'person').map((draft) => draft.entity)).size >= 2;
      const stillThem = before.length === 0 && this.draftsOf(sentence.index - 1).some((draft) => draft.form === 'pronoun' && draft.entity === null && personalPronouns.get(draft.text.toLowerCase())?.number === 'plural');
      if (before.every((draft) => draft.entity?.type !== 'organization') && (people || stillThem)) {
        this.push(sentence, start, end, 'pronoun', null, 'unresolved');
        return;
      }
    }
    const interjected = objectPronoun ? undefined : this.nameBeforeInterjection(sentence, tokens, index, wanted);
    if (interjected) {
      this.push(sentence, start, end, 'pronoun', interjected, 'apposition');
      return;
    }
    // `his wife Hilary`, `her first husband, Tom Lee`: the owner of a relative is not that relative.
    const relative = this.relativeNamedAfter(sentence, tokens, index);
    if (relative) {
      const owning = wanted;
      wanted = (entity: Entity): boolean => entity !== relative && owning(entity);
    }
    // `The team joined the new national league at its creation in 1979`: the league's creation, whoever the league is.
    if (this.nominalBeforeTimePhrase(tokens, index)) {
      const noun = sentence.toSource((tokens[index - 2] as Token).start);
      const draft = this.draftsOf(sentence.index).find((candidate) => candidate.start <= noun && noun < candidate.end && candidate.form === 'nominal');
      this.push(sentence, start, end, 'pronoun', draft?.entity ?? null, draft?.entity ? 'recent' : 'unresolved');
      return;
    }
    const owner = objectPronoun ? undefined : (this.ownerOfNounBefore(sentence, tokens, index, wanted) ?? this.nameBeforeTimePhrase(sentence, tokens, index, wanted) ?? this.coordinatedOwner(sentence, tokens, index, wanted));
    if (owner) {
      this.push(sentence, start, end, 'pronoun', owner, 'possessor');
      return;
    }
    // `Cook dubbed him`: an object pronoun is never its own verb's subject.
    const clauseSubject = objectPronoun ? this.verbSubjectBefore(sentence, tokens, index) : undefined;
    // `She` after `… to Bertha and Reinhold von Willebrand`: a person whose gender the text shows agrees more surely than one whose gender it never shows.
    const gendered = features.gender === 'male' || features.gender === 'female';
    const sure = gendered ? (entity: Entity): boolean => this.genders.get(entity.id) === features.gender : undefined;
    // `It has been compared to the FARC due to its continued existence`: an `its` is what its clause's `it` is, even unknown.
    const thingSubject = token.lower === 'its' ? this.draftsOf(sentence.index).find((draft) => draft.subject) : undefined;
    if (thingSubject && thingSubject.text.toLowerCase() === 'it' && thingSubject.entity === null && thingSubject.end <= start) {
      this.push(sentence, start, end, 'pronoun', null, 'unresolved');
      return;
    }
    const found = (objectPronoun && !clauseSubject ? this.subjectAcrossRelative(sentence, tokens, index, wanted) : undefined) ?? this.antecedent(sentence, clauseSubject ? (entity) => entity !== clauseSubject && wanted(entity) : wanted, objectPronoun, sure);
    this.push(sentence, start, end, 'pronoun', found?.entity ?? null, found?.strategy ?? 'unresolved');
  }

  /**
   * `Hess, prior to his death in 1998, had been approached`: a pronoun in a
   * short phrase set off by a comma right after a name is that name's —
   * whatever the sentence opened with.
   */
  private nameBeforeInterjection(sentence: ArticleSentence, tokens: readonly Token[], index: number, wanted: (entity: Entity) => boolean): Entity | undefined {
    let at = index - 1;
    while (at >= 0 && index - at <= interjectionReach && ['ADP', 'ADV', 'ADJ', 'SCONJ'].includes((tokens[at] as Token).pos)) at--;
    if (at === index - 1 || (tokens[at] as Token | undefined)?.text !== ',' || at === 0) return undefined;
    const source = sentence.toSource((tokens[at - 1] as Token).end - 1);
    const draft = this.draftsOf(sentence.index).find((candidate) => candidate.start <= source && source < candidate.end && candidate.form === 'name');
    return draft?.entity && wanted(draft.entity) ? draft.entity : undefined;
  }

  /** The entity named right before the verb a pronoun follows: `Cook` in `Cook dubbed him`. */
  private verbSubjectBefore(sentence: ArticleSentence, tokens: readonly Token[], index: number): Entity | undefined {
    let verb = index - 1;
    while (verb >= 0 && (tokens[verb] as Token).pos === 'ADV') verb--;
    if (tokens[verb]?.pos !== 'VERB' || verb < 1) return undefined;
    let at = verb - 1;
    while (at >= 0 && ((tokens[at] as Token).pos === 'AUX' || (tokens[at] as Token).pos === 'ADV')) at--;
    // `his son Georg, born on 4 January 1849, succeeded him`: past a phrase set off by commas to the subject.
    if (tokens[at]?.text === ',') {
      let open = at - 1;
      while (open > 0 && at - open < 12 && tokens[open]?.text !== ',') open--;
      if (tokens[open]?.text === ',') at = open - 1;
    }
    const token = tokens[at];
    if (!token) return undefined;
    const source = sentence.toSource(token.start);
    const draft = this.draftsOf(sentence.index).find((candidate) => candidate.start <= source && source < candidate.end);
    return draft?.entity ?? undefined;
  }

  /**
   * The name written in the plural (`Blue Jays`, `Rangers`) that stands
   * nearest before a plural pronoun in its sentence, with nothing but other
   * words between it and the pronoun's own clause: its entity when the
   * resolver knows it, null when not, undefined when there is no such name.
   */
  private pluralNameBefore(sentence: ArticleSentence, tokens: readonly Token[], index: number, wanted: (entity: Entity) => boolean): Entity | null | undefined {
    for (let at = index - 1; at >= 0 && index - at <= pluralReach; at--) {
      const token = tokens[at] as Token;
      if (token.pos === 'PUNCT' && token.text !== ',') return undefined;
      if (token.pos !== 'PROPN' || !writtenPlural(token.text)) continue;
      const source = sentence.toSource(token.start);
      const draft = this.draftsOf(sentence.index).find((candidate) => candidate.start <= source && source < candidate.end && candidate.form === 'name');
      return draft?.entity && wanted(draft.entity) ? draft.entity : null;
    }
    return undefined;
  }

  /**
   * Whether an `it` opening its sentence follows a sentence whose subject is
   * a thing no mention names (`The flag …`, `The album …`): then `it` is that
   * thing, not the article's subject.
   */
  private opensWithThing(sentence: ArticleSentence, index: number): boolean {
    if (index > 1) return false;
    const previous = this.resolved.article.sentences[sentence.index - 1];
    if (!previous || previous.sectionPath.join('\u0000') !== sentence.sectionPath.join('\u0000')) return false;
    const tokens = this.resolved.tokens[previous.index] ?? [];
    let at = 0;
    while (at < tokens.length && ((tokens[at] as Token).pos === 'DET' || (tokens[at] as Token).pos === 'ADJ')) at++;
    const first = tokens[at];
    // `The Halden Quartet is a string quartet from Bergen, Norway. It …`: a name no entity was made of (a work, an
    // ensemble, a battle) is a thing too, not the place its sentence ends with.
    // Not an event noun the tagger took for a name at the sentence's start (`Construction began in 1887`).
    if (first?.pos === 'PROPN' && previous.where === 'prose' && !(at === 0 && eventNoun(first.lower).length > 0)) {
      const name = previous.toSource(first.start);
      return !this.draftsOf(previous.index).some((draft) => draft.start <= name && name < draft.end);
    }
    if (!first || first.pos !== 'NOUN' || at === 0) return false;
    const start = previous.toSource((tokens[0] as Token).start);
    return !this.draftsOf(previous.index).some((draft) => draft.start === start);
  }

  /**
   * `The city stands at a junction with the Aegean Sea … It has been known
   * as …`: an `it` opening its sentence after one whose subject is a nominal
   * the resolver could not place is that nominal, not the last name read.
   */
  private unresolvedNominalBefore(sentence: ArticleSentence, index: number): boolean {
    if (index > 1) return false;
    const previous = this.resolved.article.sentences[sentence.index - 1];
    if (!previous || previous.sectionPath.join('\u0000') !== sentence.sectionPath.join('\u0000')) return false;
    const subject = this.draftsOf(previous.index).find((draft) => draft.subject);
    return subject !== undefined && subject.form === 'nominal' && subject.entity === null;
  }

  /**
   * `It is unknown when Bitola's clock tower was built. Written sources
   * mention a clock tower, but it is not clear if it is the same one`: an `it`
   * with no name before it in its sentence, after sentences whose last name
   * owns a thing (`Bitola's clock tower`), is that thing, not the owner — and
   * so is every `it` that follows, until a name is read again.
   */
  private possessedThingBefore(sentence: ArticleSentence, start: number): boolean {
    if (this.draftsOf(sentence.index).some((draft) => draft.end <= start && draft.form !== 'pronoun')) return false;
    for (let back = 1; back <= sentencesBack; back++) {
      const previous = this.resolved.article.sentences[sentence.index - back];
      if (!previous || previous.sectionPath.join('\u0000') !== sentence.sectionPath.join('\u0000')) return false;
      const drafts = this.draftsOf(previous.index);
      const last = drafts.filter((draft) => draft.form !== 'pronoun').at(-1);
      if (!last) {
        if (drafts.some((draft) => draft.entity !== null)) return false;
        continue;
      }
      return last.form === 'name' && this.ownsThing(previous, last.end);
    }
    return false;
  }

  /** Whether `'s` and a common noun follow the name ending at `end`: `Bitola's clock tower`. */
  private ownsThing(sentence: ArticleSentence, end: number): boolean {
    const tokens = this.resolved.tokens[sentence.index] ?? [];
    let at = tokens.findIndex((token) => sentence.toSource(token.start) >= end);
    if (at < 0 || !["'s", '’s'].includes((tokens[at] as Token).lower)) return false;
    at++;
    while ((tokens[at] as Token | undefined)?.pos === 'ADJ' || ((tokens[at] as Token | undefined)?.pos === 'NOUN' && (tokens[at + 1] as Token | undefined)?.pos === 'NOUN')) at++;
    const noun = tokens[at];
    return noun !== undefined && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text);
  }

  /**
   * `This program has reached 389 students since its establishment`: an `it`
   * or `its` after a sentence subject that is a thing no mention names (a
   * determiner and a common noun) is that thing.
   */
  private thingSubjectBefore(sentence: ArticleSentence, tokens: readonly Token[], index: number): boolean {
    let at = 0;
    if (!['this', 'the', 'that', 'these'].includes(tokens[0]?.lower ?? '')) return false;
    at = 1;
    while (at < index && (tokens[at] as Token).pos === 'ADJ') at++;
    const noun = tokens[at];
    if (!noun || noun.pos !== 'NOUN' || at >= index || !['AUX', 'VERB'].includes(tokens[at + 1]?.pos ?? '')) return false;
    const start = sentence.toSource((tokens[0] as Token).start);
    const end = sentence.toSource(noun.end, true);
    return !this.draftsOf(sentence.index).some((draft) => draft.start < end && draft.end > start);
  }

  /**
   * `documents Barnard's history from its founding`, `Smith's career after
   * his return`: a possessive pronoun in a phrase on a noun that a name owns
   * is that owner's.
   */
  private ownerOfNounBefore(sentence: ArticleSentence, tokens: readonly Token[], index: number, wanted: (entity: Entity) => boolean): Entity | undefined {
    if (tokens[index - 1]?.pos !== 'ADP' || !this.possessiveHer(tokens, index)) return undefined;
    let at = index - 2;
    while (at >= 0 && ((tokens[at] as Token).pos === 'NOUN' || (tokens[at] as Token).pos === 'ADJ')) at--;
    const mark = tokens[at];
    const name = tokens[at - 1];
    if (at === index - 2 || !mark || (mark.lower !== "'s" && mark.lower !== '’s') || name?.pos !== 'PROPN') return undefined;
    const source = sentence.toSource(name.start);
    const draft = this.draftsOf(sentence.index).find((candidate) => candidate.start <= source && source < candidate.end && candidate.form === 'name');
    return draft?.entity && wanted(draft.entity) ? draft.entity : undefined;
  }

  /**
   * `Mick Tolland, centre, whose reading of the game earned him the nickname`:
   * an object pronoun inside a relative clause on the sentence's subject is
   * that subject, as its own clause has another.
   */
  private subjectAcrossRelative(sentence: ArticleSentence, tokens: readonly Token[], index: number, wanted: (entity: Entity) => boolean): { entity: Entity; strategy: string } | undefined {
    const subject = this.draftsOf(sentence.index).find((draft) => draft.subject);
    if (!subject?.entity || !wanted(subject.entity)) return undefined;
    const opened = tokens.slice(0, index).some((token) => sentence.toSource(token.start) >= subject.end && ['whose', 'which', 'who'].includes(token.lower));
    return opened ? { entity: subject.entity, strategy: 'sentence-subject' } : undefined;
  }

  /**
   * `joined the new national league at its creation`: an `its` opening a
   * phrase of time on an event noun, right after a common noun, is that noun's.
   */
  private nominalBeforeTimePhrase(tokens: readonly Token[], index: number): boolean {
    const noun = tokens[index - 2];
    const event = tokens[index + 1];
    if (tokens[index]?.lower !== 'its' || !timePrepositions.has(tokens[index - 1]?.lower ?? '') || noun?.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) return false;
    return event !== undefined && eventNoun(event.lemma).length > 0;
  }

  /**
   * `MK has been represented on Cornwall Council since its inception in
   * 2009`, `has competed in the Premier League since its formation`: an
   * `its` opening a phrase of time right after the name of a body is that
   * body's, not the clause subject's.
   */
  private nameBeforeTimePhrase(sentence: ArticleSentence, tokens: readonly Token[], index: number, wanted: (entity: Entity) => boolean): Entity | undefined {
    const name = tokens[index - 2];
    if (tokens[index]?.lower !== 'its' || !timePrepositions.has(tokens[index - 1]?.lower ?? '') || name?.pos !== 'PROPN') return undefined;
    const source = sentence.toSource(name.end - 1);
    const draft = this.draftsOf(sentence.index).find((candidate) => candidate.start <= source && source < candidate.end && candidate.form === 'name');
    // `has grown in Penwith since its founding`: a place spoken of is where the subject acts, not what the phrase dates.
    return draft?.entity && !draft.subject && draft.entity.type === 'organization' && wanted(draft.entity) ? draft.entity : undefined;
  }

  /**
   * `the son of Josiah Penhaligon, a pilchard merchant, and his wife Ann`: a
   * possessive right after `and` that joins it to a name (and the name's
   * apposition, no verb between) is that name's, not the clause subject's.
   */
  private coordinatedOwner(sentence: ArticleSentence, tokens: readonly Token[], index: number, wanted: (entity: Entity) => boolean): Entity | undefined {
    if (tokens[index - 1]?.lower !== 'and' || !this.possessiveHer(tokens, index)) return undefined;
    const and = sentence.toSource((tokens[index - 1] as Token).start);
    // Past names of bodies and places in the name's apposition (`a member of the Landsting`), not past another person's.
    const before = this.draftsOf(sentence.index).filter((draft) => draft.end <= and);
    // A common noun of the apposition that names no one (`rector of the parish`) is passed over.
    const name = before.filter((draft) => draft.entity?.type === 'person' || (draft.entity === null && draft.form !== 'nominal')).at(-1);
    if (!name?.entity || name.form !== 'name' || name.subject || !wanted(name.entity)) return undefined;
    const between = tokens.filter((token) => sentence.toSource(token.start) >= name.end && sentence.toSource(token.start) < and);
    const otherPerson = (token: Token): boolean => before.some((draft) => draft !== name && draft.form === 'name' && draft.entity?.type === 'person' && draft.start <= sentence.toSource(token.start) && sentence.toSource(token.start) < draft.end);
    // A verb inside a compound (`an English-born glassblower`) opens no clause, nor does a word of a name (`the River Wend`).
    const inName = (token: Token): boolean => before.some((draft) => draft.form === 'name' && draft.start <= sentence.toSource(token.start) && sentence.toSource(token.start) < draft.end);
    const clauseVerb = (token: Token, at: number): boolean => (token.pos === 'VERB' || token.pos === 'AUX') && between[at - 1]?.text !== '-' && !inName(token);
    return between.every((token, at) => !clauseVerb(token, at) && !otherPerson(token)) ? name.entity : undefined;
  }

  /** The person named right after a possessive pronoun's kin noun: `his (first) wife Hilary` → Hilary. */
  private relativeNamedAfter(sentence: ArticleSentence, tokens: readonly Token[], index: number): Entity | null {
    let at = index + 1;
    while (at <= index + 2 && (tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'NUM')) at++;
    const noun = tokens[at];
    return noun && kinNouns.has(noun.lemma) ? this.apposedName(sentence, sentence.toSource(noun.end, true)) : null;
  }

  /** `her` before a noun is possessive (`her son`); before anything else it is an object (`met her`). */
  private possessiveHer(tokens: readonly Token[], index: number): boolean {
    const next = tokens[index + 1];
    return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM');
  }

  /** `it was reported that`, `it is believed`, `it is possible to`: an `it` that stands for nothing. */
  private expletive(tokens: readonly Token[], index: number): boolean {
    const next = tokens[index + 1];
    const after = tokens[index + 2];
    if (!next || next.lemma !== 'be' || !after) return false;
    if (after.pos === 'ADJ' || after.lower === 'not') return true;
    return after.pos === 'VERB' && ['report', 'say', 'believe', 'estimate', 'think', 'claim', 'know', 'announce', 'decide', 'agree', 'expect', 'rumor', 'rumour', 'suggest', 'note'].includes(after.lemma);
  }

  private antecedent(sentence: ArticleSentence, wanted: (entity: Entity) => boolean, objectPronoun: boolean, sure?: (entity: Entity) => boolean): { entity: Entity; strategy: string } | undefined {
    const sameSentence = this.draftsOf(sentence.index);
    const subject = sameSentence.find((draft) => draft.subject);
    // A pronoun for a subject the resolver guessed (`The paper grew …` after another paper was named) is a guess too.
    const carried = (draft: Draft, strategy: string): string => (draft.strategy === 'subject-guess' ? 'subject-guess' : strategy);
    if (subject?.entity && wanted(subject.entity) && !objectPronoun) return { entity: subject.entity, strategy: carried(subject, 'sentence-subject') };
    // An object pronoun, or one the sentence's subject cannot be (`The MPCP … with Abimael Guzmán, after his capture`): the nearest name before it in its sentence.
    if (objectPronoun || !subject?.entity || !wanted(subject.entity)) {
      // … but a subject pronoun is not the object of the phrase its sentence opens with (`At the request of Alfred Winsloe, … he was promoted`).
      const other = [...sameSentence].reverse().find((draft) => draft.entity && !draft.subject && draft.form !== 'pronoun' && wanted(draft.entity) && !this.citedSource(draft) && (objectPronoun || !this.inFrontedPhrase(sentence, draft.start)));
      if (other?.entity) return { entity: other.entity, strategy: 'recent' };
    }
    const section = sentence.sectionPath.join('\u0000');
    for (let back = 1; back <= sentencesBack; back++) {
      const previous = this.resolved.article.sentences[sentence.index - back];
      if (!previous || previous.sectionPath.join('\u0000') !== section) break;
      const drafts = this.draftsOf(previous.index);
      const previousSubject = drafts.find((draft) => draft.subject);
      // `His father died when he was nine. He graduated …`: past a relative someone owns, the story is the owner's again.
      const ownerThere = previousSubject?.strategy === 'kin' ? drafts.find((draft) => draft !== previousSubject && draft.start === previousSubject.start && draft.entity && wanted(draft.entity)) : undefined;
      if (ownerThere?.entity) return { entity: ownerThere.entity, strategy: back === 1 ? 'previous-subject' : 'recent-sentence' };
      // `==Canon Sydney Robert Elliston== … R. K. Smith was followed by Canon Sydney Robert Elliston. He was installed …`:
      // in a section named after a person, named in the sentence before, the pronoun is that person's.
      const headed = drafts.find((draft) => draft.entity && wanted(draft.entity) && draft.form !== 'pronoun' && sectionNamesPerson(draft.entity, previous));
      if (headed?.entity && headed !== previousSubject) return { entity: headed.entity, strategy: 'section-heading' };
      // The subject of the nearest sentence naming someone who fits outranks the names after it (`Märta … was born … to Bertha and Reinhold. Von Willebrand studied … She`).
      if (previousSubject?.entity && wanted(previousSubject.entity)) return { entity: previousSubject.entity, strategy: carried(previousSubject, back === 1 ? 'previous-subject' : 'recent-sentence') };
      const named = [...drafts].reverse().filter((draft) => draft.entity && wanted(draft.entity) && draft.form !== 'pronoun' && !this.citedSource(draft));
      const recent = (sure ? named.find((draft) => draft.entity && sure(draft.entity)) : undefined) ?? named[0];
      const chain = drafts.find((draft) => draft.entity && wanted(draft.entity));
      // The article's subject, named or referred to in that sentence, outranks a relative known only by a noun (`her mother`).
      const subjectThere = this.subject && wanted(this.subject) ? drafts.find((draft) => draft.entity === this.subject) : undefined;
      const pick = (back === 1 && this.subject && chain?.entity === this.subject) || (subjectThere && recent?.form !== 'name') ? subjectThere ?? chain : recent ?? chain;
      if (pick?.entity) return { entity: pick.entity, strategy: back === 1 ? 'recent' : 'recent-sentence' };
    }
    if (this.subject && wanted(this.subject)) return { entity: this.subject, strategy: 'article-subject' };
    return undefined;
  }

  /**
   * `According to historian Heinrich Wallau, "… he was not in Mainz"`: whom
   * the sentence cites tells it, and is not who its pronouns are.
   */
  private citedSource(draft: Draft): boolean {
    const sentence = this.resolved.article.sentences[draft.sentence];
    return sentence !== undefined && sourceOpener.test(this.resolved.article.text.slice(sentence.position.start.offset, draft.start));
  }

  private draftsOf(sentence: number): Draft[] {
    const first = this.sentenceStart.get(sentence);
    if (first === undefined) return [];
    const list: Draft[] = [];
    for (let at = first; at < this.drafts.length && (this.drafts[at] as Draft).sentence === sentence; at++) list.push(this.drafts[at] as Draft);
    return list;
  }

  private readRelative(sentence: ArticleSentence, start: number, end: number): void {
    const before = this.draftsOf(sentence.index).filter((draft) => draft.end <= start);
    const antecedent = before[before.length - 1];
    const between = antecedent ? this.resolved.article.text.slice(antecedent.end, start) : '';
    const entity = antecedent && /^[\s,(]*$/.test(between) ? antecedent.entity : null;
    this.push(sentence, start, end, 'relative', entity, entity ? 'relative' : 'unresolved');
  }

  private readNominal(sentence: ArticleSentence, token: Token, start: number, end: number): void {
    const wantsPlace = placeNouns.has(token.lemma) && !organizationNouns.has(token.lemma);
    // `the Center` in the article on the Southern Poverty Law Center: the subject's own head word is of its kind.
    // `the crossing` in the article on a bridge: a noun of the subject's own kind is of the subject's type.
    const type: Entity['type'] = this.subject && (sameKind(token.lemma, this.subjectNouns) || compoundTail(token.lower, this.subjectNouns)) ? this.subject.type : wantsPlace && !(this.subject?.type === 'organization' && this.subjectHeads.has(token.lemma)) ? 'place' : 'organization';
    const fits = (entity: Entity): boolean => entity.type === type && this.namesOf(entity).some((words) => headedBy(words, token.lemma));
    const section = sentence.sectionPath.join('\u0000');
    for (let back = 0; back <= sentencesBack; back++) {
      const candidate = this.resolved.article.sentences[sentence.index - back];
      if (!candidate || (back > 0 && candidate.sectionPath.join('\u0000') !== section)) break;
      const drafts = this.draftsOf(candidate.index).filter((draft) => back > 0 || draft.end <= start);
      const match = [...drafts].reverse().find((draft) => draft.entity && fits(draft.entity));
      if (match?.entity) {
        this.push(sentence, start, end, 'nominal', match.entity, 'named-with-noun');
        return;
      }
    }
    // `the city` in an article about a city, `the company` in one about a company: the article's subject —
    // not `the county` in an article about a village.
    if (this.subject && this.subject.type === type && (this.subjectNouns.has(token.lemma) || fits(this.subject) || sameKind(token.lemma, this.subjectNouns) || compoundTail(token.lower, this.subjectNouns))) {
      // Another body of that kind named just before (`Smith sold it to Halden Foods. The company …`) makes it a guess.
      // `the Herald` in the article on the Boston Herald: a capitalised head names the subject; only a body of that name rivals it.
      const rival = startsUpperCase(token.text) ? this.rivalNamed(sentence, start, token.text) : this.rivalBefore(sentence, start, type, token.lemma);
      this.push(sentence, start, end, 'nominal', this.subject, rival ? 'subject-guess' : 'article-subject');
      return;
    }
    // `the local university opened in 1977` in an article naming one university only, even further on: that one. (Not a
    // place: `the city` is as often any city, or the subject under an old name.)
    const only = type === 'organization' ? this.entitiesHeadedBy(token.lemma).filter((entity) => entity.type === type) : [];
    this.push(sentence, start, end, 'nominal', only.length === 1 ? (only[0] as Entity) : null, only.length === 1 ? 'only-of-kind' : 'unresolved');
  }

  /**
   * `The team's founder`, `its founder`, `the founder`: the one person the
   * clause frames read so far say founded the body its owner (or the
   * article's subject, for `the founder`) names.
   */
  private readFounder(sentence: ArticleSentence, before: Token, start: number, end: number): void {
    const owned = before.lower === 'the' ? this.subject : this.draftsOf(sentence.index).filter((draft) => draft.start < start).at(-1)?.entity;
    const founders = new Set<Entity>();
    if (owned && owned.type === 'organization') {
      for (let index = 0; index <= sentence.index; index++) {
        const earlier = this.resolved.article.sentences[index];
        for (const frame of this.framesBySentence.get(index) ?? []) {
          if (!earlier || frame.type !== 'founding' || frame.negated || !frame.agent || !frame.patient) continue;
          if (index === sentence.index && earlier.toSource(frame.trigger[0]) >= start) continue;
          const body = frame.patient.form === 'subject' ? this.subject : this.entityOfArgument(earlier, frame.patient, true);
          if (body !== owned) continue;
          // `founded by John Smith and Mary Jones`: each is a founder, and `the founder` is then no one of them alone.
          for (const agent of [frame.agent, ...(frame.agent.conjuncts ?? [])]) {
            const founder = this.entityOfArgument(earlier, agent);
            if (founder?.type === 'person') founders.add(founder);
          }
        }
      }
    }
    const found = founders.size === 1 ? ([...founders][0] as Entity) : null;
    this.push(sentence, start, end, 'nominal', found, found ? 'founder' : 'unresolved');
  }

  /**
   * `the president`, `the deposed leader`: the person the article last said
   * holds that office, by the clause frames of the sentences read so far
   * (`X was elected president in 1990`, `chairman X`); none, or a holder the
   * resolver could not place, leaves it unresolved.
   */
  private readOfficeNominal(sentence: ArticleSentence, office: string, start: number, end: number): void {
    // `the deposed leader`: the one whom the frames told removed from office near it, whatever the office was called;
    // else, as for any office noun, its last holder.
    // `the bishop, Charles Wyndham Pryor,`: a holder named right after the office noun is the one meant.
    const apposed = this.apposedName(sentence, end);
    if (apposed) {
      this.push(sentence, start, end, 'nominal', apposed, 'apposition');
      return;
    }
    const holder = (removedCue.test(this.resolved.article.text.slice(start, end)) ? this.removedHolder(sentence, start) : undefined) ?? this.lastHolder(sentence, office, start);
    if (holder === undefined) return;
    this.push(sentence, start, end, 'nominal', holder, holder ? 'office-holder' : 'unresolved');
  }

  /** The holder of the office's last frame before `start`: null when the resolver could not place it, undefined when none. */
  private lastHolder(sentence: ArticleSentence, office: string, start: number): Entity | null | undefined {
    for (let index = sentence.index; index >= 0; index--) {
      const frames = this.framesBySentence.get(index) ?? [];
      const earlier = this.resolved.article.sentences[index];
      if (!earlier) continue;
      for (let at = frames.length - 1; at >= 0; at--) {
        const frame = frames[at] as Frame;
        if (frame.type !== 'office' || frame.negated || frame.role !== office || !frame.agent) continue;
        if (index === sentence.index && earlier.toSource(frame.trigger[0]) >= start) continue;
        const holder = this.entityOfArgument(earlier, frame.agent);
        return holder?.type === 'person' ? holder : null;
      }
    }
    return undefined;
  }

  /**
   * The person a removal from office near the sentence names (`by ousting
   * Daoud`, `when Taraki was ousted`): within a few sentences before it, or
   * later in the article by name.
   */
  private removedHolder(sentence: ArticleSentence, start: number): Entity | undefined {
    // A removal told far back is another one (`Daoud` ousted a year before `Taraki`).
    const before = Array.from({ length: Math.min(sentence.index + 1, removalReach) }, (_, back) => sentence.index - back);
    const after = Array.from({ length: this.resolved.article.sentences.length - sentence.index - 1 }, (_, ahead) => sentence.index + 1 + ahead);
    for (const index of [...before, ...after]) {
      const frames = this.framesBySentence.get(index) ?? [];
      const told = this.resolved.article.sentences[index];
      if (!told) continue;
      for (let at = frames.length - 1; at >= 0; at--) {
        const frame = frames[at] as Frame;
        if (frame.type !== 'office' || frame.negated || frame.aspect !== 'end' || !removals.has(frame.predicate) || !frame.agent) continue;
        if (index === sentence.index && told.toSource(frame.trigger[0]) >= start) continue;
        if (index > sentence.index && frame.agent.form !== 'name') continue;
        const holder = index > sentence.index ? this.namedEntity(frame.agent) : this.entityOfArgument(told, frame.agent);
        if (holder?.type === 'person') return holder;
      }
    }
    return undefined;
  }

  /**
   * `The Zulu monarch was killed in 1828` in an article whose lead calls its
   * subject a monarch: the article's subject — a guess when another person
   * is named before it in its sentence or opens the sentence before.
   */
  private readPersonNominal(sentence: ArticleSentence, start: number, end: number): void {
    const other = (draft: Draft): boolean => draft.entity !== null && draft.entity !== this.subject && draft.entity.type === 'person';
    const rival = this.draftsOf(sentence.index).some((draft) => draft.end <= start && other(draft)) || this.draftsOf(sentence.index - 1).some((draft) => draft.subject && other(draft));
    this.push(sentence, start, end, 'nominal', this.subject ?? null, rival ? 'subject-guess' : 'article-subject');
  }

  /**
   * The article's entities with a name headed by `noun` (`Halden Foods Company` for `company`): asked by nominals
   * that no nearby name fits, answered once per noun, so that each is not a scan of every entity's names.
   */
  private entitiesHeadedBy(noun: string): readonly Entity[] {
    let headed = this.headedByNoun.get(noun);
    if (!headed) {
      headed = this.resolved.entities.filter((entity) => this.namesOf(entity).some((words) => headedBy(words, noun)));
      this.headedByNoun.set(noun, headed);
    }
    return headed;
  }

  /** An entity's canonical name and aliases, each as its lower-case words, split once. */
  private namesOf(entity: Entity): ReadonlyArray<readonly string[]> {
    let names = this.nameWords.get(entity);
    if (!names) {
      names = [entity.canonical, ...entity.aliases.map((alias) => alias.name)].map((name) => name.toLowerCase().split(/[\s,]+/u));
      this.nameWords.set(entity, names);
    }
    return names;
  }

  /**
   * Whether an entity of `type` other than the article's subject is named in
   * the sentence before `start` or the one before it — one that may be called
   * by `noun`: `the Northern Union` is no rival of `the club`, its name's head
   * being a body of another kind.
   */
  private rivalBefore(sentence: ArticleSentence, start: number, type: Entity['type'], noun?: string): boolean {
    return this.namedJustBefore(sentence, start).some((draft) => draft.form === 'name' && draft.entity !== null && draft.entity !== this.subject && draft.entity.type === type && (noun === undefined || (!otherKindOfBody(draft.entity.canonical, noun) && !this.namedAsOtherKind(draft, noun) && !(type === 'place' && otherKindOfPlace(draft.entity.canonical, noun)))));
  }

  /** The mentions of the sentence before and of this one up to `start`: where a rival of a nominal is named. */
  private namedJustBefore(sentence: ArticleSentence, start: number): Draft[] {
    return [...this.draftsOf(sentence.index - 1), ...this.draftsOf(sentence.index).filter((draft) => draft.end <= start)];
  }

  /** Whether another entity whose name holds `word` is named in the sentence before `start` or the one before it. */
  private rivalNamed(sentence: ArticleSentence, start: number, word: string): boolean {
    return this.namedJustBefore(sentence, start).some((draft) => draft.form === 'name' && draft.entity !== null && draft.entity !== this.subject && draft.entity.canonical.split(/[\s-]+/u).includes(word));
  }

  /** `the province of Orlena` is no rival of `the city`: the noun before its `of` gives it another kind. */
  private namedAsOtherKind(draft: Draft, noun: string): boolean {
    const before = this.resolved.article.text.slice(Math.max(0, draft.start - 30), draft.start).trimEnd();
    const kind = before.endsWith(' of') ? before.slice(0, -3).trimEnd().split(/\s+/u).at(-1)?.toLowerCase() : undefined;
    return kind !== undefined && kind !== noun && (placeNouns.has(kind) || organizationNouns.has(kind)) && !sameKind(noun, new Set([kind]));
  }

  /** `his father`, `Shaka's mother`, `his father, John Smith`. */
  private readKin(sentence: ArticleSentence, tokens: readonly Token[], index: number, owning: number, end: number): void {
    const noun = tokens[index] as Token;
    const before = tokens[owning] as Token;
    let start = sentence.toSource(before.start);
    const drafts = this.draftsOf(sentence.index);
    let owner: Entity | null = null;
    const apposed = this.apposedName(sentence, end);
    if (before.lower === "'s" || before.lower === '’s') {
      const named = drafts.filter((draft) => draft.end <= start);
      const possessor = named[named.length - 1];
      // Only a person has a wife or a father: `the club's father` is no one's kin.
      owner = possessor?.entity?.type === 'person' ? possessor.entity : null;
      // `Beatty's grandfather` is one mention from the owner's name on.
      if (possessor && possessor.end === start) start = possessor.start;
    } else {
      const features = personalPronouns.get(before.lower);
      // `his wife Hilary`: no one is their own wife.
      const wanted = (entity: Entity): boolean => entity !== apposed && entity.type === 'person' && (features?.gender === 'male' || features?.gender === 'female' ? (this.genders.get(entity.id) ?? features.gender) === features.gender : true);
      // `the son of Hiram Oakhurst (1838–1904), a glassblower, and his wife Margaret`: Hiram's wife.
      owner = this.coordinatedOwner(sentence, tokens, owning, wanted) ?? this.antecedent(sentence, wanted, false)?.entity ?? null;
      // `His father Jacob died in 1739. On 22 June 1751 his father enrolled him`: no one is their own father; the
      // same kin noun again is the same relative, of the same owner.
      const relation = owner ? this.relatives.get(owner.id) : undefined;
      if (relation?.noun === noun.lemma) owner = relation.owner;
    }
    // `his elder son, Aldous,` in the article on Aldous, where `his` is Aldous: no one is their own son; the name is a
    // namesake's.
    const possessor = this.draftsOf(sentence.index).find((draft) => draft.start === start && draft.form === 'pronoun');
    if (apposed && apposed === this.subject && possessor?.entity === apposed) {
      if (childNouns.has(noun.lemma)) this.namesakeChild.set(apposed.id, noun.lemma);
      this.push(sentence, start, end, 'nominal', this.kinEntity(apposed, noun.lemma, start, end), 'kin');
      return;
    }
    if (apposed) {
      if (owner && apposed.id !== owner.id) {
        this.relatives.set(apposed.id, { owner, noun: noun.lemma });
        this.apposedKin.set(`${owner.id}\u0000${noun.lemma}`, apposed);
      }
      this.push(sentence, start, end, 'nominal', apposed, 'apposition');
      return;
    }
    if (!owner) {
      this.push(sentence, start, end, 'nominal', null, 'unresolved');
      return;
    }
    // `Binyamin Ze'ev Kahane (Meir Kahane's son)`: a person the article gave that relation by name is the relative.
    const named = this.namedRelative(owner, noun.lemma) ?? this.apposedKin.get(`${owner.id}\u0000${noun.lemma}`);
    if (named) {
      this.push(sentence, start, end, 'nominal', named, 'kin-named');
      return;
    }
    // `a memoir of her parents`: relatives in the plural are a group of their own.
    if (noun.lower !== noun.lemma && noun.lower.endsWith('s')) {
      const group = this.kinEntity(owner, noun.lower, start, end);
      this.kinGroups.add(group.id);
      this.push(sentence, start, end, 'nominal', group, 'kin');
      return;
    }
    this.push(sentence, start, end, 'nominal', this.kinEntity(owner, noun.lemma, start, end), 'kin');
  }

  /** A person named right after a kin noun: `his father, John,` or `his father John`. */
  private apposedName(sentence: ArticleSentence, end: number): Entity | null {
    const text = this.resolved.article.text;
    for (const claim of this.resolved.claims) {
      if (claim.sentence !== sentence.index || claim.kind !== 'person' || claim.value.entity === undefined) continue;
      const start = claim.position.start.offset;
      // `his father, John Smith`, `her son ("Comrade Basilio")`.
      if (start >= end && /^(?:,?\s*|\s*\(\s*["“]?)$/.test(text.slice(end, start))) return this.entities.get(claim.value.entity) ?? null;
    }
    return null;
  }

  /**
   * `the eldest son of Tomas Ekdahl (1898–1961)`, `His father, also named Tomas
   * Ekdahl`, `His own son, Erik Arvidsen`, and after them `The elder Ekdahl`:
   * the article subject's name (or a short form of it) given to one of the
   * subject's relatives is that relative's, not the subject's. Null when the
   * name at `[start, end)` is the subject's.
   */
  private namesakeRelative(sentence: ArticleSentence, tokens: readonly Token[], entity: Entity, start: number, end: number): Entity | null {
    if (entity.type !== 'person') return null;
    const at = tokens.findIndex((token) => sentence.toSource(token.start) >= start);
    // `His son, also the Rev. Thomas Aske, was vicar`: anyone's relative given their own name, told by `also`.
    const also = this.alsoNamedRelative(sentence, tokens, entity, at);
    if (also) {
      if (childNouns.has(also)) this.namesakeChild.set(entity.id, also);
      return this.kinEntity(entity, also, start, end);
    }
    const [one, two] = [tokens[at - 1], tokens[at - 2]];
    // `The younger William Gale`, once a child was named after them (`his son, also named William Gale`): that child.
    const child = this.namesakeChild.get(entity.id);
    if (one?.lower === 'younger' && two?.lower === 'the' && child !== undefined) return this.kinEntity(entity, child, start, end);
    // `Wilhelm's son, who was named Heinrich after his grandfather. The younger Heinrich Lessmann …`: a child named
    // after a forebear earlier in the article bears the name as `the younger`.
    if (one?.lower === 'younger' && two?.lower === 'the' && this.namedAfterForebear(sentence.index)) return this.kinEntity(entity, 'namesake', start, end);
    if (entity !== this.subject) return null;
    const parent = this.genders.get(entity.id) === 'female' ? 'mother' : 'father';
    if (one?.lower === 'of' && two !== undefined && childNouns.has(two.lemma)) return this.kinEntity(entity, parent, start, end);
    // `His father, also named Tomas Ekdahl`.
    const named = (one?.lower === 'named' || one?.lower === 'called') && two?.lower === 'also' ? tokens.slice(Math.max(0, at - 6), at - 2).find((token) => kinNouns.has(token.lemma)) : undefined;
    if (named) {
      if (childNouns.has(named.lemma)) this.namesakeChild.set(entity.id, named.lemma);
      return this.kinEntity(entity, named.lemma, start, end);
    }
    // `The elder Ekdahl`: once the article has given the subject's name to a parent.
    // Not once a child was named after the subject (`his son, also named Tobias Renwick`): then the elder is the subject.
    if (one?.lower === 'elder' && two?.lower === 'the' && this.kin.has(`${entity.id}\u0000${parent}`) && !this.namesakeChild.has(entity.id)) return this.kinEntity(entity, parent, start, end);
    // `His own son, Erik Arvidsen`: a relative of the subject apposed to the name.
    // `he encouraged his clergy …; his own son, Lieutenant Walter Ashby, was killed`: a possessive the resolver left
    // open, after the subject was named by a pronoun of the same form earlier in the sentence, is the subject's.
    const heldBefore = this.draftsOf(sentence.index).some((draft) => draft.form === 'pronoun' && draft.entity === entity && draft.start < start && personalPronouns.has(draft.text.toLowerCase()));
    const kin = one?.text === ',' ? this.ownedKin(sentence, tokens, at - 2, entity, heldBefore) : undefined;
    if (!kin) return null;
    if (childNouns.has(kin)) this.namesakeChild.set(entity.id, kin);
    return this.kinEntity(entity, kin, start, end);
  }

  /** Whether a sentence up to `last` tells a child `named … after his grandfather` (or another relative). */
  private namedAfterForebear(last: number): boolean {
    return this.resolved.tokens.slice(0, last + 1).some((tokens) =>
      tokens.some((token, index) => token.lower === 'named' && tokens.slice(index + 1, index + 6).some((after, offset) => after.lower === 'after' && tokens.slice(index + offset + 2, index + offset + 5).some((kin) => kinNouns.has(kin.lemma)))),
    );
  }

  /** The kin noun of `his son, also the Rev. X`, `his son, also named Sir X`, when `his` is X: the relation the namesake holds to X. */
  private alsoNamedRelative(sentence: ArticleSentence, tokens: readonly Token[], entity: Entity, at: number): string | undefined {
    let back = at - 1;
    while (back > 0 && ((tokens[back] as Token).lower === 'the' || ((tokens[back] as Token).pos === 'PROPN' && (tokens[back] as Token).text.endsWith('.')))) back--;
    if (tokens[back]?.lower === 'named' || tokens[back]?.lower === 'called') back--;
    if (tokens[back]?.lower !== 'also' || tokens[back - 1]?.text !== ',') return undefined;
    // `His son, also named Ambrose,` opening a section: `also` says the owner bears the name too, so an owner the
    // resolver left open is the name's bearer.
    return this.ownedKin(sentence, tokens, back - 2, entity, true);
  }

  /** The lemma of the kin noun at `noun` when the possessive before it (past `elder` and other modifiers) is `entity`: `his elder son`. */
  private ownedKin(sentence: ArticleSentence, tokens: readonly Token[], noun: number, entity: Entity, openOwner = false): string | undefined {
    const kin = tokens[noun];
    if (!kin || !kinNouns.has(kin.lemma)) return undefined;
    let at = noun;
    while (at > 0 && ((tokens[at - 1] as Token).pos === 'ADJ' || kinModifiers.has((tokens[at - 1] as Token).lower))) at--;
    const owner = tokens[at - 1];
    if (!owner || !personalPronouns.get(owner.lower)?.possessive) return undefined;
    const ownerStart = sentence.toSource(owner.start);
    const owned = this.draftsOf(sentence.index).find((draft) => draft.start === ownerStart)?.entity;
    return owned === entity || (openOwner && owned == null) ? kin.lemma : undefined;
  }

  private kinEntity(owner: Entity, noun: string, start: number, end: number): Entity {
    const key = `${owner.id}\u0000${noun}`;
    const known = this.kin.get(key);
    const evidence = { quote: this.resolved.article.text.slice(start, end), position: this.resolved.article.locator.position(start, end), role: 'kin' };
    if (known) {
      known.aliases[0]?.evidence.push(evidence);
      return known;
    }
    const entity: Entity = {
      id: `person-${this.nextPerson++}`,
      type: 'person',
      canonical: `${owner.canonical}'s ${noun}`,
      aliases: [{ name: `${owner.canonical}'s ${noun}`, form: 'other', evidence: [evidence] }],
      mentions: [],
    };
    this.kin.set(key, entity);
    this.newEntities.push(entity);
    this.entities.set(entity.id, entity);
    const gender = kinGenders.get(noun);
    if (gender === 'male' || gender === 'female') this.genders.set(entity.id, gender);
    return entity;
  }

  /** The one person whose aliases include `<a name of the owner>'s <noun>`, if one does. */
  private namedRelative(owner: Entity, noun: string): Entity | undefined {
    if (!this.relationAliases) {
      this.relationAliases = new Map();
      for (const entity of this.resolved.entities) {
        if (entity.type !== 'person') continue;
        for (const alias of entity.aliases) {
          const name = alias.name.toLowerCase();
          if (!name.includes("'s ")) continue;
          this.relationAliases.set(name, this.relationAliases.has(name) && this.relationAliases.get(name) !== entity ? null : entity);
        }
      }
    }
    for (const alias of owner.aliases) {
      const found = this.relationAliases.get(`${alias.name.toLowerCase()}'s ${noun}`);
      if (found) return found;
    }
    return undefined;
  }

  private toMention(draft: Draft): Mention {
    return {
      text: draft.text,
      position: this.resolved.article.locator.position(draft.start, draft.end),
      sentence: draft.sentence,
      form: draft.form,
      entity: draft.entity?.id ?? null,
      strategy: draft.strategy,
    };
  }
}

// An office noun's modifier that says its holder was put out of it, and the verbs that do so.
const removedCue = /\b(?:deposed|ousted|overthrown|toppled)\b/iu;
const removals: ReadonlySet<string> = new Set(['depose', 'oust', 'overthrow', 'topple', 'remove', 'dismiss']);
// How many sentences back a removal may be told and still be the one a `deposed` noun recalls.
const removalReach = 12;

// The opening of a sentence up to a name it cites: `According to historian `, `In the words of `.
const sourceOpener = /^(?:According to|In the (?:words|view|opinion) of)\b[^,;]*$/u;

function subjectHeadsOf(subject: Entity | undefined): ReadonlySet<string> {
  if (!subject || subject.type === 'person') return new Set();
  // `National Labour Federation of Ostland`: a name with an `of` phrase has its head before the `of`, as `the Federation`.
  const heads = [subject.canonical, ...subject.aliases.map((alias) => alias.name)].flatMap((name) => {
    const words = name.toLowerCase().split(/\s+/);
    const of = words.indexOf('of');
    return [words.at(-1) ?? '', ...(of > 0 ? [words[of - 1] as string] : [])];
  });
  return new Set(heads.filter((head) => lowerWord.test(head)));
}

/** Whether the heading of a sentence's section is a person's name: one of their full names, two words or more, is in it. */
export function sectionNamesPerson(entity: Entity | undefined, sentence: ArticleSentence | undefined): boolean {
  const heading = sentence?.sectionPath.at(-1);
  if (entity?.type !== 'person' || !heading) return false;
  return entity.aliases.some((alias) => alias.form === 'full' && alias.name.includes(' ') && heading.includes(alias.name));
}

/**
 * Finds mentions by where they are, through indexes built once: by their
 * exact span first (`Beatty's grandfather` is one mention, `Beatty` another
 * that starts at the same offset), else by their start.
 */
export function mentionIndex(mentions: readonly Mention[]): (start: number, end?: number) => Mention | undefined {
  const bySpan = new Map<string, Mention>();
  const byStart = new Map<number, Mention>();
  for (const mention of mentions) {
    bySpan.set(`${mention.position.start.offset}:${mention.position.end.offset}`, mention);
    if (!byStart.has(mention.position.start.offset)) byStart.set(mention.position.start.offset, mention);
  }
  return (start, end) => (end === undefined ? undefined : bySpan.get(`${start}:${end}`)) ?? byStart.get(start);
}

/**
 * Whether a name is one of the noun's kind: the noun is a word of it with no
 * other kind's noun after it (`Guatemala City`, `King's College London`, `City
 * of London`, not `Guatemala City Metropolitan Area`, an area).
 */
function headedBy(words: readonly string[], noun: string): boolean {
  // The noun or its plural in `s`, compared in place: a plural string made per word compared was most of what a nominal allocated.
  const at = words.findIndex((word) => word === noun || (word.length === noun.length + 1 && word.endsWith('s') && word.startsWith(noun)));
  if (at < 0) return false;
  for (let index = at + 1; index < words.length; index++) {
    const word = words[index] as string;
    if (word === 'of') return true;
    if (organizationNouns.has(word) || placeNouns.has(word)) return false;
  }
  return true;
}

/** Whether an entity is a ship: an organization named with a ship's prefix (`SS Caledonia`). */
function isShip(entity: Entity): boolean {
  return entity.type === 'organization' && shipName(entity.canonical) !== null;
}

/** The `the` before an office noun and its modifiers, participles included: `the deposed president`, `the new manager`. */
function theBeforeOffice(tokens: readonly Token[], index: number): Token | undefined {
  // `the 58-year-old governor`: a hyphenated age is five tokens more.
  for (let at = index - 1; at >= 0 && at >= index - 8; at--) {
    const token = tokens[at] as Token;
    if (token.lower === 'the') return token;
    const age = token.pos === 'NUM' || token.text === '-' || token.lower === 'year' || token.lower === 'old';
    if (!(token.pos === 'ADJ' || (token.pos === 'VERB' && token.lower.endsWith('ed')) || age)) return undefined;
  }
  return undefined;
}

/** `the stadium`, `the 25,000-capacity stadium`, `this old town`: the `the` or `this` before a noun and its modifiers. */
/** The `the` or `this` opening a noun's phrase; `names` lets proper names modify it (`the Zulu monarch`). */
function determinerBefore(tokens: readonly Token[], index: number, names = false): Token | undefined {
  // `the 35-year-old emir`: a hyphenated age is five tokens; `the 35-kilometre single-track line`, seven.
  for (let at = index - 1; at >= 0 && at >= index - 8; at--) {
    const token = tokens[at] as Token;
    if (token.lower === 'the' || token.lower === 'this') return token;
    if (!(token.pos === 'ADJ' || token.pos === 'NUM' || token.text === '-' || token.pos === 'NOUN' || (names && token.pos === 'PROPN'))) return undefined;
  }
  return undefined;
}

// Nouns for one kind of place or body: an article's `capital` is `the city`, its `company` is `the firm`.
// Nouns of a settlement: any place name may be one (`Ardshire` is no bridge, but it may be the town).
const settlementNouns: ReadonlySet<string> = new Set(['city', 'town', 'village', 'municipality', 'capital', 'borough', 'settlement', 'community', 'hamlet', 'port', 'suburb', 'parish', 'place']);

const kinds: ReadonlyArray<ReadonlySet<string>> = [
  settlementNouns,
  // `The yard was founded in 1858` in the article on a shipbuilding company: a maker's works are the maker.
  new Set(['company', 'firm', 'corporation', 'business', 'manufacturer', 'maker', 'brewery', 'bank', 'airline', 'retailer', 'conglomerate', 'brand', 'yard', 'shipyard', 'shipbuilder']),
  new Set(['group', 'party', 'movement', 'organisation', 'organization', 'faction', 'militia', 'army', 'front']),
  new Set(['club', 'team', 'side', 'franchise', 'squad']),
  new Set(['university', 'college', 'school', 'institute', 'polytechnic', 'academy']),
  new Set(['band', 'group', 'duo', 'trio', 'quartet', 'ensemble', 'orchestra']),
  new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'journal', 'periodical']),
  new Set(['ship', 'vessel', 'boat', 'ferry', 'steamer', 'liner', 'freighter']),
  new Set(['bridge', 'crossing', 'viaduct']),
  new Set(['railway', 'railroad', 'line']),
  new Set(['festival', 'fair', 'event']),
  // `the auditorium has held 1,420 people` in the article on a theatre: the hall is the theatre's own.
  new Set(['theatre', 'theater', 'playhouse', 'auditorium', 'cinema', 'venue']),
  new Set(['stadium', 'ground', 'arena']),
];

/** The index of the possessive before a kin noun (`his`, `'s`), past up to two adjectives (`elder`, `late`), or -1. */
function possessiveBefore(tokens: readonly Token[], index: number): number {
  for (let at = index - 1; at >= 0 && index - at <= 3; at--) {
    const token = tokens[at] as Token;
    if (personalPronouns.get(token.lower)?.possessive || token.lower === "'s" || token.lower === '’s') return at;
    if (token.pos !== 'ADJ' && !kinModifiers.has(token.lower)) return -1;
  }
  return -1;
}

const kinModifiers: ReadonlySet<string> = new Set(KIN_MODIFIERS);

/** Whether a body's name ends on the head noun of a body that `noun` does not call: `Northern Union` for `club`. */
function otherKindOfBody(name: string, noun: string): boolean {
  const head = name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return head !== noun && organizationNouns.has(head) && !sameKind(noun, new Set([head]));
}

/**
 * Whether a place's name cannot be called by `noun`: `the bridge`, `the
 * tower` (a structure, not a settlement) is only a place whose name ends on
 * that noun or one of its kind — not `Ardshire`.
 */
function otherKindOfPlace(name: string, noun: string): boolean {
  if (settlementNouns.has(noun) || !placeNouns.has(noun)) return false;
  const head = name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return head !== noun && !sameKind(noun, new Set([head]));
}

/** Whether a noun names the same kind of thing as one of the subject's own nouns. */
/** `the works` in the article on Velmont Glassworks: the last part of a compound noun the subject is called by. */
function compoundTail(noun: string, subjectNouns: ReadonlySet<string>): boolean {
  return noun.length >= 4 && [...subjectNouns].some((own) => own.length >= noun.length + 3 && own.endsWith(noun));
}

function sameKind(noun: string, subjectNouns: ReadonlySet<string>): boolean {
  return kinds.some((kind) => kind.has(noun) && [...subjectNouns].some((own) => kind.has(own)));
}

/** A capitalized word in the English plural: `Jays`, `Beatles`, `Rangers`; not `Jones`'s double s or a possessive. */
function writtenPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") && !word.endsWith('’s') && startsUpperCase(word);
}
