/**
 * The closed word classes the name grammar needs: connectors inside names,
 * honorifics, the head nouns that type a name, the words that look like names
 * at the start of a sentence but are not, and the capitalized words that are
 * never names on their own (demonyms, ideologies, months).
 *
 * Lists are kept general (no article's names) and small enough to read; the
 * gazetteer and the given-name lists live in their own modules.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((word) => word.length > 0));
}

/** Lower-case words that may sit between the capitalized words of one name. */
export const NAME_CONNECTORS = set(`
  of for on de del della delle dei degli di da das do dos du des la le las los lo
  van der den ter von zu y bin ibn bint ben al el ap af av
`);

/** Connectors that may follow `of`/`de` before the next capitalized word: `of the`, `de la`. */
export const SECOND_CONNECTORS = set('the la las los le les der den l');

/**
 * Titles written before a person's name. Multi-word titles are matched first;
 * `General Secretary Xi Jinping` keeps `General Secretary` as the honorific.
 */
export const HONORIFICS = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Hon. Hon
  King Queen Prince Princess Emperor Empress Sultan Caliph Emir Shah Tsar Czar Pope
  Rev Rev. Reverend Rabbi Imam Sheikh Ayatollah Mullah
  President Chancellor Governor Senator Congressman Congresswoman Mayor
  General Gen. Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral Marshal Commander Comandante
  Comrade Comrades Chairman Chairwoman Judge Justice Bishop Archbishop Cardinal
  Duke Duchess Countess Earl Baron Baroness Marquis Marquess Madame Monsieur Señor Señora
  Shogun Regent Pharaoh Khan
`);

/** Two-word honorifics (`Prime Minister`, `General Secretary`). */
export const HONORIFIC_PAIRS = set(`
  Prime_Minister Vice_President General_Secretary Secretary_General Field_Marshal
  Lieutenant_General Major_General Brigadier_General Vice_Admiral Rear_Admiral Chief_Justice
  Grand_Duke Crown_Prince Foreign_Minister Defence_Minister Defense_Minister
`);

/** Letters after a name (`Scott Mann MP`, `John Smith Jr.`): not part of the name. */
export const POST_NOMINALS = set('MP MPs MEP QC KC OBE MBE CBE KBE GBE VC FRS PhD Jr Jr. Sr Sr. III');

/** Honorifics that make the name a nom de guerre: `Comrade José` is a nickname. */
export const NICKNAME_HONORIFICS = set('Comrade Comrades Commander Comandante');

/** Honorifics that say a man is meant. */
export const MALE_HONORIFICS = set(`
  Mr Mr. Sir Lord King Prince Emperor Sultan Caliph Emir Shah Tsar Czar Pope Duke Earl Baron
  Marquis Marquess Monsieur Señor Father Brother Shogun Pharaoh Khan
`);

/** Honorifics that say a woman is meant. */
export const FEMALE_HONORIFICS = set(`
  Mrs Mrs. Ms Ms. Miss Dame Lady Queen Princess Empress Duchess Countess Baroness Madame Señora Sister
`);

/** Head nouns of organization names, English and the commonest European languages. */
export const ORGANIZATION_HEADS = set(`
  Party Parties Army Armies Front Association Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC PLC plc Co Co.
  University College Institute Institution Academy School Society Council Department Ministry Club F.C. FC A.F.C. AFC
  Committee Commission Movement Group Forces Force Brigade Brigades Battalion Regiment Division Corps Navy
  Union League Federation Confederation Alliance Coalition Organization Organisation Agency Bureau Authority
  Office Service Services Bank Foundation Trust Fund Church Order Brotherhood Fraternity Guild Board Parliament
  Congress Senate Assembly Bundestag Government Administration Court Tribunal Police Guard Guards Militia
  Records Studios Studio Press Times Herald Post Journal Gazette Tribune News Network Broadcasting Airlines Airways
  Railway Railways Motors Industries Systems Technologies Labs Laboratories Laboratory Entertainment Pictures Media
  Coordinator Coordination Directorate Secretariat Cabinet Chamber Caucus Team
  Partido Frente Ejército Fuerzas Movimiento Asociación Unión Sociedad Compañía Universidad Universidade Instituto
  Comité Consejo Ministerio Parti Partei Armée Université Universität Hochschule Gesellschaft Verein Bund Banco Banque
  Institut Akademie Kommission Comisión Coordinadora Brigada Brigadas Legion Legión Command Headquarters
  Chapter Branch Museum Library Gallery Hospital Zoo Orchestra Choir Band
