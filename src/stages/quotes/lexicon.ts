import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import learnedCues from '../../data/quotes/learned-cues.json';
import words from '../../data/quotes/words.json';
import { inflectionSet, isParticipleOnly, isPastForm, lemmasOf } from '../../nlp/morphology';
import { speechVerbsOf, type Frame } from '../../nlp/speech-verbs';
import { MONTHS, WEEKDAYS } from '../../nlp/time-words';
import { isClosingMark, isOpeningMarkNotApostrophe, isQuotationMark } from '../../nlp/quotation-marks';
import { isAsideDash } from '../../nlp/hyphens';
import { settingRunsToThat } from './setting-that';
import { NP_TAGS } from './chunk-shapes';
import { tokenAtIndex } from '../../nlp/token-at-index';
import { ARTICLES } from '../../nlp/pronouns';
import { passiveAuxiliaryBefore, type PassiveReading } from '../../nlp/passive';

export type { Frame } from '../../nlp/speech-verbs';

export interface CueMatch {
  /** token range of the cue, end exclusive */
  start: number;
  end: number;
  /** the frames this cue can take, in the order to try them */
  frames: Frame[];
  /** -ing form: its subject is usually the main clause's subject */
  participle: boolean;
  /** an -ing form with no "be" before it ("vowing to", not "is pledging to"), set by `cueAt`: no finite progressive */
  bare: boolean;
  /** a predicative adjective ("critical of"): a copula before it is not a passive */
  predicative: boolean;
}

/**
 * Every cue is made here, with all its fields in one order: the quote steps that read cues from all five
 * finders then see one object shape, where literals with and without `predicative` (set later) gave V8
 * several and deoptimized the readers again and again on a cold process ("wrong map").
 */
export function cueMatch(start: number, end: number, frames: Frame[], participle: boolean, predicative = false, bare = false): CueMatch {
  return { start, end, frames, participle, bare, predicative };
}

/**
 * Can the cue introduce a direct quotation: does it take a clause? One test for the reading after the
 * marks in direct.ts and the tagged-verb reading, which leaves such cues to it (tagged-verb.ts).
 */
export function speechFrame(cue: CueMatch | null): cue is CueMatch {
  return cue !== null && (cue.frames.includes('clause') || cue.frames.includes('objectClause'));
}

/** the words of a stance phrase after its first ("of" in "accuse of", "critical of") */
interface StancePhrase {
  rest: string[];
  /** the first word is a verb, matched in all its forms ("accuse"), not as written ("critical") */
  byLemma: boolean;
}

/** first word -> stance phrases starting with it, longest first: by the verb's lemma, and as written */
const stanceByLemma = new Map<string, StancePhrase[]>();
const stanceByWord = new Map<string, StancePhrase[]>();
function addStance(phrase: string, byLemma: boolean): void {
  const [first, ...rest] = phrase.split(' ');
  const table = byLemma ? stanceByLemma : stanceByWord;
  const list = table.get(first!) ?? [];
  list.push({ rest, byLemma });
  table.set(first!, list);
}
for (const phrase of cues.stance.verbs) addStance(phrase, true);
for (const phrase of cues.stance.forms) addStance(phrase, false);
for (const table of [stanceByLemma, stanceByWord]) for (const list of table.values()) list.sort((a, b) => b.rest.length - a.rest.length);
const NO_STANCE: StancePhrase[] = [];
/**
 * The second words of all stance phrases ("of", "about", "against"), or null when a phrase has one word. Why: the
 * stance finder runs on every word outside quotations, and a word whose next word is none of these starts no phrase;
 * testing that first spares the lemma look-ups of nearly every word.
 */
const stanceSecondWords: ReadonlySet<string> | null = [...stanceByLemma.values(), ...stanceByWord.values()].some((list) => list.some((p) => p.rest.length === 0))
  ? null
  : new Set([...stanceByLemma.values(), ...stanceByWord.values()].flatMap((list) => list.map((p) => p.rest[0]!)));

