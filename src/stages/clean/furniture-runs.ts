import { wordCount } from './layout';
import type { UnitRecord } from './unit-record';
import { unitVerdict } from './verdict';

/** the longest unlabelled line that counts as a link label between furniture lines before the story ("Sign in") */
const HEAD_LABEL_WORDS = 3;

/**
 * Unlabelled lines that share a block with page furniture outside the story
 * take the furniture's reason: after the story, every line of such a block
 * (the rest of a "Most read" list, "Terms | Privacy | Contact us" after a
 * copyright line, a question-mark headline in a "Related stories" list);
 * before the story, only link labels of a few words without a full stop
 * ("Sign in", "Manage preferences"), since the headline may share a block
 * with a byline there. Without this, such a line kept the furniture around
 * it in the body (only a block's edges were removed), and its names became
 * entities ("Premier League", "Westmark Media Group").
 */
export function labelFurnitureRuns(source: string, list: readonly UnitRecord[], zone: 'head' | 'body' | 'tail'): void {
  if (zone === 'body' || !list.some((u) => u.verdict !== null)) return;
  if (zone === 'head' && list.filter((u) => u.verdict !== null).length < 2) return;
  list.forEach((unit, i) => {
    if (unit.verdict !== null) return;
    if (zone === 'head') {
      const text = source.slice(unit.start, unit.end);
      if (wordCount(text) > HEAD_LABEL_WORDS || /[.!?]["”’]?$/.test(text)) return;
    }
    const neighbour = nearestLabelled(list, i);
    if (neighbour) unit.verdict = unitVerdict(neighbour.verdict!.reason, false, false, false);
  });
}

function nearestLabelled(list: readonly UnitRecord[], i: number): UnitRecord | null {
  for (let d = 1; d < list.length; d++) {
    const before = list[i - d];
    if (before?.verdict && !before.removed) return before;
    const after = list[i + d];
    if (after?.verdict) return after;
  }
  return null;
}
