import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { OBJECT_PRONOUNS } from '../../nlp/pronouns';
import { speechVerbsOf } from '../../nlp/speech-verbs';
import { HONORIFICS, TITLE_HEADS } from '../../nlp/title-words';
import { tokensOf, type UnjudgedQuote } from './features';

/** Labelling cues that, with a person for object and no label after, tell of a telephone call (cues.json `callWithoutLabel`). */
const CALL_LEMMAS: ReadonlySet<string> = new Set(cues.callWithoutLabel.lemmas);

/**
 * Does this paraphrase's bare 'call' cue (no particle: 'called for', 'called on'
 * are their own cues) take only a person, a name or an object pronoun, with at
 * most an adverb or a purpose infinitive after it ('Mr. Obama called Naghmeh
 * Abedini', 'Clinton, who called Sanders shortly', 'Bill Clinton called her to
 * get together')? That is a telephone call, no words; a label after the
 * object ('called him divisive', 'calling Trump his friend', 'called Nigel Farage
 * Mr. Brexit') is what was said, and so is what the call was made to say ('called
 * Smith to say the deal was off').
 */
export function callsWithoutLabel(tokens: readonly Token[], q: UnjudgedQuote, headIndex: number): boolean {
  if (!q.cue || !tokens[headIndex]!.lemmas.some((l) => CALL_LEMMAS.has(l))) return false;
  const [cueFrom, cueTo] = tokensOf(tokens, q.cue.span);
  const [from, to] = tokensOf(tokens, q.span);
  if (cueTo - cueFrom !== 1 || from !== headIndex + 1 || to <= from) return false;
  const k = OBJECT_PRONOUNS.has(tokens[from]!.lower) ? from + 1 : oneNameEnd(tokens, from, to);
  if (k === from) return false;
  if (k === to) return true;
  const next = tokens[k]!;
  if (next.pos === 'ADV') return k + 1 === to;
  return next.lower === 'to' && tokens[k + 1]?.pos === 'VERB' && !reportsClause(tokens[k + 1]!);
}

function titleWord(t: Token): boolean {
  return t.pos === 'PROPN' && (HONORIFICS.has(t.lower) || TITLE_HEADS.has(t.lower));
}

/**
 * Where the one name opening [from, to) ends, or `from` when it is not one name for sure. A title word after the
 * name starts a second one, a label ('Nigel Farage Mr. Brexit', 'Trump Mr. Brexit'). After a title the news names a
 * person by surname ('Mr. Putin', 'Senator Warren'); two or more capitalized words there may be a surname and a
 * label ('Senator Warren Pocahontas') as well as a full name, which no shape tells apart, so that is no call.
 */
function oneNameEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && titleWord(tokens[k]!)) k++;
  const nameStart = k;
  while (k < to && tokens[k]!.pos === 'PROPN' && !titleWord(tokens[k]!)) k++;
  // 'Marco Rubio Little Marco': four or more capitalized words are a name and a label
  if (k === nameStart || (nameStart > from && k - nameStart > 1) || k - nameStart > 3) return from;
  return k;
}

/** 'to say', 'to warn', 'to ask': an infinitive of a speech verb taking a clause, so the call carried words. */
function reportsClause(verb: Token): boolean {
  return verb.lemmas.some((l) => speechVerbsOf(l).some((v) => v.rest.length === 0 && (v.frames.includes('clause') || v.frames.includes('objectClause'))));
}
