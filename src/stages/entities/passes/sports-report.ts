import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';

const headlineSports: ReadonlySet<string> = new Set(lexicon.sports.headlineSports);
const docCues: ReadonlySet<string> = new Set(lexicon.sports.docCues);

/** A sports report: a "SOCCER -" style slug opening the text, or many sports words. */
export function isSportsReport(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  const second = tokens[1]?.lower ?? '';
  if (tokens[0] && tokens[0].text === tokens[0].text.toUpperCase() && (headlineSports.has(first) || headlineSports.has(`${first} ${second}`))) return true;
  const seen = new Set<string>();
  let hits = 0;
  for (const t of tokens) {
    if (!docCues.has(t.lower)) continue;
    hits++;
    seen.add(t.lower);
  }
  // dense in sports words, not merely touching one ("goals" and "draw" in a climate story)
  const perThousand = (hits * 1000) / Math.max(1, tokens.length);
  return (seen.size >= 5 && perThousand >= 5) || (seen.size >= 3 && perThousand >= 15);
}
