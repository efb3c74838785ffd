import furniture from '../data/clean/furniture.json';

/** The words an element's own names say about it: class, id, itemprop, rel and a few data-* names. */
export function cueWords(el: Element): Set<string> {
  const names = ['class', 'id', 'itemprop', 'rel', 'data-component', 'data-testid', 'data-qa', 'data-test-locator', 'name']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
  const words = new Set<string>();
  // "ArticleBio_root" -> article bio root; "jp-relatedposts" -> jp relatedposts
  for (const word of names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) if (word) words.add(word);
  return words;
}

const CLASS_WORDS = Object.entries(furniture.classWords).map(([reason, list]) => ({ reason, words: new Set(list) }));
const CLASS_PAIRS = Object.entries(furniture.classPairs).map(([reason, pairs]) => ({ reason, pairs }));
const GALLERY = new Set(furniture.galleryWords);

/** The furniture an element's names announce ("byline", "photo-caption" ...), checked in the data file's order. */
export function reasonFromCues(words: ReadonlySet<string>): string | null {
  for (const { reason, pairs } of CLASS_PAIRS) if (pairs.some(([a, b]) => words.has(a!) && words.has(b!))) return reason;
  for (const { reason, words: cues } of CLASS_WORDS) {
    for (const word of words) if (cues.has(word)) return reason;
  }
  return null;
}

export function isGalleryWord(word: string): boolean {
  return GALLERY.has(word);
}

export const MAX_WORDS: Readonly<Record<string, number>> = furniture.maxWords;
export const GENERIC_AUTHORS: ReadonlySet<string> = new Set(furniture.genericAuthors);
export const DATE_WORDS: ReadonlySet<string> = new Set(furniture.dateClassWords);

export function wordsIn(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** The element's text pieces (its text nodes, trimmed), so "By Helen Marsh" and "BBC News" stay apart. */
export function textPieces(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) out.push(t);
      } else if (child.nodeType === 1 && !/^(?:script|style|noscript)$/i.test((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return out;
}

const BLOCK_TAGS = /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)$/i;
// two inline elements glued in the markup that CSS shows apart: "Health Reporter" + "08:47", "Holt" + "Health"
const GLUED_LEFT = /[\p{L}\p{N}.)]$/u;
const GLUED_RIGHT = /^[\p{Lu}\p{N}]/u;

/**
 * The element's text as a reader sees it: `textContent` glues "<span>Health Reporter</span><span>08:47</span>" into
 * "Health Reporter08:47", so a space goes between block-level elements, and between two inline elements that meet
 * with no text between when the second opens a new word (a capital or a digit after a letter or digit); a word split
 * over inline markup ("<b>Hel</b>lo", "<em>un</em><em>believable</em>") stays whole.
 */
export function shownText(el: Element): string {
  let text = '';
  let gap: 'block' | 'inline' | null = null;
  let afterElement = false;
  const add = (piece: string): void => {
    if (!piece) return;
    const glued = gap === 'block' || (gap === 'inline' && GLUED_LEFT.test(text) && GLUED_RIGHT.test(piece));
    if (glued && text && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    text += piece;
    gap = null;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        afterElement = false;
        add(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName;
      if (/^(?:script|style|noscript)$/i.test(tag)) continue;
      const block = BLOCK_TAGS.test(tag);
      if (block) gap = 'block';
      else if (afterElement && gap === null) gap = 'inline';
      walk(child);
      afterElement = true;
      if (block) gap = 'block';
    }
  };
  walk(el);
  return text;
}

/**
 * The element's text when it has at most `maxChars` characters, else null;
 * stops early (after `maxChars` characters or 2,000 nodes), so checking the
 * size of a huge container costs no more than checking a small one.
 */
export function boundedText(el: Element, maxChars: number): string | null {
  let text = '';
  let nodes = 0;
  // sibling links, not childNodes: a list of a huge element's children costs as much as the element
  let node: Node | null = el.firstChild;
  while (node) {
    if (++nodes > 2000) return null;
    if (node.nodeType === 3) {
      text += node.textContent ?? '';
      if (text.length > maxChars) return null;
    }
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === el) return text;
    }
    node = node ? node.nextSibling : null;
  }
  return text;
}
