import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { isParticipleOnly, lemmasOf } from '../../nlp/morphology';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';
import { shortObjectUntil } from './short-object';

/** Verbs that hold a view of their object when 'as' and a label follow ('sees Cruz as a uniter'): cues.json `viewAs`. */
const VIEW_AS: ReadonlySet<string> = new Set(cues.viewAs.lemmas);
/** Words after 'as' that make it no label but a comparison or a time ('as well', 'as soon as', 'as much'): cues.json `viewAs`. */
const NOT_A_LABEL: ReadonlySet<string> = new Set(cues.viewAs.notAfterAs);

/**
 * 'Democrats see Sanders as an agent in Clinton's decline', 'he sees Cruz as a uniter': a view verb with an object
 * then 'as' and a label reports its subject's view, the object and label being the content (PolNeAR marks it so);
 * the verb alone is perception ('saw the fire', 'have seen this style of coverup'), which the learned lexicon keeps to
 * 'see that ...'. Not a passive ('are seen as candidates': the view is no one's named here), and not the bare
 * participle ('Seen from Europe, ...').
 */
export function viewAsAt(tokens: readonly Token[], i: number): CueMatch | null {
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || !lemmasOf(t).some((l) => VIEW_AS.has(l))) return null;
  if (afterAuxiliary(tokens, i, 'be') || (isParticipleOnly(t.lower) && !afterAuxiliary(tokens, i, 'have'))) return null;
  if (tokens[i + 1]?.sentence !== t.sentence) return null;
  const as = shortObjectUntil(tokens, i + 1, 'as');
  if (as <= i + 1) return null;
  const label = tokens[as + 1];
  return label && label.sentence === t.sentence && label.pos !== 'PUNCT' && !NOT_A_LABEL.has(label.lower) ? cueMatch(i, i + 1, ['object'], t.lower.endsWith('ing')) : null;
}
