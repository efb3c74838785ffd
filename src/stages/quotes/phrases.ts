import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { isAsideDash, isTightHyphen } from '../../nlp/hyphens';
import { isParticipleForm, isParticipleOnly } from '../../nlp/morphology';
import { isIssuingVerb, publishedHeadWithin } from './documents';
import { relativeClauseBefore } from './relative-clause-subject';
import { commaInsideClosingTitle, titleInMarksOpening } from './title-in-marks';
import { coordinatedNounPhrase, isNominal } from './chunk-shapes';
import { isPossessiveMark, isPossessiveS } from '../../nlp/possessive-split';
import { comparativeCountStart, countSubjectStart, countsGroupAfterOf } from './count-subject';
import { ofInsideNameBeforePerson, pastAge, roleOfBeforeFullName } from './name-modifiers';
import {
  COMMA_RELATIVE_SUBJECTS,
  OBJECT_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  RELATIVE_PRONOUNS,
  WH_RELATIVES,
  isRelative,
} from '../../nlp/pronouns';
import { TIME_SETTING_WORDS } from '../../nlp/time-words';
import { CLAUSE_OPENERS, isSentenceSubordinator } from './subordinators';
import { subjectAfterOpeningSetting } from './opening-setting';
import { makePhrase, type Phrase } from './phrase';
import { nameStartAfterTitle } from './title-before-name';
import { timeSettingAfterComma, withoutTimeHead, withoutTimeTail } from './phrase-time-edges';
import { parenthesisStart } from '../../nlp/parentheses';
import { phraseEndingAt, phraseStartingAt } from './simple-phrase';
import { coordinatedSubjectPhrase } from './coordinated-subject-phrase';
import { isGoverningPreposition, startPastVerbModifier } from './governing-preposition';
import { actorHeadAt, headNoun } from './speaker-heads';
import { namesRegion } from './region-chunk';

export { makePhrase, type Phrase } from './phrase';
export { phraseEndingAt, phraseStartingAt } from './simple-phrase';

const MAX_APPOSITION = 40;

/** Words between commas that the tagger may not call adverbs ("Murphy, though, said"). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(words.sentenceAdverbs.words);
/** 'both', 'all', 'each' floating off the subject before the cue (words.json `floatingQuantifiers`) */
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(words.floatingQuantifiers.words);
/** what a floating quantifier follows: the subject's last word or its auxiliary ('have both argued'); also a dash closing an aside */
const FLOATED_FROM: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);
const SENTENCE_ADVERBIALS: ReadonlySet<string> = new Set(words.sentenceAdverbials.words);

function hasPronoun(tokens: readonly Token[], p: Phrase): boolean {
  for (let i = p.tokenStart; i < p.tokenEnd; i++) if (tokens[i]!.pos === 'PRON') return true;
  return false;
}

/** A name-like phrase: starts with a proper noun, past a title of capitalized nouns, and is mostly proper nouns. */
function nameLike(tokens: readonly Token[], p: Phrase): boolean {
  const start = nameStartAfterTitle(tokens, p);
  let propn = 0;
  for (let i = start; i < p.tokenEnd; i++) if (tokens[i]!.pos === 'PROPN') propn++;
  return tokens[start]!.pos === 'PROPN' && propn * 2 >= p.tokenEnd - start;
}

function chooseSpeaker(tokens: readonly Token[], chunks: Phrase[]): Phrase | null {
  return chunks.find((c) => nameLike(tokens, c)) ?? chunks.find((c) => c.kind === 'pronoun') ?? chunks[0] ?? null;
}

/**
 * Index of the comma before `end` that opens an apposition chunk, or -1. The
 * chunk may hold participles ("specialising in ...") and a relative clause
 * ("who specialises in ..."), but no other verb.
 */
