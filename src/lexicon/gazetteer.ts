import { type LexiconModule, phrases } from './list.js';

/**
 * A small, general gazetteer: the world's countries (with their usual short
 * forms), continents and large regions, US states, and a few dozen of the
 * largest or most-cited cities. A name found here is a place without further
 * cues; anything else needs a cue from its sentence (`in X`, `X Province`).
 *
 * Deliberately small: a long list would type surnames (`Washington`, `Jordan`)
 * as places. Names that are also common given names are left out.
 */

/** Where these words come from. */
export const source =
  'The UN member and observer states with their common English short names (UN M49 and the CIA World Factbook), continents and world regions (UN M49 geoscheme), the fifty US states and the largest Canadian provinces, historical states often named in history articles, and the world\'s largest and most-cited cities (UN World Urbanization Prospects; chosen by hand).';

/**
 * Countries, continents, world regions, US states, provinces and historical
 * states: places that hold others, so a city and one of these are no two
 * places for a once-only event (`born in Concepción` and `Born: Chile`).
 */
export const KNOWN_REGIONS: readonly string[] = phrases(`
  Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
  Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|
  Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|
  Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|
  Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
  Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|
  Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|
  Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
  Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
  Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
  Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Perú|Philippines|Poland|Portugal|Qatar|
  Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
  Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|
  Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|
  Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan|Vanuatu|
  Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|U.S.|U.S.A.|USA|US|UK|U.K.|USSR|Soviet Union|England|Scotland|
  Wales|Northern Ireland|Great Britain|Britain|British Isles|Africa|Asia|Europe|North America|South America|
  Latin America|Central America|Oceania|Antarctica|Arctic|Middle East|Near East|Far East|Scandinavia|Balkans|
  Caribbean|Mediterranean|Siberia|Sahara|Andes|Himalayas|Amazon|Anatolia|Levant|Mesopotamia|Persia|Prussia|Bavaria|
  Catalonia|Flanders|Wallonia|Cornwall|Gaza|Gaza Strip|West Bank|Kashmir|Tibet|Manchuria|Korea|Alabama|Alaska|Arizona|
  Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|
  Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
  New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
  Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|
  Ontario|Quebec|British Columbia|Alberta
`);

/** The largest and most-cited cities. */
export const KNOWN_CITIES: readonly string[] = phrases(`
  London|Paris|Berlin|Rome|Madrid|Lisbon|Vienna|Prague|Warsaw|Moscow|
  Amsterdam|Brussels|Athens|Istanbul|Constantinople|Cairo|Baghdad|Tehran|Kabul|Delhi|New Delhi|Mumbai|Beijing|
  Shanghai|Tokyo|Kyoto|Osaka|Seoul|Pyongyang|Hong Kong|Bangkok|Jakarta|Manila|Sydney|Melbourne|Toronto|Montreal|
  Vancouver|Chicago|Los Angeles|San Francisco|Boston|Philadelphia|Miami|Mexico City|Havana|Bogotá|Lima|Santiago|
  Buenos Aires|São Paulo|Rio de Janeiro|Caracas|Quito|La Paz|Jerusalem|Damascus|Beirut|Riyadh|Mecca|Medina|Dubai|
  Karachi|Lagos|Nairobi|Johannesburg|Cape Town|Dublin|Edinburgh|Glasgow|Manchester|Liverpool|Birmingham|Oxford|
  Cambridge|Munich|Hamburg|Frankfurt|Milan|Naples|Venice|Florence|Barcelona|Stockholm|Oslo|Copenhagen|Helsinki|
  Budapest|Bucharest|Sofia|Belgrade|Kyiv|Kiev|St. Petersburg|Saint Petersburg|Washington, D.C.|Geneva|Zurich
`);

/** Places named often enough that the name alone says place. */
export const KNOWN_PLACES: readonly string[] = [...KNOWN_REGIONS, ...KNOWN_CITIES];


/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'gazetteer', source, lists: { regions: KNOWN_REGIONS, cities: KNOWN_CITIES } };
