import winkNLP from 'wink-nlp';
import type { FeatureHash } from './wink-core-model';
import { COMPOUND, type LearnedCompounds } from './wink-learned-compounds';
import { englishModel } from './wink-model';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkModel = Parameters<typeof winkNLP>[0];

let instance: WinkNLP | undefined;

/**
 * wink-nlp keeps every word it has read in its lexicon for the life of the
 * instance (cache.js `add`: the string, a hash entry and its features): the
 * model brings about 90,000 entries and each new word, number or URL adds one,
 * about 4,000 per MB of news at first and fewer after, without end. A worker
 * that reads for days would hold them all, so once a lexeme id passes this
 * limit (some 300,000 words learned) the instance is replaced by a fresh one
 * before the next text. Its reading then returns to a fresh process's: wink's
 * tokens depend on what it learned (a possessive first met before a full stop,
 * "Trump's.", is learned whole, and "Trump's" later in any text then stays one
 * token instead of "Trump" + "'s"), so outputs after the replacement are those
 * of a new process, not of one that kept the old lexicon.
 */
export const LEXICON_LIMIT = 400_000;
let lexiconFull = false;
const onReplaced: Array<() => void> = [];

/** A token's lexeme id (`its.uniqueId`), as read: at LEXICON_LIMIT or above the instance is replaced before the next text. */
export function noteLexemeId(id: number): void {
  if (id >= LEXICON_LIMIT) lexiconFull = true;
}

/** Calls `reset` whenever the instance is replaced, for memos keyed by its lexeme ids (which a new instance gives out again). */
export function onWinkReplaced(reset: () => void): void {
  onReplaced.push(reset);
}

/** Drops the instance now (what LEXICON_LIMIT does), for tests; the next `wink()` loads a fresh one. */
export function replaceWink(): void {
  instance = undefined;
  lexiconFull = false;
  for (const reset of onReplaced) reset();
}

/** The part of wink's core model that holds its lexicon: `list[id]` is a lexeme's text, `hash[text]` its id. */
interface CoreModel {
  features: { lexeme: { list: string[]; hash: FeatureHash; compounds?: LearnedCompounds } };
}

/** The lexicon of the current instance, captured when wink loads its core model (see englishModel). */
let lexemes: CoreModel['features']['lexeme'] | undefined;

/** How many lexemes the instance knows: what `forgetCompoundWords` is given before a text is read. */
export function lexiconSize(): number {
  return lexemes?.list.length ?? 0;
}

/**
 * The text of lexeme `id` (`its.uniqueId`): what wink's `its.value` returns for a token, read from the same list
 * (cache.js `value`), so a caller that already has the ids needs no pass through wink's items for the values.
 */
export function lexemeText(id: number): string {
  return lexemes!.list[id]!;
}


/**
 * Makes what wink learned from the text just read (lexemes from `from` on)
 * unknown again when it holds a character other than a letter or digit.
 * Why: wink's tokenizer keeps a word it finds in its lexicon whole, and some
 * paths learn compounds whole that a fresh reading splits: "Trump's." at a
 * sentence end is learned as "Trump's" (tokenizer.js processWordRP), and from
 * then on "Trump's" in any text stayed one token instead of "Trump" + "'s",
 * so a briefing depended on the articles the process had read before it (a
 * batch worker's output differed from a fresh call's). Plain words read the
 * same either way and stay learned. Only the hash entry goes: the list keeps
 * the text and its features (wink's extrinsic lexicon is indexed by id), and a
 * later reading learns the word again under a new id. The bundle's wink, whose cache.js asks the lexicon's
 * `compounds` (wink-learned-compounds.ts), hides them instead: a later text that meets one uses its entry again.
 */
export function forgetCompoundWords(from: number): void {
  const lexicon = lexemes;
  if (!lexicon) return;
  if (lexicon.compounds) return lexicon.compounds.endText(from);
  const { list, hash } = lexicon;
  for (let id = from; id < list.length; id++) {
    const word = list[id]!;
    if (!COMPOUND.test(word)) continue;
    if (hash instanceof Map) {
      if (hash.get(word) === id) hash.delete(word);
    } else if (hash[word] === id) delete hash[word];
  }
}

/** What wink reads from the model to build its sentence, POS and negation machines (and nothing else). */
const PIPE: Parameters<typeof winkNLP>[1] = ['sbd', 'pos', 'negation'];

/**
 * The one wink-nlp instance, created on first use: loading the model takes
 * a few hundred milliseconds, which an import should not cost.
 */
export function wink(): WinkNLP {
  if (lexiconFull) replaceWink();
  instance ??= winkNLP(englishModel((core) => (lexemes = (core as CoreModel).features.lexeme)) as WinkModel, PIPE);
  return instance;
}