function appositionStart(tokens: readonly Token[], end: number, floor: number): number {
  let finiteVerb = false;
  for (let i = end - 1; i >= floor && end - i <= MAX_APPOSITION; i--) {
    // 'host of MSNBC's "Morning Joe,"': a title in marks is words of the apposition, not a sentence's end
    const title = titleInMarksOpening(tokens, i, floor);
    if (title >= 0) {
      i = title;
      continue;
    }
    const t = tokens[i]!;
    if (t.text === ',') return finiteVerb ? -1 : i;
    if (isRelative(t, RELATIVE_PRONOUNS)) finiteVerb = false;
    // wink tags some nouns as verbs ("a later press gaggle"): only an auxiliary or a verb after a pronoun counts
    // ("its acting chairman": after a possessive the verb form is an adjective)
    else if (t.pos === 'AUX' || (t.pos === 'VERB' && tokens[i - 1]?.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(tokens[i - 1]!.lower))) finiteVerb = true;
    // a period with a comma right after it ends no sentence ('Sen. Ron Johnson, R-Wis., said')
    if (/^[.;:!?"“”]$/.test(t.text) && !insideAbbreviation(tokens, i) && !(t.text === '.' && tokens[i + 1]?.text === ',' && tokens[i + 1]!.start === t.end)) return -1;
  }
  return -1;
}

/** A period touching a letter on both sides ("C.I.O.", which the tokenizer splits as "C" "." "I.O."): no sentence end. */
export function insideAbbreviation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return t.text === '.' && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end && /^\p{L}/u.test(after.text);
}

/**
 * 'Maria Santos, 52, a teacher, who lost her home, said': the name that an apposition opened by the comma at `comma`
 * (past an age set off by commas) follows, when it names someone and opens its clause; else null.
 */
function nameBeforeApposition(tokens: readonly Token[], comma: number, floor: number): Phrase | null {
  const at = pastAge(tokens, comma, floor);
  const name = phraseEndingAt(tokens, at, floor);
  return name && name.tokenEnd === at && nameLike(tokens, name) && freeStanding(tokens, name, floor) ? name : null;
}

/**
 * The name before the apposition that opens at `start`, the head of a relative clause ('Diaz, a teacher, who'), or
 * null. 'Pauline Whitworth, 71, from Hyde, who had tests ..., said': a place set off by commas after its preposition
 * is the name's apposition, as 'a teacher' is; the name before it speaks, not the place.
 */
function nameBeforeAppositionAt(tokens: readonly Token[], start: number, floor: number): Phrase | null {
  if (tokens[start - 1]?.text === ',' && tokens[start]!.pos === 'DET') return nameBeforeApposition(tokens, start - 1, floor);
  if (tokens[start - 1]?.pos === 'ADP' && tokens[start - 2]?.text === ',') return nameBeforeApposition(tokens, start - 2, floor);
  return null;
}

/**
 * Where a relative clause opens inside the apposition chunk [from, to) ('a Republican who has refused to endorse
 * Mr. Trump'): the first wh-relative after a word of the chunk's head; `to` when none.
 */
function relativeClauseInside(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (isRelative(tokens[k], WH_RELATIVES) && isNominal(tokens[k - 1])) return k;
  }
  return to;
}

/** A possessive mark inside the phrase ("Mrs. Clinton's director"): what follows it is a role, no name. */
function holdsPossessive(tokens: readonly Token[], p: Phrase): boolean {
  for (let i = p.tokenStart; i < p.tokenEnd; i++) if (isPossessiveMark(tokens, i)) return true;
  return false;
}

/**
 * 'Gov. John Kasich of Ohio, a Republican, said': the phrase before an apposition may be a name with its place or
 * body after a preposition; the name before the preposition opens the subject (as outerSubject reads it), not the
 * place. Only a name itself (no possessive inside, a proper noun last): "Mrs. Clinton's director of
 * communications, Jennifer Palmieri, said" is a role, and the name in its apposition speaks. Never when an
 * apposition chunk is a name of two words or more: then that chunk is the person (a one-word chunk may be the
 * place's state: 'Acme Corp. of Dayton, Ohio, said'). Any other phrase as it is.
 */
function nameWithItsPlace(tokens: readonly Token[], p: Phrase, floor: number, chunks: readonly Phrase[]): Phrase {
  if (p.tokenStart <= floor || tokens[p.tokenStart - 1]!.pos !== 'ADP') return p;
  if (chunks.some((c) => c.tokenEnd - c.tokenStart > 1 && nameLike(tokens, c) && !namesRegion(tokens, c))) return p;
  const outer = outerSubject(tokens, p, floor);
  if (outer.tokenStart >= p.tokenStart || !nameLike(tokens, outer) || holdsPossessive(tokens, outer)) return p;
  return tokens[outer.tokenEnd - 1]!.pos === 'PROPN' ? outer : p;
}

/**
 * 'Stacy Baker of Columbia, South Carolina says': when the phrase before the cue is a state or country set off by a
 * comma after a name with its town, the name speaks (nameWithItsPlace), not the state; else null.
 */
