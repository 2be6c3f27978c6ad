/**
 * Reads CoNLL-U treebanks (../shared/eval/ud) into sentences whose tokens
 * carry their offsets in the sentence text rebuilt from `SpaceAfter=No`, so a
 * tagger's tokens can be aligned with the gold by character span.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One gold token: its form, tags and head, and where it sits in the sentence text. */
export interface GoldToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  head: number;
  deprel: string;
  start: number;
  end: number;
}

/** One gold sentence: the text as rebuilt from its tokens, and the tokens. */
export interface GoldSentence {
  id: string;
  document: string;
  text: string;
  tokens: GoldToken[];
}

/**
 * Parses one CoNLL-U file. Multi-word tokens (`don't` = `do` + `n't`) keep the
 * surface form in the text; their parts get the surface span when the parts do
 * not spell it, so alignment counts them as one position.
 */
export function readConllu(path: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let document = '';
  let current: GoldSentence | null = null;
  let range: { last: number; start: number; end: number; form: string; used: number } | null = null;
  const finish = (): void => {
    if (current && current.tokens.length > 0) {
      current.text = current.text.trimEnd();
      sentences.push(current);
    }
    current = null;
    range = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id = ')) document = line.slice('# newdoc id = '.length).trim();
    else if (line.startsWith('# sent_id = ')) {
      finish();
      current = { id: line.slice('# sent_id = '.length).trim(), document, text: '', tokens: [] };
    } else if (line.trim() === '') finish();
    else if (/^\d/.test(line)) {
      current ??= { id: `${document}-${sentences.length}`, document, text: '', tokens: [] };
      const [id = '', form = '', lemma = '', upos = '', , , head = '0', deprel = '', , misc = ''] = line.split('\t');
      if (id.includes('.')) continue;
      const spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc);
      if (id.includes('-')) {
        const start = current.text.length;
        current.text += form + (spaceAfter ? ' ' : '');
        range = { last: Number(id.split('-')[1]), start, end: start + form.length, form, used: 0 };
        continue;
      }
      const number = Number(id);
      if (range && number <= range.last) {
        const spelled = range.form.slice(range.used).toLowerCase().startsWith(form.toLowerCase());
        const start = spelled ? range.start + range.used : range.start;
        const end = spelled ? start + form.length : range.end;
        if (spelled) range.used += form.length;
        current.tokens.push({ id: number, form, lemma, upos, head: Number(head), deprel, start, end });
        continue;
      }
      const start = current.text.length;
      current.text += form + (spaceAfter ? ' ' : '');
      current.tokens.push({ id: number, form, lemma, upos, head: Number(head), deprel, start, end: start + form.length });
    }
  }
  finish();
  return sentences;
}

/** The sentences of one GUM genre (`bio`, `news`): every `GUM_<genre>_*.conllu` file of the folder, in name order. */
export function readGumGenre(folder: string, genre: string): GoldSentence[] {
  return readdirSync(folder)
    .filter((file) => file.startsWith(`GUM_${genre}_`) && file.endsWith('.conllu'))
    .sort()
    .flatMap((file) => readConllu(join(folder, file)));
}
