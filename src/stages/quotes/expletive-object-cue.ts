import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';
import { lexiconActorHeadAt } from './speaker-heads';

/** 'clear', 'plain', 'known' (words.json `expletiveObjectAdjectives`). */
const ADJECTIVES: ReadonlySet<string> = new Set(words.expletiveObjectAdjectives.words);

/** Degree adverbs that may stand between 'it' and the adjective ('made it very clear', 'made it abundantly clear'). */
const MAX_ADVERBS = 2;

/**
 * 'Devine made it clear that his boss wanted ...', 'making it plain to voters that ...', 'he made clear Tuesday
 * night that he intends to use it': 'make' (with or without the expletive 'it') and an adjective of saying are one
 * cue starting at 'make', so its subject is read as any verb's is ('Devine'; a participle's or a coordinated verb's
 * by their own rules). Read alone, the adjective was the cue and the expletive 'it' before it the speaker, and with
 * no 'it' nothing was read at all. Only before 'that', right after the adjective or past a verbless addressee or
 * setting ('made it clear to House Democrats on Wednesday that', 'made clear over the weekend that'; addressee.ts
 * reads the stretch as after any cue, and the content's own frame reading skips it the same way): 'made it clear
 * enough' reports nothing. Left to the adjective (its cue with no speaker, as before this cue): a negated 'make'
 * ('never made it clear that he would run' conveyed nothing), and a noun right before 'make' that names no actor
 * ('The New York primary made it clear that ...': an event, a result or a document shows it, no one says it;
 * lexiconActorHeadAt).
 */
export function expletiveObjectCueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const verb = tokens[i];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== 'make') return null;
  let k = tokens[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  const start = k;
  while (k < start + MAX_ADVERBS && tokens[k]?.pos === 'ADV') k++;
  const adjective = tokens[k];
  const next = tokens[k + 1];
  if (!adjective || !ADJECTIVES.has(adjective.lower) || !next || next.sentence !== verb.sentence) return null;
  if (!thatClauseAfter(tokens, k) || verb.negated || !actorBefore(tokens, i)) return null;
  const participle = verb.lower.endsWith('ing');
  return cueMatch(i, k + 1, ['clause'], participle, false, participle && !afterAuxiliary(tokens, i, 'be'));
}

/** How far an addressee or setting may run between the adjective and 'that' (tokens; addressee.ts's stretch). */
const MAX_STRETCH = 14;

/**
 * Whether 'that' follows the adjective at `k`, right after it or past a verbless stretch in its sentence with no
 * quoted words and no punctuation but a possessive's clitic ('to House Democrats on Wednesday that', 'to the
 * party's donors that'). Read here by word class, not through addressee.ts, which the cue chain's modules import.
 */
function thatClauseAfter(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  for (let j = k + 1; j <= k + MAX_STRETCH; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || t.inQuote) return false;
    if (t.lower === 'that') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && !/^['’]s?$/.test(t.text))) return false;
  }
  return false;
}

/**
 * Whether the word before 'make' (past auxiliaries and adverbs) may end its subject: a noun (or a noun the tagger read
 * as an adjective) only when it names an actor; a name, pronoun, comma or conjunction leaves the subject to the usual rules ('Jane Sanders made',
 * 'she made', 'and made', 'Making it clear ..., Trump').
 */
function actorBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const word = tokens[k];
  // 'The New York primary': the tagger may read the head as an adjective
  if (!word || word.sentence !== tokens[i]!.sentence || (word.pos !== 'NOUN' && word.pos !== 'ADJ')) return true;
  return lexiconActorHeadAt(tokens, k);
}
