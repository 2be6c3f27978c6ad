/**
 * Coreference scores of claimcheck's mentions against GUM gold: alignment by
 * head token, mention recall, link precision and recall per gold form, MUC
 * and B³ (CoNLL-scorer definitions). The definitions are those of
 * ../shared/eval/ud/score-coref.mjs; only where the response comes from
 * differs (the report's mention list, with exact positions).
 */
import { headOf, type CorefDocument, type CorefToken, type GoldMention, type MentionForm } from './gum-coref.js';

/** Gold entity types scored. */
export const scoredTypes: ReadonlySet<string> = new Set(['person', 'organization']);

/** One mention of claimcheck's, as scored: a source span and the entity it was put in. */
export interface ResponseMention {
  start: number;
  end: number;
  /** The entity id; a mention without one gets a key of its own, so it is a singleton. */
  entity: string;
  /** claimcheck's own form: name, pronoun, nominal, relative. */
  form: string;
  /** Whether it has no entity (scored as a singleton). */
  unresolved: boolean;
  /** The strategy that chose its entity, for error listings. */
  strategy: string;
}

/** A count: [hits, total]. */
export type Ratio = [number, number];

/** Sums for one document or many. */
export interface CorefTotals {
  docs: number;
  /** Gold person/organization mentions found, by gold form and `all`. */
  found: Record<string, Ratio>;
  /** Link precision among mentions aligned with person/organization gold, by the later mention's gold form. */
  linkPrecision: Record<string, Ratio>;
  /** Link precision counting pairs aligned with gold of any type. */
  linkPrecisionAnyType: Ratio;
  /** Coreferent gold pairs, both aligned, put in one entity. */
  linkRecall: Record<string, Ratio>;
  /** Coreferent gold pairs put in one entity, over all of them. */
  linkRecallEndToEnd: Record<string, Ratio>;
  misses: { unresolved: number; split: number };
  /** [P numerator, P denominator, R numerator, R denominator]. */
  muc: [number, number, number, number];
  b3: [number, number, number, number];
  /** claimcheck's mentions by its own form: emitted, aligned with person/organization gold, with other gold, unaligned, duplicates. */
  response: Record<string, { emitted: number; kept: number; other: number; unaligned: number; duplicate: number; unresolved: number }>;
  /** Resolved pronouns aligned with a person/organization gold mention whose gold antecedent chain agrees with the one they were put in. */
  pronounAgreement: Ratio;
  /**
   * By claimcheck's form and strategy (`pronoun previous-subject`): mentions aligned with person/organization
   * gold whose nearest earlier mention in their entity is of their gold chain, over those with an earlier mention.
   */
  antecedents: Record<string, Ratio>;
  /** Gold person/organization mentions left out because their line was dropped (a title heading). */
  dropped: number;
  /** Gold person/organization mentions missed where a place name was found. */
  placeOnly: number;
}

/** Totals with nothing counted. */
export function emptyTotals(): CorefTotals {
  return {
    docs: 0,
    found: {},
    linkPrecision: {},
    linkPrecisionAnyType: [0, 0],
    linkRecall: {},
    linkRecallEndToEnd: {},
    misses: { unresolved: 0, split: 0 },
    muc: [0, 0, 0, 0],
    b3: [0, 0, 0, 0],
    response: {},
    pronounAgreement: [0, 0],
    antecedents: {},
    dropped: 0,
    placeOnly: 0,
  };
}

function count(record: Record<string, Ratio>, key: string, hit: boolean): void {
  const ratio = (record[key] ??= [0, 0]);
  ratio[0] += hit ? 1 : 0;
  ratio[1] += 1;
}

function addRatio(to: Ratio, from: Ratio): void {
  to[0] += from[0];
  to[1] += from[1];
}

