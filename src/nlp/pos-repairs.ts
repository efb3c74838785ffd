import type { Sentence, Token } from '../document';
import { NOUN_ONLY_PREPOSITIONS } from './noun-only-prepositions';
import { isParticipleOnly, isPastForm, lemmasOf } from './morphology';
import { speechVerbsOf } from './speech-verbs';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, PRONOMINAL_QUANTIFIERS, SUBJECT_PRONOUNS } from './pronouns';
import { isYearNumber } from './time-words';
import { tokenAtIndex } from './token-at-index';
import { MODALS } from './modals';
import { TITLE_HEADS, TITLE_MODIFIERS } from './title-words';
import adjectiveTaggedVerbs from '../data/lexicon/adjective-tagged-verbs.json';
import { compoundNounTaggedAsVerb } from './compound-noun-verbs';

/**
 * What a repair may ask about the document beyond the tokens: facts about a
 * whole sentence, which the tokens stage computed once per sentence.
 */
export interface RepairContext {
  /** (nearly) every longer word capitalized: a title-case headline, where capitals say nothing */
  titleCase(sentence: number): boolean;
}

/**
 * One repair of wink's part-of-speech tags: the POS token `i` should have, or
 * null to leave it. A repair reads the tags as the passes before it left them
 * and the raw tags (`token.tag`) never change.
 */
export type PosRepair = (tokens: readonly Token[], i: number, ctx: RepairContext) => string | null;

/**
 * The repairs, in order. Each is a fact about English words, not a stage's
 * reading: a stage that reads a word differently for its own purpose keeps
 * that in the stage (the event triggers' reading of "a joint drill").
 * `pos` is the one tag a repair looks at (the repair itself does not test it again):
 * the runner calls it for those tokens only, not for every token once per repair.
 */
const POS_REPAIRS: ReadonlyArray<{ name: string; pos: string; repair: PosRepair }> = [
  { name: 'name tagged as a verb', pos: 'VERB', repair: nameTaggedAsVerb },
  { name: 'verb tagged as a noun', pos: 'NOUN', repair: verbTaggedAsNoun },
  { name: 'bare verb after a modal tagged as a noun', pos: 'NOUN', repair: bareVerbAfterModalTaggedAsNoun },
  { name: 'speech verb closing its sentence tagged as a noun', pos: 'NOUN', repair: closingSpeechVerbTaggedAsNoun },
  { name: 'speech verb after a plural subject tagged as a noun', pos: 'NOUN', repair: bareSpeechVerbTaggedAsNoun },
  { name: 'verb tagged as an adjective', pos: 'ADJ', repair: verbTaggedAsAdjective },
  { name: 'speech participle tagged as an adjective', pos: 'ADJ', repair: speechParticipleTaggedAsAdjective },
  { name: 'noun tagged as a verb', pos: 'VERB', repair: nounTaggedAsVerb },
  { name: 'first word of a compound noun tagged as a verb', pos: 'VERB', repair: compoundNounTaggedAsVerb },
  { name: 'phrase head tagged as a verb', pos: 'VERB', repair: phraseHeadTaggedAsVerb },
  { name: 'title modifier tagged as a verb', pos: 'VERB', repair: titleModifierTaggedAsVerb },
  { name: 'plural head after a named modifier tagged as a verb', pos: 'VERB', repair: pluralHeadAfterNameTaggedAsVerb },
  // last: it asks whether a verb stands earlier in the clause, as the passes above leave the tags
  { name: "subject's verb tagged as an adjective", pos: 'ADJ', repair: subjectVerbTaggedAsAdjective },
];

/**
 * Runs the repairs over the token layer once, setting `token.pos`. Each pass
 * decides on the tags the previous passes left, then applies its changes, so
 * a pass's own changes do not feed back into it.
 *
 * The tokens a pass looks at are found once, not by a pass over every token per
 * repair (eleven reads of every token record): one read lists the tokens of each
 * tag a repair looks at, in order; a pass skips the listed tokens an earlier pass
 * moved to another tag, and a token an earlier pass moved to a listed tag joins that
 * tag's list in its place (a pass reads its tokens in order, as a full pass would).
 */
