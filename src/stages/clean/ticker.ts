import type { Span } from '../../document';
import type { Line } from './layout';
import { wordCount } from './layout';
import { VOCAB, includesAny } from './vocabulary';

type TickerKind = 'numeric' | 'label' | 'status' | null;

// a signed or decimal figure, or a percentage change in brackets: "-17.31", "(+0.21%)", "34,512.24"
const FIGURE = /[+\-−–]\s?\d[\d,]{0,12}(?:\.\d{1,6})?%?|\d[\d,]{0,12}\.\d{1,6}%?|\(\s?[+\-−]?\d[\d,.]{0,12}%\s?\)/;
// a price change, which every ticker shows and a results table rarely does: "-0.40%", "+27.99", "▲ 1.2"
const CHANGE = /(?:^|[\s(])[+\-−–]\d[\d,]{0,12}(?:\.\d{1,6})?%?|[▲▼△▽↑↓]/;
const SENTENCE_STOP = /[.!?]["”’]?$/;

/** A line of running prose: a finished sentence of eight words or more. */
function isProse(text: string): boolean {
  return SENTENCE_STOP.test(text) && wordCount(text) >= 8 && /[a-z]/.test(text);
}
const BULLET = /^[•·▪►▶▲▼△▽↑↓*]/;
const SENTENCE_END = /[.!?]["”’]?$/;

/** What a line looks like as part of a market ticker, or null for prose. */
export function tickerKind(text: string): TickerKind {
  if (text.length > 80) return null;
  const words = wordCount(text);
  if (words > 9) return null;
  const lower = text.toLowerCase();
  if (includesAny(lower, VOCAB.marketStatus)) return 'status';
  if (SENTENCE_END.test(text) && words >= 4) return null;
  const letters = text.replace(/[^A-Za-z]/g, '').length;
  if (FIGURE.test(text) && letters <= 30) return 'numeric';
  if (BULLET.test(text) && words <= 5) return 'label';
  if (words <= 4 && text.length <= 30 && !SENTENCE_END.test(text)) return 'label';
  return null;
}

/**
 * Runs of ticker lines (blank lines between them allowed): at least three
 * lines, at least two of them figures, figures at least a third of the run.
 * Short labels may sit inside a run but do not start or end one unless they
 * carry a bullet or a market-status phrase ("U.S. markets close in 2 hours").
 */
export function findTickerRuns(source: string, lines: readonly Line[]): Array<Span & { lines: number[] }> {
  const runs: Array<Span & { lines: number[] }> = [];
  let run: Array<{ line: Line; kind: Exclude<TickerKind, null> }> = [];
  const flush = () => {
    let first = 0;
    let last = run.length - 1;
    while (last >= first && isWeakEdge(source, run[last]!)) last--;
    while (first <= last && isWeakEdge(source, run[first]!)) first++;
    const kept = run.slice(first, last + 1);
    const numeric = kept.filter((r) => r.kind === 'numeric').length;
    const changes = kept.filter((r) => CHANGE.test(source.slice(r.line.start, r.line.end))).length;
    const market = kept.some((r) => r.kind === 'status' || BULLET.test(source.slice(r.line.start, r.line.end)));
    if (kept.length >= 3 && numeric >= 2 && numeric * 3 >= kept.length && changes >= 2 && (market || !insideProse(kept))) {
      runs.push({ start: kept[0]!.line.start, end: kept[kept.length - 1]!.line.end, lines: kept.map((r) => r.line.index) });
    }
    run = [];
  };
  // a run with prose on both sides and no market wording is a table in the story (results, polls)
  const proseLines = lines.filter((l) => isProse(source.slice(l.start, l.end))).map((l) => l.index);
  const insideProse = (run: Array<{ line: Line }>) =>
    proseLines.length > 0 && proseLines[0]! < run[0]!.line.index && proseLines[proseLines.length - 1]! > run[run.length - 1]!.line.index;
  for (const line of lines) {
    const kind = tickerKind(source.slice(line.start, line.end));
    if (kind) run.push({ line, kind });
    else flush();
  }
  flush();
  return runs;
}

function isWeakEdge(source: string, entry: { line: Line; kind: Exclude<TickerKind, null> }): boolean {
  return entry.kind === 'label' && !BULLET.test(source.slice(entry.line.start, entry.line.end));
}
