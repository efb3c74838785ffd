/**
 * What the bench and profile scripts share: the article texts of JSONL corpora (../shared/eval's files: one
 * JSON object a line with a `text`) and the median of a set of timings.
 */
import { readFileSync } from 'node:fs';

/**
 * Every non-blank `text` of the files' lines, in file order; with `unique`, each distinct text once (its first
 * occurrence), so an article two corpora share is timed once.
 */
export function texts(files: readonly string[], options: { unique?: boolean } = {}): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== 'string' || text.trim() === '') continue;
      if (options.unique) {
        if (seen.has(text)) continue;
        seen.add(text);
      }
      out.push(text);
    }
  }
  return out;
}

/**
 * The middle value; of an even count, the upper of the two middle ones, or with `lower` the lower one (bench-ab's
 * rounds have always been read that way). Not their mean: a timing that was measured, not one in between.
 */
export function median(values: readonly number[], options: { lower?: boolean } = {}): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[options.lower ? (sorted.length - 1) >> 1 : sorted.length >> 1]!;
}