export function repairPos(tokens: Token[], sentences: readonly Sentence[]): void {
  const ctx = repairContext(sentences);
  const candidates = tokensByRepairedTag(tokens);
  for (const [pass, { pos: only, repair }] of POS_REPAIRS.entries()) {
    const changes: Array<[number, string]> = [];
    for (const i of candidates.get(only)!) {
      if (tokens[i]!.pos !== only) continue;
      const pos = repair(tokens, i, ctx);
      if (pos !== null && pos !== tokens[i]!.pos) changes.push([i, pos]);
    }
    for (const [i, pos] of changes) tokens[i]!.pos = pos;
    joinMovedTokens(candidates, changes, pass);
  }
}

/**
 * Adds the tokens a pass moved to the lists of their new tags, for the passes after
 * `pass` that read those tags. A pass's changes come in ascending order, so each
 * list takes them in one merge: inserting them one by one walked back and spliced
 * per change, quadratic on a text built to repeat a repaired shape.
 */
function joinMovedTokens(candidates: Map<string, number[]>, changes: ReadonlyArray<[number, string]>, pass: number): void {
  const movedByTag = new Map<string, number[]>();
  for (const [i, pos] of changes) {
    if (!POS_REPAIRS.some((r, later) => later > pass && r.pos === pos)) continue;
    let moved = movedByTag.get(pos);
    if (moved === undefined) movedByTag.set(pos, (moved = []));
    moved.push(i);
  }
  for (const [pos, moved] of movedByTag) candidates.set(pos, mergeAscending(candidates.get(pos)!, moved));
}