function nameBeforeTownAndRegion(tokens: readonly Token[], p: Phrase, floor: number): Phrase | null {
  if (p.tokenStart - 1 <= floor || tokens[p.tokenStart - 1]!.text !== ',' || !namesRegion(tokens, p)) return null;
  const town = phraseEndingAt(tokens, p.tokenStart - 1, floor);
  if (!town || town.tokenEnd !== p.tokenStart - 1) return null;
  const name = nameWithItsPlace(tokens, town, floor, [p]);
  return name === town ? null : name;
}

/** A phrase can open a subject unless a verb or preposition governs it. */
function freeStanding(tokens: readonly Token[], p: Phrase, floor: number): boolean {
  if (p.tokenStart <= floor) return true;
  const before = tokens[p.tokenStart - 1]!;
  return !(before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADP');
}

/**
 * 'Talks collapsed after Pieter Omtzigt, leader of the party, walked out': a
 * subordinator opens a clause whose subject the phrase is, and the
 * appositions after it up to the verb at `verb` hold no verb of their own
 * ('Before the convention, Chief Calvin Williams lobbied to ..., saying' is
 * a setting and a clause: the convention says nothing). Not after a verb
 * taking 'as' as its preposition ('known as').
 */
function subordinateClauseOpens(tokens: readonly Token[], p: Phrase, verb: number): boolean {
  const before = tokens[p.tokenStart - 1];
  if (!before || !isSentenceSubordinator(before.lower) || (before.lower === 'as' && tokens[p.tokenStart - 2]?.pos === 'VERB')) return false;
  for (let k = p.tokenEnd; k < verb; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  return true;
}

/**
 * "Kall -- co-editor of Debating The Donald, a book ... -- said": a subject
 * whose apposition sits between dashes ending just before `end`; the phrase
 * before the opening dash, or null. The apposition holds no finite verb
 * (wink tags some nouns as verbs: only an auxiliary or a verb after a pronoun counts).
 */
function dashAppositionSubject(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  if (!isAsideDash(tokens, end - 1)) return null;
  for (let i = end - 2; i > floor && end - i <= MAX_APPOSITION; i--) {
    const t = tokens[i]!;
    if (isAsideDash(tokens, i)) {
      const name = phraseEndingAt(tokens, i, floor);
      return name && name.tokenEnd === i && freeStanding(tokens, name, floor) ? name : null;
    }
    // "Trump — even as he says ... — has proposed": a clause between the dashes, not an apposition
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'VERB' && tokens[i - 1]?.pos === 'PRON' && !isRelative(tokens[i - 1], RELATIVE_PRONOUNS)) || t.inQuote || /^[.;:!?]$/.test(t.text)) return null;
  }
  return null;
}

/**
 * 'Mr. Smith, however, said', 'Sanders, meanwhile, who ...': when the comma at `comma` closes a sentence adverb set
 * off by commas, the index of the comma opening it; else `comma`.
 */
function commaBeforeAdverb(tokens: readonly Token[], comma: number, floor: number): number {
  const adverb = tokens[comma - 1];
  const opens = adverb !== undefined && (adverb.pos === 'ADV' || SENTENCE_ADVERBS.has(adverb.lower)) && tokens[comma - 2]?.text === ',' && comma - 3 >= floor;
  return opens ? comma - 2 : comma;
}

/**
 * The subject of a cue at token `cue`: the phrase before it, past auxiliaries
 * and adverbs ("has also said"), a relative pronoun ("Russel, who said") and
 * appositions between commas ("Daniel Russel, assistant secretary ..., said";
 * "its ambassador, Koji Tomita, said"). Among the chunks a proper name wins.
 * Returns the chosen `phrase` and `start`, the token index where the whole
 * subject with its appositions begins; what is skipped between the subject
 * and the cue is subjectEndBefore's.
 */
