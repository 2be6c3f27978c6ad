import type { RuleContext } from '../../check/index.js';
import type { Token } from '../../segment/tokens.js';

// Words before a thing's noun that do not say which thing it is: articles, possessives, `new`.
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'new']);

/** The word that qualifies the noun at `index` (`north` of `the north wing`), `new` and measures (`40-inch`) aside. */
export function modifierOf(tokens: readonly Token[], index: number): string | undefined {
  const previous = tokens[index - 1];
  if (!previous || !['ADJ', 'NOUN', 'PROPN'].includes(previous.pos) || previous.lower === 'new' || tokens[index - 2]?.text === '-') return undefined;
  return previous.lower;
}

/** The qualifiers the article puts before a noun anywhere (`north`, `south` of `wing`). */
export function qualifiersOf(context: RuleContext, head: string): Set<string> {
  const found = new Set<string>();
  for (const tokens of context.tokens) {
    tokens.forEach((token, index) => {
      const modifier = token.lemma === head && token.pos === 'NOUN' ? modifierOf(tokens, index) : undefined;
      if (modifier !== undefined) found.add(modifier);
    });
  }
  return found;
}

/**
 * The thing a noun phrase with no name names, as one key across the article:
 * `the 380-yard downcast shaft` and `The downcast shaft` are `shaft`, unless
 * the article qualifies the noun in two ways (`the upcast shaft`), when the
 * qualifier is part of it. Figures and articles are left out.
 */
export function thingKey(context: RuleContext, text: string): string | undefined {
  const words = text.toLowerCase().split(/\s+/u).filter((word) => word !== '' && !determiners.has(word) && !/\d/u.test(word));
  const head = words.at(-1)?.replace(/s$/u, '');
  if (!head || !/^\p{L}+$/u.test(head)) return undefined;
  const qualifiers = qualifiersOf(context, head);
  if (qualifiers.size <= 1) return `thing:${head}`;
  const qualifier = words.at(-2);
  return qualifier && qualifiers.has(qualifier) ? `thing:${qualifier} ${head}` : undefined;
}
