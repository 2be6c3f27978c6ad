import { type LexiconModule, words } from './list.js';

/**
 * The currency table: symbols, ISO 4217 codes and currency words, and how
 * each maps to a code. Defaults for unqualified words are choices, documented
 * in `docs/design.md`: a bare `$` or `dollars` is USD, `pesos` MXN, `¥` JPY,
 * `rupees` INR; `francs`, `dinars`, `shillings`, `kroner` and `cents` stay
 * without a code because no single country owns them.
 */

/** Where these words come from. */
export const source =
  'ISO 4217 (codes and currency names, current and withdrawn ones still met in history articles), the Unicode currency symbols block (U+20A0–U+20CF) and the symbols and prefixes of the Wikipedia Manual of Style (MOS:CURRENCY: "US$", "A$", "HK$", "Rs", "S/.").';

/** A currency word: its default code and the codes its qualifiers pick. */
export interface CurrencyWord {
  /** The code when the word stands alone; null when the word alone does not say which currency. */
  code: string | null;
  /** `Australian dollars`, `Swiss francs`: the qualifier (lower case, up to three words) → code. */
  qualified?: Record<string, string>;
  /** The word counts as money only when qualified, or when the amount has a scale word (`361 million pounds`). */
  needs?: 'qualifier' | 'qualifier-or-scale';
  /** The word names a hundredth of the unit (`50 cents` is 0.5). */
  subunit?: boolean;
}

const dollarQualifiers = {
  us: 'USD',
  'u.s.': 'USD',
  american: 'USD',
  'united states': 'USD',
  australian: 'AUD',
  canadian: 'CAD',
  'hong kong': 'HKD',
  'new zealand': 'NZD',
  singapore: 'SGD',
  bahamian: 'BSD',
  jamaican: 'JMD',
  taiwan: 'TWD',
  'new taiwan': 'TWD',
  zimbabwean: 'ZWL',
  zimbabwe: 'ZWL',
  liberian: 'LRD',
  namibian: 'NAD',
  fijian: 'FJD',
  fiji: 'FJD',
  'east caribbean': 'XCD',
  barbadian: 'BBD',
  barbados: 'BBD',
  belize: 'BZD',
  bermudian: 'BMD',
  brunei: 'BND',
  guyanese: 'GYD',
  'trinidad and tobago': 'TTD',
  'cayman islands': 'KYD',
  'solomon islands': 'SBD',
};

