import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { isCommonWord } from '../../../nlp/common-words';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCapitalized, wordClass } from '../features';
import { isCapitalizedWord, isAsciiTitleCaseWord } from '../capitalized';
import { PERSON_SUBJECT_PRONOUNS } from '../../../nlp/pronouns';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { appositiveAge, appositiveTitle, personShaped, personWord, typeFromContext } from './name-evidence';
import { bigPlace, taggedSpan, wordsOfFullPersonNames, wordsText } from './shared';
import { isCompassWord, isOrganizationHead, isOrganizationHeadOrSuffix, personCueVerbs, portfolioWords, postNameLetters, titleModifierWords } from './words';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import ruleWords from '../../../data/entities/rule-words.json';
import namedRooms from '../../../data/entities/named-rooms.json';

/**
 * Types the evidence settles whatever the tagger's guess: country names are
 * places ("North Korea" is no organization); a multi-word name headed by an
 * organization word is an organization ("Chinese Communist Party"), by a
 * geographic word a place ("East China Sea"). Lone title or place words are no
 * names, nor a lone organization word opening a sentence.
 */
export const typeByEvidence: EntityPass = { name: 'type-by-evidence', run };

function run({ tokens, initial, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  // the words of the persons named in full: the same word alone elsewhere in the article is most likely that person
  const namedInFull = wordsOfFullPersonNames(tokens, spans);
  const speakingNonPlaces = unlistedPlacesThatAct(tokens, spans, namedInFull);
  for (const s of spans) {
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    const text = wordsText(words);
    const head = wordClass(words[words.length - 1]!.lower);
    // (a lone organization word the tagger marks mid-sentence names one: "Congress", "the Court", "the Army")
    const loneHead = head === 'locsuf' || head === 'title' || (head === 'orgsuf' && initial[s.tokenStart]);
    if (words.length === 1 && loneHead && !/^[A-Z]{2,}$/.test(text)) continue;
    // "Defense Minister Yitzhak Mordechai": a portfolio word before a title belongs to the title
    const after = tokenAtIndex(tokens, s.tokenEnd);
    if (words.length === 1 && s.type === 'PER' && (titleModifierWords.has(words[0]!.lower) || portfolioWords.has(words[0]!.lower)) && after && isCapitalized(after.text) && wordClass(after.lower) === 'title') continue;
    let type = s.type;
    const kind = placeKind(text);
    const lastLower = words[words.length - 1]!.lower;
    // "Beijing-Tokyo ties": two places joined by a hyphen are two place mentions ("Asia-Pacific" is one place)
    if (!kind && hyphenatedPlaces(words)) {
      out.push({ tokenStart: s.tokenStart, tokenEnd: s.tokenStart + 1, type: 'LOC' }, { tokenStart: s.tokenEnd - 1, tokenEnd: s.tokenEnd, type: 'LOC' });
      continue;
    }
    if (kind === 'country' && canonicalCountry(text)) type = 'LOC';
    // "Cadena SER", "Radio ABC": a person's name ends in no word of three capitals or more that is no numeral or
    // postnominal (a given name first stays a person: "Emmanuel MACRON", a surname in capitals; so does a name after a
    // person's title: "Sir Keir Starmer KCB", "Lord Smith DSO")
    else if (s.type === 'PER' && words.length >= 2 && !caseless[words[0]!.sentence] && acronymEnd(words) && !afterTitle(tokens, s.tokenStart)) type = 'ORG';
    // "Rakeem Jones, 26,", "Tyrell Banks, 19, and ...": an age in apposition is a person's, whatever word ends the name
    // (not a known body's or one an organization's suffix ends: "Goldman Sachs, 3,", "Green Party, 12," rank or count
    // seats in a list; a plural of a head is a surname as often: "Tyrell Banks, 19,")
    else if (!kind && words.length > 1 && personShaped(words) && appositiveAge(tokens, s.tokenEnd) && !isKnownOrganization(text) && !(head === 'orgsuf' && !isFamilyName(lastLower))) type = 'PER';
    // a well-known organization by name ("Al Jazeera", "Procter & Gamble", "Chicago Bulls"), unless a person's title
    // stands before the person the tagger read ("Vice President Ford", not the carmaker)
    // (or a person the article names in full: "Norton" after "Joshua Norton" is no antivirus maker)
    else if (!kind && isKnownOrganization(text) && !(s.type === 'PER' && (afterTitle(tokens, s.tokenStart) || namedInFull.has(text.toLowerCase())))) type = 'ORG';
    else if (words.length === 1 && (kind === 'majorcity' || kind === 'region') && s.type === 'ORG') type = 'LOC';
    // "Confirmation from Arianespace ... Arianespace said": a word no gazetteer knows as a place, read as a place
    // somewhere and acting somewhere in the article, is an organization at every mention read as a place or person
    else if (s.type !== 'ORG' && words.length === 1 && speakingNonPlaces.has(words[0]!.lower)) type = 'ORG';
    // "Tokyo said": a lone major city is the place (or its government), not a person; a
    // person of that name elsewhere in the article ("George Washington") wins it back by vote
    // (a region that is also a given name, "Michael", "Diana", is the person the tagger read, and so is a city whose
    // name the article gives a person in full: "Paris Hilton ... Paris said")
    else if (words.length === 1 && (kind === 'majorcity' || kind === 'region') && s.type === 'PER' && !(kind === 'region' && isGivenName(words[0]!.lower)) && !namedInFull.has(text.toLowerCase())) type = 'LOC';
    // "sat in the Oval Office": a room news names is a place, though its last word is a body's head (named-rooms.json)
    else if (roomsNamedAsPlaces.has(text)) type = 'LOC';
    // ("West Bank", "Soviet Union": a place the gazetteer lists whole, read as one, keeps its type whatever its last word)
    else if (words.length > 1 && head === 'orgsuf' && !(kind && s.type === 'LOC')) type = 'ORG';
    else if (words.length > 1 && (bodyOfWaterWords.has(lastLower) || geoWords.has(lastLower))) type = 'LOC';
    // "Gulf of Mexico", "Bay of Bengal", "Isle of Man": a geographic head before "of" makes a place, whatever place follows
    else if (words.length > 2 && (bodyOfWaterWords.has(words[0]!.lower) || geoWords.has(words[0]!.lower)) && words[1]!.lower === 'of') type = 'LOC';
    else if (words.length > 1 && head === 'locsuf' && s.type !== 'ORG' && !personWithPlaceWordSurname(tokens, s, words)) type = 'LOC';
    else if (s.type !== 'LOC' && !kind && siteName(tokens, s, words)) type = 'LOC';
    // ("Isabel Ruiz of Heaven Sent Gaming" stays a person: split-joined-names cuts it at "of")
    else if (words.length > 1 && s.type === 'PER' && words.some((w, i) => isOrganizationHead(w.lower, words[i + 1]?.lower)) && !personOfOrganization(words)) type = 'ORG';
    // "Lockheed Martin", "Northrop Grumman", "Goldman Sachs": two words, the first a known organization that is no
    // given name, read as a person because the second is one ("Martin"); not after a person's title ("Sen. Rand
    // Paul": the think tank RAND is listed, the senator's given name is not)
    else if (s.type === 'PER' && words.length === 2 && isAsciiTitleCaseWord(words[0]!.text) && isKnownOrganization(words[0]!.text) && !isGivenName(words[0]!.lower) && !isFamilyName(words[0]!.lower) && !afterTitle(tokens, s.tokenStart)) type = 'ORG';
    // "Zanu-PF", "Fatah-PLO": a word whose part after a hyphen is an acronym is no person's or (unlisted) place's name
    else if (s.type !== 'ORG' && /^[A-Z][A-Za-z]+-[A-Z]{2,}$/.test(text)) type = 'ORG';
    else if (s.type !== 'PER' && !kind && personShaped(words) && appositiveTitle(tokens, s.tokenEnd)) type = 'PER';
    else if (s.type === 'LOC' && !kind && placePrefixedName(words) && !airportOfCity(tokens, s)) type = 'ORG';
    // "Wakefield District CID": a place's name in title case closed by an acronym that names no place ("Congo DRC"
    // ends in a country) is the place's unit, an organization ("FRENCH HOUSE NEXT YEAR", all capitals, says nothing)
    else if (s.type === 'LOC' && !kind && words.length >= 2 && words.slice(0, -1).every((w) => /^[A-Z][a-z]/.test(w.text)) && acronymOfUnit(words[words.length - 1]!.text)) type = 'ORG';
    // "Nikkei Asia", "Radio Free Asia": a person's name does not end in a country or region
    // (unless that is also a family name: "Michael Jordan", or a middle initial makes it a person's: "Michael B. Jordan",
    // or a given name opens it and a region, not a country, ends it: "George Washington", "Claire Warwick"; "Garuda
    // Indonesia" is an airline, whatever a list of given names holds; a compass point that names a region is also a
    // family name and no country: "Douglass North")
    else if (s.type === 'PER' && words.length >= 2 && endsInCountryOrRegion(words) && !isFamilyName(lastLower) && !isCompassWord(lastLower) && !givenNameBeforeRegion(words) && !words.some((w, i) => i > 0 && i < words.length - 1 && /^[A-Z]\.$/.test(w.text))) type = 'ORG';
    // the same for a "place" the gazetteer does not know whose first word is no place or compass word ("Nikkei Asia", not "Greater Asia")
    // and whose last is no compass point ("Bridge Plaza North", "Vanua Levu West" are parts of places)
    else if (s.type === 'LOC' && !kind && words.length >= 2 && endsInCountryOrRegion(words) && !isCompassWord(lastLower) && !placeLike(words[0]!)) type = 'ORG';
    // ("Ngozi Okafor said she ...": a speaker the text then calls "she" or "he" stays the person, whatever place opens the name)
    else if (s.type === 'PER' && !kind && words.length === 2 && placePrefixedName(words) && !isGivenName(words[0]!.lower) && !personWord(words[1]!) && wordClass(tokens[s.tokenStart - 1]?.lower ?? '') !== 'title' && !speakerCalledHeOrShe(tokens, s)) type = 'ORG';
    if (kind !== 'country' && head !== 'orgsuf' && head !== 'locsuf') type = typeFromContext(tokens, s.tokenStart, s.tokenEnd) ?? type;
    out.push(type === s.type ? s : taggedSpan(s.tokenStart, s.tokenEnd, type));
  }
  return out;
}

/** Rooms and grounds news names as places whose last word is a body's head ("Oval Office", "West Wing"): data/entities/named-rooms.json. */
const roomsNamedAsPlaces: ReadonlySet<string> = new Set(namedRooms.names);

/** "Cadena SER": title-case words, no given name first, then an acronym of three letters or more, no Roman numeral or postnominal ("III", "OBE"). */
function acronymEnd(words: readonly Token[]): boolean {
  const last = words[words.length - 1]!;
  if (!/^[A-Z]{3,}$/.test(last.text) || /^[IVXLC]+$/.test(last.text) || postNameLetters.has(last.lower)) return false;
  return !isGivenName(words[0]!.lower) && words.slice(0, -1).every((w) => isAsciiTitleCaseWord(w.text));
}

/** What organizations are said to do (lexicon agencyVerbs); 'be' and 'have' are left out where a place acts ("Kourou is", "Kourou has been"). */
const agencyVerbs: ReadonlySet<string> = new Set(lexicon.agencyVerbs);
const actingVerb = (t: Token): boolean => agencyVerbs.has(t.lower) && t.lemma !== 'be' && t.lemma !== 'have';

/**
 * The one-word names that no gazetteer knows as a place, country, demonym, person's name or common word, that the
 * tagger read as a place at one mention at least and as a person no more often, no word of a person's full name in
 * the article, written in title case, and that some one-word mention shows acting: a verb of what
 * organizations do right after it ("Arianespace said", which the tagger read as a person). A place does not speak;
 * its government does, under a name the gazetteer knows ("Kyiv said").
 */
function unlistedPlacesThatAct(tokens: readonly Token[], spans: readonly TaggedSpan[], namedInFull: ReadonlySet<string>): Set<string> {
  // per word: mentions read as a place less those read as a person
  const placeOverPerson = new Map<string, number>();
  const acting = new Set<string>();
  for (const s of spans) {
    if (s.tokenEnd - s.tokenStart !== 1) continue;
    const word = tokens[s.tokenStart]!;
    if (s.type !== 'ORG') placeOverPerson.set(word.lower, (placeOverPerson.get(word.lower) ?? 0) + (s.type === 'LOC' ? 1 : -1));
    const next = tokens[s.tokenEnd];
    if (next && next.sentence === word.sentence && actingVerb(next)) acting.add(word.lower);
  }
  const words = new Set<string>();
  for (const s of spans) {
    const word = tokens[s.tokenStart]!;
    // (a word in title case: "U.S" cut from its full stop is the country, unlisted in that spelling)
    // (a person's name the tagger once read as a place, "Trump" of "Donald Trump ... Trump said", stays the person's)
    if (s.tokenEnd - s.tokenStart !== 1 || s.type !== 'LOC' || (placeOverPerson.get(word.lower) ?? 0) < 0 || namedInFull.has(word.lower)) continue;
    if (!acting.has(word.lower) || words.has(word.lower) || !isCapitalizedWord(word.text)) continue;
    if (placeKind(word.text) || canonicalCountry(word.text) || demonymToCountry(word.text) || isGivenName(word.lower) || isFamilyName(word.lower) || isCommonWord(word.lower)) continue;
    words.add(word.lower);
  }
  return words;
}

/** How far after a speaker's name "she" or "he" is looked for: the rest of its sentence and the next one, at most. */
const PRONOUN_WINDOW = 40;

/**
 * "Ngozi Okafor said she had waited", '"We waited," said Ngozi Okafor. She added ...': the name is next to a verb of
 * saying (lexicon personCueVerbs) and "she" or "he" follows in its sentence or the next. An organization is "it".
 */
function speakerCalledHeOrShe(tokens: readonly Token[], s: TaggedSpan): boolean {
  const sentence = tokens[s.tokenStart]!.sentence;
  const before = tokens[s.tokenStart - 1];
  const after = tokens[s.tokenEnd];
  const speaks = (before?.sentence === sentence && personCueVerbs.has(before.lower)) || (after?.sentence === sentence && personCueVerbs.has(after.lower));
  if (!speaks) return false;
  for (let t = s.tokenEnd; t < tokens.length && t < s.tokenEnd + PRONOUN_WINDOW && tokens[t]!.sentence <= sentence + 1; t++) {
    if (PERSON_SUBJECT_PRONOUNS.has(tokens[t]!.lower)) return true;
  }
  return false;
}

/** Does a capitalized title word ("President", "General") of the same sentence stand right before token t? */
function afterTitle(tokens: readonly Token[], t: number): boolean {
  const before = tokenAtIndex(tokens, t - 1);
  return !!before && before.sentence === tokens[t]!.sentence && isCapitalized(before.text) && wordClass(before.lower) === 'title';
}

const bodyOfWaterWords = new Set(lexicon.bodyOfWater);
const streetWords: ReadonlySet<string> = new Set(lexicon.streetWords);
const waterPrefixes: ReadonlySet<string> = new Set(lexicon.waterPrefixes);
const placePrefixes: ReadonlySet<string> = new Set(lexicon.placePrefixes);
const divisionPrefixes: ReadonlySet<string> = new Set(lexicon.divisionPrefixes);
const ambiguousStreetWords: ReadonlySet<string> = new Set(lexicon.streetWordsWithOtherSenses);
/** Words a street's or river's name holds at most ('Upper Marsh Lane'); a longer run is something else's name. */
const MAX_SITE_WORDS = 3;

/**
 * A place's name the tagger read as a person or organization, told by its
 * first or last word (lexicon streetWords, waterPrefixes, placePrefixes):
 * 'Marsh Lane', 'Frankwell Quay', 'at Ashby Green' (a street's head after a
 * word that is no given name: 'Nathan Lane' stays a person; a street word
 * with other senses, 'Draymond Green', 'Red Crescent', or one read as an
 * organization wants a place's preposition), 'the River Severn', 'Loch Ness'
 * (a river's or lake's word first; 'River Phoenix' and 'Cape Air' stay
 * unless "the" or a place's preposition comes before), 'Upper Dene' (a first
 * word no person's name opens). Two words at least: 'Row' alone is a surname.
 * 'County Antrim' (a division's word first: lexicon divisionPrefixes).
 * A well-known organization keeps its type ('Downing Street').
 */
function siteName(tokens: readonly Token[], s: TaggedSpan, words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > MAX_SITE_WORDS || isKnownOrganization(wordsText(words))) return false;
  const first = words[0]!.lower;
  const last = words[words.length - 1]!.lower;
  const before = tokens[s.tokenStart - 1]?.lower ?? '';
  const afterPlacePreposition = wordClass(before) === 'locprep';
  // a street's word alone never outweighs the tagger's organization ('the Turkish Red Crescent'), nor does one with
  // other senses, a family name or a charity's ('Tavita Row', 'Red Crescent'), make a place without a place's
  // preposition ('at Ashby Green')
  if (streetWords.has(last)) {
    const plainStreetWord = s.type !== 'ORG' && !ambiguousStreetWords.has(last) && !isFamilyName(last);
    return !isGivenName(first) && (plainStreetWord || afterPlacePreposition);
  }
  // a river's or cape's word alone leaves the tagger's organization ('Cape Air cancelled flights') and a given name
  // ('River Phoenix') as they are; "the" or a place's preposition before makes the place ('the River Severn')
  if (waterPrefixes.has(first)) return before === 'the' || afterPlacePreposition || (s.type !== 'ORG' && !isGivenName(first));
  // "County Antrim" (read as a body for its first word): a division's word before one name word that is neither a
  // body's word ("County Council", "County Hall") nor a common word ("County Championship") unless the gazetteer
  // knows it as a place ("County Cork")
  // "Richmond Highway", "Florida Keys" read as a person: a known place before a site's word (lexicon siteHeads) names a
  // part of the place (placePrefixedName keeps the same spans from the organization branch)
  if (s.type === 'PER' && siteHeads.has(last) && bigPlace(wordsText(words.slice(0, -1)))) return true;
  if (divisionPrefixes.has(first)) return words.length === 2 && isAsciiTitleCaseWord(words[1]!.text) && !wordClass(last) && !isOrganizationHeadOrSuffix(last, undefined) && (!isCommonWord(last) || placeKind(words[1]!.text) !== null);
  return s.type === 'PER' && placePrefixes.has(first);
}
const geoWords = new Set(lexicon.geoFeature);
const siteHeads: ReadonlySet<string> = new Set(lexicon.siteHeads);
const regionWords = new Set([...lexicon.regionWords, ...lexicon.placePrefixes, 'central', 'new', 'old', 'mainland', 'continental']);

