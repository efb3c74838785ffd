import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCommonWord } from '../../../nlp/common-words';
import { isAsciiTitleCaseWord } from '../capitalized';
import { isCapitalized, wordClass } from '../features';
import { romanizationOf } from '../romanized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { appositiveTitle, demonymBeforeNoun, knownAcronymInMixedCase, organizationActing, organizationApposition, personShaped, titleFollows, titleModifiersBeforeTitle, typeFromContext } from './name-evidence';
import { bigPlace, bigPlaceKind, coveredTokens, maxNameTokens, taggedSpan, wordsText } from './shared';
import { connectors, groupWords, isOrganizationHead, isOrganizationHeadOrSuffix, months, notNames, personCueVerbs, portfolioWords, priceMoveVerbs, titleModifierWords } from './words';
import { calendarWord } from '../spans';
import { isTightHyphen } from '../../../nlp/hyphens';
import { TIME_SETTING_WORDS } from '../../../nlp/time-words';
import { bracketedTokenAt, capitalInitials, capitalsAcronymShape as acronymShape, notNameAcronyms } from '../acronyms';

/**
 * Capitalized word sequences the tagger left out, where the evidence for a
 * type is clear: a place in the gazetteer, an organization or place head word
 * ("... University", "... Sea"), a person cue (a title word before, "said"
 * after, a known given name first). Anything less clear stays out.
 */
export const addCapitalizedNames: EntityPass = { name: 'add-capitalized-names', run };

function run({ tokens, sentences, caseless, writtenLower: lowerSeen, capitalized }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = coveredTokens(tokens, spans);
  const out = [...spans];
  // this loop visits every word and is kept small: V8 optimizes it early and cheaply, while the rarer
  // work on each run of capitalized words (nameInRun) is compiled on its own when it gets hot
  for (const [i, sentence] of sentences.entries()) {
    if (caseless[i]) continue;
    const scan: RunScan = { tokens, spans, covered, lowerSeen, sentenceStart: sentence.tokenStart };
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd) {
      // (the feature context's capital marks: no token's text is read for the words that open no run)
      if (covered[t] || capitalized[t] === 0) {
        t++;
        continue;
      }
      // a run of capitalized words, with connectors between them
      let e = t + 1;
      while (e < sentence.tokenEnd && !covered[e] && e - t < maxNameTokens) {
        const x = tokens[e]!;
        if (capitalized[e] === 1 && x.pos !== 'PUNCT') e++;
        // (the capital mark after the word first: most runs end before a lower-case word, whose text is then not read)
        else if (e + 1 < sentence.tokenEnd && capitalized[e + 1] === 1 && !covered[e + 1] && connectors.has(x.lower)) e += 2;
        else break;
      }
      const found = nameInRun(scan, t, e);
      t = e;
      if (found === null) continue;
      out.push(found);
      covered.fill(1, found.tokenStart, found.tokenEnd);
    }
  }
  return out.sort((x, y) => x.tokenStart - y.tokenStart);
}

/** parts of speech an opener before a comma takes when it names no one ("Meanwhile,", "Instead,", "However,") */
const openerNotNamePos: ReadonlySet<string> = new Set(['ADV', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'DET', 'INTJ', 'NUM', 'AUX']);

/**
 * The one capitalized word at t before an apposition headed by a kind of organization ("Ford, the U.S. car
 * maker,"): no adverb or other function word ("Meanwhile, the company, which"), no time word ("Today, the firm,"),
 * no plural ("Analysts, a group of"), and never written in lower case in the article.
 */
function openerNamedByApposition(tokens: readonly Token[], lowerSeen: ReadonlySet<string>, t: number): boolean {
  const w = tokens[t]!;
  if (openerNotNamePos.has(w.pos) || lowerSeen.has(w.lower) || TIME_SETTING_WORDS.has(w.lower) || !isAsciiTitleCaseWord(w.text)) return false;
  if (/[^s]s$/.test(w.lower) && isCommonWord(w.lower.slice(0, -1))) return false;
  return organizationApposition(tokens, t + 1);
}

/** a listing's ticker and exchange suffix: "NVK.ST", "VOD.L", "BRK.B" */
const tickerShape = /^[A-Z0-9]{1,6}\.[A-Z]{1,3}$/;
const tickerPart = /^(?:[A-Z0-9]{1,6}|\.)$/;

