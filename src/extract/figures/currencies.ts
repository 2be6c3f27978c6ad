import { wordSet } from './context.js';
import { isPunct, touches, type Token } from './tokens.js';

/**
 * The currency table: symbols, ISO 4217 codes and currency words, and how
 * each maps to a code. Defaults for unqualified words are choices, documented
 * in `docs/design.md`: a bare `$` or `dollars` is USD, `pesos` MXN, `¥` JPY,
 * `rupees` INR; `francs`, `dinars`, `shillings`, `kroner` and `cents` stay
 * without a code because no single country owns them.
 */

/** A currency word: its default code and the codes its qualifiers pick. */
interface CurrencyWord {
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

const currencyWords: Record<string, CurrencyWord> = {};
const word = (forms: string, entry: CurrencyWord) => {
  for (const form of forms.split(' ')) currencyWords[form] = entry;
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

/** ISO 4217 codes read before or after an amount (`USD 200`, `500 EUR`, `115USD`). `ALL` is left out: it is an English word. */
const isoCodes = wordSet(`
  USD EUR GBP JPY CNY INR CHF CAD AUD NZD HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN RUB UAH TRY ILS EGP ZAR NGN
  KES GHS MAD AED SAR QAR KWD BHD OMR JOD IQD IRR PKR LKR NPR BDT THB MYR IDR PHP VND KRW TWD BRL ARS CLP COP PEN
  MXN UYU PYG BOB VES CRC GTQ HNL NIO PAB DOP JMD BSD TTD XCD XOF XAF ETB TZS UGX RWF AFN KZT UZS AZN GEL AMD BYN
  RSD MKD BAM HRK FJD LBP SYP DZD TND LYD MUR
`);

/** Codes that are no English word, so they count in lower case too (`10 usd`, `rmb 10`). */
const lowerCaseCodes = wordSet('usd eur gbp jpy cny rmb inr aud cad chf hkd sgd nzd sek nok dkk rub brl mxn zar krw');

/** The ISO 4217 code a word stands for (`USD`, `usd`, `RMB` → `CNY`), or null. */
function isoCode(token: Token): string | null {
  if (token.text === 'RMB' || token.text === 'rmb') return 'CNY';
  if (isoCodes.has(token.text)) return token.text;
  return lowerCaseCodes.has(token.text) ? token.text.toUpperCase() : null;
}

/** Symbols glued before an amount, with the letters that may precede them (`US$`, `HK$`, `C$`). */
const dollarPrefixes: Record<string, string> = {
  '': 'USD',
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

const symbolCodes: Record<string, string> = {
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
  '元': 'CNY',
};

/** Words before an amount that name its currency (`Rs 500`, `RM5 million`, `CHF 10`). */
const prefixWords: Record<string, string> = { Rs: 'INR', RM: 'MYR', Rp: 'IDR', Tk: 'BDT', Fr: 'CHF', SFr: 'CHF', zł: 'PLN', RMB: 'CNY' };

/** A currency found next to an amount: its code (or null) and the tokens it covers. */
export interface CurrencyMatch {
  code: string | null;
  first: number;
  last: number;
  subunit: boolean;
}

/**
 * Reads a currency that ends right before token `index` (where an amount
 * starts): `$`, `US$`, `HK$`, `€`, `£`, `Rs.`, `USD`, `S/.`; an amount may
 * follow a symbol with a space (`$ 75 million`, `US$ 5 million`).
 */
export function readCurrencyBefore(tokens: readonly Token[], index: number): CurrencyMatch | null {
  let last = index - 1;
  const spaced = tokens[last]?.kind === 'space' && (tokens[last] as Token).text.length === 1;
  if (spaced) last--;
  const token = tokens[last];
  if (!token) return null;
  if (isPunct(token, '$')) return readDollarPrefix(tokens, last);
  if (token.kind === 'punct' && Object.hasOwn(symbolCodes, token.text)) {
    // `CN¥`, `JP¥`.
    const letters = tokens[last - 1];
    if (token.text === '¥' && letters && touches(letters, token) && letters.text === 'CN') return { code: 'CNY', first: last - 1, last, subunit: false };
    return { code: symbolCodes[token.text] as string, first: last, last, subunit: false };
  }
  // `S/.` and `S/` (Peruvian sol).
  if (isPunct(token, '/.')) {
    const slash = token.text === '.' ? last - 1 : last;
    if (isPunct(tokens[slash], '/') && tokens[slash - 1]?.text === 'S' && touches(tokens[slash - 1], tokens[slash])) return { code: 'PEN', first: slash - 1, last, subunit: false };
    if (token.text === '.' && tokens[last - 1]?.kind === 'word' && touches(tokens[last - 1], token) && Object.hasOwn(prefixWords, (tokens[last - 1] as Token).text)) {
      return { code: prefixWords[(tokens[last - 1] as Token).text] as string, first: last - 1, last, subunit: false };
    }
    return null;
  }
  if (token.kind !== 'word') return null;
  const beforeWord = tokens[last - 1];
  if (beforeWord && touches(beforeWord, token) && beforeWord.kind !== 'space' && beforeWord.kind !== 'punct') return null;
  const code = isoCode(token);
  if (code) return { code, first: last, last, subunit: false };
  if (Object.hasOwn(prefixWords, token.text)) return { code: prefixWords[token.text] as string, first: last, last, subunit: false };
  return null;
}

function readDollarPrefix(tokens: readonly Token[], dollar: number): CurrencyMatch {
  const bare: CurrencyMatch = { code: 'USD', first: dollar, last: dollar, subunit: false };
  let at = dollar - 1;
  const spaced = tokens[at]?.kind === 'space' && (tokens[at] as Token).text.length === 1;
  if (spaced) at--;
  else if (!touches(tokens[at], tokens[dollar])) return bare;
  // Letters glued before `$` (`US$`, `U.S.$`, `HK$`), or in tokenised text one spaced word (`us $`).
  let letters = '';
  let first = -1;
  for (let guard = 0; guard < 4 && at >= 0; guard++) {
    const token = tokens[at] as Token;
    if (token.kind !== 'word' && !isPunct(token, '.')) break;
    letters = `${token.lower}${letters}`;
    first = at;
    if (!touches(tokens[at - 1], token)) break;
    at--;
  }
  // A spaced single letter is an article or an initial (`a $5 million grant`), not a prefix.
  if (first < 0 || !Object.hasOwn(dollarPrefixes, letters) || (spaced && letters.length < 2)) return bare;
  return { code: dollarPrefixes[letters] as string, first, last: dollar, subunit: false };
}

/**
 * Reads a currency starting at token `index` (right after an amount, past
 * one space): a code (`500 USD`, `115USD`), a symbol (`10 €`), or a word with
 * its qualifier (`dollars`, `Australian dollars`, `nuevos soles`, `pounds
 * sterling`). `scaled` says whether the amount had a scale word, which some
 * words need (`361 million pounds` is money, `25 pounds` is a weight).
 */
export function readCurrencyAfter(tokens: readonly Token[], index: number, scaled: boolean): CurrencyMatch | null {
  const token = tokens[index];
  if (!token) return null;
  // A sign glued to the next number is that number's prefix (`1 $10`), not this one's suffix.
  if (token.kind === 'punct' && tokens[index + 1]?.kind === 'digits' && touches(token, tokens[index + 1])) return null;
  if (token.kind === 'punct' && Object.hasOwn(symbolCodes, token.text)) return { code: symbolCodes[token.text] as string, first: index, last: index, subunit: false };
  if (isPunct(token, '$')) return { code: 'USD', first: index, last: index, subunit: false };
  if (token.kind !== 'word') return null;
  const code = isoCode(token);
  if (code) return endsWord(tokens, index) ? { code, first: index, last: index, subunit: false } : null;
  // Up to three qualifier words before the currency word: `Hong Kong dollars`, `New Taiwan dollars`.
  for (let words = 0; words <= 3; words++) {
    const found = qualifiedWord(tokens, index, words);
    if (!found) continue;
    const { entry, qualifier, last } = found;
    const code = qualifier === '' ? entry.code : (entry.qualified?.[qualifier] ?? null);
    if (qualifier !== '' && code === null) continue;
    if (qualifier === '' && entry.needs === 'qualifier') return null;
    if (qualifier === '' && entry.needs === 'qualifier-or-scale' && !scaled && !isSterlingNext(tokens, last)) return null;
    const sterling = isSterlingNext(tokens, last);
    return { code, first: index, last: sterling ? last + 2 : last, subunit: entry.subunit === true };
  }
  return null;
}

/**
 * The currency word `words` words after `index`, with the words before it as
 * the qualifier; undefined when there is no currency word there.
 */
function qualifiedWord(tokens: readonly Token[], index: number, words: number): { entry: CurrencyWord; qualifier: string; last: number } | undefined {
  const parts: string[] = [];
  let at = index;
  for (let count = 0; count < words; count++) {
    const token = tokens[at];
    if (!token || token.kind !== 'word') return undefined;
    parts.push(token.lower);
    at++;
    // `u.s. dollars`: dots stay inside the qualifier.
    while (isPunct(tokens[at], '.') && tokens[at + 1]?.kind === 'word' && touches(tokens[at], tokens[at + 1])) {
      parts[parts.length - 1] += `.${(tokens[at + 1] as Token).lower}`;
      at += 2;
    }
    if (isPunct(tokens[at], '.')) {
      parts[parts.length - 1] += '.';
      at++;
    }
    if (tokens[at]?.kind !== 'space') return undefined;
    at++;
  }
  const token = tokens[at];
  if (!token || token.kind !== 'word' || !Object.hasOwn(currencyWords, token.lower) || !endsWord(tokens, at)) return undefined;
  return { entry: currencyWords[token.lower] as CurrencyWord, qualifier: parts.join(' '), last: at };
}

function isSterlingNext(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.kind === 'space' && tokens[last + 2]?.lower === 'sterling' && tokens[last]?.lower !== 'sterling';
}

function endsWord(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1];
  return !after || !touches(tokens[index], after) || (after.kind === 'punct' && after.text !== '-');
}

/**
 * The currency of a word in a hyphenated amount (`one-yen`, `12-cent`,
 * `the Iraqi 10,000-dinar banknote`), with the adjective before the number
 * as its qualifier; null when the word is not a currency.
 */
export function currencyWordCode(text: string, qualifier: string | undefined): { code: string | null; subunit: boolean } | null {
  const entry = Object.hasOwn(currencyWords, text.toLowerCase()) ? currencyWords[text.toLowerCase()] : undefined;
  if (!entry || entry.needs) return null;
  const qualified = qualifier === undefined ? undefined : entry.qualified?.[qualifier];
  return { code: qualified ?? entry.code, subunit: entry.subunit === true };
}