/**
 * "Tokyo Electron", "Washington Post": a known place followed by a word that
 * makes no place name (no geographic head like "Bay" or "County") names an
 * organization from that place.
 */
function placePrefixedName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1]!;
  if (!isAsciiTitleCaseWord(last.text) || wordClass(last.lower) || bodyOfWaterWords.has(last.lower) || geoWords.has(last.lower)) return false;
  // a place's name before a site's or street's word or a compass point names a part of the place: "Richmond Highway",
  // "Florida Keys", "Moss Side", "Bridge Plaza North" (a street word with other senses leaves the name to the rules
  // after: "Palestine Red Crescent")
  if (siteHeads.has(last.lower) || (streetWords.has(last.lower) && !ambiguousStreetWords.has(last.lower)) || isCompassWord(last.lower)) return false;
  // "Kumamoto Prefecture", "Helmand Province": a place and its kind of division is the place ("Ohio State" may be a university)
  if (last.lower !== 'state' && lexicon.regionWords.includes(last.lower)) return false;
  for (let n = words.length - 1; n >= 1; n--) {
    // ("North Darfur", "East Anglia": a compass or regional word is a region somewhere, but here it opens a place name;
    // not before a common word: "Northern Rock", "North Face" are companies)
    if (n === 1 && compassOrRegionWord(words[0]!) && !isCommonWord(words[1]!.lower)) return false;
    if (bigPlace(wordsText(words.slice(0, n)))) return !placeKind(wordsText(words.slice(n)));
  }
  return false;
}

