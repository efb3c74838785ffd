import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { isParticipleOnly, lemmasOf } from '../../nlp/morphology';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';
import { shortObjectUntil } from './short-object';
import { sentenceEndFrom } from '../../nlp/sentence-end';

/** Verbs that hold a view of their object when 'as' and a label follow ('sees Cruz as a uniter'): cues.json `viewAs`. */
const VIEW_AS: ReadonlySet<string> = new Set(cues.viewAs.lemmas);
/** Subordinators after 'as' ('as if', 'as though'): a manner clause, no label (cues.json `viewAs`). */
const NOT_A_LABEL: ReadonlySet<string> = new Set(cues.viewAs.notAfterAs);
/** Nouns of the subject's own life stage or role ('as a teenager', 'as a volunteer', 'as guests'): cues.json `viewAs`. */
const ROLE_LABELS: ReadonlySet<string> = new Set(cues.viewAs.roleLabels);
/** Object words that make 'as' a comparison ('the same pattern as ...'): cues.json `viewAs`. */
const OBJECT_NOT_VIEWED: ReadonlySet<string> = new Set(cues.viewAs.objectNotViewed);
/** Word classes a label may open with: a noun phrase ('a uniter', 'Sanders' rival', 'wasted space') or an adjective ('weak'). */
const LABEL_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Tokens a clause's subject may span after 'as' before its verb ('as Britain prepared', 'as the old team arrived'). */
const MAX_SUBJECT = 4;

/**
 * Whether a clause opens at `at`: noun-phrase words and then a verb ('as Britain prepared', 'as the economy grows'),
 * which makes 'as' a time or manner, not a label (content.ts has a fuller test, which this cue module cannot import
 * without an import circle through the cue chain).
 */
function opensClause(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = at; k < end && k <= at + MAX_SUBJECT; k++) {
    const t = tokens[k]!;
    // a verb in -ing inside the phrase is an adjective ('as the leading candidate')
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) continue;
    if (t.pos === 'AUX' || t.pos === 'VERB') return k > at;
    if (!LABEL_OPENERS.has(t.pos)) return false;
  }
  return false;
}

/**
 * Whether the words after 'as' at `as` are a label the subject applies to the object, by kind: not a clause ('as he
 * fled', 'as Britain prepared', 'as it is'), a pronoun, an adverb or preposition ('as often as', 'as in earlier
 * studies'), a bare participle ('as expected', but 'as wasted space' is a label), 'as ADJ as' ('as high as $5
 * billion'), 'as if/though', nor the subject's own role ('as a teenager', 'as guests').
 */
function opensLabel(tokens: readonly Token[], as: number, end: number): boolean {
  const label = tokens[as + 1];
  if (!label || as + 1 >= end || NOT_A_LABEL.has(label.lower)) return false;
  const next = tokens[as + 2];
  if (label.pos === 'VERB') return next !== undefined && as + 2 < end && NOUNS.has(next.pos);
  if (!LABEL_OPENERS.has(label.pos)) return false;
  // 'as high as', 'as many as': a second 'as' within two words makes a comparison
  if (tokens[as + 2]?.lower === 'as' || tokens[as + 3]?.lower === 'as') return false;
  if (opensClause(tokens, as + 1, end)) return false;
  const noun = label.pos === 'DET' ? tokens[as + 2] : label;
  return !(noun && ROLE_LABELS.has(noun.lower));
}

/**
 * The index of the 'as' of 'see X as Y' when the verb at `i` opens that view shape (viewAsAt), else -1: the object is
 * a short noun phrase (short-object.ts) without 'same'/'such', and a label follows the 'as' (opensLabel).
 */
export function viewAsIndexAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || !lemmasOf(t).some((l) => VIEW_AS.has(l))) return -1;
  if (afterAuxiliary(tokens, i, 'be') || (isParticipleOnly(t.lower) && !afterAuxiliary(tokens, i, 'have'))) return -1;
  if (tokens[i + 1]?.sentence !== t.sentence) return -1;
  const as = shortObjectUntil(tokens, i + 1, 'as');
  if (as < 0 || as === i + 1) return -1;
  for (let k = i + 1; k < as; k++) if (OBJECT_NOT_VIEWED.has(tokens[k]!.lower)) return -1;
  return opensLabel(tokens, as, sentenceEndFrom(tokens, as)) ? as : -1;
}

/**
 * 'Democrats see Sanders as an agent in Clinton's decline', 'he sees Cruz as a uniter': a view verb with an object
 * then 'as' and a label reports its subject's view, the object and label being the content (PolNeAR marks it so);
 * the verb alone is perception ('saw the fire', 'have seen this style of coverup'), which the learned lexicon keeps to
 * 'see that ...'. Not a passive ('are seen as candidates': the view is no one's named here), and not the bare
 * participle ('Seen from Europe, ...').
 */
export function viewAsAt(tokens: readonly Token[], i: number): CueMatch | null {
  return viewAsIndexAt(tokens, i) >= 0 ? cueMatch(i, i + 1, ['object'], tokens[i]!.lower.endsWith('ing')) : null;
}
