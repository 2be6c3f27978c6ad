/**
 * GUM documents (../shared/eval/ud/gum) as claimcheck reads them, with their
 * gold coreference: the text rebuilt in claimcheck's wiki form, every gold
 * token with its offsets in that text, every gold mention with its head and
 * form. The definitions follow ../shared/eval/ud/score-coref.mjs, so both
 * scorers measure the same thing (see that script's header).
 */
import { readFileSync } from 'node:fs';

/** A gold token with its offsets in the rebuilt document (null when its line was dropped). */
export interface CorefToken {
  form: string;
  upos: string;
  /** Index in the document's token list. */
  index: number;
  /** Document index of the token it depends on, -1 for the root. */
  headIndex: number;
  start: number | null;
  end: number | null;
  /** Part of a multi-word token (`Bernoulli's`): its offsets may be the surface form's. */
  inRange: boolean;
}

/** The form of a mention, from its head token's part of speech. */
export type MentionForm = 'name' | 'pronoun' | 'nominal';

/** One gold mention: an entity's id and type, its tokens and head. */
export interface GoldMention {
  entity: string;
  type: string;
  tokens: ReadonlySet<number>;
  head: CorefToken;
  form: MentionForm;
  start: number | null;
  end: number | null;
  /** Its line was dropped (a first heading repeating the title). */
  dropped: boolean;
}

/** A GUM document rebuilt: the text claimcheck reads, the gold tokens and mentions. */
export interface CorefDocument {
  name: string;
  text: string;
  tokens: CorefToken[];
  mentions: GoldMention[];
}

interface RawToken {
  form: string;
  upos: string;
  head: number;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  inRange: boolean;
}

interface RawSentence {
  newpar: boolean;
  block: string;
  text: string;
  tokens: RawToken[];
  /** Where the sentence starts in the rebuilt text; undefined when dropped. */
  offset?: number;
}

interface RawMention {
  entity: string;
  type: string;
  sentence: number;
  first: number;
  last: number;
}

/** `(ID-type-…` opens a mention, `(ID-type-…)` is a one-token mention, `ID)` closes the innermost open one of ID. */
function readEntityField(field: string, onOpen: (id: string, type: string, identity: string, closed: boolean) => void, onClose: (id: string) => void): void {
  let at = 0;
  while (at < field.length) {
    if (field[at] === '(') {
      let stop = at + 1;
      while (stop < field.length && field[stop] !== '(' && field[stop] !== ')') stop++;
      const [id = '', type = '', ...rest] = field.slice(at + 1, stop).split('-');
      const closed = field[stop] === ')';
      onOpen(id, type, rest.slice(5).join('-'), closed);
      at = closed ? stop + 1 : stop;
      continue;
    }
    const close = /^(\d+)\)/.exec(field.slice(at));
    if (!close) throw new Error(`bad Entity field ${field}`);
    onClose(close[1] as string);
    at += close[0].length;
  }
}

function readSentences(source: string, mergeIdentity: boolean): { title: string; sentences: RawSentence[]; mentions: RawMention[] } {
  let title = '';
  const sentences: RawSentence[] = [];
  const mentions: RawMention[] = [];
  const open = new Map<string, RawMention[]>();
  // `--merge-identity`: gold chains with one Wikipedia identity are one chain.
  const same = new Map<string, string>();
  const find = (key: string): string => {
    let at = key;
    while (same.has(at) && same.get(at) !== at) at = same.get(at) as string;
    return at;
  };
  let pendingNewpar = false;
  let block = '';
  let sentence: RawSentence | null = null;
  let range: { last: number; form: string; at: number } | null = null;
  const finish = (): void => {
    if (sentence) sentences.push(sentence);
    sentence = null;
    range = null;
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('# meta::title = ')) title = line.slice('# meta::title = '.length).trim();
    else if (line === '# newpar') pendingNewpar = true;
    else if (line.startsWith('# newpar_block = ')) block = line.slice('# newpar_block = '.length);
    else if (line.trim() === '') finish();
    else if (/^\d/.test(line)) {
      const [id = '', form = '', , upos = '', , , head = '0', , , misc = ''] = line.split('\t');
      if (!sentence) {
        sentence = { newpar: pendingNewpar, block, text: '', tokens: [] };
        pendingNewpar = false;
      }
      const current: RawSentence = sentence;
      const noSpace = /(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc);
      if (id.includes('.')) continue;
      if (id.includes('-')) {
        range = { last: Number(id.split('-')[1]), form, at: current.text.length };
        current.text += form + (noSpace ? '' : ' ');
        continue;
      }
      const number = Number(id);
      let token: RawToken;
      const activeRange: { last: number; form: string; at: number } | null = range;
      if (activeRange && number <= activeRange.last) {
        // A part of `Bernoulli's`: its own slice when the parts spell the surface form, else the whole form.
        const parts = current.tokens.filter((candidate) => candidate.inRange && candidate.start >= activeRange.at);
        const before = parts.reduce((sum, part) => sum + part.form.length, 0);
        const fits = activeRange.form.startsWith(parts.map((part) => part.form).join('') + form);
        const start = activeRange.at + (fits ? before : 0);
        token = { form, upos, head: Number(head), start, end: fits ? start + form.length : activeRange.at + activeRange.form.length, inRange: true };
      } else {
        token = { form, upos, head: Number(head), start: current.text.length, end: current.text.length + form.length, inRange: false };
        current.text += form + (noSpace ? '' : ' ');
      }
      current.tokens.push(token);
      const field = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1] ?? '';
      readEntityField(
        field,
        (gid, type, identity, closed) => {
          if (mergeIdentity && identity !== '' && identity !== '_' && find(gid) !== find(`=${identity}`)) same.set(find(gid), find(`=${identity}`));
          const mention: RawMention = { entity: gid, type, sentence: sentences.length, first: number - 1, last: number - 1 };
          if (closed) mentions.push(mention);
          else open.set(gid, [...(open.get(gid) ?? []), mention]);
        },
        (gid) => {
          const mention = open.get(gid)?.pop();
          if (!mention) throw new Error(`unopened Entity ${gid}`);
          mention.last = number - 1;
          mentions.push(mention);
        },
      );
    }
  }
  finish();
  for (const each of sentences) each.text = each.text.trimEnd();
  for (const mention of mentions) mention.entity = find(mention.entity);
  return { title, sentences, mentions };
}