const airportContextWords: ReadonlySet<string> = new Set(ruleWords.airportContextWords);
/** how many words either side of the name a word of air travel may stand */
const AIRPORT_CONTEXT_WINDOW = 6;

/**
 * "slot pairs at Copenhagen and Stockholm Arlanda", "the deal's London Heathrow routes": a city and one more word,
 * with a word of air travel (rule-words.json airportContextWords) near it in its sentence, name the city's airport, a
 * place ("Tokyo Electron", "Washington Post" stay organizations elsewhere).
 */
function airportOfCity(tokens: readonly Token[], s: TaggedSpan): boolean {
  // an airport's own name is no common word: "Alaska Air", "Jeju Air" are airlines, whatever flights are near them
  if (s.tokenEnd - s.tokenStart !== 2 || isCommonWord(tokens[s.tokenStart + 1]!.lower)) return false;
  const sentence = tokens[s.tokenStart]!.sentence;
  const from = Math.max(0, s.tokenStart - AIRPORT_CONTEXT_WINDOW);
  const to = Math.min(tokens.length, s.tokenEnd + AIRPORT_CONTEXT_WINDOW);
  for (let t = from; t < to; t++) {
    const w = tokens[t]!;
    if (w.sentence === sentence && (t < s.tokenStart || t >= s.tokenEnd) && airportContextWords.has(w.lower)) return true;
  }
  return false;
}