const passiveSense: ReadonlySet<string> = new Set(cues.stance.passiveSense);
/**
 * A weekday that is no possessive ("on Sunday", not "on Tuesday's vote") and does not start a
 * proper name: a capitalized word after it in the sentence, other than a month ("on Sunday
 * December 5"), makes it part of a name ("on Sunday Times readers' complaints", "Monday Night Football").
 */
function timeSettingAt(tokens: readonly Token[], k: number): boolean {
  const day = tokens[k];
  if (!day || !WEEKDAYS.has(day.lower)) return false;
  const next = tokens[k + 1];
  if (!next) return true;
  if (next.text === "'s" || next.text === '’s') return false;
  return !(next.sentence === day.sentence && /^\p{Lu}\p{Ll}/u.test(next.text) && !MONTHS.has(next.lower));
}

/**
 * Stance phrases that may start at the token: by its lemmas ("accused" ->
 * accuse of), then as written. A verb's bare form tagged as a noun is the
 * noun ("the fight against", "a focus on"), not the verb.
 */
function stanceCandidates(token: Token): StancePhrase[] {
  // most words start no stance phrase: no array is built for them
  let out: StancePhrase[] | null = null;
  for (const lemma of lemmasOf(token)) {
    if (token.pos === 'NOUN' && token.lower === lemma) continue;
    const phrases = stanceByLemma.get(lemma);
    if (phrases) (out ??= []).push(...phrases);
  }
  const written = stanceByWord.get(token.lower);
  if (written) (out ??= []).push(...written);
  return out === null ? NO_STANCE : out.sort((a, b) => b.rest.length - a.rest.length);
}

/** The words after token `i` are `rest`, in the same sentence. */
function followedBy(tokens: readonly Token[], i: number, rest: readonly string[]): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[i + 1 + k];
    if (!t || t.lower !== rest[k] || t.sentence !== sentence) return false;
  }
  return true;
}

/**
 * An attitude or speech predicate with its preposition at token `i`
 * ("worried about", "critical of", "blamed for", "railed against"): its
 * content is the prepositional object. wink tags the first word VERB, ADJ
 * or NOUN, so any word tag is accepted; the preposition pins the sense.
 */
export function stanceAt(tokens: readonly Token[], i: number): CueMatch | null {
  const first = tokens[i];
  if (!first || first.pos === 'PUNCT') return null;
  if (stanceSecondWords !== null) {
    const second = tokenAtIndex(tokens, i + 1);
    if (!second || second.sentence !== first.sentence || !stanceSecondWords.has(second.lower)) return null;
  }
  for (const phrase of stanceCandidates(first)) {
    if (!followedBy(tokens, i, phrase.rest) || (phrase.byLemma && participleWithoutHave(tokens, i))) continue;
    // "..., Reuters reported on Sunday": the preposition opens a time setting, not the stance's object ("report on")
    if (timeSettingAt(tokens, i + 1 + phrase.rest.length)) continue;
    // "is critical of", "was worried about": an adjective takes its copula, unlike a passive verb
    const predicative = first.pos === 'ADJ' || !passiveParticiple(first);
    return cueMatch(i, i + 1 + phrase.rest.length, ['object'], first.lower.endsWith('ing'), predicative);
  }
  return null;
}

/** "accused", "blamed": the past participle of a verb whose stance after a copula is passive */
function passiveParticiple(token: Token): boolean {
  return isPastForm(token.lower) && lemmasOf(token).some((l) => passiveSense.has(l));
}

/** 'reported', 'announced': a passive whose subject is the message itself (06-passive-agent); from cues.json. */
export const passiveSubjectMessageVerbs: ReadonlySet<string> = new Set(cues.passiveSubjectMessage.lemmas);

export const passiveBlockers: ReadonlySet<string> = new Set([...inflectionSet(cues.passiveBlockers.lemmas), ...cues.passiveBlockers.words]);

/**
 * A form of "be" right before the verb at `i` (adverbs and "not" between: 'was also called'); not the "has" of
 * 'who's called for' (lemma 'have': src/nlp/contraction-lemmas.ts). The passive-agent step and the drop exemption
 * for a passive's "by" agent read the same test.
 */
