import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import learnedCues from '../../data/quotes/learned-cues.json';
import { inflectionSet, isParticipleOnly, isPastForm, lemmasOf } from '../../nlp/morphology';
import { speechVerbsOf, type Frame } from '../../nlp/speech-verbs';

export type { Frame } from '../../nlp/speech-verbs';

export interface CueMatch {
  /** token range of the cue, end exclusive */
  start: number;
  end: number;
  /** the frames this cue can take, in the order to try them */
  frames: Frame[];
  /** -ing form: its subject is usually the main clause's subject */
  participle: boolean;
  /** a predicative adjective ("critical of"): a copula before it is not a passive */
  predicative?: boolean;
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

const passiveSense: ReadonlySet<string> = new Set(cues.stance.passiveSense);

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
  for (const phrase of stanceCandidates(first)) {
    if (!followedBy(tokens, i, phrase.rest) || (phrase.byLemma && participleWithoutHave(tokens, i))) continue;
    const cue: CueMatch = { start: i, end: i + 1 + phrase.rest.length, frames: ['object'], participle: first.lower.endsWith('ing') };
    // "is critical of", "was worried about": an adjective takes its copula, unlike a passive verb
    if (first.pos === 'ADJ' || !passiveParticiple(first)) cue.predicative = true;
    return cue;
  }
  return null;
}

/** "accused", "blamed": the past participle of a verb whose stance after a copula is passive */
function passiveParticiple(token: Token): boolean {
  return isPastForm(token.lower) && lemmasOf(token).some((l) => passiveSense.has(l));
}

export const passiveBlockers: ReadonlySet<string> = new Set([...inflectionSet(cues.passiveBlockers.lemmas), ...cues.passiveBlockers.words]);
export const personPronouns: ReadonlySet<string> = new Set(cues.pronouns.person);
const otherPronouns: ReadonlySet<string> = new Set(cues.pronouns.other);

export function isPronoun(lower: string): boolean {
  return personPronouns.has(lower) || otherPronouns.has(lower);
}

/**
 * Verbs PolNeAR train annotates as cues that the hand list (speech-verbs.json),
 * the stance phrases and the deeds (cues.json notSpeech) lack ("chant",
 * "voice", "recount", "vouch"), with the frames their contents showed:
 * learned by scripts/train-quotes.ts (src/data/quotes/learned-cues.json, from
 * the full cue-lexicon.json). The quote model judges what they find.
 */
const LEARNED_VERBS: ReadonlyMap<string, Frame[]> = new Map(Object.entries(learnedCues.verbs as Record<string, Frame[]>));

/** Whether a stance phrase starts with this verb lemma ("accuse" in "accuse of"). */
export function isStanceVerb(lemma: string): boolean {
  return stanceByLemma.has(lemma);
}

/** The learned cue verb at token `i` (a single word), when the hand list has none. */
function learnedCueAt(token: Token): Frame[] | null {
  for (const lemma of lemmasOf(token)) {
    const frames = LEARNED_VERBS.get(lemma);
    if (frames) return frames;
  }
  return null;
}

/** The reporting cue starting at token `i`, if any: a speech verb (by lemma) tagged as a verb. */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const first = tokens[i];
  if (!first || !(first.pos === 'VERB' || first.pos === 'AUX')) return null;
  if (participleWithoutHave(tokens, i)) return null;
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
  // "according to" is a prepositional cue (03-according-to), not the verb "accord"
  if (!best && !accordingToAt(tokens, i)) {
    const learned = learnedCueAt(first);
    if (learned) best = { end: i + 1, frames: bare ? learned.filter((f) => f !== 'clause') : [...learned] };
    if (best && best.frames.length === 0) best = null;
  }
  return best && { start: i, end: best.end, frames: best.frames, participle };
}

/** The verb at `i` follows a form of `lemma` ("have", "be"), past adverbs and "not". */
function afterAuxiliary(tokens: readonly Token[], i: number, lemma: string): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lemma === 'not')) k--;
  return tokens[k]?.lemma === lemma && tokens[k]!.sentence === tokens[i]!.sentence;
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
  return { start: i, end: i + 1, frames: ['clause'], participle: t.lower.endsWith('ing') };
}

const NOT_REPORTING_WORDS: ReadonlySet<string> = new Set(cues.notReportingBeforeThat.words);
const NOT_REPORTING_LEMMAS: ReadonlySet<string> = new Set(cues.notReportingBeforeThat.lemmas);

/** "according to" at token `i`. */
export function accordingToAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

/**
 * "..., The Wall Street Journal reports.": a speech verb closing its sentence
 * after a name, that the tagger read as a plural noun ("reports", "notes").
 * Only a third-person form of a clause cue right before the sentence's end
 * punctuation, after a proper or common noun; 05-verb-cues then needs the
 * comma before that subject (a trailing attribution) as for any cue.
 */
export function mistaggedCueAt(tokens: readonly Token[], i: number, beforeColon = false): CueMatch | null {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN' || !/[a-z]s$/.test(t.lower)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !(prev.pos === 'PROPN' || prev.pos === 'NOUN') || prev.sentence !== t.sentence) return null;
  // with `beforeColon`, a colon may close the clause too: 'The New York Times reports:' before a quotation
  if (next && next.sentence === t.sentence && !/^[.!?]$/.test(next.text) && !(beforeColon && next.text === ':')) return null;
  const verbs = speechVerbsOf(t.lower.slice(0, -1));
  return verbs.some((v) => v.rest.length === 0 && v.frames.includes('clause')) ? { start: i, end: i + 1, frames: ['clause'], participle: false } : null;
}