/** Letters and digits only, lower case, accents dropped: whether a heading repeats the title. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The token of a span whose head lies outside it (the first one when none does). */
export function headOf<T extends { headIndex: number }>(span: readonly T[], inside: ReadonlySet<number>): T | undefined {
  return span.find((token) => !inside.has(token.headIndex)) ?? span[0];
}

/**
 * Reads one GUM CoNLL-U file: `= title =`, a blank line, one line per
 * `# newpar` block (a `head` block as `== text ==`; a first heading that
 * repeats the title is dropped with its mentions), blocks apart by blank lines.
 */
export function readCorefDocument(path: string, name: string, options: { mergeIdentity?: boolean } = {}): CorefDocument {
  const { title, sentences, mentions } = readSentences(readFileSync(path, 'utf8'), options.mergeIdentity === true);
  const blocks: RawSentence[][] = [];
  for (const sentence of sentences) {
    if (sentence.newpar || blocks.length === 0) blocks.push([sentence]);
    else (blocks[blocks.length - 1] as RawSentence[]).push(sentence);
  }
  let text = `= ${title} =\n\n`;
  blocks.forEach((block, index) => {
    const isHead = ((block[0] as RawSentence).block.split('|').pop() ?? '').trim().startsWith('head');
    if (index === 0 && isHead && fold(block.map((sentence) => sentence.text).join(' ')) === fold(title)) return;
    if (!text.endsWith('\n\n')) text += '\n\n';
    if (isHead) text += '== ';
    block.forEach((sentence, at) => {
      if (at > 0) text += ' ';
      sentence.offset = text.length;
      text += sentence.text;
    });
    if (isHead) text += ' ==';
  });
  text += '\n';
  const tokens: CorefToken[] = [];
  const firstIndex: number[] = [];
  for (const sentence of sentences) {
    firstIndex.push(tokens.length);
    for (const raw of sentence.tokens) {
      const offset = sentence.offset;
      const token: CorefToken = {
        form: raw.form,
        upos: raw.upos,
        index: tokens.length,
        headIndex: -1,
        start: offset === undefined ? null : raw.start + offset,
        end: offset === undefined ? null : raw.end + offset,
        inRange: raw.inRange,
      };
      if (token.start !== null && !token.inRange && text.slice(token.start, token.end ?? token.start) !== token.form) throw new Error(`${name}: offsets drift at ${token.form}`);
      tokens.push(token);
    }
  }
  sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((raw, at) => {
      (tokens[(firstIndex[index] as number) + at] as CorefToken).headIndex = raw.head > 0 ? (firstIndex[index] as number) + raw.head - 1 : -1;
    });
  });
  const gold = mentions.map((mention): GoldMention => {
    const span = tokens.slice((firstIndex[mention.sentence] as number) + mention.first, (firstIndex[mention.sentence] as number) + mention.last + 1);
    const inside = new Set(span.map((token) => token.index));
    const head = headOf(span, inside) as CorefToken;
    const form: MentionForm = head.upos === 'PROPN' ? 'name' : head.upos === 'PRON' ? 'pronoun' : 'nominal';
    const first = span[0] as CorefToken;
    const last = span[span.length - 1] as CorefToken;
    return { entity: mention.entity, type: mention.type, tokens: inside, head, form, start: first.start, end: last.end, dropped: first.start === null };
  });
  return { name, text, tokens, mentions: gold };
}