export function afterPassiveAuxiliary(tokens: readonly Token[], i: number, first: number): boolean {
  return passiveAuxiliaryBefore(tokens, i, first, QUOTES_PASSIVE) >= 0;
}

/** The quotes stage's reading of a passive (src/nlp/passive.ts): a "be" form or "'s" with the lemma "be", any adverbs and "not" between. */
const QUOTES_PASSIVE: PassiveReading = {
  auxiliary: (t) => passiveBlockers.has(t.lower) && t.lemma === 'be',
  notBetween: true,
  maxBetween: Infinity,
};
/** Cues whose noun phrase after them is the addressee, never an inverted speaker: words.json addresseeFirstCues. */
const ADDRESSEE_FIRST: ReadonlySet<string> = new Set(words.addresseeFirstCues.words);

/**
 * Whether the cue word at `token` takes its addressee right after it ('told The Ledger that', '"...," told reporters
 * the coach'): the one test the reported steps (05-verb-cues) and the direct path (direct.ts) read for an inverted speaker.
 */
export function addresseeFirstCue(token: Token): boolean {
  return ADDRESSEE_FIRST.has(token.lemma.toLowerCase());
}
export const personPronouns: ReadonlySet<string> = new Set(cues.pronouns.person);
const otherPronouns: ReadonlySet<string> = new Set(cues.pronouns.other);

export function isPronoun(lower: string): boolean {
  return personPronouns.has(lower) || otherPronouns.has(lower);
}

/**
 * Verbs PolNeAR train annotates as cues that the hand list (speech-verbs.json),
 * the stance phrases and the deeds (cues.json notSpeech) lack ("voice",
 * "recount", "vouch"), with the frames their contents showed (a manner verb
 * among them, "chant", is read by `mannerCueAt` alone):
 * learned by scripts/train-quotes.ts (src/data/quotes/learned-cues.json, from
 * the full cue-lexicon.json). The quote model judges what they find.
 */
const LEARNED_VERBS: ReadonlyMap<string, Frame[]> = new Map(Object.entries(learnedCues.verbs as Record<string, Frame[]>));

/** Adjectives PolNeAR train annotates as cues before a that-clause ('are afraid that'): learned-cues.json. */
const LEARNED_ADJECTIVES: ReadonlySet<string> = new Set((learnedCues as { adjectives?: string[] }).adjectives ?? []);

/**
 * "Many Democrats are afraid that ...", "Aides are confident that ...": a
 * learned adjective right after a form of "be" (past adverbs) and before
 * "that" reports the clause as its subject's stance; predicative, so the
 * subject comes before the copula.
 */
export function adjectiveCueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || t.pos !== 'ADJ' || next?.lower !== 'that' || next.sentence !== t.sentence) return null;
  if (!LEARNED_ADJECTIVES.has(t.lower) && !LEARNED_ADJECTIVES.has(t.lemma.toLowerCase())) return null;
  if (!afterAuxiliary(tokens, i, 'be')) return null;
  // "It is obvious that ...": an expletive subject holds no stance
  let k = i - 1;
  while (k > 0 && tokens[k]!.lemma !== 'be') k--;
  if (/^(it|there)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  return cueMatch(i, i + 1, ['clause'], false, true);
}

/** Whether a stance phrase starts with this verb lemma ("accuse" in "accuse of"). */
export function isStanceVerb(lemma: string): boolean {
  return stanceByLemma.has(lemma);
}

/** Learned verbs that are cues less often: proposed only right before "that", a quotation or a short clause ('Investors see that ...', 'posted: "..."', 'see the bank is weak'; not 'issued a joint statement on ...'). */
const THAT_CLAUSE_ONLY: ReadonlySet<string> = new Set((learnedCues as { thatClauseOnly?: string[] }).thatClauseOnly ?? []);