export function subjectBefore(
  tokens: readonly Token[],
  cue: number,
  floor: number,
): { phrase: Phrase; start: number } | null {
  let j = subjectEndBefore(tokens, cue, floor);
  const rel = tokens[j - 1];
  if (isRelative(rel, COMMA_RELATIVE_SUBJECTS) && tokens[j - 2]?.text === ',') j -= 2;
  else if (isRelative(rel, COMMA_RELATIVE_SUBJECTS)) j -= 1;
  const dashed = dashAppositionSubject(tokens, j, floor);
  if (dashed) return { phrase: dashed, start: dashed.tokenStart };
  const chunks: Phrase[] = [];
  let start = j;
  const titleComma = commaInsideClosingTitle(tokens, j, floor);
  if (tokens[j - 1]?.text === ',' || titleComma >= 0) {
    // "..., apposition, said": walk back over comma-bounded chunks
    let end = titleComma >= 0 ? titleComma : j - 1;
    for (let n = 0; n < 4; n++) {
      // the first chunk's scan starts past the title's closing mark, so its own words are read as a title
      const comma = appositionStart(tokens, n === 0 && titleComma >= 0 ? j : end, floor);
      if (comma < 0) break;
      // "Republicans in the Legislature, which passed the law in May, vowed": a relative clause names no one; the phrase
      // it follows is the subject, past its prepositions, with the name before it when it is an apposition ('Diaz, a teacher, who')
      if (isRelative(tokens[comma + 1], RELATIVE_PRONOUNS)) {
        // 'Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said', 'Sanders, meanwhile, who sits at zero
        // endorsements, said': past a sentence adverb, an age or a short parenthesis on the name
        const at = parenthesisStart(tokens, pastAge(tokens, commaBeforeAdverb(tokens, comma, floor), floor), floor);
        const head = phraseEndingAt(tokens, at, floor);
        if (head && head.tokenEnd === at && head.kind !== 'pronoun') {
          const subject = outerSubject(tokens, head, floor);
          chunks.unshift(subject);
          start = subject.tokenStart;
          const name = nameBeforeAppositionAt(tokens, start, floor);
          if (name) {
            chunks.unshift(name);
            start = name.tokenStart;
          }
        }
        break;
      }
      // 'Another analyst, Sofia Berg at Carnegie, called': a chunk's prepositional tail is no speaker (outerSubject)
      // 'a Republican who has refused to endorse Mr. Trump,': a relative clause inside the chunk is said of its head,
      // so a name in the clause is no name of the chunk's
      const chunkEnd = relativeClauseInside(tokens, comma + 1, end);
      const tail = prepositionInside(tokens, comma + 1, chunkEnd) ? phraseEndingAt(tokens, chunkEnd, comma + 1) : null;
      const head = tail ? outerSubject(tokens, tail, comma + 1) : null;
      const chunk = head && head.tokenStart === comma + 1 ? head : makePhrase(tokens, comma + 1, chunkEnd);
      // '..., but all of its defense programs, its ambassador, Koji Tomita, said': a noun phrase after a conjunction
      // goes on with the clause before it; no apposition of the speaker's, so the subject starts after it (a
      // participle after one is the subject's modifier: 'A legal opinion drafted for X, and obtained by AP, concluded')
      if (!chunk || coordinatedNounPhrase(tokens, comma + 1)) break;
      // "The nonprofit, based in Mountain View, California, said", "Cook, speaking in Beijing, said": a participle
      // and its place modify the subject; neither the place nor the chunks after it (its state, its country) speak
      if (participialModifier(tokens, comma + 1)) chunks.length = 0;
      else chunks.unshift(chunk);
      end = comma;
      start = comma + 1;
      // "Rep. Jim Jordan (R-Ohio), a panel member, said": the name may carry a short parenthesis
      const nameEnd = parenthesisStart(tokens, end, floor);
      const ending = phraseEndingAt(tokens, nameEnd, floor);
      const before = ending && ending.tokenEnd === nameEnd ? nameWithItsPlace(tokens, ending, floor, chunks) : ending;
      // "..., a conservative, pro-growth group, said": a phrase between commas is one more chunk
      if (before && before.tokenStart > floor && tokens[before.tokenStart - 1]!.text === ',' && n < 3) continue;
      // 'Two officials at the agency, the ministry's research arm, told': the head the preposition hangs on speaks
      const governing = ending && ending.tokenEnd === nameEnd && before ? headOfGovernedChunk(tokens, chunks, before, end, floor) : null;
      if (governing) {
        chunks.unshift(governing);
        start = governing.tokenStart;
        break;
      }
      if (before && ending!.tokenEnd === nameEnd && (freeStanding(tokens, before, floor) || subordinateClauseOpens(tokens, before, j))) {
        // "Earlier this year, IndiGo, India's largest airline, said": a time setting opening the sentence
        // is no subject; the chunks after its comma are
        if (withoutTimeTail(tokens, before) === null) break;
        chunks.unshift(before);
        start = before.tokenStart;
        break;
      }
    }
    if (chunks.length === 0) {
      // "Sen. Jack Reed (D-R.I.), said ...": a stray comma after a subject that opens the sentence
      const nameEnd = parenthesisStart(tokens, j - 1, floor);
      const alone = phraseEndingAt(tokens, nameEnd, floor);
      const sentenceStart = floor === 0 || tokens[floor - 1]!.sentence !== tokens[floor]!.sentence;
      if (!alone || !sentenceStart || alone.tokenStart !== floor || alone.tokenEnd !== nameEnd || alone.kind === 'pronoun') return null;
      chunks.push(alone);
      start = alone.tokenStart;
    }
  } else {
    let p = phraseEndingAt(tokens, j, floor);
    if (!p) return null;
    const townName = nameBeforeTownAndRegion(tokens, p, floor);
    if (townName) return { phrase: townName, start: townName.tokenStart };
    // "the US on Thursday said", "officials in Tokyo said": the phrase before the preposition;
    // but an -ing participle right after a phrase modifies it ("footage of Hillary Clinton asking")
    const participle = j === cue && tokens[cue]!.lower.endsWith('ing');
    // 'In a statement the company said': a setting opening the sentence ends where the subject starts
    const afterSetting = participle ? null : subjectAfterOpeningSetting(tokens, p, floor);
    // "Snapchat, Tumblr and Mozilla said": all of them speak
    const group = participle || afterSetting ? null : coordinatedSubjectPhrase(tokens, p, floor);
    if (afterSetting) p = afterSetting;
    else if (group) p = group;
    else if (!participle) p = outerSubject(tokens, p, floor);
    // "people who have battled other online threats say": the noun the relative clause is said of speaks
    const relative = participle ? -1 : relativeClauseBefore(tokens, p.tokenStart, floor, tokens[cue]!);
    const head = relative > floor ? phraseEndingAt(tokens, relative, floor) : null;
    if (head && head.tokenEnd === relative && head.kind !== 'pronoun') p = outerSubject(tokens, head, floor);
    p = withAdjectiveList(tokens, p, floor) ?? p;
    chunks.push(p);
    start = p.tokenStart;
  }
  const chosen = chooseSpeaker(tokens, chunks);
  const phrase = chosen ? withoutTimeHead(tokens, chosen) : null;
  return phrase ? { phrase, start } : null;
}

