import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { hasVerb } from './content';
import { objectAsideEnd } from './object-aside';

/** Verbs that put a label on their object ('call', 'dub'): the only ones whose object's aside a label may follow. */
const LABEL_CUES: ReadonlySet<string> = new Set(words.objectLabelCues.lemmas);
/** Tokens the object may take before its aside's comma, the aside between its commas, and the label after it before the marks. */
const MAX_OBJECT = 6;
const MAX_ASIDE = 12;
const MAX_LABEL = 4;

/**
 * 'Trump called Clinton, his Democratic presidential challenger, an ISIS
 * "co-founder."', 'calling him, among other things, "a failed candidate."':
 * a labelling verb's object, an aside set off by commas on it (an apposition
 * or phrase with no verb, or a relative clause) and a short verbless label
 * ending in the marks; PolNeAR's content starts at the object, right after
 * the cue (the token returned), or -1. The short-object reading of
 * sentence-cue.ts stops at the comma, so without this the quoted label was
 * dropped as a scare quote. Not after a verb like 'say' or 'tell', whose
 * object frame takes no label: what follows their comma is a setting or a
 * clause of its own.
 */
export function objectAsideLabel(tokens: readonly Token[], cueStart: number, cueEnd: number, open: number): number {
  // 'called for ...' is a phrasal cue of another sense: the verb alone labels
  if (cueEnd !== cueStart + 1 || !tokens[cueStart]?.lemmas.some((l) => LABEL_CUES.has(l))) return -1;
  if (tokens[cueEnd]?.pos === 'ADP' || tokens[cueEnd]?.text === ',') return -1;
  for (let k = cueEnd + 1; k < open && k - cueEnd <= MAX_OBJECT; k++) {
    if (tokens[k]!.text !== ',') continue;
    if (hasVerb(tokens, cueEnd, k)) return -1;
    const m = objectAsideEnd(tokens, k, open, MAX_ASIDE);
    return m >= 0 && open - m - 1 <= MAX_LABEL && !hasVerb(tokens, m + 1, open) ? cueEnd : -1;
  }
  return -1;
}