/** "that", a colon, a comma or an opening quotation mark right after the verb at `i` (one word may come between: 'posted online: "...'). */
function opensReport(tokens: readonly Token[], i: number): boolean {
  const opens = (t: Token | undefined): boolean =>
    t !== undefined && t.sentence === tokens[i]!.sentence && (t.lower === 'that' || t.text === ':' || t.text === ',' || isOpeningMarkNotApostrophe(t));
  return opens(tokens[i + 1]) || (tokens[i + 1]?.text !== ',' && opens(tokens[i + 2]) && tokens[i + 2]!.lower !== 'that');
}


/** Tokens a place or medium setting may hold after its preposition ('on its official website') before "that". */
const MAX_MEDIUM_SETTING = 4;

/**
 * "that" opening a clause after a short prepositional setting right after the verb at `i` ('posted on X that the
 * launch was ...', 'posted on its website that ...'); not 'that' as a determiner ('posted on X that photo').
 */
function thatAfterSetting(tokens: readonly Token[], i: number): boolean {
  const opener = tokens[i + 1];
  return opener?.pos === 'ADP' && opener.lower !== 'that' && settingRunsToThat(tokens, i + 1, tokens.length, MAX_MEDIUM_SETTING);
}

/** Tokens of a subject between quoted words and its verb ('"...," Gov.-elect Sarah Collins posted'). */
const MAX_SUBJECT_AFTER_MARKS = 5;

/**
 * '"We did it," Collins posted on X.': the verb at `i` follows a short subject right after quoted words closed
 * with a comma, "!" or "?": the quotation is its content whatever follows the verb.
 */
function afterQuotedWords(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= MAX_SUBJECT_AFTER_MARKS && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PRON')) k--;
  // a doubled apostrophe closing the quoted words (''...,'' in NYT text) is two tokens: step to its first
  if (k < i - 1 && doubledApostrophe(tokens, k - 1)) k--;
  return k < i - 1 && isClosingMark(tokens[k]) && /^[,!?]$/.test(tokens[k - 1]?.text ?? '');
}

const SUBJECT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/**
 * A short subject then its finite verb right after the verb at `i` ('see
 * the bank is weak'); not a noun phrase running on into a preposition
 * ('issued a joint statement on ...'), nor an object before the sentence's
 * own speech verb ('Residents who saw the fire said ...': the fire is what
 * they saw, and "said" is the residents' report).
 */
function bareClauseAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k <= i + 5 && tokens[k] !== undefined && SUBJECT_WORDS.has(tokens[k]!.pos) && tokens[k]!.sentence === tokens[i]!.sentence) k++;
  const verb = tokens[k];
  if (k === i + 1 || verb === undefined) return false;
  if (verb.pos === 'VERB' && lemmasOf(verb).some((lemma) => speechVerbsOf(lemma).length > 0)) return false;
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing'));
}

/** The learned cue verb at token `i` (a single word), when the hand list has none. */
function learnedCueAt(tokens: readonly Token[], i: number): Frame[] | null {
  const token = tokens[i]!;
  for (const lemma of lemmasOf(token)) {
    const frames = LEARNED_VERBS.get(lemma);
    if (frames && THAT_CLAUSE_ONLY.has(lemma) && !opensReport(tokens, i) && !bareClauseAfter(tokens, i) && !thatAfterSetting(tokens, i) && !afterQuotedWords(tokens, i)) return null;
    if (frames) return frames;
  }
  return null;
}

const MANNER_VERBS: ReadonlySet<string> = new Set(cues.mannerOfSpeaking.lemmas);
const MANNER_PERSON_ONLY: ReadonlySet<string> = new Set(cues.mannerOfSpeaking.personSubjectOnly);
/** Both manner lists in one set: `cueAt` asks of every verb that is no hand-listed cue, one look-up a lemma. */
const ANY_MANNER_VERB: ReadonlySet<string> = new Set([...MANNER_VERBS, ...MANNER_PERSON_ONLY]);
/** Words that may stand between a manner verb and the colon or mark: 'shouted back', 'whispered to him', 'cried out'. */
const MANNER_PARTICLES: ReadonlySet<string> = new Set(['ADV', 'ADP', 'PRON']);

