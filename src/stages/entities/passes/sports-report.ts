import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import type { WordIndex } from '../word-index';

const headlineSports: ReadonlySet<string> = new Set(lexicon.sports.headlineSports);
const docCues: ReadonlySet<string> = new Set(lexicon.sports.docCues);

/** A sports report: a "SOCCER -" style slug opening the text, or many sports words. */
export function isSportsReport(tokens: readonly Token[], wordIndex: WordIndex): boolean {
  const first = tokens[0]?.lower ?? '';
  const second = tokens[1]?.lower ?? '';
  if (tokens[0] && tokens[0].text === tokens[0].text.toUpperCase() && (headlineSports.has(first) || headlineSports.has(`${first} ${second}`))) return true;
  // (the cue words' places from the article's word index, not a walk over every token)
  let seen = 0;
  let hits = 0;
  for (const cue of docCues) {
    const count = wordIndex.of(cue).length;
    if (count === 0) continue;
    hits += count;
    seen++;
  }
  // dense in sports words, not merely touching one ("goals" and "draw" in a climate story)
  const perThousand = (hits * 1000) / Math.max(1, tokens.length);
  return (seen >= 5 && perThousand >= 5) || (seen >= 3 && perThousand >= 15);
}