/** "North", "Western", "Greater", "Central": a compass point or a regional word, exactly */
const compassOrRegionWord = (word: Token): boolean => regionWords.has(word.lower) || isCompassWord(word.lower);

/** A word that can begin a place name: a known place, a compass or regional word, a word built on one ("Northeast", "Midwestern"), or a nationality. */
function placeLike(word: Token): boolean {
  // ("Canadian Arctic", "Brazilian Amazon": a nationality word before a region names part of it)
  // ("Lake Chad", "Cape Verde", "Mount Kenya": a lake's, cape's or mountain's word opens the place's own name)
  return placeKind(word.text) !== null || compassOrRegionWord(word) || waterPrefixes.has(word.lower) || geoWords.has(word.lower) || /^(?:north|south|east|west)|ern$/.test(word.lower) || demonymToCountry(word.text) !== null;
}

/**
 * "trace David Hall", "Grace Park said": a person the tagger read whose surname is also a place's last word ("Hall",
 * "Park"): a given name that is no common word, then a family name, with no "the" or place's preposition before
 * ("the Albert Hall", "in Victoria Park" stay places).
 */
function personWithPlaceWordSurname(tokens: readonly Token[], s: TaggedSpan, words: readonly Token[]): boolean {
  if (s.type !== 'PER' || words.length !== 2) return false;
  const first = words[0]!.lower;
  const before = tokens[s.tokenStart - 1];
  if (before && before.sentence === words[0]!.sentence && (before.lower === 'the' || wordClass(before.lower) === 'locprep')) return false;
  return isGivenName(first) && !isCommonWord(first) && isFamilyName(words[1]!.lower);
}