/** Quoted words open right after the verb at `i`: past at most three particles ('back', 'to him') and a comma or colon. */
function marksOpenAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && tokens[k] !== undefined && !tokens[k]!.inQuote && MANNER_PARTICLES.has(tokens[k]!.pos) && tokens[k]!.sentence === tokens[i]!.sentence) k++;
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
  const doubled = doubledApostrophe(tokens, k);
  if (doubled) k++;
  // any mark may open here: the token layer's inQuote says which side of the quoted words it stands on
  return (doubled || isQuotationMark(tokens[k])) && !tokens[k]!.inQuote && tokens[k + 1]?.inQuote === true;
}

/** The tokens `k` and `k + 1` are two apostrophes written as one mark (the '' of ''Do svidaniya!''). */
function doubledApostrophe(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === "'" && tokens[k + 1]?.text === "'" && tokens[k + 1]!.start === tokens[k]!.end;
}

/**
 * Quoted words close right before the verb at `i`: a mark, then a comma or dash at most ('"Out!" beamed Hartley')
 * or a subject of up to five words ('"Oh, my God," a young woman exclaimed').
 */
function marksCloseBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= MAX_SUBJECT_AFTER_MARKS && NP_TAGS.has(tokens[k]!.pos) && !tokens[k]!.inQuote) k--;
  if (k === i - 1 && (tokens[k]?.text === ',' || isAsideDash(tokens, k))) k--;
  const doubled = doubledApostrophe(tokens, k - 1);
  if (doubled) k--;
  return (doubled || isQuotationMark(tokens[k])) && !tokens[k]!.inQuote && tokens[k - 1]?.inQuote === true;
}

/**
 * A name or a person pronoun right before or after the verb at `i` ('Hartley beamed', 'beamed Hartley', 'she gushed');
 * not a capitalized word opening the sentence, which the tagger may call a name ('Investors cheered').
 */
function personBeside(tokens: readonly Token[], i: number): boolean {
  const person = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && ((t.pos === 'PROPN' && tokens[k - 1]?.sentence === t.sentence) || personPronouns.has(t.lower));
  };
  return person(i - 1) || person(i + 1);
}

/**
 * A bare -ing form with no subject of its own right before it (adverbs between: 'with Trump reportedly yelling'):
 * 'showcasing his large crowds, alternately shouting', 'where about 50 protesters had gathered, chanting', 'were shown
 * chanting': whose voice it is would be read from another clause, and on PolNeAR train that reading was wrong more
 * often than right for these verbs.
 */
function bareWithoutSubject(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]!.lower.endsWith('ing') || afterAuxiliary(tokens, i, 'be')) return false;
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  const t = tokens[k];
  return !t || !(t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && personPronouns.has(t.lower)));
}

/**
 * A verb of a manner of speaking ('shouted', 'exclaimed', 'chanting', cues.json `mannerOfSpeaking`) is a clause cue
 * only right by quotation marks, where the marks hold what was shouted: 'the man shouted, "..."', '"...," she
 * whispered', 'gathered on Wednesday, chanting "no contract, no peace"'. Even as a bare -ing form, which reports no
 * clause elsewhere ('chanting for an hour'). 'beam', 'cheer', 'gush' also need a person beside them ('the satellite
 * beamed "..."' is no speech). Asked of a manner verb only (`isMannerVerb`).
 */
function mannerCueAt(tokens: readonly Token[], i: number): boolean {
  for (const lemma of lemmasOf(tokens[i]!)) {
    const personOnly = MANNER_PERSON_ONLY.has(lemma);
    if (!personOnly && !MANNER_VERBS.has(lemma)) continue;
    if (personOnly && !personBeside(tokens, i)) return false;
    if (bareWithoutSubject(tokens, i)) return false;
    return marksOpenAfter(tokens, i) || marksCloseBefore(tokens, i);
  }
  return false;
}