/** Adds one document's totals to a running sum. */
export function addTotals(to: CorefTotals, from: CorefTotals): void {
  to.docs += from.docs;
  for (const key of ['found', 'linkPrecision', 'linkRecall', 'linkRecallEndToEnd', 'antecedents'] as const) {
    for (const [form, ratio] of Object.entries(from[key])) addRatio((to[key][form] ??= [0, 0]), ratio);
  }
  addRatio(to.linkPrecisionAnyType, from.linkPrecisionAnyType);
  addRatio(to.pronounAgreement, from.pronounAgreement);
  to.misses.unresolved += from.misses.unresolved;
  to.misses.split += from.misses.split;
  to.muc = to.muc.map((value, index) => value + (from.muc[index] as number)) as CorefTotals['muc'];
  to.b3 = to.b3.map((value, index) => value + (from.b3[index] as number)) as CorefTotals['b3'];
  for (const [form, counts] of Object.entries(from.response)) {
    const sum = (to.response[form] ??= { emitted: 0, kept: 0, other: 0, unaligned: 0, duplicate: 0, unresolved: 0 });
    for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += counts[key];
  }
  to.dropped += from.dropped;
  to.placeOnly += from.placeOnly;
}

/**
 * The gold mention a response span aligns with, or -1. The span's head is
 * the gold token it covers whose head it does not cover; the gold mention
 * whose own head that token is wins (closest in tokens, person/organization
 * on a tie), else the closest person/organization mention holding it.
 */
export function alignMention(span: { start: number; end: number }, document: CorefDocument): number {
  const covered = document.tokens.filter((token) => token.start !== null && token.end !== null && token.start < span.end && token.end > span.start);
  if (covered.length === 0) return -1;
  const inside = new Set(covered.map((token) => token.index));
  const head = (headOf(covered, inside) as CorefToken).index;
  let best = -1;
  let bestRank = Number.POSITIVE_INFINITY;
  document.mentions.forEach((gold, index) => {
    if (gold.dropped || !gold.tokens.has(head) || (gold.head.index !== head && !scoredTypes.has(gold.type))) return;
    const apart = [...gold.tokens].filter((token) => !inside.has(token)).length + covered.filter((token) => !gold.tokens.has(token.index)).length;
    const rank = (gold.head.index === head ? 0 : 1e6) + apart * 10 + (scoredTypes.has(gold.type) ? 0 : 1);
    if (rank < bestRank) {
      best = index;
      bestRank = rank;
    }
  });
  return best;
}

/** Entities as lists of mention keys. */
function chains(entityOf: ReadonlyMap<string, string>): string[][] {
  const byEntity = new Map<string, string[]>();
  for (const [mention, entity] of entityOf) byEntity.set(entity, [...(byEntity.get(entity) ?? []), mention]);
  return [...byEntity.values()];
}

/** MUC over chains `a` against the partition `other`: [Σ |a| − partitions, Σ |a| − 1]. */
function muc(a: readonly string[][], other: ReadonlyMap<string, string>): [number, number] {
  let numerator = 0;
  let denominator = 0;
  for (const chain of a) {
    numerator += chain.length - new Set(chain.map((mention) => (other.has(mention) ? `=${other.get(mention)}` : mention))).size;
    denominator += chain.length - 1;
  }
  return [numerator, denominator];
}

/** B³ over chains `a` against `other`: [Σ Σ n²/|a|, Σ |a|]. */
function b3(a: readonly string[][], other: ReadonlyMap<string, string>): [number, number] {
  let numerator = 0;
  let denominator = 0;
  for (const chain of a) {
    const overlap = new Map<string, number>();
    for (const mention of chain) if (other.has(mention)) overlap.set(other.get(mention) as string, (overlap.get(other.get(mention) as string) ?? 0) + 1);
    for (const n of overlap.values()) numerator += (n * n) / chain.length;
    denominator += chain.length;
  }
  return [numerator, denominator];
}

