import type { Verdict } from './classify';
import { unitVerdict } from './verdict';

/**
 * One line or segment of the page as the clean stage judges it (the `Unit`
 * of index.ts). A class rather than an object literal for memory: V8 tracks
 * where object literals (and spreads) are allocated and, seeing these outlive
 * young-generation collections, allocates them straight into old space, where
 * every article's units stay as garbage until a full collection (which V8
 * puts off until old space is about 4x what is live). A constructor call has
 * no allocation site; see also tokenize/token-record.ts.
 *
 * Measured with `scripts/cold-start.ts`'s 2 MB (403 articles): RSS 221 -> 206-209 MB.
 */
export class UnitRecord {
  start: number;
  end: number;
  block: number;
  wholeLine: boolean;
  verdict: Verdict | null;
  removed: boolean;

  constructor(start: number, end: number, block: number, wholeLine: boolean, verdict: Verdict | null) {
    this.start = start;
    this.end = end;
    this.block = block;
    this.wholeLine = wholeLine;
    this.verdict = verdict === null ? null : unitVerdict(verdict.reason, verdict.strong, verdict.header, verdict.tailOnly);
    this.removed = false;
  }
}
