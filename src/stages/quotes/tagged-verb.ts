import { tokenAt, type Span, type Token } from '../../document';
import words from '../../data/quotes/words.json';
import { cueAt, cueMatch, speechFrame, type CueMatch } from './lexicon';
import { makePhrase, phraseStartingAt, type Phrase } from './phrases';

const PARTICLES: ReadonlySet<string> = new Set(words.taggedVerbParticles.words);
const SUBJECTS: ReadonlySet<string> = new Set(words.taggedVerbSubjects.words);

/**
 * Does the quotation closing at token `closeAt` open its sentence, or follow an earlier quoted piece in
 * it ('"A," she said, "B," he mocks.')? Only then is it the whole object of a verb after it; in 'waved
 * signs reading "No War," they marched' the words in marks belong to the clause before them.
 */
function quotationLeads(tokens: readonly Token[], closeAt: number): boolean {
  let open = closeAt - 1;
  while (open >= 0 && tokens[open]!.inQuote) open--;
  const mark = tokens[open];
  if (!mark || mark.inQuote || !/^(["“'‘`]|``)$/.test(mark.text)) return false;
  for (let k = open - 1; k >= 0 && tokens[k]!.sentence === mark.sentence && !tokens[k]!.lineStart; k--) if (tokens[k]!.inQuote) return true;
  const before = tokens[open - 1];
  return before === undefined || before.sentence !== mark.sentence || mark.lineStart;
}

/** Tokens a setting after the tag's verb may hold: 'fumed on Tuesday', 'shot back with a laugh', 'said matter-of-factly'. */
const MAX_SETTING = 6;
/** What a setting after the tag's verb is made of: a preposition or adverb first, then a short noun phrase, no verb. */
const SETTING_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);

/**
 * Where the tag ends after its verb (and particle) at `from`: at once before a full stop, comma, "!" or "?", or
 * after a setting that opens with a preposition or adverb and holds no verb ('Toomey fumed on Tuesday.', '...,"
 * she shot back with a laugh.'); 'and' or 'but' right after the verb closes the tag too ('"Go back," Trump barked
 * and a guard led him out'). -1 when the verb goes on with an object or a clause ('he kicked the door').
 */
function tagEnd(tokens: readonly Token[], from: number): number {
  const next = tokens[from];
  if (!next || next.inQuote) return -1;
  if (/^[.,!?]$/.test(next.text) || next.lower === 'and' || next.lower === 'but') return from;
  if (next.pos !== 'ADP' && next.pos !== 'ADV') return -1;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_SETTING; k++) {
    const t = tokens[k]!;
    if (t.inQuote || t.sentence !== next.sentence) return -1;
    if (/^[.,!?]$/.test(t.text)) return k;
    if (!SETTING_TAGS.has(t.pos) || /^["“”`]$/.test(t.text)) return -1;
  }
  return -1;
}

/** The subject a tag may name: a third-person pronoun, or a noun phrase that is no pronoun ('Trump', 'the judge', 'another friend'). */
function tagSubject(tokens: readonly Token[], k: number): Phrase | null {
  const first = tokens[k];
  if (!first || first.inQuote) return null;
  if (SUBJECTS.has(first.lower)) return makePhrase(tokens, k, k + 1);
  let phrase = phraseStartingAt(tokens, k, Math.min(tokens.length, k + 6));
  // the phrase reader takes an adjective in: a past form closing it is the tag's verb ('Toomey fumed')
  if (phrase && phrase.tokenEnd - phrase.tokenStart > 1 && isPastReadAsAdjective(tokens[phrase.tokenEnd - 1]!)) phrase = makePhrase(tokens, k, phrase.tokenEnd - 1);
  return phrase && phrase.kind !== 'pronoun' ? phrase : null;
}

/** A lower-case word in -ed the tagger called an adjective: after a tag's subject, a past verb ('fumed'). */
function isPastReadAsAdjective(t: Token): boolean {
  return t.pos === 'ADJ' && t.text === t.lower && t.lower.endsWith('ed');
}

/**
 * A finite verb the cue lexicon does not know as taking a quotation: the tag's verb. A past form the tagger read as
 * an adjective counts ('"...," Toomey fumed on Tuesday': 'fumed' ADJ), as nothing but a verb stands there.
 */
function tagVerb(tokens: readonly Token[], v: number, sentence: number): boolean {
  const verb = tokens[v];
  if (verb === undefined || verb.inQuote || verb.sentence !== sentence || verb.lower.endsWith('ing')) return false;
  const verbal = verb.pos === 'VERB' || isPastReadAsAdjective(verb);
  return verbal && !speechFrame(cueAt(tokens, v));
}

/**
 * '"The marketplace hasn't failed the workers," he mocks.' / '"..., right?"
 * Trump went on, as if ...' / '"...," the judge exclaimed.' / '"...," scoffed
 * Arianna Gil, 22, ...': quoted words closed by a comma, "?" or "!" inside the
 * marks (the sentence goes on after them), then a third-person pronoun or a
 * noun phrase and a finite verb that the cue lexicon does not know as one
 * taking a quotation (or the verb first and a noun phrase after it, the
 * inverted order of a tag), with at most one particle and a short setting
 * ('fumed on Tuesday'), then a full stop or a comma. The mark at the close says
 * the quotation is the verb's object, so the verb is the speech act whatever it
 * is ('mocks' is known only with an object, 'went on' not at all); the
 * lexicon's speech verbs are left to the usual reading in direct.ts. The
 * subject and the verb as cue, or null.
 */
export function taggedVerbAfter(tokens: readonly Token[], close: Span, k: number): { subject: Phrase; cue: CueMatch } | null {
  const closeAt = tokenAt(tokens, close.start);
  const beforeClose = tokens[closeAt - 1];
  if (!/^[,?!]$/.test(beforeClose?.text ?? '') || beforeClose!.end > close.start || !quotationLeads(tokens, closeAt)) return null;
  const first = tokens[k];
  if (!first || first.inQuote) return null;
  // the inverted order: '"...," scoffed Arianna Gil', '"...," mused the co-host'
  if (tagVerb(tokens, k, first.sentence)) {
    const subject = phraseStartingAt(tokens, k + 1, Math.min(tokens.length, k + 7));
    if (!subject || subject.kind === 'pronoun' || tagEnd(tokens, subject.tokenEnd) !== subject.tokenEnd) return null;
    return { subject, cue: cueMatch(k, k + 1, ['clause'], false) };
  }
  const subject = tagSubject(tokens, k);
  if (!subject) return null;
  const v = subject.tokenEnd;
  if (!tagVerb(tokens, v, first.sentence)) return null;
  // a particle ('went on', 'shot back') or the preposition opening a setting ('fumed on Tuesday')
  const end = PARTICLES.has(tokens[v + 1]?.lower ?? '') && tagEnd(tokens, v + 2) >= 0 ? v + 2 : v + 1;
  if (tagEnd(tokens, end) < 0) return null;
  return { subject, cue: cueMatch(v, end, ['clause'], false) };
}
