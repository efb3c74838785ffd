import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';

/** How a reporting verb takes its content (see src/data/quotes/cues.json). */
export type Frame = 'clause' | 'objectClause' | 'objectTo' | 'infinitive' | 'object';

/** When a verb has several frames, they are tried in this order. */
const FRAME_ORDER: readonly Frame[] = ['clause', 'objectClause', 'objectTo', 'infinitive', 'object'];

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

interface CueForm {
  words: string[];
  frames: Frame[];
}

/** first word -> forms starting with it, longest first */
const byFirstWord = new Map<string, CueForm[]>();
const frameTable = cues.frames as Record<Frame, string[]>;
for (const frame of FRAME_ORDER) {
  for (const form of frameTable[frame]) {
    const words = form.split(' ');
    const list = byFirstWord.get(words[0]!) ?? [];
    const same = list.find((f) => f.words.join(' ') === form);
    if (same) same.frames.push(frame);
    else list.push({ words, frames: [frame] });
    byFirstWord.set(words[0]!, list);
  }
}
for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

const passiveSense: ReadonlySet<string> = new Set(cues.stance.passiveSense);

/** first word -> stance forms starting with it ("worried about", "critical of"), longest first */
const stanceByFirstWord = new Map<string, string[][]>();
for (const form of cues.stance.forms) {
  const words = form.split(' ');
  const list = stanceByFirstWord.get(words[0]!) ?? [];
  list.push(words);
  stanceByFirstWord.set(words[0]!, list);
}
for (const list of stanceByFirstWord.values()) list.sort((a, b) => b.length - a.length);

/**
 * An attitude or speech predicate with its preposition at token `i`
 * ("worried about", "critical of", "blamed for", "railed against"): its
 * content is the prepositional object. wink tags the first word VERB, ADJ
 * or NOUN, so any word tag is accepted; the preposition pins the sense.
 */
export function stanceAt(tokens: readonly Token[], i: number): CueMatch | null {
  const first = tokens[i];
  if (!first || first.pos === 'PUNCT') return null;
  const forms = stanceByFirstWord.get(first.lower);
  if (!forms) return null;
  for (const words of forms) {
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.lower !== words[k] || t.sentence !== first.sentence) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const cue: CueMatch = { start: i, end: i + words.length, frames: ['object'], participle: first.lower.endsWith('ing') };
      // "is critical of", "was worried about": an adjective takes its copula, unlike a passive verb
      if (first.pos === 'ADJ' || !passiveSense.has(first.lower)) cue.predicative = true;
      return cue;
    }
  }
  return null;
}

export const passiveBlockers: ReadonlySet<string> = new Set(cues.passiveBlockers);
export const personPronouns: ReadonlySet<string> = new Set(cues.pronouns.person);
const otherPronouns: ReadonlySet<string> = new Set(cues.pronouns.other);

export function isPronoun(lower: string): boolean {
  return personPronouns.has(lower) || otherPronouns.has(lower);
}

/** The reporting cue starting at token `i`, if any; only verbs (by wink's tag) count. */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const first = tokens[i];
  if (!first || !(first.pos === 'VERB' || first.pos === 'AUX' || verbTaggedAsNoun(tokens, i) || verbTaggedAsAdjective(tokens, i))) return null;
  const forms = byFirstWord.get(first.lower);
  if (!forms) return null;
  for (const form of forms) {
    let ok = true;
    for (let k = 1; k < form.words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.lower !== form.words[k] || t.sentence !== first.sentence) {
        ok = false;
        break;
      }
    }
    if (ok) return { start: i, end: i + form.words.length, frames: form.frames, participle: first.lower.endsWith('ing') };
  }
  return null;
}

/**
 * wink tags some third-person verbs as plural nouns ("The Tax Policy Center
 * estimates that", "Clinton plans to"): accept one between a subject-like
 * word and "that", "to" or the start of a clause.
 */
function verbTaggedAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s')) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.sentence !== t.sentence) return false;
  const subjectLike = before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NOUN';
  const complementLike = after.lower === 'that' || after.lower === 'to' || after.pos === 'PRON' || after.pos === 'PROPN' || after.pos === 'DET';
  return subjectLike && complementLike;
}

/**
 * wink tags some past-tense verbs as adjectives ("Japan branded North Korea",
 * "It referenced ..."): accept an -ed form right after a subject-like word
 * and before a noun phrase or an opening mark.
 */
function verbTaggedAsAdjective(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed')) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.sentence !== t.sentence) return false;
  const subjectLike = before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NOUN';
  const objectLike = after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'PRON' || after.lower === 'that' || /^["“'‘`]$/.test(after.text);
  return subjectLike && objectLike;
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
  if (NOT_REPORTING.has(t.lower)) return null;
  return { start: i, end: i + 1, frames: ['clause'], participle: t.lower.endsWith('ing') };
}

const NOT_REPORTING: ReadonlySet<string> = new Set(cues.notReportingBeforeThat);

/** "according to" at token `i`. */
export function accordingToAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}