/** Do the words [a, e), with the capitals and dots written onto them without spaces, spell a ticker ("NVK", ".", "ST")? */
function inTicker(tokens: readonly Token[], a: number, e: number): boolean {
  let s = a;
  let f = e;
  while (s > 0 && a - s < 3 && tokens[s - 1]!.end === tokens[s]!.start && tickerPart.test(tokens[s - 1]!.text)) s--;
  while (f < tokens.length && f - e < 3 && tokens[f]!.start === tokens[f - 1]!.end && tickerPart.test(tokens[f]!.text)) f++;
  if (f - s > 4) return false;
  let text = '';
  for (let k = s; k < f; k++) text += tokens[k]!.text;
  return tickerShape.test(text);
}

/** What nameInRun reads about the article and the sentence of the run. */
interface RunScan {
  tokens: readonly Token[];
  spans: readonly TaggedSpan[];
  /** 1 where a span already stands or one was just added */
  covered: Uint8Array;
  lowerSeen: EntityPassContext['writtenLower'];
  sentenceStart: number;
}

/** The name inside the run of capitalized words [t, runEnd), without leading titles, demonyms or common words, or null. */
function nameInRun({ tokens, spans, covered, lowerSeen, sentenceStart }: RunScan, t: number, runEnd: number): TaggedSpan | null {
  let e = runEnd;
  let a = t;
  // what the whole run is, each fact worked out the first time a rule below asks for it: most runs ("The", "But",
  // a name the tagger missed mid-sentence) never ask for one, and working all three out for every run was the pass's cost
  let wholePerson: boolean | undefined;
  let wholeOrganization: boolean | undefined;
  let headedByOrganization: boolean | undefined;
  // "Hope Solo, the former goalkeeper, said": a sentence opener stays when the whole run is a person by apposition
  const isWholePerson = (): boolean => (wholePerson ??= personShaped(tokens.slice(t, runEnd)) && appositiveTitle(tokens, runEnd));
  // "Ford, the U.S. car maker, said": an opener the part-of-speech tagger read as a verb or a common noun is a
  // company's name when an apposition headed by a kind of organization follows it
  const isWholeOrganization = (): boolean => (wholeOrganization ??= runEnd === t + 1 && openerNamedByApposition(tokens, lowerSeen, t));
  // "Australian Centre for Control of ...": a demonym opens an organization's name
  const isHeadedByOrganization = (): boolean =>
    (headedByOrganization ??= isOrganizationHeadOrSuffix(tokens[runEnd - 1]!.lower, tokens[runEnd]?.lower) || runHasOrganizationHead(tokens, t, runEnd));
  // leading words that are not part of a name
  while (a < e) {
    const x = tokens[a]!;
    // ("Alphabet's shares dipped", "Apple unveiled": a possessive and a noun only an organization has, or a brand acting as a company, make an opener a name)
    const initialCommon = a === sentenceStart && !isWholePerson() && !isWholeOrganization() && (x.pos !== 'PROPN' || lowerSeen.has(x.lower)) && !(e === a + 1 && companyByPossessive(tokens, a)) && !organizationActing(tokens, a, runEnd) && !bodyNamedForPlace(tokens, a, e);
    if (
      initialCommon ||
      wordClass(x.lower) === 'title' ||
      titleModifierWords.has(x.lower) ||
      // "Interior Cabinet Secretary Kithure Kindiki": a portfolio or a title's word before the title noun is the title's
      ((portfolioWords.has(x.lower) || titleModifiersBeforeTitle.has(x.lower)) && titleFollows(tokens, a + 1)) ||
      (((demonymToCountry(x.text) && (!canonicalCountry(x.text) || demonymBeforeNoun(tokens, a))) || (notNames.has(x.lower) && !knownAcronymInMixedCase(tokens, a))) && !isHeadedByOrganization()) ||
      connectors.has(x.lower) ||
      // "the Islamist party Ennahda": a word about a group of people is not where a name starts
      groupWords.has(x.lower)
    )
      a++;
    else break;
  }
  while (e > a && (connectors.has(tokens[e - 1]!.lower) || (notNames.has(tokens[e - 1]!.lower) && !monthSurname(tokens, a, e - 1)))) e--;
  // "Boeing Chief Financial Officer Michael Sears": the title before the tagged person is no part of the name before it
  const beforePerson = covered[runEnd] === 1 && spanStartsAt(spans, runEnd, 'PER');
  if (beforePerson) while (e > a && trailingTitleWord(tokens[e - 1]!)) e--;
  if (e <= a) return null;
  // "Nordvik Foods (NVK.ST)", "(VOD.L)": a stock ticker with its exchange suffix names a listing, no place or person
  if (inTicker(tokens, a, e)) return null;
  // "Miss Universe Alicia Machado": between a title and the person it names, a word belongs to the title
  if (beforePerson && e === runEnd && a > t && wordClass(tokens[a - 1]!.lower) === 'title') return null;
  if (!tokens.slice(a, e).some((x) => x.pos === 'PROPN') && !(e === runEnd && isWholeOrganization()) && !(e - a === 1 && (knownAcronymInMixedCase(tokens, a) || organizationActing(tokens, a, runEnd)))) return null;
  if (a === t && tailOfLongerName(tokens, covered, sentenceStart, a)) return null;
  // "Advanced Micro Devices (AMD)": a run the tagged acronym after it spells is left to resolve/expansions.ts
  // (addAcronymExpansions), which gives it the acronym's type; a guess here read the words as a person
  if (definedByItsAcronym(tokens, spans, a, e)) return null;
  const type = evidentType(tokens, spans, a, e) ?? coordinatedType(tokens, spans, a, e);
  if (!type) return null;
  return taggedSpan(a, type === 'PER' ? e + hyphenatedSyllable(tokens, e) : e, type);
}