/**
 * Where the subject before the cue at `cue` ends: past auxiliaries, adverbs and negation ("has also said"), a floating
 * quantifier, a sentence adverbial, a participle after the subject, a sentence adverb between commas, a time setting
 * after the appositions and a short parenthesis on the name.
 */
function subjectEndBefore(tokens: readonly Token[], cue: number, floor: number): number {
  let j = pastAuxiliaries(tokens, cue, floor);
  // "Trump and Sanders have both argued", "Bolton and Gorka were both critical of": a floating quantifier after the
  // subject or its auxiliary is no speaker of its own; the subject before it is
  if (j - 2 >= floor && FLOATING_QUANTIFIERS.has(tokens[j - 1]!.lower) && (FLOATED_FROM.has(tokens[j - 2]!.pos) || isAsideDash(tokens, j - 2))) {
    j = pastAuxiliaries(tokens, j - 1, floor);
  }
  // "critics have in particular noted", "he has in fact said": the same adverbials without commas, then auxiliaries
  if (j - 3 >= floor && SENTENCE_ADVERBIALS.has(`${tokens[j - 2]!.lower} ${tokens[j - 1]!.lower}`)) {
    j = pastAuxiliaries(tokens, j - 2, floor);
  }
  // "those surveyed said", "Cuban-Americans polled said": a participle right after the subject
  if (j === cue && j - 2 >= floor && tokens[j - 1]!.pos === 'VERB' && /ed$/.test(tokens[j - 1]!.lower) && (tokens[j - 2]!.pos === 'NOUN' || tokens[j - 2]!.pos === 'PROPN' || tokens[j - 2]!.pos === 'DET')) j--;
  // "Mr. Smith, however, said": step over a sentence adverb between commas
  const pastAdverb = tokens[j - 1]?.text === ',' ? commaBeforeAdverb(tokens, j - 1, floor) : j - 1;
  if (pastAdverb < j - 1) j = pastAdverb;
  // "Will Rogers, for example, said": a two-word sentence adverbial between commas
  else if (tokens[j - 1]?.text === ',' && tokens[j - 4]?.text === ',' && j - 5 >= floor && SENTENCE_ADVERBIALS.has(`${tokens[j - 3]!.lower} ${tokens[j - 2]!.lower}`)) j -= 4;
  // "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called": a time setting after the appositions
  j = timeSettingAfterComma(tokens, j, floor);
  // "Sen. Claire McCaskill (D-Mo.) said": step over a short parenthesis
  j = parenthesisStart(tokens, j, floor);
  return j;
}

