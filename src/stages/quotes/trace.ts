/**
 * The quotes stage's optional debug trace, in the manner of chrono's
 * `context.debug(() => ...)`: when no trace is given nothing is built; when
 * one is, each pass (and each attribution step) reports what it added,
 * dropped or changed, and may add notes on decisions that leave no item.
 */
export interface TraceEntry {
  /** the pass or step: "03-cued-quotes", "reported/05-verb-cues" */
  pass: string;
  action: 'added' | 'dropped' | 'changed' | 'note';
  message: string;
}

/** Receives the trace, entry by entry. */
export type QuoteTrace = (entry: TraceEntry) => void;

/** A note from `pass`; `message` is only called when a trace is listening. */
export function note(trace: QuoteTrace | undefined, pass: string, message: () => string): void {
  if (trace) trace({ pass, action: 'note', message: message() });
}

/**
 * Reports what `pass` did to a list: items whose key is new were added,
 * items whose key is gone were dropped, and an item whose description
 * differs under the same key was changed (passes copy what they change).
 */
export function traceChanges<T>(
  trace: QuoteTrace,
  pass: string,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string | number,
  describe: (item: T) => string,
): void {
  const old = new Map<string | number, T>();
  for (const b of before) old.set(key(b), b);
  const kept = new Set<string | number>();
  for (const a of after) {
    const k = key(a);
    kept.add(k);
    const b = old.get(k);
    if (b === undefined) trace({ pass, action: 'added', message: describe(a) });
    else if (b !== a) {
      const was = describe(b);
      const now = describe(a);
      if (was !== now) trace({ pass, action: 'changed', message: `${was} -> ${now}` });
    }
  }
  for (const [k, b] of old) if (!kept.has(k)) trace({ pass, action: 'dropped', message: describe(b) });
}

/** A short excerpt of the source for trace messages. */
export function excerpt(source: string, start: number, end: number, max = 60): string {
  const text = source.slice(start, end).replace(/\s+/g, ' ');
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text);
}