/**
 * "George Washington", "Claire Warwick": two words, a given name that is no common word ("Royal Caribbean"), then a
 * region. (A longer name is left to the rules for titles: "Sarah Duchess of York" is the person Sarah and the place.)
 */
function givenNameBeforeRegion(words: readonly Token[]): boolean {
  const first = words[0]!.lower;
  return words.length === 2 && isGivenName(first) && !isCommonWord(first) && placeKind(words[1]!.text) === 'region';
}

function endsInCountryOrRegion(words: readonly Token[]): boolean {
  const k = placeKind(words[words.length - 1]!.text);
  return k === 'country' || k === 'region';
}

/** "Beijing-Tokyo", "US-China": place, hyphen, place, written without spaces. */
function hyphenatedPlaces(words: readonly Token[]): boolean {
  if (words.length !== 3 || !/^[-–]$/.test(words[1]!.text)) return false;
  if (words[1]!.start !== words[0]!.end || words[2]!.start !== words[1]!.end) return false;
  return bigPlace(words[0]!.text) && bigPlace(words[2]!.text);
}

/** "Isabel Ruiz of Heaven Sent Gaming": a person's name (starting or ending in a known name word) before "of". */
function personOfOrganization(words: readonly Token[]): boolean {
  const of = words.findIndex((w) => w.lower === 'of');
  return of >= 2 && (personWord(words[0]!) || personWord(words[of - 1]!));
}

/** "CID", "FBI": three to five capitals that name no country or place. */
function acronymOfUnit(word: string): boolean {
  return /^[A-Z]{3,5}$/.test(word) && !canonicalCountry(word) && !placeKind(word);
}