/** The start of the adverbs, auxiliaries and 'not' ending right before `end` ("has also not"), no further back than `floor`. */
function pastAuxiliaries(tokens: readonly Token[], end: number, floor: number): number {
  let j = end;
  while (j > floor && (tokens[j - 1]!.pos === 'ADV' || tokens[j - 1]!.pos === 'AUX' || tokens[j - 1]!.lower === 'not' || adverbialSince(tokens, j - 1))) j--;
  return j;
}

/**
 * 'Clinton has since apologized', 'The company had since told investors': 'since' between an auxiliary and the verb
 * is an adverb ('since then'), though the tagger reads it as a subordinator; it opens no clause there.
 */
function adverbialSince(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === 'since' && tokens[i - 1]?.pos === 'AUX' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'ADV');
}

/** '-ed', '-ing' or a participle that is no simple past ('seen', 'known'): a modifier's participle, not 'said' or 'made'. */
function participleBeforeAgent(lower: string): boolean {
  return /(ing|ed)$/.test(lower) || isParticipleOnly(lower);
}

/** Tokens [from, to) are a noun phrase and a preposition after it ('Sofia Berg at Carnegie'), no verb before the preposition. */
function prepositionInside(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.pos === 'ADP') return k > from;
    if (!isNominal(tokens[k])) return false;
  }
  return false;
}

/** A chunk opening with a participle and a preposition ("based in", "speaking at"): it modifies, it names no one. */
function participialModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && isParticipleForm(t.lower) && tokens[k + 1]?.pos === 'ADP';
}

/**
 * The subject a phrase right before a cue belongs to: past settings of time
 * ("Trump earlier Tuesday said", "surveys of voters late last week
 * indicated") and prepositional phrases, a participle with them ("Large
 * majorities of voters in six states going to the polls on Super Tuesday
 * said"), up to four steps back; a phrase holding a pronoun stays.
 */
function outerSubject(tokens: readonly Token[], phrase: Phrase, floor: number): Phrase {
  let p = phrase;
  for (let n = 0; n < 4 && (isObjectPronoun(tokens, p) || groupAfterOf(tokens, p) || (p.kind !== 'pronoun' && !hasPronoun(tokens, p))); n++) {
    const kept = withoutTimeTail(tokens, p);
    if (kept) p = kept;
    let k = p.tokenStart;
    if (kept === null) while (k > floor && (tokens[k - 1]!.pos === 'ADV' || TIME_SETTING_WORDS.has(tokens[k - 1]!.lower))) k--;
    // 'Bank of England Governor Andrew Bailey said': an "of" inside an organization's name before a role and a
    // full name; the person speaks, not the name's first word ('Supporters of President Trump' still steps back)
    if (ofInsideNameBeforePerson(tokens, k, p)) break;
    if (roleOfBeforeFullName(tokens, k, p)) break; // 'Secretary of State Brad Raffensperger said': the person speaks
    // 'a former director of collapsed builder Harcastle Group told': a participle between the preposition and a name modifies
    // the name ('of registered voters' stays: the partitive steps decide there)
    if (p.kind === 'name' && k - 1 > floor && tokens[k - 1]!.pos === 'VERB' && participleBeforeAgent(tokens[k - 1]!.lower) && tokens[k - 2]?.pos === 'ADP' && !CLAUSE_OPENERS.has(tokens[k - 2]!.lower)) k--;
    // 'turned vicious during the primary after Trump questioned': a preposition opening a clause ends the chain,
    // unless a document put out before it is what speaks ('a communiqué issued after the summit said')
    const count = countSubjectStart(tokens, p.tokenStart, p.tokenEnd, floor); // 'Six in 10 say': one subject
    if (count >= 0) return makePhrase(tokens, count, p.tokenEnd) ?? p;
    // 'The two of them said', 'At the rally many of them said': the quantifier before "of" and its group are one
    // subject, taken before the preposition steps below, whose post-noun adjective ('a source close to him')
    // would read 'many' as one and glue 'the rally' on. The next step looks past it as past any phrase: 'A
    // spokesman for both of them', 'Officials close to both of them'
    if (partitiveOfGroup(tokens, p)) {
      const start = quantifierStart(tokens, p.tokenStart - 1, floor);
      const group = start >= 0 ? makePhrase(tokens, start, p.tokenEnd) : null;
      if (!group) break;
      p = group;
      continue;
    }
    // 'The heads of both lobbying firms', 'advocates for stem cell research': a modifier read as a verb opens the phrase
    const pastModifier = startPastVerbModifier(tokens, k, floor);
    if (pastModifier < k) k = pastModifier;
    if (isGoverningPreposition(tokens, k - 1) || (tokens[k - 1]?.pos === 'ADP' && issuedDocumentBefore(tokens, k - 1, floor))) {
      k--;
      // 'a report seen by Reuters described': a participle that is no simple past ('seen', 'given') as well as '-ed' and '-ing'
      // ('said as the heckler yelled' keeps 'said', a finite verb)
      if (tokens[k - 1]?.pos === 'VERB' && (participleBeforeAgent(tokens[k - 1]!.lower) || isIssuingVerb(tokens[k - 1]!))) k--;
      // "a source close to him said", "people familiar with the matter said": the adjective after the noun goes too
      // (the noun in the same sentence: 'Many of them said' after a headline ending in a noun is no such adjective)
      else if (tokens[k - 1]?.pos === 'ADJ' && k - 2 >= floor && (tokens[k - 2]?.pos === 'NOUN' || tokens[k - 2]?.pos === 'PROPN')) k--;
    } else if (kept !== null) break;
    if (k <= floor || k === p.tokenStart) break;
    const outer = phraseEndingAt(tokens, k, floor);
    if (!outer || outer.tokenEnd !== k) break;
    // 'Saturday at the party convention Sen. Elizabeth Warren said': a time opening the sentence is its setting, not the subject
    if (outer.tokenEnd - outer.tokenStart === 1 && (TIME_SETTING_WORDS.has(tokens[outer.tokenStart]!.lower) || /day$/.test(tokens[outer.tokenStart]!.lower))) break;
    // 'Two of the authors reported', 'All three of the authors said': a count (the phrase's last token) names its group with it, not alone
    if (countsGroupAfterOf(tokens, outer.tokenEnd - 1)) return makePhrase(tokens, comparativeCountStart(tokens, outer.tokenStart, floor), p.tokenEnd) ?? outer;
    p = outer;
  }
  return p;
}

