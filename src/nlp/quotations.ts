import { tokenAt, type Quotation, type Span, type Token } from '../document';

// the type lives with the token layer that carries it, so that document.ts imports nothing back from here
export type { Quotation } from '../document';

type MarkKind = 'double' | 'single';

interface OpenMark {
  kind: MarkKind;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE_OPEN = /[\s([{\u2014\u2013\-/]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || SPACE_BEFORE_OPEN.test(prev);
}

/** Skips whitespace and reports whether the region starts with an opening double mark. */
function startsWithOpening(source: string, region: Span): boolean {
  return openingStyle(source, region.start, region.end) !== null;
}

/** The style of the opening double mark at `from` (after whitespace), or null: straight, curly ("“", "„") or TeX ("``"). */
function openingStyle(source: string, from: number, end: number): 'straight' | 'curly' | 'tex' | null {
  let i = from;
  while (i < end && /\s/.test(source[i]!)) i++;
  const ch = source[i];
  if (ch === '"') return 'straight';
  if (ch === '\u201c' || ch === '\u201e') return 'curly';
  return source.startsWith('``', i) ? 'tex' : null;
}

/**
 * A quotation left open at a paragraph's end continues into the next one when
 * that opens with a double mark of the same style: a writer repeats the mark
 * they opened with. A paragraph of straight marks (a block quote pasted from
 * another article) followed by one opening with a curly mark is not continued
 * by it ('"... chanting “U-S-A!”' then '“That’s right,” Melanie said').
 */
function continuesInto(source: string, open: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const style = openingStyle(source, next.start, next.end);
  return style !== null && style === openingStyle(source, open.start, open.end);
}

/**
 * Finds the top-level quotations of every region. Nested quotations (single
 * marks inside double, or the other way round) stay inside their outer
 * quotation's content. Apostrophes are told from single marks by their
 * neighbours: a mark between two letters ("Japan’s", "don't") never quotes,
 * and a right single mark closes only when a single mark is open.
 */
export function findQuotations(source: string, regions: readonly Span[]): Quotation[] {
  const out: Quotation[] = [];
  let carried: { pieces: Span[]; open: Span; region: number; contentStart: number } | null = null;

  regions.forEach((region, regionIndex) => {
    const stack: OpenMark[] = [];
    let contentStart = -1;
    let pendingPieces: Span[] = [];
    let firstOpen: Span | null = null;
    let startRegion = regionIndex;

    if (carried && startsWithOpening(source, region)) {
      pendingPieces = carried.pieces;
      firstOpen = carried.open;
      startRegion = carried.region;
    }
    carried = null;
    const continuing = firstOpen !== null;

    const openMark = (kind: MarkKind, start: number, end: number): void => {
      // singles left open when a double opens at top level were apostrophes ("the ’90s", "nations’")
      if (kind === 'double' && findOpen(stack, 'double') < 0) stack.length = 0;
      if (stack.length === 0) {
        contentStart = end;
        if (!continuing || pendingPieces.length === 0) {
          firstOpen = { start, end };
          startRegion = regionIndex;
        }
      }
      stack.push({ kind, start, end });
    };
    const closeMark = (kind: MarkKind, start: number, end: number): boolean => {
      const at = findOpen(stack, kind);
      if (at < 0) return false;
      stack.length = at;
      if (at === 0 && contentStart >= 0) {
        const pieces = [...pendingPieces, { start: contentStart, end: start }];
        out.push({ pieces, open: firstOpen ?? { start, end }, close: { start, end }, region: startRegion });
        pendingPieces = [];
        firstOpen = null;
        contentStart = -1;
      }
      return true;
    };

    for (let i = region.start; i < region.end; i++) {
      // nearly every character is no mark: one code comparison, before any neighbour is read
      if (!isMarkCode(source.charCodeAt(i))) continue;
      const ch = source[i]!;
      const prev = i > region.start ? source[i - 1] : undefined;
      const next = i + 1 < region.end ? source[i + 1] : undefined;
      switch (ch) {
        case '\u201c':
        case '\u201e':
          // a left mark glued to the end of a word while a quotation is open closes it (typing slip)
          if (findOpen(stack, 'double') >= 0 && !opensAfter(prev) && (next === undefined || /\s/.test(next))) closeMark('double', i, i + 1);
          else openMark('double', i, i + 1);
          break;
        case '\u201d':
          // a right mark at a word's start with nothing open opens a quotation (typing slip: ”Fear. I am ...”)
          if (findOpen(stack, 'double') < 0 && opensAfter(prev) && isLetter(next)) openMark('double', i, i + 1);
          else closeMark('double', i, i + 1);
          break;
        case '`':
          if (next === '`') {
            openMark('double', i, i + 2);
            i++;
          }
          break;
        case '"':
          // straight marks alternate; a closing-looking mark with nothing open is stray
          if (findOpen(stack, 'double') >= 0) closeMark('double', i, i + 1);
          else if (opensAfter(prev) || isLetter(next)) openMark('double', i, i + 1);
          break;
        case "'":
          if (next === "'") {
            if (findOpen(stack, 'double') >= 0) closeMark('double', i, i + 2);
            else if (opensAfter(prev)) openMark('double', i, i + 2);
            i++;
          } else if (isLetter(prev) && isLetter(next)) {
            // apostrophe inside a word
          } else if (opensAfter(prev) && isLetter(next) && !/\d/.test(next!)) {
            openMark('single', i, i + 1);
          } else if (findOpen(stack, 'single') >= 0 && !opensAfter(prev)) {
            closeMark('single', i, i + 1);
          }
          break;
        case '\u2018':
          if (isLetter(prev)) break;
          if (next !== undefined && /\d/.test(next)) break; // ‘90s
          openMark('single', i, i + 1);
          break;
        case '\u2019':
          if (isLetter(prev) && isLetter(next)) break;
          if (findOpen(stack, 'single') >= 0) closeMark('single', i, i + 1);
          break;
        default:
          break;
      }
    }

    // an unclosed double mark: the quote runs to the paragraph's end and may continue
    const bottom = stack[0];
    if (bottom && bottom.kind === 'double' && contentStart >= 0) {
      let end = region.end;
      while (end > contentStart && /\s/.test(source[end - 1]!)) end--;
      const pieces = [...pendingPieces, { start: contentStart, end }];
      const open = firstOpen ?? { start: bottom.start, end: bottom.end };
      if (continuesInto(source, open, regions[regionIndex + 1])) {
        carried = { pieces, open, region: startRegion, contentStart };
      } else {
        out.push({ pieces, open, close: null, region: startRegion });
      }
    }
  });
  return out;
}

/** The characters the scan in findQuotations acts on: " ' ` and the curly single and double marks (‘ ’ “ ” „). */
function isMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x201e;
}

function findOpen(stack: readonly OpenMark[], kind: MarkKind): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === kind) return i;
  return -1;
}

/** Flags (1) the tokens inside the content of any quotation, marks excluded. */
export function quotedTokenMask(tokens: readonly Token[], quotations: readonly Quotation[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const q of quotations) {
    for (const piece of q.pieces) {
      for (let t = tokenAt(tokens, piece.start); t < tokens.length && tokens[t]!.start < piece.end; t++) mask[t] = 1;
    }
  }
  return mask;
}
