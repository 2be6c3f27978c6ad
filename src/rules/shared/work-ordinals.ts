import type { RuleContext, RuleFinding } from '../../check/index.js';
import { workNouns } from '../../lexicon/events.js';
import type { EventClaim, RankClaim } from '../../schema/claims.js';
import { titleKey, whenOf, yearOf } from './events.js';

interface ListedWork {
  title: string;
  year: number;
  event: EventClaim;
}

/**
 * `their third studio album, Lanterns` against a table of studio albums in
 * which Lanterns is the second by year: an ordinal of a work against its
 * place in the article's own list of that kind of work. The list must sit
 * under a heading naming the rank's noun (`Studio albums`, `Novels`), every
 * row dated by a different year, so the order is the one the list tells.
 */
export function workOrdinalFindings(context: RuleContext): RuleFinding[] {
  const lists = worksBySection(context);
  if (lists.size === 0) return [];
  const findings: RuleFinding[] = [];
  for (const rank of context.claimsOf('rank')) {
    const noun = rank.value.of?.toLowerCase();
    const head = noun?.split(' ').at(-1);
    // Works an ordinal counts (`their third studio album`, `his second novel`), by the last word of the rank's noun.
    if (!noun || !head || !workNouns.has(head)) continue;
    const title = apposedTitle(context, rank);
    if (!title) continue;
    for (const [heading, works] of lists) {
      if (!headingNames(heading, noun)) continue;
      const place = works.findIndex((work) => sameTitle(work.title, title));
      const listed = works[place];
      if (!listed || place + 1 === rank.value.ordinal) continue;
      findings.push({
        message: `\`${title}\` is called the ${rank.text} but is number ${place + 1} by year in the list of ${heading.toLowerCase()}`,
        evidence: [context.evidence(rank, 'ordinal in the prose'), context.evidence(listed.event, 'its row in the list'), ...works.slice(0, place).map((work) => context.evidence(work.event, 'an earlier row'))],
        reasoning: [
          `the list of ${heading.toLowerCase()} dates ${works.length} works, each in a different year`,
          `${place} of them come out before \`${listed.title}\` (${listed.year}), making it number ${place + 1}, not ${rank.value.ordinal}`,
        ],
        severity: 'warning',
      });
    }
  }
  return findings;
}

/** The dated rows of each table of works, by the heading they sit under, in year order; lists with two rows of one year are left out. */
function worksBySection(context: RuleContext): Map<string, ListedWork[]> {
  const lists = new Map<string, ListedWork[]>();
  for (const event of context.events) {
    const title = event.value.patient;
    if (event.value.type !== 'publication' || event.value.source === 'infobox' || title?.strategy !== 'row-head') continue;
    const date = whenOf(context, event).date;
    const year = date ? yearOf(date.point) : null;
    const heading = context.sentences[event.sentence]?.sectionPath.at(-1);
    if (year === null || !heading) continue;
    lists.set(heading, [...(lists.get(heading) ?? []), { title: title.text, year, event }]);
  }
  for (const [heading, works] of lists) {
    const years = new Set(works.map((work) => work.year));
    if (years.size !== works.length || works.length < 2) lists.delete(heading);
    else works.sort((a, b) => a.year - b.year);
  }
  return lists;
}

/** `their third studio album, Lanterns,` or `Halcyon Static, their fourth album,`: the title set beside the rank by a comma. */
function apposedTitle(context: RuleContext, rank: RankClaim): string | undefined {
  const sentence = context.sentences[rank.sentence];
  if (!sentence) return undefined;
  const start = sentence.fromSource(rank.position.start.offset);
  const end = sentence.fromSource(rank.position.end.offset);
  const after = /^,\s+([^,;.()]{1,80})/u.exec(sentence.plain.slice(end))?.[1];
  if (after && startsTitle(after)) return after.trim();
  const words = sentence.plain.slice(0, start).trimEnd().split(/\s+/u);
  const determiner = words.pop();
  const rest = words.join(' ');
  if (determiner === undefined || !possessiveDeterminers.has(determiner.toLowerCase()) || !rest.endsWith(',')) return undefined;
  return trailingTitle(rest.slice(0, -1).split(/[,;:()]/u).at(-1) ?? '');
}

const possessiveDeterminers: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its']);

// Short words a title may hold between its capitalised ones: `Salt and Stone`, `The Bell at Lowen`.
const titleJoiners: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'by', '&']);

/** `In 2016 they released Harbour Lights` → `Harbour Lights`: the run of title words the text ends with. */
function trailingTitle(text: string): string | undefined {
  const words = text.trim().split(/\s+/u);
  let first = words.length;
  while (first > 0 && (startsTitle(words[first - 1] as string) || (titleJoiners.has(words[first - 1] as string) && first > 1 && startsTitle(words[first - 2] as string)))) first--;
  while (first < words.length && titleJoiners.has(words[first] as string)) first++;
  return first < words.length ? words.slice(first).join(' ') : undefined;
}

function startsTitle(text: string): boolean {
  return /^["“]?\p{Lu}/u.test(text.trim());
}

function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

/** `Studio albums` names `studio album`; `Albums` names `album` and `studio album`; `Works` names neither. */
function headingNames(heading: string, noun: string): boolean {
  const words = heading.toLowerCase().split(/\s+/u).map((word) => word.replace(/s$/u, ''));
  const wanted = noun.split(' ');
  const head = wanted.at(-1) as string;
  if (!words.includes(head)) return false;
  // `studio album` against `Live albums`: the heading's other words must be the rank's.
  return words.filter((word) => word !== head).every((word) => wanted.includes(word));
}
