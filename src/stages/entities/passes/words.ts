/** Word sets several entity passes test against, built once from src/data/entities. */
import lexicon from '../../../data/entities/lexicon.json';
import ruleWords from '../../../data/entities/rule-words.json';
import companyLists from '../../../data/entities/company-lists.json';
import newsOrganizations from '../../../data/entities/news-organizations.json';
import { lowerOf } from '../../../nlp/characters';
import { legislatorPostnominals } from '../legislator-abbreviations';

/** What may stand between the capitalized words of one name ("Bank of Japan"). */
export const connectors = new Set(ruleWords.connectors);
/** Months, weekdays, pronouns and the like: never a name by themselves. */
export const notNames = new Set(lexicon.notNames);
/** Letters after a person's name ("QC", "OBE", "KCB", "D-Calif."'s parts): lexicon.json postnominals and the legislators'. */
export const postNameLetters: ReadonlySet<string> = new Set([...lexicon.postnominals, ...legislatorPostnominals]);
/** "Jr.", "Sr.": the letters after a name that belong to it (lexicon.json generationSuffixes). */
export const generationSuffixes: ReadonlySet<string> = new Set(lexicon.generationSuffixes.words);
/** Words of a title ("Prime", "Deputy"), never the start of a name. */
export const titleModifierWords = new Set(ruleWords.titleModifiers);
/** "Former", "Acting", "Veteran": when or how long a title or post was held, never the start of a name (rule-words.json tenureWords). */
export const tenureWords: ReadonlySet<string> = new Set(ruleWords.tenureWords);
/** "PM": a title written as its capitals before a person's name, as written (rule-words.json titleAbbreviationsInCapitals). */
export const titleAbbreviationsInCapitals: ReadonlySet<string> = new Set(ruleWords.titleAbbreviationsInCapitals);
/** "talks", "war", "game": a noun after two hyphen-joined names that makes them two parties (rule-words.json pairRelationNouns). */
export const pairRelationNouns: ReadonlySet<string> = new Set(ruleWords.pairRelationNouns);
/** "Defense", "Fisheries": a minister's portfolio, part of the title when a title word follows ("Defense Minister"), a portfolio in a body's name ("Ministry of Agriculture, Forestry and Fisheries") */
export const portfolioWords = new Set(lexicon.portfolioWords);
/** "said", "told": a person speaks. */
export const personCueVerbs = new Set(lexicon.personCueVerbs);
/** "firm", "carrier", "broadcaster": a noun for a kind of organization (rule-words.json organizationKindNouns). */
export const organizationKindNouns = new Set(ruleWords.organizationKindNouns);
/** "fell", "rose": what a currency, index or commodity does in market copy ("Sterling fell"). */
export const priceMoveVerbs = new Set(lexicon.priceMoveVerbs);
/** "University", "Ministry": a word that makes a longer name an organization's. */
export const orgHeads = new Set(lexicon.orgHeads);
/** "Inc", "Party", "Times": words that end an organization's name (the tagger's 'orgsuf' word class). */
const orgSuffixes = new Set(lexicon.orgSuffixes);
/** Where an organization's head noun stands before "for" only ("Center for Strategic Studies"; "Kennedy Space Center" is a place). */
const headsBeforeFor = new Set(ruleWords.headsBeforeFor);

/**
 * Does this lower-case word head an organization's name, given the word after
 * it? An organization head ("University", "Ministry") or its plural ("Centers
 * for Disease Control", "National Institutes of Health"), or a "Center" before "for".
 */
export function isOrganizationHead(lower: string, nextLower: string | undefined): boolean {
  if (orgHeads.has(lower) || (nextLower === 'for' && headsBeforeFor.has(lower))) return true;
  if (!lower.endsWith('s') || lower.length < 5) return false;
  return orgHeads.has(lower.slice(0, -1)) || (lower.endsWith('ies') && orgHeads.has(lower.slice(0, -3) + 'y'));
}

/**
 * The organization-head test of the rules that grow, split and type names
 * (pass 01's "Bank of ...", spans.ts's split at a title, pass 05, possessive
 * names, and resolve's retyping of a name after a title): an organization's
 * suffix ("Inc", "Times", "Party": data/entities/lexicon.json orgSuffixes)
 * or head (`isOrganizationHead`).
 */
export function isOrganizationHeadOrSuffix(lower: string, nextLower: string | undefined): boolean {
  return orgSuffixes.has(lower) || isOrganizationHead(lower, nextLower);
}
/** An organization's suffix or head, or a plural ("Police", "Party", "Services"): the word a body's name ends in. */
export function organizationWordOrPlural(lower: string): boolean {
  return isOrganizationHeadOrSuffix(lower, undefined) || lower.endsWith('s');
}
/** "of", "for" after an organization head ("Bank of Japan"). */
export const ofHeads = new Set(ruleWords.headLinks);
/** Endings of agent nouns that may open a sentence before a person's name ('Grazier Ron Tulloch'). */
export const occupationSuffixes: readonly string[] = ruleWords.occupationSuffixes;
/** Faiths and peoples ("Muslims", "Islamist", "Kurds"): words about groups, never a name by themselves. */
export const groupWords = new Set(lexicon.groupWords);
/** Adjectives of regions and peoples that are no country's ("Welsh", "Catalan", "Tamil"), lower case. */
export const regionalDemonyms: ReadonlySet<string> = new Set(lexicon.regionalDemonyms);
/** Month names and abbreviations, lower case. */
export const months = new Set(ruleWords.months);
/** Weekday names, lower case (rule-words.json writes them capitalized, as they stand in text). */
export const weekdays: ReadonlySet<string> = new Set(ruleWords.weekdays.map((w) => w.toLowerCase()));

