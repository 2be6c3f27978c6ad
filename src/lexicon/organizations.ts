import { type LexiconModule, words } from './list.js';

/**
 * The words that end an organization's name: legal-form suffixes (`Inc.`,
 * `plc`, `F.C.`) and head nouns (`Party`, `University`), in English and the
 * commonest European languages.
 */

/** Where these words come from. */
export const source =
  'Legal-form designations of companies (ISO 20275 entity legal forms, English-speaking jurisdictions), football club suffixes, and the head nouns of organization names in the Wikipedia categories of political parties, armed groups, companies, universities, sports clubs, newspapers and public bodies, with their Spanish, Portuguese, French and German forms.';

/** Abbreviated suffixes written with or without a full stop (`Apple Inc.`, `Warner Bros`); they may end a sentence. */
export const ORGANIZATION_SUFFIX_ABBREVIATIONS: readonly string[] = words('Inc Ltd Corp Co Bros');

/** Suffixes written as they stand: `LLC`, `plc`, `F.C.`. */
export const ORGANIZATION_SUFFIXES: readonly string[] = words('LLC PLC plc F.C. FC A.F.C. AFC');

/** Capitalized nouns that end an organization's name: `Communist Party of Peru`, `Boston Herald`. */
export const ORGANIZATION_HEADS: readonly string[] = words(`
  Party Parties Army Armies Front Association Company Corporation
  University College Institute Institution Academy School Society Council Department Ministry Club
  Committee Commission Movement Group Forces Force Brigade Brigades Battalion Regiment Division Corps Navy
  Union League Federation Confederation Alliance Coalition Organization Organisation Agency Bureau Authority
  Office Service Services Bank Foundation Trust Fund Church Order Brotherhood Fraternity Guild Board Parliament
  Diocese Archdiocese Bishopric Eparchy Deanery Synod Presbytery Convocation
  Congress Senate Assembly Bundestag Government Administration Court Tribunal Police Guard Guards Militia
  Records Studios Studio Press Times Herald Post Journal Gazette Tribune News Network Broadcasting Airlines Airways
  Railway Railways Motors Industries Systems Technologies Labs Laboratories Laboratory Entertainment Pictures Media
  Coordinator Coordination Directorate Secretariat Cabinet Chamber Caucus Team
  Partido Frente Ejército Fuerzas Movimiento Asociación Unión Sociedad Compañía Universidad Universidade Instituto
  Comité Consejo Ministerio Parti Partei Armée Université Universität Hochschule Gesellschaft Verein Bund Banco Banque
  Institut Akademie Kommission Comisión Coordinadora Brigada Brigadas Legion Legión Command Headquarters
  Chapter Branch Museum Library Gallery Hospital Zoo Orchestra Choir Band Expedition Mission
  Athletic Rovers Wanderers Albion Hotspur Argyle Rangers Sons Brothers
`);

/** Abbreviations of organization words inside names (`Dept. of Health`, `Univ. of Texas`); they may end a sentence. */
export const ORGANIZATION_WORD_ABBREVIATIONS: readonly string[] = words('Dept Univ Assn');

/**
 * What the abbreviated suffixes and words stand for, so that a name written
 * short meets the same name written out (`Riverside F.C.`, `Riverside
 * Football Club`). Keys are the abbreviations above, lower case, without
 * full stops; not a list of its own (each key is in one above).
 */
export const ORGANIZATION_ABBREVIATION_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['inc', 'incorporated'],
  ['ltd', 'limited'],
  ['corp', 'corporation'],
  ['co', 'company'],
  ['bros', 'brothers'],
  ['fc', 'football club'],
  ['afc', 'association football club'],
  ['dept', 'department'],
  ['univ', 'university'],
  ['assn', 'association'],
]);

/** Prefixes of ships' names, merchant (`SS`, `RMS`, `MV`) and naval (`HMS`, `USS`, `HMAS`): a vessel, told like a body that acts and ends, and called `she`. */
export const SHIP_PREFIXES: readonly string[] = words('SS RMS MV SY PS HMS USS HMAS HMCS HMNZS HMT USNS SMS HNLMS HDMS HSwMS ORP ARA');

const shipPrefixes: ReadonlySet<string> = new Set(SHIP_PREFIXES);

/** Nouns of vessels: an article whose lead calls its subject one (`was a British whaling ship`) is about a ship, prefix or not. */
export const SHIP_NOUNS: readonly string[] = words(`
  ship vessel steamer steamship whaler schooner barque brigantine clipper liner freighter frigate destroyer
  cruiser battleship submarine trawler yacht tugboat sloop corvette galleon tanker paddle-steamer
  lightship icebreaker
`);
const bracketAfterName = / \([^()]*\)$/u;

/** A ship's own name, without its prefix and a bracketed year: `Caledonia` for `SS Caledonia (1904)`; null for any other name. */
export function shipName(name: string): string | null {
  const space = name.indexOf(' ');
  return space > 0 && shipPrefixes.has(name.slice(0, space)) ? name.slice(space + 1).replace(bracketAfterName, '') : null;
}

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'organizations',
  source,
  lists: {
    suffixAbbreviations: ORGANIZATION_SUFFIX_ABBREVIATIONS,
    suffixes: ORGANIZATION_SUFFIXES,
    heads: ORGANIZATION_HEADS,
    wordAbbreviations: ORGANIZATION_WORD_ABBREVIATIONS,
    shipPrefixes: SHIP_PREFIXES,
    shipNouns: SHIP_NOUNS,
  },
};
