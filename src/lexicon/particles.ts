import { type LexiconModule, words } from './list.js';

/** Lower-case words inside personal and place names: `Ramos de la Vega`, `Ludwig van Beethoven`, `Osama bin Laden`. */

/** Where these words come from. */
export const source =
  'Nobiliary and toponymic particles and articles of Romance, Germanic and Celtic surnames, and the patronymic particles of Arabic, Hebrew, Welsh and Scandinavian names (Wikipedia "Nobiliary particle", "Patronymic"; Chicago Manual of Style §8.5–8.15 on particles in names).';

/** Particles meaning `of`, `from` or `son of` (`de`, `van`, `bin`): they join the words of one name. */
export const NAME_PARTICLES: readonly string[] = words(`
  de del della delle dei degli di da das do dos du des van ter von zu y bin ibn bint ben ap af av
`);

/** Articles inside names, alone (`Le Pen`) or after a particle (`de la Vega`, `van der Berg`, `Abd al-Rahman`). */
export const NAME_ARTICLES: readonly string[] = words('la las los lo le les l der den el al');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'particles', source, lists: { particles: NAME_PARTICLES, articles: NAME_ARTICLES } };