/** the two ascending lists as one, an index in both kept once (a token back on a tag it left is still listed there) */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) {
    const next = y >= b.length || (x < a.length && a[x]! <= b[y]!) ? a[x++]! : b[y++]!;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The tags the repairs look at (POS_REPAIRS's `pos`), each with the indexes of the tokens that carry it, in order. */
function tokensByRepairedTag(tokens: readonly Token[]): Map<string, number[]> {
  const byTag = new Map<string, number[]>();
  for (const { pos } of POS_REPAIRS) byTag.set(pos, []);
  // the tags and their lists side by side, compared in a loop: a Map probe per token cost as much as the rest
  const tags = [...byTag.keys()];
  const lists = [...byTag.values()];
  for (let i = 0; i < tokens.length; i++) {
    const pos = tokens[i]!.pos;
    for (let k = 0; k < tags.length; k++) {
      if (tags[k] === pos) {
        lists[k]!.push(i);
        break;
      }
    }
  }
  return byTag;
}

function repairContext(sentences: readonly Sentence[]): RepairContext {
  // the tokens stage computed it with each sentence (src/nlp/title-case.ts)
  return { titleCase: (sentence) => sentences[sentence]?.titleCase === true };
}

const SUBJECT_LIKE: ReadonlySet<string> = new Set(['PROPN', 'PRON', 'NOUN']);

/**
 * The first word of its sentence or of a clause a mark opens (after a colon,
 * an opening quotation mark, a bracket or a dash), where a capital says
 * nothing; a comma opens no such clause ("In the fourth quarter, Ford ...").
 */
function clauseInitial(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !previous || previous.sentence !== tokens[i]!.sentence || (!/[\p{L}\p{N}]/u.test(previous.text) && previous.text !== ',');
}

/**
 * wink tags some surnames as verbs ("Lynch said", "Sen. Rob Portman"): a
 * capitalized, lower-case-continued "verb" inside a sentence is a name. At the
 * start of a sentence or a quotation a capital says nothing, so there it must
 * be followed by a finite verb ("Lynch has said", "Portman added"; not "Asked
 * about it, ...", "“Let’s ..."), and in a title-case headline never.
 */
function nameTaggedAsVerb(tokens: readonly Token[], i: number, ctx: RepairContext): string | null {
  const t = tokens[i]!;
  // most verbs start in lower case: passed by on one character, before the Unicode pattern
  const first = t.text.charCodeAt(0);
  if ((first >= 0x61 && first <= 0x7a) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || ctx.titleCase(t.sentence)) return null;
  if (!clauseInitial(tokens, i)) return 'PROPN';
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || !(next.pos === 'VERB' || next.pos === 'AUX')) return null;
  return next.lower.endsWith('ing') || next.lemma === next.lower ? null : 'PROPN';
}

/** the word alone is a form of a speech verb ("estimates"; not "points", which reports only in "points out") */
function isSpeechVerbForm(token: Token): boolean {
  return lemmasOf(token).some((l) => speechVerbsOf(l).some((v) => v.rest.length === 0 && v.frames.length > 0));
}

/**
 * wink tags a bare verb as a noun after a modal when a quotation mark or an
 * adverb stands between them (Police would "deal firmly" with ...): a modal
 * governs a bare verb, so a noun in its own lemma form there, after at most a
 * quotation mark and "not" or another adverb, is that verb. "may" is left out
 * (a month as often), and only an AUX tag counts ("a tin can" stays a noun).
 */
function bareVerbAfterModalTaggedAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  // the modal is one of the three tokens before (at most two are skipped): with no AUX tag among them (nearly every
  // noun) the words are not read
  if (tokenAtIndex(tokens, i - 1)?.pos !== 'AUX' && tokenAtIndex(tokens, i - 2)?.pos !== 'AUX' && tokenAtIndex(tokens, i - 3)?.pos !== 'AUX') return null;
  if (t.lemma !== t.lower) return null;
  let k = i - 1;
  for (let skipped = 0; skipped < 2; skipped++) {
    const before = tokenAtIndex(tokens, k);
    if (!before || before.sentence !== t.sentence) return null;
    if (before.pos === 'ADV' || before.lower === 'not' || /^["“‘']$/.test(before.text)) k--;
    else break;
  }
  const modal = tokenAtIndex(tokens, k);
  return modal && modal.sentence === t.sentence && modal.pos === 'AUX' && MODALS.has(modal.lower) ? 'VERB' : null;
}

/**
 * wink tags some third-person verbs as plural nouns ("The Tax Policy Center
 * estimates that", "Clinton plans to"): a speech verb's -s form between a
 * subject-like word and "that", "to" or the start of a noun phrase is a verb.
 */
function verbTaggedAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const before = tokenAtIndex(tokens, i - 1);
  const after = tokenAtIndex(tokens, i + 1);
  // the neighbours' tags first (fields of the token records), the words only then (each read through its facts)
  if (!before || !after || before.sentence !== t.sentence || !SUBJECT_LIKE.has(before.pos)) return null;
  const complementLike = after.pos === 'PRON' || after.pos === 'PROPN' || after.pos === 'DET' || after.lower === 'that' || after.lower === 'to';
  if (!complementLike || !t.lower.endsWith('s') || POSSESSIVE_DETERMINERS.has(before.lower)) return null;
  return isSpeechVerbForm(t) ? 'VERB' : null;
}

/**
 * wink tags a speech verb's bare form as a noun after a plural subject
 * ("Polls show that", "Advocacy groups note that", "6 in 10 say they",
 * "analysts who claim to"): the bare form of a speech verb right after a
 * plural subject, and before "that", "to", a subject pronoun, a name or a
 * determiner, is a verb. The -s forms ("the claims that he made", "his
 * remarks that") are never read here, and a singular word before the form
 * makes a compound ("the news show that aired", "the Williams plan to").
 */
function bareSpeechVerbTaggedAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (t.lemma !== t.lower || t.lower.endsWith('s')) return null;
  const after = tokenAtIndex(tokens, i + 1);
  if (!after || after.sentence !== t.sentence || !pluralSubjectEndsAt(tokens, i - 1, t.sentence)) return null;
  if (singularPhraseHolds(tokens, i - 1, t.sentence)) return null;
  // a capitalized word in -s may be a place ("Illinois state Rep. Carol Ammons"): before a name, only a common plural counts
  if (after.pos === 'PROPN' && tokens[i - 1]!.pos === 'PROPN') return null;
  return (complementLike(after) || closesAfterPluralNoun(tokens, i)) && isSpeechVerbForm(t) ? 'VERB' : null;
}

/** what may open a speech verb's complement: "that", "to", a subject pronoun, a name, a determiner, a gerund ("support deploying troops") */
function complementLike(after: Token): boolean {
  if (after.lower === 'that' || after.lower === 'to' || SUBJECT_PRONOUNS.has(after.lower)) return true;
  return after.pos === 'PROPN' || after.pos === 'DET' || (after.pos === 'VERB' && after.lower.endsWith('ing'));
}