/** Currency words (lower case) → what they say. */
export const CURRENCY_WORDS: Record<string, CurrencyWord> = {};
const word = (forms: string, entry: CurrencyWord) => {
  for (const form of forms.split(' ')) CURRENCY_WORDS[form] = entry;
};
word('dollar dollars', { code: 'USD', qualified: dollarQualifiers });
word('euro euros', { code: 'EUR' });
word('pound pounds', {
  code: 'GBP',
  needs: 'qualifier-or-scale',
  qualified: { british: 'GBP', sterling: 'GBP', egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', irish: 'IEP', sudanese: 'SDG', 'south sudanese': 'SSP' },
});
word('sterling', { code: 'GBP' });
word('yen 円', { code: 'JPY', qualified: { japanese: 'JPY' } });
word('yuan renminbi rmb 元', { code: 'CNY', qualified: { chinese: 'CNY' } });
word('rupee rupees', { code: 'INR', qualified: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR', seychellois: 'SCR' } });
word('peso pesos', {
  code: 'MXN',
  qualified: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP', cuban: 'CUP', uruguayan: 'UYU', dominican: 'DOP' },
});
word('soles', { code: 'PEN', qualified: { nuevos: 'PEN', peruvian: 'PEN' } });
word('franc francs', {
  code: null,
  qualified: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', luxembourg: 'LUF', congolese: 'CDF', rwandan: 'RWF', burundian: 'BIF', guinean: 'GNF', djiboutian: 'DJF' },
});
word('mark marks', { code: null, needs: 'qualifier', qualified: { german: 'DEM', deutsche: 'DEM', 'west german': 'DEM', 'east german': 'DDM' } });
word('deutschmark deutschmarks', { code: 'DEM' });
word('markka markkaa', { code: 'FIM', qualified: { finnish: 'FIM' } });
word('lira', { code: 'TRY', qualified: { turkish: 'TRY', italian: 'ITL', maltese: 'MTL' } });
word('lire', { code: 'ITL' });
word('ruble rubles rouble roubles', { code: 'RUB', qualified: { russian: 'RUB', belarusian: 'BYN', soviet: 'SUR' } });
word('won', { code: 'KRW', needs: 'qualifier-or-scale', qualified: { 'south korean': 'KRW', korean: 'KRW', 'north korean': 'KPW' } });
word('rand', { code: 'ZAR', qualified: { 'south african': 'ZAR' } });
word('reais', { code: 'BRL' });
word('real', { code: 'BRL', needs: 'qualifier', qualified: { brazilian: 'BRL' } });
word('shekel shekels', { code: 'ILS', qualified: { israeli: 'ILS', 'new israeli': 'ILS' } });
word('dinar dinars', {
  code: null,
  qualified: { kuwaiti: 'KWD', iraqi: 'IQD', jordanian: 'JOD', bahraini: 'BHD', libyan: 'LYD', tunisian: 'TND', algerian: 'DZD', serbian: 'RSD', yugoslav: 'YUN' },
});
word('dirham dirhams', { code: 'AED', qualified: { uae: 'AED', emirati: 'AED', moroccan: 'MAD' } });
word('riyal riyals', { code: 'SAR', qualified: { saudi: 'SAR', qatari: 'QAR', yemeni: 'YER' } });
word('rial rials', { code: 'IRR', qualified: { iranian: 'IRR', omani: 'OMR' } });
word('baht', { code: 'THB', qualified: { thai: 'THB' } });
word('ringgit', { code: 'MYR', qualified: { malaysian: 'MYR' } });
word('rupiah', { code: 'IDR', qualified: { indonesian: 'IDR' } });
word('krona kronor', { code: 'SEK', qualified: { swedish: 'SEK', icelandic: 'ISK' } });
word('krone kroner', { code: null, qualified: { danish: 'DKK', norwegian: 'NOK' } });
word('złoty zloty zlotys złotys', { code: 'PLN', qualified: { polish: 'PLN' } });
word('forint forints', { code: 'HUF', qualified: { hungarian: 'HUF' } });
word('koruna korun', { code: 'CZK', qualified: { czech: 'CZK', slovak: 'SKK' } });
word('hryvnia hryvnias hryvnias', { code: 'UAH' });
word('taka', { code: 'BDT', qualified: { bangladeshi: 'BDT' } });
word('naira', { code: 'NGN', qualified: { nigerian: 'NGN' } });
word('cedi cedis', { code: 'GHS' });
word('shilling shillings', { code: null, qualified: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', austrian: 'ATS' } });
word('guilder guilders', { code: 'NLG', qualified: { dutch: 'NLG' } });
word('peseta pesetas', { code: 'ESP', qualified: { spanish: 'ESP' } });
word('escudo escudos', { code: 'PTE', qualified: { portuguese: 'PTE' } });
word('drachma drachmas drachmae', { code: 'GRD', qualified: { greek: 'GRD' } });
word('afghani afghanis', { code: 'AFN', qualified: { afghan: 'AFN' } });
word('tenge', { code: 'KZT' });
word('dong', { code: 'VND', needs: 'qualifier-or-scale', qualified: { vietnamese: 'VND' } });
word('kyat kyats', { code: 'MMK' });
word('quetzal quetzales quetzals', { code: 'GTQ', qualified: { guatemalan: 'GTQ' } });
word('lempira lempiras', { code: 'HNL' });
word('colón colones colon', { code: 'CRC', needs: 'qualifier-or-scale', qualified: { 'costa rican': 'CRC', salvadoran: 'SVC' } });
word('córdoba córdobas cordobas', { code: 'NIO', needs: 'qualifier-or-scale' });
word('bolívar bolívares bolivares', { code: 'VES' });
word('birr', { code: 'ETB' });
word('kwacha', { code: 'ZMW', qualified: { zambian: 'ZMW', malawian: 'MWK' } });
word('lek leke', { code: 'ALL' });
word('cent cents', { code: null, subunit: true, qualified: { euro: 'EUR', us: 'USD' } });
word('pence penny pennies', { code: 'GBP', subunit: true });

/**
 * ISO 4217 codes that are no English word, read before or after an amount in
 * capitals or in lower case (`USD 200`, `500 EUR`, `115USD`, `10 usd`).
 */
export const CODES_IN_ANY_CASE: readonly string[] = words(`
  USD EUR GBP JPY CNY INR AUD CAD CHF HKD SGD NZD SEK NOK DKK RUB BRL MXN ZAR KRW
`);

/** ISO 4217 codes read only in capitals: in lower case several are words (`try`, `pen`, `mad`). `ALL` is left out: it is an English word. */
export const CODES_IN_CAPITALS: readonly string[] = words(`
  ISK PLN CZK HUF RON BGN UAH TRY ILS EGP NGN KES GHS MAD AED SAR QAR KWD BHD OMR
  JOD IQD IRR PKR LKR NPR BDT THB MYR IDR PHP VND TWD ARS CLP COP PEN UYU PYG BOB
  VES CRC GTQ HNL NIO PAB DOP JMD BSD TTD XCD XOF XAF ETB TZS UGX RWF AFN KZT UZS
  AZN GEL AMD BYN RSD MKD BAM HRK FJD LBP SYP DZD TND LYD MUR
`);

/** Letters written before `$` (lower case) → the dollar they name: `US$`, `HK$`, `C$`. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD',
  'u.s.': 'USD',
  usd: 'USD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  cad: 'CAD',
  hk: 'HKD',
  nz: 'NZD',
  nzd: 'NZD',
  s: 'SGD',
  sg: 'SGD',
  r: 'BRL',
  mex: 'MXN',
  mx: 'MXN',
  mxn: 'MXN',
  nt: 'TWD',
  bds: 'BBD',
  j: 'JMD',
  ec: 'XCD',
  z: 'ZWL',
  fj: 'FJD',
  tt: 'TTD',
};

/** Currency symbols → code. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₱': 'PHP',
  '₦': 'NGN',
  '₪': 'ILS',
  '₫': 'VND',
  '฿': 'THB',
  '₴': 'UAH',
  '₡': 'CRC',
  '₲': 'PYG',
  '₵': 'GHS',
  '₭': 'LAK',
  '₸': 'KZT',
  '₾': 'GEL',
  '₼': 'AZN',
};

/** Words before an amount that name its currency (`Rs 500`, `RM5 million`, `CHF 10`). */
export const CURRENCY_PREFIX_WORDS: Record<string, string> = { Rs: 'INR', RM: 'MYR', Rp: 'IDR', Tk: 'BDT', Fr: 'CHF', SFr: 'CHF', zł: 'PLN' };

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'currencies',
  source,
  lists: {
    words: Object.keys(CURRENCY_WORDS),
    codesInAnyCase: CODES_IN_ANY_CASE,
    codesInCapitals: CODES_IN_CAPITALS,
    dollarPrefixes: Object.keys(DOLLAR_PREFIXES),
    symbols: Object.keys(CURRENCY_SYMBOLS),
    prefixWords: Object.keys(CURRENCY_PREFIX_WORDS),
  },
};
