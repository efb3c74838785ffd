import type { Token } from '../../document';
import { isIngForm, isPastForm } from '../../nlp/morphology';
import { MODALS } from '../../nlp/modals';
import { cueVerbBefore } from './cue-before';
import cues from '../../data/quotes/cues.json';

/** Verbs of intention or desire that go on with a reported clause after 'and' (cues.json `intentionAfterAnd`). */
const INTENTIONS: ReadonlySet<string> = new Set(cues.intentionAfterAnd.lemmas);
/** Subject pronouns that open such a clause, the intention's subject. */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(cues.intentionAfterAnd.subjects);

/** Tokens back from a reported content's start within which its cue verb is sought. */
const CUE_LOOKBACK = 12;
/** Tokens back from "and" within which the content's own verb and its modal or 'to' are sought: a constant, so a long sentence of many "and"s stays linear. */
const VERB_LOOKBACK = 24;

/** A bare verb: its own lemma, no -ing, no past ('push', 'support', the tagger's AUX 'do'; not 'pushes', 'pushed', a modal). */
function isBareVerb(t: Token): boolean {
  const verbal = t.pos === 'VERB' || (t.pos === 'AUX' && !MODALS.has(t.lower));
  return verbal && t.lemma === t.lower && !isIngForm(t.lower) && !isPastForm(t.lower);
}

/**
 * A modal or an infinitive's 'to' governs the bare verb at `v`, back over the
 * verb's own list ('to develop a vaccine, educate the public'), not past a
 * verb in another form or a clause opener.
 */
function governedBareVerb(tokens: readonly Token[], from: number, v: number): boolean {
  for (let j = v - 1; j >= from && v - j <= VERB_LOOKBACK; j--) {
    const u = tokens[j]!;
    if ((u.pos === 'AUX' && MODALS.has(u.lower)) || (u.pos === 'PART' && u.lower === 'to')) return true;
    if (u.pos === 'SCONJ' || u.lower === 'that' || ((u.pos === 'VERB' || u.pos === 'AUX') && !isBareVerb(u))) return false;
  }
  return false;
}

/**
 * "and" at `k` joins a second predicate to the reported clause of a content
 * running from `from` after the verb `cue`, not the cue's subject's next act: the verb after it
 * (adverbs aside) takes the form the content's own last verb has under a
 * shared auxiliary. An -ing after an -ing ('says Obama is acting unlawfully |
 * and showing disregard'; not when the cue is an -ing form too, 'stating ...
 * having X | and chiding', whose next act reads the same), or a bare verb
 * after a bare verb a modal or 'to' governs ('said they would expand the
 * relief | and push for reform', 'asked the woman to raise her voice | and
 * say'). A past after "and" stays the model's to judge: 'said she regretted
 * her remarks and promised to ...' is the speaker's next act as often.
 */
export function sharedPredicateAfterAnd(tokens: readonly Token[], from: number, k: number, stop: number, cue?: Token): boolean {
  if (tokens[k]?.lower !== 'and' || /^[.!?]+$/.test(tokens[k - 1]?.text ?? '')) return false;
  let j = k + 1;
  while (j < stop && tokens[j]!.pos === 'ADV') j++;
  const next = tokens[j];
  if (j >= stop || next === undefined || next.pos !== 'VERB') return false;
  let last = -1;
  for (let i = k - 1; i >= from && k - i <= VERB_LOOKBACK; i--) {
    const u = tokens[i]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') {
      last = i;
      break;
    }
  }
  if (last < 0) return false;
  const own = tokens[last]!;
  if (isIngForm(next.lower) && own.pos === 'VERB' && isIngForm(own.lower)) {
    // the cue is looked for only here, not on every token the boundary loop asks about
    const verb = cue ?? cueVerbBefore(tokens, from, CUE_LOOKBACK);
    return verb === undefined || !isIngForm(verb.lower);
  }
  return next.pos === 'VERB' && isBareVerb(next) && isBareVerb(own) && governedBareVerb(tokens, from, last);
}

/**
 * 'Singh said he was alarmed by the images | and wanted to see for himself ...': a verb of intention or desire
 * (cues.json `intentionAfterAnd`) right after "and" and before 'to', with no comma of its own, goes on with the
 * reported clause from `from` when that clause opens with a subject pronoun ('that' aside): the wish is that
 * pronoun's. A deed ('and voted against the bill', 'and threatened to sue') stays the speaker's next act.
 */
export function deedPredicateAfterAnd(tokens: readonly Token[], from: number, cueStart: number): boolean {
  const cue = tokens[cueStart];
  if (cue === undefined || cue.pos !== 'VERB' || isIngForm(cue.lower)) return false;
  if (tokens[cueStart - 1]?.lower !== 'and' || tokens[cueStart - 2]?.text === ',' || tokens[cueStart + 1]?.lower !== 'to') return false;
  const opener = tokens[from]?.lower === 'that' ? tokens[from + 1] : tokens[from];
  return opener !== undefined && CLAUSE_SUBJECTS.has(opener.lower) && cue.lemmas.some((l) => INTENTIONS.has(l));
}