/** "Act", "Award", "Summit": the head word of a law's, an event's or an award's name (lexicon.json miscHeads), lower case. */
export const miscHeads: ReadonlySet<string> = new Set(lexicon.miscHeads);
/** "Olympics", "Paralympics": an event named by its head word alone (lexicon.json eventsNamedAlone), lower case. */
export const eventsNamedAlone: ReadonlySet<string> = new Set(lexicon.eventsNamedAlone);

/** "Lords", "Commons": a house of parliament named alone by its members' plural (news-organizations.json chambers), as written. */
export const chamberWords: ReadonlySet<string> = new Set(newsOrganizations.chambers);
/** The same, lower case: the key such a name goes by. */
export const chamberKeys: ReadonlySet<string> = new Set(newsOrganizations.chambers.map(lowerOf));
/** "Senate", "Parliament", "House": a legislature or one of its houses (news-organizations.json legislatures), lower case. */
export const legislatureKeys: ReadonlySet<string> = new Set(newsOrganizations.legislatures.map(lowerOf));
const legislaturesAlone = newsOrganizations.legislatures.filter((w) => !newsOrganizations.legislaturesNotAlone.includes(w));
/** "Court", "Crown", "Senate": a public institution named alone by its head word after "the" (news-organizations.json institutions, and legislatures but legislaturesNotAlone), as written. */
export const institutionWords: ReadonlySet<string> = new Set([...newsOrganizations.institutions, ...legislaturesAlone]);
/** The same, lower case. */
export const institutionKeys: ReadonlySet<string> = new Set([...institutionWords].map(lowerOf));
/** "Crown": institutions taken only as the party to a case, after a preposition of partyPrepositions (news-organizations.json institutionsAsParty), as written. */
export const institutionsAsParty: ReadonlySet<string> = new Set(newsOrganizations.institutionsAsParty);
/** "of", "for", "against", "by": what comes before "the Crown" as a party to a case (news-organizations.json partyPrepositions). */
export const partyPrepositions: ReadonlySet<string> = new Set(newsOrganizations.partyPrepositions);

/** What joins the names of a list ("A, B and C", "A or B"). */
export const listJoiners: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** The same where a list of companies may also join by "&" ("Sony, Nintendo & Toshiba"). */
export const companyListJoiners: ReadonlySet<string> = new Set([...listJoiners, '&']);

/** "north", "western": a compass point or its -ern adjective, lower case (what opens "North Darfur", "South Yorkshire Police") */
export const isCompassWord = (lower: string): boolean => /^(?:north|south|east|west)(?:ern)?$/.test(lower);

/** Words that end a company's name ("Inc", "Holdings"): the name goes by its first words without them. */
export const corporateSuffixes = new Set(lexicon.corporateSuffixes);

/** industry words that end company names and no person's name ("Electronics", "Semiconductor"; company-lists.json companyTails) */
export const companyTails: ReadonlySet<string> = new Set(companyLists.companyTails);
/** words that make "<full name> & <word>" a firm ("Power & Light", "& Sons", "& Co."; company-lists.json firmWordsAfterAmpersand, with corporateSuffixes) */
export const firmWordsAfterAmpersand: ReadonlySet<string> = new Set([...companyLists.firmWordsAfterAmpersand, ...lexicon.corporateSuffixes]);
/** the companyTails that are also a verb's present-tense form ("Sports", "Works"): a title-case headline's verb as often (company-lists.json companyTailsAlsoVerbs) */
export const companyTailsAlsoVerbs: ReadonlySet<string> = new Set(companyLists.companyTailsAlsoVerbs);

/** "MPP", "MLA", "MEPs": a legislator's seat written after a party's name or before the seat's place ("the MLA for Surrey"). */
export { legislatorAbbreviations } from '../legislator-abbreviations';

/** "Phone", "Fax", "E-mail": the labels of a signature's contact lines, never a word of the name before them. */
export const contactLabels: ReadonlySet<string> = new Set(ruleWords.contactLabels);
/** Words naming a known company's division after its name ('Google Research'), lower case (rule-words.json companyDivisionWords). */
export const companyDivisionWords: ReadonlySet<string> = new Set(ruleWords.companyDivisionWords);
/** "Year", "Class", "Ward": a run after "Name, age, of" opening with one is a school class or a ward, not a home (rule-words.json residenceGroupHeads). */
export const residenceGroupHeads: ReadonlySet<string> = new Set(ruleWords.residenceGroupHeads);
/** "Four", "Nine", "VI": a run after "Name, age, of" closing with one is a numbered class or ward, not a home (rule-words.json residenceNumberWords). */
export const residenceNumberWords: ReadonlySet<string> = new Set(ruleWords.residenceNumberWords);
/** "MacLean", "McDonald", "DeSantis": a family name with a capital inside, after its prefix (rule-words.json familyNameCapitalPrefixes; letters only, so the alternation needs no escaping). */
export const PREFIXED_FAMILY_NAME = new RegExp(`^(?:${ruleWords.familyNameCapitalPrefixes.join('|')})[A-Z][a-z]+$`);