/**
 * "..., fundraising reports show.": the form closes a sentence, right after a
 * plural common noun, and a comma or dash opens that subject phrase, so it is
 * a parenthetical attribution ("they left the fireworks show." is none).
 */
function closesAfterPluralNoun(tokens: readonly Token[], i: number): boolean {
  const after = tokenAtIndex(tokens, i + 1);
  const noun = tokenAtIndex(tokens, i - 1);
  if (!after || !/^[.!?]$/.test(after.text) || !noun || noun.pos !== 'NOUN' || noun.lemma === noun.lower) return false;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    const word = tokens[j]!;
    if (word.sentence !== noun.sentence) return false;
    if (word.text === ',' || word.text === '—' || word.text === '–') return true;
    if (!PHRASE_WORDS.has(word.pos)) return false;
  }
  return false;
}

/** the parts of speech a subject noun phrase is made of */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'NUM']);

/** determiners of one thing: a plural after them is a modifier ("one positive jobs report to") */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'this', 'each', 'every', 'another']);

/** the phrase ending at `j` opens with a singular determiner, so its plural word modifies what follows */
function singularPhraseHolds(tokens: readonly Token[], j: number, sentence: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const word = tokens[k]!;
    if (word.sentence !== sentence || !(word.pos === 'DET' || word.pos === 'ADJ' || word.pos === 'NUM' || word.pos === 'NOUN')) return false;
    if (SINGULAR_DETERMINERS.has(word.lower)) return true;
  }
  return false;
}

/** words that join a count of people ("6 in 10", "all five", "both") */
const COUNT_OPENERS: ReadonlySet<string> = new Set(['in', 'all', 'both']);

/**
 * A plural subject ends at token `j`: a noun whose lemma is not its own form
 * ("polls", "groups"; not "news"), a capitalized plural that no article or
 * name precedes ("some Republicans doubt", "Polls show"; not "The Williams plan"),
 * a share ("40 percent fear"),
 * "who" after such a noun or a name ("analysts who claim"), or a count of
 * people ("6 in 10 say", "all five say").
 */
function pluralSubjectEndsAt(tokens: readonly Token[], j: number, sentence: number): boolean {
  const word = tokenAtIndex(tokens, j);
  if (!word || word.sentence !== sentence) return false;
  const before = tokenAtIndex(tokens, j - 1);
  const sameSentence = before !== undefined && before.sentence === sentence;
  // "40 percent fear a recession": a share of people counts as a plural subject
  if (word.lower === 'percent') return sameSentence && before.pos === 'NUM';
  if (word.pos === 'NOUN') return word.lemma !== word.lower && /[a-z]s$/.test(word.lower) && !word.lower.endsWith('ss');
  if (word.pos === 'PROPN') return /^\p{Lu}\p{Ll}+s$/u.test(word.text) && !(sameSentence && (ARTICLES.has(before.lower) || before.pos === 'PROPN'));
  if (word.lower === 'who') return sameSentence && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.lower.endsWith('s');
  return word.pos === 'NUM' && !isYearNumber(word) && sameSentence && COUNT_OPENERS.has(before.lower);
}

/**
 * wink tags some past-tense verbs as adjectives ("Japan branded North Korea",
 * "It referenced ..."): a past form right after a subject-like word and
 * before a noun phrase or an opening mark is a verb, unless the subject
 * carries its copula ("I’m disappointed that"). The noun phrase must be in
 * the same sentence: a headline "Markets unmoved" is no verb before the
 * story's "The central bank ...".
 */
