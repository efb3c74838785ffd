import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { tokensOf, type UnjudgedQuote } from './features';
import { WH_COMPLEMENTIZERS } from './wh-complementizers';
import { finiteVerbAt } from './finite-verbs';
import { negatedCue } from './cue-negation';

const POINTER_NOUNS: ReadonlySet<string> = new Set(words.contentPointers.nouns);
const POSSESSIVES: ReadonlySet<string> = new Set(words.possessivePronouns.words);
const TOPIC_CUES: ReadonlySet<string> = new Set(words.topicCues.lemmas);
const STANCE_CUES: ReadonlySet<string> = new Set(words.stanceObjects.lemmas);
/** Cues, by their words' lemmas space-joined, whose bare object is no content (words.json `objectNotContent`). */
const OBJECT_NOT_CONTENT_CUES: ReadonlySet<string> = new Set(words.objectNotContent.cues);
/** Words that open a content saying something after a topic cue: 'described how', 'described what' (words.json). */
const SAYING_OPENERS: ReadonlySet<string> = new Set(words.topicCues.sayingOpeners);

/** The most confidence a paraphrase that only points at words said elsewhere gets (words.json `contentPointers`). */
export const POINTER_MAX_CONFIDENCE: number = words.contentPointers.maxConfidence;

/**
 * Is this paraphrase's whole content a pointer to words said elsewhere: a
 * speech noun alone or after a determiner or possessive ('Zanu-PF officials
 * rejected the claim', 'denied the allegations', 'dismissed his remarks')?
 * Right by PolNeAR, but it tells a reader only that something was said.
 */
export function pointsAtContent(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (q.kind !== 'indirect') return false;
  const [from, to] = tokensOf(tokens, q.span);
  if (to - from < 1 || to - from > 2 || !POINTER_NOUNS.has(tokens[to - 1]!.lower)) return false;
  const first = tokens[from]!;
  return to - from === 1 || first.pos === 'DET' || POSSESSIVES.has(first.lower);
}

/**
 * Does this paraphrase only name its topic: a topic cue ('describe'; words.json
 * `topicCues`) whose content is a bare noun phrase, no 'as' label, no question
 * word and no finite verb ('Residents of Mingora described scenes of
 * devastation')? The residents said something about the scenes; what they said
 * is not in the content.
 */
export function namesOnlyTopic(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  return bareObjectOfCue(tokens, q, TOPIC_CUES);
}

/** The most confidence a stance cue's bare object gets (words.json `stanceObjects`). */
export const STANCE_MAX_CONFIDENCE: number = words.stanceObjects.maxConfidence;

/**
 * Does this paraphrase only name what its speaker stood for or against: a
 * stance cue ('defend', 'oppose'; words.json `stanceObjects`) with a bare
 * noun-phrase object ('Steve Reed defended the legislation', 'had opposed the
 * takeover')? PolNeAR marks it and it is mostly right, but no words are in it.
 */
export function namesOnlyStance(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  return bareObjectOfCue(tokens, q, STANCE_CUES);
}

/**
 * Does this paraphrase only name what its cue acted on: a cue of words.json `objectNotContent` ('request') with a bare
 * noun-phrase object ('A White House official requested anonymity to discuss a private conversation')? What was asked
 * for, not what was said; PolNeAR marks under half of them (train, held-back slice excluded: 4 of 10), so
 * speech-acts.ts drops it.
 */
export function namesOnlyObject(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (q.kind !== 'indirect' || !q.cue) return false;
  const [cueFrom, cueTo] = tokensOf(tokens, q.cue.span);
  const lemmas: string[] = [];
  // the cue's own words, without its auxiliaries and adverbs ('has repeatedly requested')
  for (let k = cueFrom; k < cueTo; k++) if (tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'ADV') lemmas.push(tokens[k]!.lemma);
  return OBJECT_NOT_CONTENT_CUES.has(lemmas.join(' ')) && bareObject(tokens, q);
}

/** A paraphrase whose cue holds one of `lemmas` and whose content is a bare noun phrase (no 'as' label, question word or finite verb). */
function bareObjectOfCue(tokens: readonly Token[], q: UnjudgedQuote, lemmas: ReadonlySet<string>): boolean {
  if (q.kind !== 'indirect' || !q.cue) return false;
  const [cueFrom, cueTo] = tokensOf(tokens, q.cue.span);
  let cued = false;
  for (let k = cueFrom; k < cueTo; k++) if (lemmas.has(tokens[k]!.lemma)) cued = true;
  return cued && bareObject(tokens, q);
}

/** The paraphrase's content is a bare noun phrase: no 'as' label, no question word or 'that' first, no finite verb. */
function bareObject(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  if (to <= from || SAYING_OPENERS.has(tokens[from]!.lower)) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.lower === 'as' || finiteVerbAt(tokens, k)) return false;
  return true;
}

/**
 * Does this paraphrase report that something was NOT said: a negated cue whose
 * content is an indirect question ('The company has not said what it will
 * charge', 'would not say whether ...')? The content is the question left
 * open, no one's words; PolNeAR marks it (train, held-back slice excluded: of
 * the default output's paraphrases with a negated 'say' and a question-word
 * content, 4 of 6 matched with the right speaker), so it stays, its confidence
 * capped at words.json `contentPointers.maxConfidence` as a pointer's is.
 */
export function leavesQuestionOpen(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (q.kind !== 'indirect' || !q.cue) return false;
  // Quote.negated's reading (cue-negation.ts: the cue's own verb group, 'It will not yet say whether') or the token
  // layer's wider scope ('Neither Republicans nor Democrats know which ...', 'It doesn’t sound like Rubio knows
  // what ...'): the cap only lowers a confidence, so the wider net costs nothing; on PolNeAR train (keepAll) the
  // verb group alone would drop the cap from 3 such non-reports, while the scope alone misses 1 negated 'say whether'
  const [cueFrom, cueTo] = tokensOf(tokens, q.cue.span);
  let scoped = false;
  for (let k = cueFrom; k < cueTo; k++) if (tokens[k]!.negated) scoped = true;
  if (!scoped && !negatedCue(tokens, q.cue.span)) return false;
  const [from, to] = tokensOf(tokens, q.span);
  return to > from && WH_COMPLEMENTIZERS.has(tokens[from]!.lower);
}