/**
 * "Hui Chi-fung", "Wong Kwok-kin": a person's name whose last word, a romanized syllable, runs on over a tight hyphen
 * into a short lower-case syllable (romanized, or a family name: "fung") takes it (2 tokens), else 0: half a given
 * name is no name ("Texas-based" stays apart: no syllable before the hyphen, nor a short one after it).
 */
function hyphenatedSyllable(tokens: readonly Token[], e: number): number {
  const syllable = tokens[e + 1];
  if (!isTightHyphen(tokens, e) || syllable === undefined || !/^\p{Ll}{2,4}$/u.test(syllable.text) || romanizationOf(tokens[e - 1]!.lower) === null) return 0;
  return romanizationOf(syllable.lower) !== null || isFamilyName(syllable.lower) ? 2 : 0;
}

/**
 * "Theresa May", "Jennifer March": a month that people are named after,
 * right after a known given name and before no number (not "Paris May 3"),
 * is the person's family name, not the date word `notNames` takes it for.
 */
function monthSurname(tokens: readonly Token[], a: number, k: number): boolean {
  const word = tokens[k]!;
  return k > a && months.has(word.lower) && !calendarWord.test(word.text) && isCapitalized(word.text) && isGivenName(tokens[k - 1]!.lower) && !/^\d/.test(tokens[k + 1]?.text ?? '');
}

/**
 * "Alphabet's shares", "Unilever's chief executive": the word at t, a possessive, then a noun only an
 * organization has, or its shares when the word is no person's name ("Musk's shares" are his).
 */
function companyByPossessive(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (next === undefined || (next.text !== "'s" && next.text !== '’s')) return false;
  const noun = tokens[t + 2]?.lower;
  const word = tokens[t]!.lower;
  // "Moody's said", "Sainsbury's rose": a possessive before a verb is no genitive but the company's name (outside quotes,
  // where "Smith's said" may be "Smith has said")
  if (noun !== undefined && (personCueVerbs.has(noun) || priceMoveVerbs.has(noun)) && !tokens[t]!.inQuote && tokens[t + 2]!.sentence === tokens[t]!.sentence) return true;
  if ((noun === 'shares' || noun === 'stock') && !isGivenName(word) && !isFamilyName(word)) return true;
  return typeFromContext(tokens, t, t + 1) === 'ORG';
}

/**
 * "Brothers to the Rescue, an anti-Castro group": a run after "the" and a
 * lower-case preposition, with a capitalized word no name covers before them,
 * is the tail of a name that holds lower-case words; what the context says
 * about the whole name would type only its tail ("Rescue"), and a partial
 * name is worse than none.
 */
function tailOfLongerName(tokens: readonly Token[], covered: Uint8Array, sentenceStart: number, a: number): boolean {
  if (a - 3 < sentenceStart || tokens[a - 1]!.lower !== 'the') return false;
  const prep = tokens[a - 2]!;
  const head = tokens[a - 3]!;
  return prep.text === prep.lower && prep.pos === 'ADP' && !connectors.has(prep.lower) && isCapitalized(head.text) && head.pos !== 'PUNCT' && !covered[a - 3] && a - 3 > sentenceStart;
}

const roleWords = new Set([...lexicon.contextTypes.roleAfter, 'officer', 'financial', 'operating', 'executive']);

/** A word of a title written before a person's name ("Chief", "Financial", "Officer", "CEO", "Secretary"). */
function trailingTitleWord(word: Token): boolean {
  return wordClass(word.lower) === 'title' || titleModifierWords.has(word.lower) || roleWords.has(word.lower);
}

function spanStartsAt(spans: readonly TaggedSpan[], t: number, type: TagType): boolean {
  return spans.some((s) => s.tokenStart === t && s.type === type);
}