function verbTaggedAsAdjective(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const before = tokenAtIndex(tokens, i - 1);
  const after = tokenAtIndex(tokens, i + 1);
  // the tags and sentences first (fields of the token records), the words' forms only then (each a read through
  // its word's facts): most adjectives follow no subject-like word
  if (!before || !after || before.sentence !== t.sentence || after.sentence !== t.sentence || !SUBJECT_LIKE.has(before.pos)) return null;
  if (!isPastForm(t.lower) || /['’](?:m|re|s)$/.test(before.lower)) return null;
  const objectLike = after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'PRON' || after.lower === 'that' || /^["“'‘`]$/.test(after.text);
  return objectLike ? 'VERB' : null;
}

/**
 * wink tags some bare nouns as verbs ("a drill", "the launch", "in its update", "their calls"): right after an
 * article or a possessive determiner, a verb form that is no participle ("a known risk", "their paid break") is a
 * noun. "her" may be an object ("let her go") and is left out. On 477 train documents (PolNeAR train, GUM train)
 * wink tags such a form VERB after "its", "their", "our", "my", "your" or "his" 75 times: nouns but for two
 * adjectives ("his left eye", "his blunt, fiery oration"), a typo and a compound's first word, no verb. A speech
 * verb's form there is left alone.
 */
function nounTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  // the determiner first: few verbs follow one, and the form tests are passed by for the rest
  const before = tokenAtIndex(tokens, i - 1);
  if (!before || before.sentence !== t.sentence) return null;
  const possessive = !ARTICLES.has(before.lower);
  if (possessive && !(POSSESSIVE_DETERMINERS.has(before.lower) && before.lower !== 'her')) return null;
  // ('his calls for a ban', 'its claims that ...': a speech verb's form after a possessive stays as wink read it, which
  // the quotes stage reads as the cue PolNeAR marks; losing a cue loses the quote)
  if (possessive && isSpeechVerbForm(t)) return null;
  return /(?:ed|ing)$/.test(t.lower) || isPastForm(t.lower) || isParticipleOnly(t.lower) ? null : 'NOUN';
}

/**
 * "..., The Wall Street Journal reports.": wink tags a speech verb's -s form
 * closing its sentence after a name or noun as a plural noun ("reports",
 * "notes"). Only a third-person form of a verb that takes a clause, right
 * before the sentence's end punctuation (or its end, or a colon opening a
 * quotation): "the annual reports." is rare there, and "reports" after "annual" (an adjective) is not touched.
 */
function closingSpeechVerbTaggedAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  // bounds-checked reads: a read past either end deoptimizes ("out of bounds") in a warmed process
  const prev = tokenAtIndex(tokens, i - 1);
  const next = tokenAtIndex(tokens, i + 1);
  // the tag before first (a field of its record), the word's form only then
  if (!prev || !(prev.pos === 'PROPN' || prev.pos === 'NOUN') || prev.sentence !== t.sentence) return null;
  if (!/[a-z]s$/.test(t.lower)) return null;
  if (next && next.sentence === t.sentence && !/^[.!?]$/.test(next.text) && !(next.text === ':' && opensQuotation(tokenAtIndex(tokens, i + 2)))) return null;
  const verbs = speechVerbsOf(t.lower.slice(0, -1));
  return verbs.some((v) => v.rest.length === 0 && v.frames.includes('clause')) ? 'VERB' : null;
}

/** 'The New York Times reports: "..."': after the colon a quotation opens, here or on the next line. */
function opensQuotation(after: Token | undefined): boolean {
  return after === undefined || after.lineStart || /^["“‘']$/.test(after.text);
}

/** determiners that may stand alone as a subject ("those stop"), so a bare verb after them may be a verb */
const PRONOMINAL_DETERMINERS: ReadonlySet<string> = new Set([...DEMONSTRATIVES, ...PRONOMINAL_QUANTIFIERS]);

/**
 * "at a campaign stop in Toledo", "at this rally, ...": a bare verb form
 * heading a noun phrase after a determiner or a singular noun, followed by a
 * preposition or a comma, is the phrase's noun. A singular noun cannot be the
 * subject of a bare verb, a plural one can ("protesters march in"), so only a
 * noun not ending in -s after an article or adjective counts; only a bare form
 * (its own lemma) is read so: "the narrator says, ...", "held", "holding" stay verbs.
 */
function phraseHeadTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const before = tokenAtIndex(tokens, i - 1);
  const after = tokenAtIndex(tokens, i + 1);
  // the neighbours first (a determiner, a noun or a name before, a preposition or comma after), the word's form only then
  if (!before || !after || before.sentence !== t.sentence || after.sentence !== t.sentence || !(before.pos === 'DET' || before.pos === 'NOUN' || before.pos === 'PROPN')) return null;
  if (!(after.pos === 'ADP' || after.text === ',')) return null;
  if (t.lemma !== t.lower || /(?:ed|ing)$/.test(t.lower) || isPastForm(t.lower) || isParticipleOnly(t.lower)) return null;
  const determiner = before.pos === 'DET' && !PRONOMINAL_DETERMINERS.has(before.lower);
  // "a campaign stop", "a presidential campaign stop": the noun itself follows an article or an adjective
  const opener = tokenAtIndex(tokens, i - 2);
  const singularNoun = before.pos === 'NOUN' && !before.lower.endsWith('s') && opener !== undefined && (ARTICLES.has(opener.lower) || opener.pos === 'ADJ');
  return determiner || singularNoun || nameModifierAfterArticle(tokens, i) ? 'NOUN' : null;
}

/**
 * "in a Nations League match in October", "at the Champions League draw on Monday": a name of up to four words
 * between a preposition's article and the bare form modifies it. Only after a preposition and its article: an
 * article and a name elsewhere may be the subject of a real bare verb ("heard the Prime Minister say in",
 * "Did the Kremlin react to", "the Taliban warn in", "the Government remain in"), and a preposition's object is
 * no subject. A name ending in -s may itself be a plural subject, and a speech verb form is never repaired: losing
 * a reporting verb loses the quote, a worse error than a mis-tagged noun.
 */
function nameModifierAfterArticle(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  const j = beforeNameRun(tokens, i);
  const last = tokens[i - 1]!;
  if (j === i - 1 || j < 1 || last.lower.endsWith('s')) return false;
  const article = tokens[j]!;
  const preposition = tokens[j - 1]!;
  if (article.sentence !== sentence || !ARTICLES.has(article.lower)) return false;
  return preposition.sentence === sentence && preposition.pos === 'ADP' && !isSpeechVerbForm(tokens[i]!);
}

/** The most words of a name that modifies the noun after it ("a Nations League match", "the Agua Clara locks"). */
const MAX_MODIFIER_NAME_WORDS = 4;

/**
 * The index of the token before the name (up to MAX_MODIFIER_NAME_WORDS tagged PROPN, in token `i`'s sentence)
 * that ends right before `i`: `i - 1` when no name does, -1 when the name opens the text.
 */
function beforeNameRun(tokens: readonly Token[], i: number): number {
  const sentence = tokens[i]!.sentence;
  let j = i - 1;
  while (j >= 0 && i - j <= MAX_MODIFIER_NAME_WORDS && tokens[j]!.pos === 'PROPN' && tokens[j]!.sentence === sentence) j--;
  return j;
}

/**
 * wink tags some -ing forms as adjectives before an infinitive (", promising
 * to lift regulations", "is promising to help"): the -ing form of a speech
 * verb that takes an infinitive ("promise", "pledge", "vow"), right before
 * "to" and a verb, is the verb. "interesting to see" stays an adjective: no
 * speech verb "interest" takes an infinitive.
 */
function speechParticipleTaggedAsAdjective(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ing') || tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB') return null;
  return lemmasOf(t).some((l) => speechVerbsOf(l).some((v) => v.rest.length === 0 && v.frames.includes('infinitive'))) ? 'VERB' : null;
}

