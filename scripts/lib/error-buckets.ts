/**
 * What the PolNeAR error scripts (quote-errors.ts, quote-errors-indirect.ts)
 * share: their command line, the documents of a split, and error examples
 * gathered by bucket and printed largest bucket first.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { isHeldBack, loadPolnear, POLNEAR_FILE, POLNEAR_TRAIN_FILE, type PolnearDoc } from './polnear';

export interface ErrorScriptArgs {
  split: string;
  /** examples printed per bucket */
  examples: number;
  /** print every example of the buckets whose name holds this */
  only: string | undefined;
}

/** `--split dev|heldback|train`, `--examples N`, `--bucket NAME`. */
export function errorScriptArgs(argv: readonly string[], defaults: { split: string; examples: number }): ErrorScriptArgs {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { split: arg('--split') ?? defaults.split, examples: Number(arg('--examples') ?? defaults.examples), only: arg('--bucket') };
}

/**
 * PolNeAR dev, the held-back tenth of train, or train without it. The data lives in ../shared/eval, outside
 * the repo: when it is absent the script has nothing to read, so it says so and ends cleanly (exit 0), as
 * eval-quotes.ts does, rather than crashing with ENOENT.
 */
export function polnearSplit(split: string): PolnearDoc[] {
  const file = split === 'dev' ? POLNEAR_FILE : POLNEAR_TRAIN_FILE;
  if (!existsSync(file)) {
    console.warn(`skipping: ${relative(process.cwd(), file)} not found`);
    process.exit(0);
  }
  return split === 'dev' ? loadPolnear(file) : loadPolnear(file).filter((d) => isHeldBack(d) === (split !== 'train'));
}

export class ErrorBuckets {
  private readonly buckets = new Map<string, string[]>();

  add(bucket: string, line: string): void {
    const list = this.buckets.get(bucket);
    if (list) list.push(line);
    else this.buckets.set(bucket, [line]);
  }

  /** Each bucket's name and size. */
  counts(): Array<[string, number]> {
    return [...this.buckets.entries()].map(([name, list]) => [name, list.length]);
  }

  /** The counts, largest first, then examples of each bucket. */
  print({ examples, only }: ErrorScriptArgs): void {
    const sorted = [...this.buckets.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [name, list] of sorted) console.log(`${String(list.length).padStart(4)}  ${name}`);
    for (const [name, list] of sorted) {
      if (only && !name.includes(only)) continue;
      console.log(`\n== ${name} (${list.length})`);
      for (const line of list.slice(0, only ? 1000 : examples)) console.log(`  ${line}`);
    }
  }
}