/**
 * "Joe Biden and Yoon Suk Yeol": a person-shaped run coordinated with a
 * person name is a person too; "LG Electronics and SK Hynix": a run
 * coordinated with a company's name of two words or more is a company.
 */
function coordinatedType(tokens: readonly Token[], spans: readonly TaggedSpan[], a: number, e: number): TagType | null {
  const words = tokens.slice(a, e);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]{2,5}$/.test(w.text))) return null;
  const and = tokens[a - 1];
  const coordinated = (x: Token | undefined): boolean => x !== undefined && (x.lower === 'and' || x.lower === 'or') && x.sentence === words[0]!.sentence;
  const partner = coordinated(and) ? spans.find((s) => s.tokenEnd === a - 1) : undefined;
  const acronymIn = words.some((w) => /^[A-Z]{2,5}$/.test(w.text));
  if (partner?.type === 'PER' && partner.tokenEnd - partner.tokenStart >= 2 && !acronymIn) return 'PER';
  // "LG Electronics and SK Hynix", "Samsung and LG Electronics": a run of two or more words coordinated with a
  // company of two or more words, and opening with no given name, is a company too
  // (not the tail of a longer capitalized name: "European Aeronautic Defence and Space Company")
  const alone = a === 0 || !isCapitalized(tokens[a - 1]!.text) || tokens[a - 1]!.sentence !== words[0]!.sentence;
  const after = coordinated(tokens[e]) && alone ? spans.find((s) => s.tokenStart === e + 1) : undefined;
  const company = (s: TaggedSpan | undefined): boolean => s !== undefined && s.type === 'ORG' && s.tokenEnd - s.tokenStart >= 2;
  if ((company(partner) || company(after)) && !isGivenName(words[0]!.lower) && !placeKind(wordsText(words))) return 'ORG';
  return null;
}

/**
 * The initials opening the run [a, e) are a person's: no place's abbreviation, no common word after them, and no
 * lettered choice, where the letter before or after in the alphabet opens a neighbouring choice ("A. Inca or B. Maya").
 */
function initialsOfPerson(tokens: readonly Token[], a: number, e: number): boolean {
  const first = tokens[a]!.text;
  if (placeKind(first) !== null || canonicalCountry(first) !== null) return false;
  if (tokens.slice(a + 1, e).some(commonNotSurname)) return false;
  if (first.length !== 2) return true;
  const letter = (shift: number): string => `${String.fromCharCode(first.charCodeAt(0) + shift)}.`;
  const near = (from: number, to: number, text: string): boolean => tokens.slice(Math.max(0, from), to).some((t) => t.text === text);
  return !near(e, e + 2, letter(1)) && !near(a - 3, a - 1, letter(-1));
}

/** An English common word that is no known family name ("Man", "Park" and "Young" are). */
const commonNotSurname = (word: Token): boolean => isCommonWord(word.lower) && !isFamilyName(word.lower);

