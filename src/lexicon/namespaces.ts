import { type LexiconModule, words } from './list.js';

/** Where these words come from. */
export const source =
  'The canonical names and aliases of the MediaWiki namespaces whose links are drawn as an embedded file or a category rather than as text (File, Image, Category; a `Media:` link shows its label as text), with their names in the German, French, Spanish, Italian, Dutch, Portuguese and Scandinavian Wikipedias, whose pages the wikitext corpus includes.';

/** Namespaces of embedded files: `[[File:x.jpg|thumb|caption]]`, `[[Datei:x.jpg|mini|…]]`. Lower case. */
export const FILE_NAMESPACES: readonly string[] = words(`
  file image
  datei bild
  fichier
  archivo imagen
  immagine
  bestand afbeelding
  arquivo imagem
  fil
`);

/** Namespaces of categories: `[[Category:Towns in Cornwall]]`, `[[Kategorie:…]]`. Lower case. */
export const CATEGORY_NAMESPACES: readonly string[] = words(`
  category
  kategorie
  catégorie
  categoría
  categoria
  categorie
  kategori
`);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'namespaces', source, lists: { file: FILE_NAMESPACES, category: CATEGORY_NAMESPACES } };
