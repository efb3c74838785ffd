import type { Doc, Span, SummaryLayer } from '../../document';
import type { Stage } from '../../stage';
import { jaccard, SUMMARY_WEIGHTS, scoreSentences, type ScoredSentence } from './score';

/**
 * The three to five story sentences that best carry the story, in text
 * order. The lead (first story sentence) always opens it, as news writing
 * puts the essentials there; the rest are picked greedily by score (see
 * score.ts: position, entity salience, events, quotes) minus a redundancy
 * penalty for word overlap with sentences already picked (maximal marginal
 * relevance), and at most one sentence is chosen for its quote. The headline
 * is never picked; boilerplate was never tokenized.
 */
export const summaryStage: Stage<'summary'> = {
  name: 'summary',
  requires: ['tokens', 'resolve', 'quotes', 'events'],
  run(doc: Doc): SummaryLayer {
    const chosen = pickSentences(scoreSentences(doc));
    const summary: Span[] = chosen
      .sort((a, b) => a.index - b.index)
      .map(({ sentence }) => ({ start: sentence.start, end: sentence.end }));
    return { summary };
  },
};

/**
 * The lead, then greedily the best-valued sentence until the summary's length: the stage's one loop that
 * runs long, in a function of its own so that V8 optimizes it without the stage's run around it (issue 14).
 */
function pickSentences(all: readonly ScoredSentence[]): ScoredSentence[] {
  const wanted = summaryLength(all.length);
  // a live blog's entry time alone on its line ("07:02") splits off as a sentence without a word: never a summary line
  const scored = all.filter(hasWord);
  const chosen: ScoredSentence[] = [];
  const taken = new Set<number>();
  const lead = scored[0];
  if (lead) {
    chosen.push(lead);
    taken.add(lead.index);
  }
  let quoteTaken = (lead?.quote ?? 0) > 0;
  // per candidate (by its place in `scored`), its greatest overlap with a chosen sentence so far: each round adds
  // only the overlap with the sentence chosen last, instead of comparing with every chosen one again (the max is
  // the same whatever the order)
  const redundancies = new Float64Array(scored.length);
  let newest = lead;
  while (chosen.length < wanted) {
    let best: ScoredSentence | null = null;
    let bestValue = -Infinity;
    for (let i = 0; i < scored.length; i++) {
      const candidate = scored[i]!;
      if (taken.has(candidate.index)) continue;
      if (newest) redundancies[i] = Math.max(redundancies[i]!, jaccard(newest.words, candidate.words));
      const redundancy = redundancies[i]!;
      const quoteBonus = quoteTaken ? SUMMARY_WEIGHTS.weights.quote * candidate.quote : 0;
      const value = candidate.score - quoteBonus - SUMMARY_WEIGHTS.redundancy * redundancy;
      if (value > bestValue) {
        best = candidate;
        bestValue = value;
      }
    }
    if (!best) break;
    newest = best;
    chosen.push(best);
    taken.add(best.index);
    quoteTaken ||= best.quote > 0;
  }
  return chosen;
}

function hasWord(candidate: ScoredSentence): boolean {
  for (const w of candidate.words) if (/\p{L}/u.test(w)) return true;
  return false;
}

/** about one summary sentence per five story sentences, within 3..5 (all of them when fewer than 3) */
function summaryLength(storySentences: number): number {
  const { sentencesPerSummarySentence, minSentences, maxSentences } = SUMMARY_WEIGHTS;
  if (storySentences <= minSentences) return storySentences;
  return Math.min(maxSentences, Math.max(minSentences, Math.round(storySentences / sentencesPerSummarySentence)));
}
