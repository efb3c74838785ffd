import type { Token } from '../../document';
import { matchPlayCues } from './lexicon';

/** how many different cues make a document a match report: one ("referee", "striker") turns up in other news too */
const MIN_CUES = 2;

/**
 * Whether the document reports a sports match ("half-time", "goalkeeper", "stoppage time", ...): there "the first
 * half" is a half of the game and "on 61 minutes" a match minute, neither a time of the calendar. Read once per
 * document from the token layer.
 */
export function readsAsMatchReport(tokens: readonly Token[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = matchPlayCues.get(tokens[i]!.lower);
    if (!candidates) continue;
    for (const { words } of candidates) {
      if (!words.every((w, k) => tokens[i + k]?.lower === w)) continue;
      seen.add(words.join(' '));
      if (seen.size >= MIN_CUES) return true;
      break;
    }
  }
  return false;
}