/**
 * 'Two officials at the agency, the ministry's research arm, told': when the phrase `before` the appositions read so
 * far is a preposition's object and no chunk lies before its comma, the apposition is the object's and the head the
 * preposition hangs on speaks (headBeforePreposition), else null. Not while another chunk lies before the comma, which
 * the walk reads next ('Mike Shields, president of the Fund, a super PAC, said': Shields speaks), nor when a chunk is
 * a name of two words or more, the person ('The director of the European Centre, Ina Kirsch, said'; as nameWithItsPlace).
 */
function headOfGovernedChunk(tokens: readonly Token[], chunks: readonly Phrase[], before: Phrase, comma: number, floor: number): Phrase | null {
  if (freeStanding(tokens, before, floor) || appositionStart(tokens, comma, floor) >= 0) return null;
  if (chunks.some((c) => c.tokenEnd - c.tokenStart > 1 && nameLike(tokens, c))) return null;
  return headBeforePreposition(tokens, before, floor);
}

/**
 * The phrase whose head the preposition before `p` hangs on, when it opens the subject and a common noun for someone
 * who speaks heads it ('Two officials at the agency', 'A spokesman for Acme'), else null: a setting ('In an interview
 * with the agency'), a phrase a verb governs or one with no such noun ('Just shy of half, 49%, say') is no subject.
 */
function headBeforePreposition(tokens: readonly Token[], p: Phrase, floor: number): Phrase | null {
  if (!isGoverningPreposition(tokens, p.tokenStart - 1)) return null;
  const outer = outerSubject(tokens, p, floor);
  if (outer.tokenStart >= p.tokenStart || outer.kind !== 'nominal' || !freeStanding(tokens, outer, floor)) return null;
  const head = headNoun(tokens, outer.tokenStart, outer.tokenEnd);
  return head >= 0 && actorHeadAt(tokens, head) ? outer : null;
}

/**
 * 'A communiqué issued after the summit', 'a statement released before the
 * vote': the preposition at `adp` follows a verb that puts out a document,
 * right after a phrase heading in one. The phrase after the preposition is
 * then part of the document's setting, not the subject of the cue.
 */
function issuedDocumentBefore(tokens: readonly Token[], adp: number, floor: number): boolean {
  const verb = tokens[adp - 1];
  if (!verb || adp - 1 <= floor || !isIssuingVerb(verb)) return false;
  const document = phraseEndingAt(tokens, adp - 1, floor);
  return document !== null && document.tokenEnd === adp - 1 && publishedHeadWithin(tokens, document.tokenStart, document.tokenEnd);
}

