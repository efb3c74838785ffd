import type { Span } from '../../document';
import abbreviations from '../../data/clean/abbreviations.json';
import { countWords, isLayoutSpace } from '../../nlp/characters';

// words whose final period is not a sentence end: titles and initials ("Mr. Smith", "Joann S. Lublin")
const NO_BREAK_AFTER = new Set(abbreviations.titles);

/** A non-blank line of the source, trimmed. */
export interface Line extends Span {
  index: number;
  block: number;
}

/** Lines between blank lines: the paragraphs of plain text. */
export interface Block extends Span {
  index: number;
  lines: Line[];
}

function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false;
  return isLayoutSpace(char.charCodeAt(0));
}


/** Lines and blocks of `source`, each trimmed; one linear pass. */
export function layout(source: string): { lines: Line[]; blocks: Block[] } {
  const lines: Line[] = [];
  const blocks: Block[] = [];
  let current: Block | null = null;
  let lineStart = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && source[i] !== '\n') continue;
    let start = lineStart;
    let end = i;
    while (start < end && isSpace(source[start])) start++;
    while (end > start && isSpace(source[end - 1])) end--;
    if (end > start) {
      if (!current) {
        current = { start, end, index: blocks.length, lines: [] };
        blocks.push(current);
      }
      const line: Line = { start, end, index: lines.length, block: current.index };
      lines.push(line);
      current.lines.push(line);
      current.end = end;
    } else {
      current = null;
    }
    lineStart = i + 1;
  }
  return { lines, blocks };
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINALS = new Set(['.', '!', '?', '…']);
const OPENERS = /[A-Z0-9"“‘'(\[•·*–—-]/;

/**
 * Sentence-like pieces of one line, for boilerplate classification only (the
 * tokenize stage makes the real sentences). Breaks after . ! ? and closing
 * quotes when a capital, digit, quote or bracket follows; never inside
 * parentheses, so "(Reporting by A. Smith; Editing by B. Jones)" stays whole.
 */
export function splitSegments(source: string, line: Span): Span[] {
  const out: Span[] = [];
  let start = line.start;
  let depth = 0;
  // every character of every line passes here: compare char codes, not one-letter strings in a Set
  for (let i = line.start; i < line.end; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x28 || code === 0x5b) depth++; // ( [
    else if ((code === 0x29 || code === 0x5d) && depth > 0) depth--; // ) ]
    if (depth > 0 || !isTerminalCode(code)) continue;
    const c = source[i]!;
    let j = i + 1;
    while (j < line.end && (TERMINALS.has(source[j]!) || CLOSERS.has(source[j]!))) {
      if (source[j] === ')' || source[j] === ']') break;
      j++;
    }
    if (j >= line.end || !isSpace(source[j])) continue;
    if (c === '.' && isAbbreviationBefore(source, line.start, i)) continue;
    let k = j;
    while (k < line.end && isSpace(source[k])) k++;
    if (k >= line.end || !OPENERS.test(source[k]!)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (line.end > start) out.push({ start, end: line.end });
  return out;
}

/** The char code of one of TERMINALS: . ! ? … */
function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** A line's words between layout spaces (\s and the zero-width space). */
export function wordCount(text: string): number {
  return countWords(text, isLayoutSpace);
}

/** The word ending at `dot` is a title or a single-letter initial. */
function isAbbreviationBefore(source: string, lineStart: number, dot: number): boolean {
  let k = dot;
  while (k > lineStart && k > dot - 12 && /[A-Za-z]/.test(source[k - 1]!)) k--;
  if (k > lineStart && !isSpace(source[k - 1]) && source[k - 1] !== '(') return false;
  const word = source.slice(k, dot);
  return (word.length === 1 && /[A-Z]/.test(word)) || NO_BREAK_AFTER.has(word.toLowerCase());
}