/**
 * A verb of a manner of speaking (cues.json `mannerOfSpeaking`): as a cue (by quotation marks) its content is the
 * quoted words alone ('chanting "no contract, no peace" after the union failed': what follows the marks is the
 * narrator's).
 */
export function isMannerVerb(token: Token): boolean {
  for (const lemma of lemmasOf(token)) if (ANY_MANNER_VERB.has(lemma)) return true;
  return false;
}

/** The reporting cue starting at token `i`, if any: a speech verb (by lemma) tagged as a verb. */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const first = tokens[i];
  if (!first || !(first.pos === 'VERB' || first.pos === 'AUX')) return null;
  if (participleWithoutHave(tokens, i) || participleAfterArticle(tokens, i)) return null;
  const participle = first.lower.endsWith('ing');
  const bare = participle && !afterAuxiliary(tokens, i, 'be');
  let best: { end: number; frames: Frame[] } | null = null;
  for (const lemma of lemmasOf(first)) {
    for (const verb of speechVerbsOf(lemma)) {
      const end = i + 1 + verb.rest.length;
      if (best !== null && end <= best.end) continue;
      // "knowing that", "polls showing Trump ahead": a bare -ing form of a verb of thought reports no clause
      const frames = bare && verb.thought ? verb.frames.filter((f) => f !== 'clause') : [...verb.frames];
      if (frames.length > 0 && followedBy(tokens, i, verb.rest)) best = { end, frames };
    }
  }
  // whether the verb is one of a manner of speaking, read once for both tests below
  const manner = best === null && isMannerVerb(first);
  if (manner && mannerCueAt(tokens, i)) best = { end: i + 1, frames: ['clause'] };
  // "according to" is a prepositional cue (03-according-to), not the verb "accord"
  // a manner verb away from quotation marks is no cue, though PolNeAR train taught "chant", "shout" and "yell" as
  // learned cues by their quotations: 'the crowd, which periodically chanted his name' reports nothing
  if (!best && !accordingToAt(tokens, i) && !manner) {
    const learned = learnedCueAt(tokens, i);
    if (learned) best = { end: i + 1, frames: bare ? learned.filter((f) => f !== 'clause') : [...learned] };
    if (best && best.frames.length === 0) best = null;
  }
  return best && cueMatch(i, best.end, best.frames, participle, false, bare);
}

/** The verb at `i` follows a form of `lemma` ("have", "be"), past adverbs and "not". */
export function afterAuxiliary(tokens: readonly Token[], i: number, lemma: string): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lemma === 'not')) k--;
  return tokens[k]?.lemma === lemma && tokens[k]!.sentence === tokens[i]!.sentence;
}

/**
 * "for a reported £6 million", "the alleged plot": right after an article a participle modifies the noun after
 * it (no finite verb follows an article), though wink may tag it a verb; it reports nothing. Only the -ed forms
 * are tested: a participle that is no simple past ("a known risk") is already refused by participleWithoutHave.
 */
function participleAfterArticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokenAtIndex(tokens, i - 1);
  return before !== undefined && before.sentence === t.sentence && ARTICLES.has(before.lower) && !isLetterLabel(tokens, i - 1) && t.lower.endsWith('ed');
}

/**
 * "Witness A testified the door was open", "Person A claimed ...": a capital "A" right after a name or noun is a
 * letter label (court reports, anonymised studies), no article, and wink tags it DET all the same.
 */
function isLetterLabel(tokens: readonly Token[], k: number): boolean {
  const before = tokenAtIndex(tokens, k - 1);
  return tokens[k]!.text === 'A' && before !== undefined && before.sentence === tokens[k]!.sentence && (before.pos === 'PROPN' || before.pos === 'NOUN');
}

/**
 * "known as", "as shown", "written by": a participle that is no simple past
 * reports only in a perfect ("studies have shown that", "has spoken about").
 */
function participleWithoutHave(tokens: readonly Token[], i: number): boolean {
  return isParticipleOnly(tokens[i]!.lower) && !afterAuxiliary(tokens, i, 'have');
}