/** Tokens `from` to `to` (exclusive) are a determiner and adjectives separated by commas: 'the bespectacled,' before '71-year-old diplomat'. */
export function adjectiveList(tokens: readonly Token[], from: number, to: number): boolean {
  let comma = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.text === ',') comma = true;
    // 'soft-spoken': a hyphen written tight and the word after it are one adjective
    else if (isTightHyphen(tokens, j)) j++;
    else if (!(t.pos === 'ADJ' || t.pos === 'ADV' || (j === from && t.pos === 'DET') || (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower)))) return false;
  }
  return comma;
}

/**
 * 'the soft-spoken, 64-year-old organizer said', "the firm's new, young chief executive signalled": a subject
 * phrase opening with a modifier, after a comma that ends a determiner or a possessor and adjectives, takes them
 * in; null when there is no such list.
 */
function withAdjectiveList(tokens: readonly Token[], p: Phrase, floor: number): Phrase | null {
  const first = tokens[p.tokenStart]!;
  if (tokens[p.tokenStart - 1]?.text !== ',' || !(first.pos === 'ADJ' || first.pos === 'NUM')) return null;
  for (let k = p.tokenStart - 2; k >= floor && p.tokenStart - k <= 8; k--) {
    if (tokens[k]!.pos === 'DET') return adjectiveList(tokens, k, p.tokenStart) ? makePhrase(tokens, k, p.tokenEnd) : null;
    if (isPossessiveS(tokens[k]!)) {
      const possessor = phraseEndingAt(tokens, k, floor);
      return possessor && possessor.tokenEnd === k && adjectiveList(tokens, k + 1, p.tokenStart) ? makePhrase(tokens, possessor.tokenStart, p.tokenEnd) : null;
    }
  }
  return null;
}

/** Plural object pronouns that, after "of", name the group a partitive picks from (words.json `partitiveGroupPronouns`). */
const PARTITIVE_GROUP_PRONOUNS: ReadonlySet<string> = new Set(words.partitiveGroupPronouns.words);

/** 'The two of them', 'the rest of us': the phrase is a plural object pronoun right after "of". */
function partitiveOfGroup(tokens: readonly Token[], p: Phrase): boolean {
  return p.tokenEnd - p.tokenStart === 1 && groupAfterOf(tokens, p);
}

/** The phrase ends in a plural object pronoun right after "of" ('them' in 'both of them', or the whole phrase). */
function groupAfterOf(tokens: readonly Token[], p: Phrase): boolean {
  const last = p.tokenEnd - 1;
  return PARTITIVE_GROUP_PRONOUNS.has(tokens[last]!.lower) && tokens[last - 1]?.lower === 'of';
}

/**
 * Where the quantifier phrase ending before the "of" at `of` starts ('The two', 'the rest', 'many'), or -1. A
 * quantifier right after a noun ('At the rally many of them') starts its own phrase: the noun ends a setting.
 */
function quantifierStart(tokens: readonly Token[], of: number, floor: number): number {
  const phrase = phraseEndingAt(tokens, of, floor);
  if (!phrase || phrase.tokenEnd !== of) return -1;
  const last = tokens[of - 1]!;
  const before = tokens[of - 2];
  const nounBefore = of - 2 >= phrase.tokenStart && (before?.pos === 'NOUN' || before?.pos === 'PROPN');
  return nounBefore && last.pos !== 'NOUN' && last.pos !== 'PROPN' ? of - 1 : phrase.tokenStart;
}

/** An object pronoun after a preposition ("close to him"): never the subject of the cue after it. */
function isObjectPronoun(tokens: readonly Token[], p: Phrase): boolean {
  // 'The two of them said': makePhrase calls 'them' a nominal (it is no subject pronoun), yet it is the object of the
  // preposition all the same, and the phrase before the preposition is the subject
  return p.tokenEnd - p.tokenStart === 1 && OBJECT_PRONOUNS.has(tokens[p.tokenStart]!.lower) && tokens[p.tokenStart - 1]?.pos === 'ADP';
}

/**
 * The subject after an inverted cue: "said Airo Hino, professor ...",
 * "added Russel, who ...". The first phrase; a following apposition is skipped.
 */
export function subjectAfter(tokens: readonly Token[], start: number, limit: number): Phrase | null {
  return phraseStartingAt(tokens, start, limit);
}
