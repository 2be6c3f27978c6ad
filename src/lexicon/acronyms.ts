import { type LexiconModule, words } from './list.js';

/** Acronyms that are common nouns, not the name of one body: `a USB drive`, `NGO Waynakuna`, `Henry VIII`. */

/** Where these words come from. */
export const source =
  'Common-noun initialisms of technology, media, medicine, business, academic degrees and identifiers (Wikipedia "List of computing and IT abbreviations", "List of acronyms"), chosen among those met in encyclopedic prose, and the Roman numerals of regnal and sequel numbers.';

/** Acronyms that name a kind of thing, never one organization. */
export const COMMON_ACRONYMS: readonly string[] = words(`
  NGO NGOs CEO CEOs CFO CTO COO USB TV DNA RNA GDP GNP PhD MP MPs MEP AM PM UTC GMT HIV AIDS ID IQ OK PC PCs CD CDs
  DVD LP EP RPG GPS SUV VP MVP FAQ PDF URL API HQ AKA OS CPU RAM ROM IT AI VR BA MA BSc MSc MBA MD DJ MC II III IV
  VI VII VIII IX XI XII XIII XIV XV XVI XX XXI KO TKO ATM POW POWs IED IEDs AK UAV UAVs ISBN ISSN DOI HTML XML JSON
  OCLC LCCN ASIN HTTP WWW VPN WAN LAN ISDN IP IPX TCP UDP DNS DHCP SQL GPU SDK NAT PPP RFC LED LCD CRT NMR MRI PCR
`);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'acronyms', source, lists: { common: COMMON_ACRONYMS } };
