/**
 * Part-of-speech taggers measured on Universal Dependencies gold
 * (../shared/eval/ud): UPOS and lemma accuracy per gold token, and speed on
 * the corpus beside remark-parse. The table goes into docs/design.md.
 *
 *   npx tsx bench/ud/taggers.ts
 *
 * A tagger's tokens are aligned with the gold by character span in the
 * sentence text; a gold token no tagger token spans exactly counts as wrong
 * (a tokenisation error is a tagging error to whoever reads the tags).
 * Accuracy is given over all gold tokens and over words only (no PUNCT),
 * because compromise keeps punctuation inside its terms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlpCompromise from 'compromise';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { sharedDir } from '../shared-texts.js';
import { readConllu, readGumGenre, type GoldSentence } from './conllu.js';

interface Tagged {
  start: number;
  end: number;
  upos: string;
  lemma: string;
}

interface Tagger {
  name: string;
  tag(text: string): Tagged[];
}

const wink = winkNLP(winkModel);

const winkTagger: Tagger = {
  name: 'wink-nlp 2 + wink-eng-lite-web-model 1.8',
  tag(text) {
    const tokens = wink.readDoc(text).tokens();
    const values = tokens.out(wink.its.value);
    const tags = tokens.out(wink.its.pos);
    const lemmas = tokens.out(wink.its.lemma as never) as string[];
    const out: Tagged[] = [];
    let at = 0;
    values.forEach((value, index) => {
      const found = text.indexOf(value, at);
      if (found < 0) return;
      out.push({ start: found, end: found + value.length, upos: tags[index] ?? 'X', lemma: lemmas[index] ?? value });
      at = found + value.length;
    });
    return out;
  },
};

// compromise's tags to UPOS: the first tag of each row that the term has decides.
const compromiseUpos: ReadonlyArray<[string, string]> = [
  ['Auxiliary', 'AUX'],
  ['Copula', 'AUX'],
  ['Modal', 'AUX'],
  ['Negative', 'PART'],
  ['Pronoun', 'PRON'],
  ['Possessive', 'PRON'],
  ['ProperNoun', 'PROPN'],
  ['Determiner', 'DET'],
  ['Preposition', 'ADP'],
  ['Conjunction', 'CCONJ'],
  ['QuestionWord', 'ADV'],
  ['Value', 'NUM'],
  ['Verb', 'VERB'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['Noun', 'NOUN'],
  ['Expression', 'INTJ'],
];

const compromiseTagger: Tagger = {
  name: 'compromise 14',
  tag(text) {
    const doc = nlpCompromise(text);
    doc.compute('root');
    const out: Tagged[] = [];
    for (const sentence of doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ text: string; tags: string[]; root?: string; normal: string; offset: { start: number; length: number } }> }>) {
      for (const term of sentence.terms) {
        if (term.offset.length === 0) continue;
        const upos = compromiseUpos.find(([tag]) => term.tags.includes(tag))?.[1] ?? 'X';
        out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, upos, lemma: term.root ?? term.normal });
      }
    }
    return out;
  },
};

interface Score {
  tokens: number;
  upos: number;
  lemma: number;
  words: number;
  wordUpos: number;
  wordLemma: number;
}

function score(tagger: Tagger, sentences: GoldSentence[]): Score {
  const result: Score = { tokens: 0, upos: 0, lemma: 0, words: 0, wordUpos: 0, wordLemma: 0 };
  for (const sentence of sentences) {
    const tagged = new Map(tagger.tag(sentence.text).map((token) => [`${token.start}:${token.end}`, token]));
    for (const gold of sentence.tokens) {
      const mine = tagged.get(`${gold.start}:${gold.end}`);
      const uposRight = mine?.upos === gold.upos;
      const lemmaRight = mine !== undefined && mine.lemma.toLowerCase() === gold.lemma.toLowerCase();
      result.tokens++;
      if (uposRight) result.upos++;
      if (lemmaRight) result.lemma++;
      if (gold.upos !== 'PUNCT') {
        result.words++;
        if (uposRight) result.wordUpos++;
        if (lemmaRight) result.wordLemma++;
      }
    }
  }
  return result;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}`;
}

/** Megabytes of text per second: each function runs over every text until a second has passed, twice, best kept. */
function throughput(texts: string[], run: (text: string) => unknown): number {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  let best = Infinity;
  for (let round = 0; round < 2; round++) {
    const started = performance.now();
    for (const text of texts) run(text);
    best = Math.min(best, performance.now() - started);
  }
  return bytes / 1e6 / (best / 1000);
}

const udDir = join(sharedDir, 'eval', 'ud');
const gumDir = join(udDir, 'gum');
const sets: Array<{ name: string; sentences: GoldSentence[] }> = [
  { name: 'GUM bio (Wikipedia biographies)', sentences: readGumGenre(gumDir, 'bio') },
  { name: 'GUM news (Wikinews)', sentences: readGumGenre(gumDir, 'news') },
  { name: 'EWT dev (web text)', sentences: readConllu(join(udDir, 'en_ewt-ud-dev.conllu')) },
];
const taggers = [winkTagger, compromiseTagger];

console.log('| tagger | treebank | gold tokens | UPOS % | lemma % | UPOS % (words) | lemma % (words) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const tagger of taggers) {
  for (const set of sets) {
    const s = score(tagger, set.sentences);
    console.log(`| ${tagger.name} | ${set.name} | ${s.tokens} | ${percent(s.upos, s.tokens)} | ${percent(s.lemma, s.tokens)} | ${percent(s.wordUpos, s.words)} | ${percent(s.wordLemma, s.words)} |`);
  }
}

const corpusDir = join(sharedDir, 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(join(corpusDir, file), 'utf8'));
const processor = unified().use(remarkParse);
const parse = throughput(corpus, (text) => processor.parse(text));
console.log('\n| on the 64 corpus articles | MB/s | cost against remark-parse |');
console.log('| --- | ---: | ---: |');
console.log(`| remark-parse | ${parse.toFixed(2)} | 1.00× |`);
for (const tagger of taggers) {
  const rate = throughput(corpus, (text) => tagger.tag(text));
  console.log(`| ${tagger.name} | ${rate.toFixed(2)} | ${(parse / rate).toFixed(2)}× |`);
}