/** A pronoun's person, gender and number, as agreement compares them. */
function pronounClass(text: string): string | undefined {
  const word = text.toLowerCase();
  if (/^(?:he|him|his|himself)$/.test(word)) return 'male';
  if (/^(?:she|her|hers|herself)$/.test(word)) return 'female';
  if (/^(?:it|its|itself)$/.test(word)) return 'neuter';
  if (/^(?:they|them|their|theirs|themselves)$/.test(word)) return 'plural';
  return undefined;
}

/** What a detailed run lists: the misses and wrong links of a document. */
export interface CorefErrors {
  /** Gold person/organization mentions no response mention aligned with. */
  missed: GoldMention[];
  /** Response mentions put in one entity with an earlier one of another gold chain. */
  wrong: Array<{ mention: ResponseMention; gold: GoldMention; antecedent: ResponseMention; antecedentGold: GoldMention }>;
}

/**
 * Scores one document: `response` are claimcheck's person/organization
 * mentions (a name without entity included, as a singleton), `places` its
 * place names (only to tell how many missed mentions a place name took).
 */
export function scoreDocument(document: CorefDocument, response: readonly ResponseMention[], places: ReadonlyArray<{ start: number; end: number }>): { totals: CorefTotals; errors: CorefErrors } {
  const gold = document.mentions;
  const totals = emptyTotals();
  totals.docs = 1;
  const taken = new Map<number, ResponseMention>();
  const goldOf = new Map<ResponseMention, number>();
  for (const mention of response) {
    const counts = (totals.response[mention.form] ??= { emitted: 0, kept: 0, other: 0, unaligned: 0, duplicate: 0, unresolved: 0 });
    counts.emitted++;
    if (mention.unresolved) counts.unresolved++;
    const index = alignMention(mention, document);
    if (index < 0) counts.unaligned++;
    else if (taken.has(index)) counts.duplicate++;
    else {
      taken.set(index, mention);
      goldOf.set(mention, index);
      if (scoredTypes.has((gold[index] as GoldMention).type)) counts.kept++;
      else counts.other++;
    }
  }
  const placeHits = new Set(places.map((place) => alignMention(place, document)));
  const key = gold
    .map((_, index) => index)
    .filter((index) => scoredTypes.has((gold[index] as GoldMention).type) && !(gold[index] as GoldMention).dropped)
    .sort((a, b) => ((gold[a] as GoldMention).start as number) - ((gold[b] as GoldMention).start as number));
  totals.dropped = gold.filter((mention) => scoredTypes.has(mention.type) && mention.dropped).length;
  for (const index of key) for (const form of [(gold[index] as GoldMention).form, 'all']) count(totals.found, form, taken.has(index));
  totals.placeOnly = key.filter((index) => !taken.has(index) && placeHits.has(index)).length;

  const errors: CorefErrors = { missed: key.filter((index) => !taken.has(index)).map((index) => gold[index] as GoldMention), wrong: [] };
  const aligned = response.filter((mention) => goldOf.has(mention)).sort((a, b) => a.start - b.start);
  for (let later = 0; later < aligned.length; later++) {
    const b = aligned[later] as ResponseMention;
    const bGold = gold[goldOf.get(b) as number] as GoldMention;
    for (let earlier = 0; earlier < later; earlier++) {
      const a = aligned[earlier] as ResponseMention;
      if (a.entity !== b.entity || a.unresolved) continue;
      const aGold = gold[goldOf.get(a) as number] as GoldMention;
      const hit = aGold.entity === bGold.entity;
      totals.linkPrecisionAnyType[0] += hit ? 1 : 0;
      totals.linkPrecisionAnyType[1] += 1;
      if (!scoredTypes.has(aGold.type) || !scoredTypes.has(bGold.type)) continue;
      for (const form of [bGold.form, 'all']) count(totals.linkPrecision, form, hit);
    }
    // Listed: a mention whose nearest earlier mention in its entity is of another gold chain (where the entity goes astray).
    const antecedent = [...aligned.slice(0, later)].reverse().find((a) => a.entity === b.entity && !a.unresolved);
    const antecedentGold = antecedent ? (gold[goldOf.get(antecedent) as number] as GoldMention) : undefined;
    if (antecedent && antecedentGold && scoredTypes.has(bGold.type) && !b.unresolved) count(totals.antecedents, `${b.form} ${b.strategy}`, antecedentGold.entity === bGold.entity);
    if (antecedent && antecedentGold && antecedentGold.entity !== bGold.entity && scoredTypes.has(bGold.type) && scoredTypes.has(antecedentGold.type)) {
      errors.wrong.push({ mention: b, gold: bGold, antecedent, antecedentGold });
    }
  }
  for (let later = 0; later < key.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      const [ga, gb] = [gold[key[earlier] as number] as GoldMention, gold[key[later] as number] as GoldMention];
      if (ga.entity !== gb.entity) continue;
      const [a, b] = [taken.get(key[earlier] as number), taken.get(key[later] as number)];
      const hit = a !== undefined && b !== undefined && a.entity === b.entity;
      for (const form of [gb.form, 'all']) {
        if (a && b) count(totals.linkRecall, form, hit);
        count(totals.linkRecallEndToEnd, form, hit);
      }
      if (a && b && !hit) totals.misses[a.unresolved || b.unresolved ? 'unresolved' : 'split']++;
    }
  }

  // MUC and B³: key = gold person/organization chains; response = claimcheck's entities, a mention named by its gold twin.
  const keyOf = new Map(key.map((index) => [`g${index}`, (gold[index] as GoldMention).entity]));
  const responseOf = new Map<string, string>();
  response.forEach((mention, n) => {
    const index = goldOf.get(mention);
    responseOf.set(index !== undefined && keyOf.has(`g${index}`) ? `g${index}` : `r${n}`, mention.entity);
  });
  totals.muc = [...muc(chains(responseOf), keyOf), ...muc(chains(keyOf), responseOf)];
  totals.b3 = [...b3(chains(responseOf), keyOf), ...b3(chains(keyOf), responseOf)];

  // Agreement: a resolved pronoun agrees when the gold chain its entity mostly stands for uses a pronoun of its class.
  const chainOfEntity = new Map<string, string>();
  const votes = new Map<string, Map<string, number>>();
  for (const [mention, index] of goldOf) {
    if (mention.unresolved) continue;
    const tally = votes.get(mention.entity) ?? new Map<string, number>();
    const goldEntity = (gold[index] as GoldMention).entity;
    tally.set(goldEntity, (tally.get(goldEntity) ?? 0) + 1);
    votes.set(mention.entity, tally);
  }
  for (const [entity, tally] of votes) chainOfEntity.set(entity, [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] as string);
  const classesOf = new Map<string, Set<string>>();
  for (const mention of gold) {
    const form = pronounClass(document.text.slice(mention.head.start ?? 0, mention.head.end ?? 0));
    if (mention.form === 'pronoun' && form && mention.start !== null) classesOf.set(mention.entity, (classesOf.get(mention.entity) ?? new Set()).add(form));
  }
  for (const mention of response) {
    const form = pronounClass(document.text.slice(mention.start, mention.end));
    if (mention.unresolved || !form || !goldOf.has(mention)) continue;
    const classes = classesOf.get(chainOfEntity.get(mention.entity) ?? '');
    if (!classes) continue;
    totals.pronounAgreement[0] += classes.has(form) ? 1 : 0;
    totals.pronounAgreement[1] += 1;
  }
  return { totals, errors };
}

/** `0.123`, or `-` for nothing counted. */
export function ratio(value: Ratio | undefined): string {
  return value && value[1] > 0 ? (value[0] / value[1]).toFixed(3) : '-';
}

/** Precision, recall and F from the four MUC or B³ sums. */
export function prf([pn, pd, rn, rd]: readonly number[]): { p: number; r: number; f: number } {
  const p = pd ? (pn as number) / (pd as number) : 0;
  const r = rd ? (rn as number) / (rd as number) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The gold forms, in table order. */
export const goldForms: readonly MentionForm[] = ['name', 'pronoun', 'nominal'];
