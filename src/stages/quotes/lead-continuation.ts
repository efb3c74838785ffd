import { tokenAt, type Sentence, type Span, type Token } from '../../document';
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import type { Draft } from './pass';
import { phraseStartingAt } from './phrases';

/** Words a lead before the marks may hold: an adverb or a short clause opening ('Instead,', 'Unless rivals quit the race,'), not a sentence of narration. */
const MAX_LEAD_WORDS = 10;
/** Fewest words in marks: a clause's end said in the speaker's words, not a scare word ('His rivals are "nervous."'). */
const MIN_QUOTED_WORDS = 3;

/**
 * '"He's supposed to be a cheerleader," Trump said. Instead, "he just acts
 * like a defeated man."', '"It's an enormous moment," said X, a strategist.
 * Unless rivals quit the race, "it's very difficult to see how he is
 * stopped."': the sentence right after a quote's trailing attribution opens
 * with a few words of the writer's and finishes in the speaker's words, marked
 * and opening in lower case, so they go on with the same speaker's clause.
 * PolNeAR, like a reader, takes that sentence as the rest of the interrupted
 * quote. True when the bare quotation `b` (no cue of its own; 05-bare-quotes
 * marked it a weak scare quote, as it does not open its sentence) does so
 * after `a`: its sentence is the next one after A's attribution clause, in the
 * same paragraph; only the lead (no marks, no other quote or report:
 * `others`) stands before it and only closing punctuation after it.
 */
export function leadContinues(source: string, tokens: readonly Token[], sentences: readonly Sentence[], a: Draft, b: Draft, others: readonly Draft[]): boolean {
  if (a.kind === 'indirect' || !a.after || a.cue === null || b.cue !== null || b.kind !== 'direct' || a.paragraph !== b.paragraph) return false;
  if (b.quoted.length !== 1) return false;
  const first = b.quoted[0]!;
  const lower = /^\p{Ll}/u.test(source.slice(first.start, first.start + 1));
  if (source.slice(first.start, first.end).split(/\s+/).filter(Boolean).length < MIN_QUOTED_WORDS) return false;
  const open = tokenAt(tokens, b.span.start);
  const bToken = tokens[open];
  const sentence = bToken ? sentences[bToken.sentence] : undefined;
  const cueToken = tokens[tokenAt(tokens, a.cue.start)];
  // the sentence right after the one holding A's cue (its attribution may run on: 'said Aida, who published a book on him.')
  if (!sentence || !cueToken || bToken!.sentence !== cueToken.sentence + 1) return false;
  // B's marked words end a sentence (theirs or a later one: '..., "kind of misspoke. This is not ..."')
  const last = tokens[tokenAt(tokens, first.end - 1)];
  const lastSentence = last ? sentences[last.sentence] : undefined;
  if (!lastSentence || !/^[\s"”’'`.!?]*$/.test(source.slice(first.end, lastSentence.end))) return false;
  // the lead: a few unmarked words from the sentence's start to the opening mark
  let leadEnd = open;
  while (leadEnd > sentence.tokenStart && /^["“‘`']+$/.test(tokens[leadEnd - 1]!.text)) leadEnd--;
  if (leadEnd === open) return false;
  let words = 0;
  for (let k = sentence.tokenStart; k < leadEnd; k++) {
    const t = tokens[k]!;
    if (t.inQuote || /^["“”‘’`']+$/.test(t.text)) return false;
    if (t.pos !== 'PUNCT') words++;
  }
  if (words === 0 || words > MAX_LEAD_WORDS) return false;
  const setOff = tokens[leadEnd - 1]!.text === ',';
  // words opening with a capital start a sentence of their own: only after a lead set off by a comma ('Then, "I try ..."')
  if (!lower && !setOff) return false;
  if (!leadIsOpener(tokens, sentence.tokenStart, leadEnd, setOff)) return false;
  const inSentence: Span = { start: sentence.start, end: lastSentence.end };
  return !others.some((d) => d !== b && d.span.start < inSentence.end && d.span.end > inSentence.start);
}

/** Tags of a word that opens an adverbial or a subordinate clause ('Instead,', 'Unless rivals quit the race,', 'When asked,'). */
const OPENER_TAGS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'SCONJ']);

/**
 * The lead is the writer's opening to the speaker's words, not a sentence of
 * narration with its own subject and verb ('The crowd held signs reading
 * "no more war now."', 'His rivals are "very nervous about the count."'):
 * either set off by a comma and, when it holds a verb, opened by an adverb or
 * a subordinator ('Unless rivals quit the race,'), or a verbless noun phrase
 * that is the marked words' subject ('Biden "kind of misspoke."'). The tagger
 * may call a verb a noun ('Polls show him'), so a noun-phrase lead holds no
 * object pronoun either: one stands after a verb.
 */
function leadIsOpener(tokens: readonly Token[], from: number, to: number, setOff: boolean): boolean {
  let verb = false;
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verb = true;
  if (setOff) return !verb || OPENER_TAGS.has(tokens[from]!.pos);
  if (verb) return false;
  const phrase = phraseStartingAt(tokens, from, to);
  if (!phrase || phrase.tokenStart !== from || phrase.tokenEnd !== to) return false;
  for (let k = from + 1; k < to; k++) {
    const lower = tokens[k]!.lower;
    if (OBJECT_PRONOUNS.has(lower) && !POSSESSIVE_DETERMINERS.has(lower)) return false;
  }
  return true;
}
