import weightsData from '../../data/summary/weights.json';
import type { Doc, Sentence, Token } from '../../document';
import { mentionsOfSentence, overlaps, sentenceAt } from '../../document';
import { packedMap } from '../../packed';

export const SUMMARY_WEIGHTS = weightsData as unknown as {
  weights: { position: number; salience: number; events: number; quote: number };
  redundancy: number;
  minTokens: number;
  maxTokens: number;
  lengthPenalty: number;
  questionPenalty: number;
  sentencesPerSummarySentence: number;
  minSentences: number;
  maxSentences: number;
};

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** one story sentence with its features and the words used to measure redundancy */
export interface ScoredSentence {
  index: number;
  sentence: Sentence;
  score: number;
  /** 0..1, how strongly the sentence carries a quote of a salient speaker */
  quote: number;
  words: Set<string>;
}

/**
 * Scores every story sentence (headline excluded):
 * - position: news puts the story first (inverted pyramid), 1/sqrt(1 + rank);
 * - salience: the summed salience of the entities mentioned, over the best sentence's;
 * - events: the events mentioned, each weighted by log2(1 + its number of
 *   mentions), since an event the article keeps coming back to is the story;
 * - quote: the salience of the speaker of a quote in the sentence;
 * all weighted by weights.json, and halved for sentences too short or too
 * long to stand alone, or that ask a question.
 */
export function scoreSentences(doc: Doc): ScoredSentence[] {
  const { tokens, sentences } = doc.tokens!;
  const story: Array<{ s: Sentence; index: number }> = [];
  for (let index = 0; index < sentences.length; index++) if (sentences[index]!.paragraph >= 0) story.push({ s: sentences[index]!, index });
  if (story.length === 0) return [];
  // one small function per feature rather than one long function: V8 compiles each on its own, and a
  // deoptimization in one recompiles only it (issue 14: warm-up compile time)
  const salience = salienceBySentence(doc, sentences);
  const events = eventsBySentence(doc, sentences);
  const quote = quoteBySentence(doc, sentences);

  // a loop, not Math.max(...): an article of 100,000 sentences would overflow the call stack
  const maxOf = (values: Float64Array): number => story.reduce((max, { index }) => Math.max(max, values[index]!), 1e-9);
  const maxSalience = maxOf(salience);
  const maxEvents = maxOf(events);
  const maxQuote = maxOf(quote);
  const w = SUMMARY_WEIGHTS.weights;

  return packedMap(story, ({ s, index }, rank) => {
    const length = s.tokenEnd - s.tokenStart;
    let factor = length < SUMMARY_WEIGHTS.minTokens || length > SUMMARY_WEIGHTS.maxTokens ? SUMMARY_WEIGHTS.lengthPenalty : 1;
    if (tokens[s.tokenEnd - 1]?.text === '?') factor *= SUMMARY_WEIGHTS.questionPenalty;
    const q = quote[index]! / maxQuote;
    const score =
      factor *
      (w.position / Math.sqrt(1 + rank) +
        (w.salience * salience[index]!) / maxSalience +
        (w.events * events[index]!) / maxEvents +
        w.quote * q);
    return { index, sentence: s, score, quote: q, words: contentWords(tokens, s) };
  });
}

// The per-sentence features are held in Float64Arrays: a `new Array(n).fill(0)` that then receives
// fractions changes its element kind (holey small integers to holey doubles) while it is being filled.

/** Per sentence, the summed salience of the entities mentioned in it; each counts once, summed in entity order (the sum is a float). */
function salienceBySentence(doc: Doc, sentences: readonly Sentence[]): Float64Array {
  const salience = new Float64Array(sentences.length);
  const resolved = doc.resolve;
  if (!resolved) return salience;
  for (let i = 0; i < sentences.length; i++) {
    const present = [...new Set(mentionsOfSentence(resolved, i).map((p) => p.entityIndex))].sort((a, b) => a - b);
    for (const e of present) salience[i]! += resolved.entities[e]!.salience;
  }
  return salience;
}

/** Per sentence, the events mentioned in it, each weighted by log2(1 + its number of mentions). */
function eventsBySentence(doc: Doc, sentences: readonly Sentence[]): Float64Array {
  const events = new Float64Array(sentences.length);
  for (const event of doc.events?.events ?? []) {
    const spans = event.mentions ?? [event.sentence];
    const weight = Math.log2(1 + spans.length);
    for (const span of spans) {
      const i = sentenceAt(sentences, span.start);
      if (i >= 0) events[i]! += weight;
    }
  }
  return events;
}

/** Per story sentence, the salience of the most salient speaker of a quote in it (0.3 for a speaker who is no entity). */
function quoteBySentence(doc: Doc, sentences: readonly Sentence[]): Float64Array {
  const quote = new Float64Array(sentences.length);
  const salienceOf = new Map((doc.resolve?.entities ?? []).map((e) => [e.id, e.salience]));
  for (const q of doc.quotes?.quotes ?? []) {
    const speaker = q.speaker.entityId ? (salienceOf.get(q.speaker.entityId) ?? 0.3) : q.speaker.name ? 0.3 : 0;
    if (speaker === 0) continue;
    const first = sentenceAt(sentences, q.span.start);
    if (first < 0) continue;
    for (let i = first; i < sentences.length && overlaps(sentences[i]!, q.span); i++) {
      if (sentences[i]!.paragraph >= 0) quote[i] = Math.max(quote[i]!, speaker);
    }
  }
  return quote;
}

function contentWords(tokens: readonly Token[], s: Sentence): Set<string> {
  const words = new Set<string>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (CONTENT_POS.has(t.pos)) words.add(t.lower);
  }
  return words;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