/**
 * Any other verb directly followed by a "that" clause reports a statement or
 * a belief ("Republicans learned that ...", "the agency concedes that ..."):
 * treated as a clause cue.
 */
export function thatClauseVerbAt(tokens: readonly Token[], i: number): CueMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.pos !== 'VERB' || next.lower !== 'that' || next.sentence !== t.sentence) return null;
  if (NOT_REPORTING_WORDS.has(t.lower) || lemmasOf(t).some((l) => NOT_REPORTING_LEMMAS.has(l))) return null;
  // 'the way she shouted that message': a manner verb takes no that-clause of its own (`mannerCueAt`; on PolNeAR
  // train no manner verb before "that" heads an annotated cue, 0 of 2)
  if (isMannerVerb(t)) return null;
  return cueMatch(i, i + 1, ['clause'], t.lower.endsWith('ing'));
}

const NOT_REPORTING_WORDS: ReadonlySet<string> = new Set(cues.notReportingBeforeThat.words);
const NOT_REPORTING_LEMMAS: ReadonlySet<string> = new Set(cues.notReportingBeforeThat.lemmas);

/** "according to" at token `i`. */
export function accordingToAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

/**
 * A cue whose listed frames take no clause, directly followed by "that"
 * ('is demanding that the campaign stop using ...'): the that-clause is its
 * content too, as for any verb before "that" (`thatClauseVerbAt`); the
 * clause frame is tried after the listed ones.
 */
export function withThatClause(tokens: readonly Token[], cue: CueMatch | null): CueMatch | null {
  if (!cue || cue.frames.includes('clause') || cue.end - cue.start !== 1) return cue;
  const next = tokens[cue.end];
  const head = tokens[cue.start]!;
  if (next?.lower !== 'that' || next.sentence !== head.sentence || head.pos !== 'VERB') return cue;
  // 'declined that assignment and ...', 'rejected that argument in a ruling': a singular noun after "that" and
  // then no verb is a determiner's object (the tagger calls every "that" SCONJ)
  const noun = tokens[cue.end + 1];
  const after = tokens[cue.end + 2];
  if (noun?.pos === 'NOUN' && !noun.lower.endsWith('s') && after && !['VERB', 'AUX', 'NOUN', 'PROPN', 'PART'].includes(after.pos)) return cue;
  return cueMatch(cue.start, cue.end, [...cue.frames, 'clause'], cue.participle, cue.predicative);
}

const ANAPHORIC_LEMMAS: ReadonlySet<string> = new Set(cues.anaphoricObjects.lemmas);

/**
 * A clause cue directly followed by words pointing back at a statement made
 * before ('three-quarters said the same of Sanders', cues.json
 * `anaphoricObjects`): those words open an object content. The object frame
 * is tried after the clause ('said the same technology could be applied'
 * stays a clause).
 */
export function withAnaphoricObject(tokens: readonly Token[], cue: CueMatch | null): CueMatch | null {
  if (!cue || !cue.frames.includes('clause') || cue.frames.includes('object') || cue.end - cue.start !== 1) return cue;
  const head = tokens[cue.start]!;
  if (head.pos !== 'VERB' || !lemmasOf(head).some(isAnaphoricLemma)) return cue;
  return opensAnaphoricObject(tokens, cue.start) ? cueMatch(cue.start, cue.end, [...cue.frames, 'object'], cue.participle, cue.predicative) : cue;
}

const isAnaphoricLemma = (lemma: string): boolean => ANAPHORIC_LEMMAS.has(lemma);

/**
 * Words pointing back at a statement follow token `i` ('the same'). A function of its own: an arrow function in
 * withAnaphoricObject that read its `tokens` and `cue` made V8 allocate a context for them on each of its calls (the
 * cue chain asks it at every token), though it nearly always returns before that line (issue 14).
 */
function opensAnaphoricObject(tokens: readonly Token[], i: number): boolean {
  for (const words of cues.anaphoricObjects.openers) if (followedBy(tokens, i, words)) return true;
  return false;
}
