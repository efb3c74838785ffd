/**
 * Distributional word classes (scripts/build-word-classes.ts, from training text only):
 * a lower-cased word's leaf class 0..1023, whose leading bits are its coarser classes
 * (16, 64, 256 classes), or -1 for a word the table does not hold. The table is turned
 * into a Map on first use, not at import, so a process that never tags pays nothing.
 */
import table from '../../data/entities/word-classes.json';

let classOf: Map<string, number> | undefined;

function build(): Map<string, number> {
  const map = new Map<string, number>();
  table.classes.forEach((words, leaf) => {
    if (!words) return;
    for (const w of words.split(' ')) map.set(w, leaf);
  });
  return map;
}

/** The leaf class (0..1023) of a lower-cased word, or -1. */
export function wordClassId(lower: string): number {
  classOf ??= build();
  return classOf.get(lower) ?? -1;
}

/** Bits of a leaf class id (1024 leaves); its leading 4 bits are one of 16 classes, its leading 6 one of 64. */
export const LEAF_BITS = 10;