`);

/** Head nouns of place names. */
export const PLACE_HEADS = set(`
  Province Valley River Region City Town Village County District Republic Kingdom Empire Island Islands Isles
  Bay Lake Sea Ocean Gulf Strait Channel Coast Peninsula Basin Canal Cape Mountains Mountain Mount Mt. Hills Hill
  Heights Desert Forest Plain Plains Plateau Moor Square Street Road Avenue Boulevard Bridge Tower Stadium Park
  Airport Harbour Harbor Port Station Castle Palace Cathedral Abbey Temple Ground Arena Oval Field Parish Borough
  Municipality Prefecture Territory Governorate Oblast Canton Emirate Sultanate Colony Protectorate
  Highlands Lowlands Delta Falls Glacier Archipelago Estuary Reservoir Fort Isle
  Building Hall Centre Center Theatre Theater Hotel Memorial Monument Gardens Garden Pavilion Cemetery Prison
  Dam Lighthouse Pier Quay Beach Lane Crescent Terrace Manor Estate Farm Mill Mine House Cottage Shrine Mosque Barracks Area
`);

/** Heads that name an event or an idea, not an entity: the span is left to other extractors. */
export const NON_ENTITY_HEADS = set(`
  War Wars Battle Siege Revolution Rebellion Uprising Massacre Incident Crisis Campaign Offensive Operation
  Treaty Accord Agreement Act Acts Declaration Constitution Election Elections Referendum Protests Riots Strike
  Prize Award Awards Medal Cup Championship Championships Tournament Games Olympics Festival Grand Final
  Thought Doctrine Theory Plan Era Period Age Dynasty Restoration Reformation Renaissance Day Week
  Engine Program Programme Project Album Song Novel Film Series Show Census Code Law Bill Report
  Symposium Lecture Lectures Colloquium Seminar Workshop Exhibition Expo Summit Conference Convention Day
`);

/** Lower-case nouns after a name that make it an event name (`San Miguel del Ene attack`). */
export const EVENT_NOUNS_AFTER = set(`
  attack attacks bombing bombings massacre incident protests protest riots riot war battle siege uprising
  revolution election elections campaign offensive operation crisis affair scandal strike coup earthquake
  agreement treaty accord referendum trial festival award prize census disaster fire flood
`);

/** Plural kinship nouns after a name make it a family, not a person: `the Quispe Palomino siblings`. */
export const FAMILY_NOUNS_AFTER = set('siblings brothers sisters family families clan dynasty household cousins twins');

/** Lower-case nouns after a name that make it an organization: `the Shining Path guerilla group`. */
export const ORGANIZATION_NOUNS_AFTER = set(`
  group groups party parties organization organisation movement company club band guerrilla guerrillas guerilla
  militants militia faction's newspaper magazine corporation firm government's army brand label network
  charity foundation union team squad
`);

/** Lower-case nouns after a name that make it a place: `the VRAEM area`. */
export const PLACE_NOUNS_AFTER = set(`
  area region province valley district city town village county state river basin department municipality
  parish island peninsula mountains coast border borders capital
`);

/** Lower-case role nouns right before a name that make it a person: `politician Guillermo Bermejo`. */
export const PERSON_ROLES_BEFORE = set(`
  president vice-president politician leader spokesman spokeswoman spokesperson secretary minister senator
  governor mayor general colonel commander captain lieutenant sergeant admiral chairman chairwoman founder
  poet author writer novelist playwright journalist mathematician physicist chemist scientist engineer
  historian philosopher economist painter artist sculptor architect composer singer songwriter musician
  guitarist drummer bassist pianist rapper actor actress director producer player footballer coach manager
  striker defender midfielder goalkeeper quarterback wrestler boxer skater athlete cyclist
  wife husband son daughter father mother brother sister uncle aunt nephew niece cousin grandson granddaughter
  grandfather grandmother widow fiancé fiancée friend tutor teacher student pupil disciple retainer retainers
  vassal general's rival successor predecessor king queen emperor prince princess lord lady bishop pope
  priest monk emir sultan caliph shah tsar daimyō daimyo shogun judge lawyer banker businessman businesswoman
  entrepreneur inventor explorer diplomat ambassador activist rebel commander-in-chief prime premier chancellor
  candidate member co-founder fellow colleague partner bandmate teammate siblings brothers sisters
`);

/** Nouns whose `of` names a person: `the death of X`, `the assassination of X`. */
export const PERSON_EVENT_NOUNS = set(`
  death murder assassination arrest execution funeral kidnapping abduction killing burial birth marriage
  wife husband widow son daughter
`);

/** Kinship nouns: `X's son`, `son of X` make X a person. */
export const KINSHIP_NOUNS = set(`
  son sons daughter daughters wife husband father mother brother brothers sister sisters uncle aunt nephew niece
  cousin grandson granddaughter grandfather grandmother widow widower child children parents heir
`);

/** Verbs right after a name that say it is a person. */
export const PERSON_VERBS_AFTER = set('born died married divorced graduated resigned retired remains remained said says wrote recalled argued claimed admitted denied replied testified confessed');

/**
 * Verbs of a person's career after a name of two words or more: `Edmund Stoiber took over`,
 * `Burhanuddin Rabbani was sworn in`. Weaker than the verbs above: an organization head word wins.
 */