function evidentType(tokens: readonly Token[], spans: readonly TaggedSpan[], a: number, e: number): TagType | null {
  const words = tokens.slice(a, e);
  const text = wordsText(words);
  const fromContext = typeFromContext(tokens, a, e);
  // (every path below asks the gazetteer for the run's place kind: asked once here, not up to four times)
  const kind = placeKind(text);
  if (fromContext && kind !== 'country') return fromContext;
  if (e === a + 1 && !kind && companyByPossessive(tokens, a)) return 'ORG';
  if (bigPlaceKind(kind)) return 'LOC';
  if (isKnownOrganization(text) || (e - a === 1 && organizationActing(tokens, a, e))) return 'ORG';
  if (hyphenAcronymName(text)) return 'ORG';
  const headClass = wordClass(words[words.length - 1]!.lower);
  if (headClass === 'orgsuf' && words.length > 1) return 'ORG';
  if (words.length > 2 && words.some((w, i) => isOrganizationHead(w.lower, words[i + 1]?.lower))) return 'ORG';
  if (headClass === 'locsuf' && words.length > 1) return 'LOC';
  const before = tokens[a - 1];
  const after = tokens[e];
  const afterNext = tokens[e + 1];
  const sameSentence = (x: Token | undefined): x is Token => x !== undefined && x.sentence === words[0]!.sentence;
  const titleBefore = sameSentence(before) && wordClass(before.lower) === 'title';
  const saidAfter =
    (sameSentence(after) && personCueVerbs.has(after.lower)) ||
    (sameSentence(after) && after.text === ',' && sameSentence(afterNext) && personCueVerbs.has(afterNext.lower));
  const personShape = personShaped(words);
  // (a title before common words alone or a letter names no one: "Warhol's Prince Series", "speaker G"; "striker Tavita Row" does)
  if (titleBefore && words.length <= 4 && !words.every(commonNotSurname) && !/^[A-Z]$/.test(words[0]!.text)) return 'PER';
  // "A. Stewart", "J.K. Rowling": initials, then a capitalized word; not a place's abbreviation ("U.S. Senator"), an
  // initial before a common word ("P.S. Slacks", "I. So") nor a lettered choice ("A. Inca B. Maya C. Olmec")
  if (personShape && /^(?:[A-Z]\.){1,2}$/.test(words[0]!.text) && words[1]!.start > words[0]!.end && /^[A-Z][a-z]/.test(words[words.length - 1]!.text) && !kind && initialsOfPerson(tokens, a, e)) return 'PER';
  // (a known given name before a common noun names a thing: "the Long Room", "the Easter Bunny", "Urban Decay", "Stanley Cup")
  if (personShape && (saidAfter || (isGivenName(words[0]!.lower) && !commonNotSurname(words[words.length - 1]!)))) return 'PER';
  // "Yoichiro Sato, an Asia-Pacific studies professor", "Hope Solo, the former goalkeeper": an apposition headed by a
  // title or occupation, whatever the words
  if (personShape && appositiveTitle(tokens, e)) return 'PER';
  // "Yoon Suk Yeol", "Zhang Baohui": every word shaped like a romanized East Asian name part, not all of them English
  // common words that are no family names ("Time Machine", "Hat Tip", "Wake Up"; "Tavita Row" stays), none a place
  if (personShape && words.length <= 3 && words.every((w) => romanizationOf(w.lower) !== null && !placeKind(w.text)) && !words.every(commonNotSurname)) return 'PER';
  if (kind === 'city' && sameSentence(before) && wordClass(before.lower) === 'locprep') return 'LOC';
  return null;
}

/**
 * "Zanu-PF", "Fatah-PLO": a word whose part after a hyphen is an acronym names
 * a party or group, wherever it stands (a sentence opener too), unless the
 * acronym is a country or a known organization ("Sino-US", "Pro-EU": a
 * relation or a stance, no name).
 */
function hyphenAcronymName(text: string): boolean {
  const m = /^[A-Z][a-z]+-([A-Z]{2,})$/.exec(text);
  return m !== null && canonicalCountry(m[1]!) === null && placeKind(m[1]!) === null && !isKnownOrganization(m[1]!);
}

/**
 * Is the run [a, e), of two words or more, followed by "(XYZ)" spelling its initials exactly, an acronym the
 * tagger read as an organization? (Terms are defined so too: "Compact Fluorescent Light (CFL)".)
 */
function definedByItsAcronym(tokens: readonly Token[], spans: readonly TaggedSpan[], a: number, e: number): boolean {
  if (e - a < 2) return false;
  const acronym = bracketedTokenAt(tokens, e);
  if (acronym === undefined || !acronymShape.test(acronym.text) || notNameAcronyms.has(acronym.text) || capitalInitials(tokens.slice(a, e)) !== acronym.text) return false;
  return spans.some((s) => s.tokenStart === e + 1 && s.tokenEnd === e + 2 && s.type === 'ORG');
}

/** Does the run [a, e) hold an organization head word ("Centre for", "Institutes of")? */
function runHasOrganizationHead(tokens: readonly Token[], a: number, e: number): boolean {
  for (let t = a; t < e; t++) if (isOrganizationHead(tokens[t]!.lower, tokens[t + 1]?.lower)) return true;
  return false;
}

/**
 * "Emergency Management Victoria said": a body named by common nouns and the place it serves keeps its opening noun
 * although the article also writes that noun in lower case ("an emergency warning"); without the opener the name was
 * cut to "Management Victoria". Only a common noun that is no time word or known non-name opens it ("Today Scotland votes" stays a
 * place), with at least one capitalized word between it and a country, region or major city ending the run.
 */
function bodyNamedForPlace(tokens: readonly Token[], a: number, e: number): boolean {
  if (e - a < 3 || (tokens[a]!.pos !== 'NOUN' && tokens[a]!.pos !== 'PROPN') || TIME_SETTING_WORDS.has(tokens[a]!.lower) || notNames.has(tokens[a]!.lower)) return false;
  for (let k = a + 1; k < e - 1; k++) if (!isCapitalized(tokens[k]!.text) || placeKind(tokens[k]!.lower) || tokens[k]!.pos === 'ADP') return false;
  return bigPlace(tokens[e - 1]!.text);
}