/** Nouns a title may hold between its modifier and its role word ('lead study author'). */
const MAX_TITLE_NOUNS = 2;
/** Words before which a verb form is a verb: an auxiliary, 'to', a subject pronoun ('will lead', 'to head', 'they lead'). */
const VERB_LEADS: ReadonlySet<string> = new Set(['AUX', 'PART', 'PRON']);

/**
 * wink tags a title's modifier as a verb when the title follows a verb or
 * opens the sentence ('said lead researcher Anna Berg', 'said managing
 * director Tom Hill', 'Lead author Fiona MacLeod said'), so the inverted
 * subject after a speech verb reads as a verb and its object. A title
 * modifier ('lead', 'managing', 'acting'; titles.json) right before a role
 * word ('researcher', 'director'), with at most two nouns between ('lead study
 * author'), and a capitalized name or honorific right after the role word, is
 * part of the title. After an auxiliary, 'to' or a pronoun it stays a verb:
 * 'will lead', 'to head'.
 */
function titleModifierTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (!TITLE_MODIFIERS.has(t.lower)) return null;
  const before = tokenAtIndex(tokens, i - 1);
  if (before && before.sentence === t.sentence && (VERB_LEADS.has(before.pos) || before.lower === 'to')) return null;
  let k = i + 1;
  while (k - i - 1 < MAX_TITLE_NOUNS && tokens[k]?.pos === 'NOUN' && !TITLE_HEADS.has(tokens[k]!.lower)) k++;
  const head = tokens[k];
  const name = tokens[k + 1];
  if (!head || head.sentence !== t.sentence || head.pos !== 'NOUN' || !TITLE_HEADS.has(head.lower)) return null;
  return name && name.sentence === t.sentence && /^\p{Lu}/u.test(name.text) && (name.pos === 'PROPN' || name.pos === 'NOUN') ? 'ADJ' : null;
}