export const CAREER_VERBS_AFTER = set('took became served succeeded assumed inherited returned joined married resigned studied taught won defeated fled escaped ruled reigned commanded coached captained chaired headed');
export const CAREER_PARTICIPLES = set('sworn elected appointed named crowned promoted ordained knighted killed captured arrested executed assassinated murdered exiled imprisoned released married buried');

/** Verbs whose agent (`led by X`, `replaced by X`) is a person when nothing else says otherwise. */
export const PERSON_AGENT_VERBS = set('led headed chaired coached managed replaced succeeded founded written directed painted composed murdered assassinated killed appointed elected nominated signed');

/** Prepositions before a name that make it a place when nothing stronger says otherwise. */
export const PLACE_PREPOSITIONS = set('in at near outside inside throughout across around');

/**
 * Capitalized words that open sentences, clauses and quotes: never a name's first word.
 * Compared in lower case.
 */
export const SENTENCE_STARTERS = set(`
  the a an in on at by for from with without after before during following according under over despite
  although though however while when whenever where wherever since until unless because whereas whether
  it its he she his her hers they their them we our you your i my me this that these those there here
  some many most much all both each every other another others such several few any no none neither either
  as also if unlike between through within among amongst upon of to and but or nor yet so then thus
  later earlier early late meanwhile moreover furthermore therefore nevertheless nonetheless instead
  today yesterday currently previously subsequently eventually finally initially originally together
  what which who whom whose why how one two three four five six seven eight nine ten first second third
  last next new old only just even still not never always often sometimes being having is was were are
  be been has had have do does did can could will would shall should may might must
  born died see note notes main category
`);

/** Months and weekdays: never part of a name (`June 2018`, `in May`). */
export const MONTHS_AND_DAYS = set(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`);

/**
 * Capitalized words that are never a name on their own: eras, languages,
 * divisions of a text, political directions. They may sit inside one
 * (`Chinese Communist Party`).
 */
export const NEVER_NAMES = set(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  AD BC BCE CE Phase Stage Part Volume Figure Table Section Article Appendix
  God Internet English French Spanish German Italian Portuguese Latin Greek Russian Arabic Hebrew
  Chinese Japanese Korean Hindi Persian Turkish Dutch Swedish Norwegian Danish Polish Czech Welsh Irish Scottish
  Cornish Catalan Basque Quechua Aymara Swahili Zulu Urdu Bengali Tamil Sanskrit
  Far-left Far-right Left Right Centre Center Centre-left Centre-right Center-left Center-right
`);

/**
 * Capitalized function words inside a capitalized run mark a title's words
 * (`Anarchism: A History Of Libertarian Ideas`), not a name: the run breaks there.
 */
export const TITLE_CASE_BREAKERS = set('The A An And Or Of In On At By For From With To Is Was He She It His Her Its They This That');

/** Common-noun acronyms: `a USB drive`, `NGO Waynakuna` are not organizations. */
export const COMMON_ACRONYMS = set(`
  NGO NGOs CEO CEOs CFO CTO COO USB TV DNA RNA GDP GNP PhD MP MPs MEP AM PM UTC GMT HIV AIDS ID IQ OK PC PCs CD CDs
  DVD LP EP RPG GPS SUV VP MVP FAQ PDF URL API HQ AKA OS CPU RAM ROM IT AI VR BA MA BSc MSc MBA MD DJ MC
  II III IV VI VII VIII IX XI XII XIII XIV XV XVI XX XXI KO TKO ATM POW POWs IED IEDs RPG AK UAV UAVs
  ISBN ISSN DOI HTML XML JSON OCLC LCCN ASIN HTTP WWW VPN WAN LAN ISDN IP IPX TCP UDP DNS DHCP SQL GPU SDK NAT PPP
  RFC LED LCD CRT NMR MRI PCR
`);

/** Honorific-like words that start role titles (`President of Peru`): the title is not a name. */
export const TITLE_WORDS_BEFORE_OF = set(`
  President Prime King Queen Emperor Empress Duke Duchess Earl Count Countess Baron Baroness Marquis Marquess
  Prince Princess Lord Lady Governor Mayor Secretary Minister Chancellor Archbishop Bishop Chief Leader Head
  Member Chairman General Director Commander Sultan Emir Caliph Shah Viceroy Regent Speaker Dean Rector
`);

/** Collective nouns whose possessive sits inside names: `People's Guerrilla Army`, `King's College`. */
export const INNER_POSSESSIVES = set(`
  people women men children workers farmers peasants students nations citizens veterans soldiers teachers
  boys girls king queen st saint lloyd
`);

/** Words ending in these letters name an ideology or its follower (`Marxism`, `Maoist`): not names alone. */
export const IDEOLOGY_SUFFIXES = ['ism', 'isms', 'ist', 'ists'] as const;
