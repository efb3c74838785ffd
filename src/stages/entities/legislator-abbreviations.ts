/**
 * The letters of a legislator's seat ("MP", "MLA for Surrey", "Labour MPs"): one list, rule-words.json
 * `legislatorAbbreviations`, and the parts of it that other word classes take (`legislatorAbbreviationsIn`: the
 * tagger's title words, letters after a name, members after a party's name, abbreviations that name no
 * organization). The parts are written out beside the list in rule-words.json, each chosen for its reader (the
 * tagger's model was trained on exactly its three personTitles); this file is the one place code reads any of them,
 * and tests/legislator-abbreviations.test.ts checks each part against the list.
 */
import ruleWords from '../../data/entities/rule-words.json';

/** Every form, plurals included: never a word of a party's name; the name after "for" is the seat's place. */
export const legislatorAbbreviations: ReadonlySet<string> = new Set(ruleWords.legislatorAbbreviations);

const parts = ruleWords.legislatorAbbreviationsIn;
/** Those the tagger's "title" word class holds (beside lexicon.json personTitles). */
export const legislatorTitles: readonly string[] = parts.personTitles;
/** Those written after a person's name (beside lexicon.json postnominals). */
export const legislatorPostnominals: readonly string[] = parts.postnominals;
/** Those naming a party's members after its name (beside news-organizations.json membersAfter, pass 43). */
export const legislatorMembersAfter: readonly string[] = parts.membersAfter;
/** The same for name-evidence.ts (beside lexicon.json contextTypes.membersAfter). */
export const legislatorContextMembersAfter: readonly string[] = parts.contextMembersAfter;
/** Those that are no organization's acronym, in capitals (beside common-acronyms.json). */
export const legislatorAcronyms: readonly string[] = parts.notNameAcronyms.map((w) => w.toUpperCase());