/**
 * "ships wait near the Agua Clara locks on the Atlantic side", "staff met at the Hoover Dam offices": wink tags a
 * plural noun after a name used as its modifier as a present-tense verb, as if the name were its subject. After a
 * preposition that takes no clause and its article, the -s word heads the phrase, but only when the clause already
 * has its verb before the preposition: otherwise the prepositional phrase may end the subject and the -s word is
 * the clause's own verb ("A spokesman in the Kremlin says ...", "The head of the IMF warns ..."). A speech verb
 * form is never repaired: losing a reporting verb loses the quote, a worse error than a mis-tagged plural.
 * ("The Fed meets on Tuesday" has no preposition before it and stays a verb.)
 */
function pluralHeadAfterNameTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (!/[a-z]s$/.test(t.lower) || t.lemma === t.lower) return null;
  const j = beforeNameRun(tokens, i);
  if (j === i - 1 || j < 1) return null;
  const article = tokens[j]!;
  const preposition = tokens[j - 1]!;
  if (article.lower !== 'the' || article.sentence !== t.sentence || preposition.sentence !== t.sentence) return null;
  if (!NOUN_ONLY_PREPOSITIONS.has(preposition.lower) || isSpeechVerbForm(t)) return null;
  return clauseHasVerbBefore(tokens, j - 1) ? 'NOUN' : null;
}

/** punctuation that closes a clause for clauseHasVerbBefore ("On Tuesday, ships waited near ..." reads on after it) */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–']);

/** a verb or auxiliary between the start of token `end`'s clause (its sentence, or the last , ; :) and `end` */
function clauseHasVerbBefore(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end]!.sentence;
  for (let k = end - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.sentence !== sentence || CLAUSE_BREAKS.has(token.text)) return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

/** words wink tags as adjectives where they are a subject's verb ('open'): adjective-tagged-verbs.json */
const ADJECTIVE_TAGGED_VERBS: ReadonlySet<string> = new Set(adjectiveTaggedVerbs.words);
/** punctuation after which a noun phrase opens a clause of its own */
const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set([',', ';', ':']);
/** the parts of speech of a subject noun phrase before its verb */
const SUBJECT_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

/**
 * "pre-orders open on Friday", "polls open at 7 a.m.": wink tags the verb as an adjective. A word of
 * adjective-tagged-verbs.json right after a noun phrase that opens its clause (the sentence's start, or a comma,
 * semicolon or colon, or a conjunction with no verb before it in its clause) is that phrase's verb; after a verb's
 * object ("kept the store open", "left doors and windows open") it stays an adjective. The time stage reads the
 * verb's simple present as a schedule ("Friday" ahead); the repair lives here so every stage reads the same tag.
 */
function subjectVerbTaggedAsAdjective(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (!ADJECTIVE_TAGGED_VERBS.has(t.lower)) return null;
  const last = tokenAtIndex(tokens, i - 1);
  if (!last || last.sentence !== t.sentence || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return null;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.sentence === t.sentence && SUBJECT_PHRASE_TAGS.has(tokens[k]!.pos)) k--;
  const before = tokenAtIndex(tokens, k);
  if (!before || before.sentence !== t.sentence || CLAUSE_OPENING_MARKS.has(before.lower)) return 'VERB';
  if (before.pos !== 'CCONJ') return null;
  // "Shops close early and polls open at 7" joins a clause; "kept the store and the cafe open" joins the verb's
  // objects: a conjunction opens a clause only when no verb stands between it and the clause's own start
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === t.sentence && !CLAUSE_OPENING_MARKS.has(tokens[j]!.lower); j--) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return null;
  }
  return 'VERB';
}
