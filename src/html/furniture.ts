import { MAX_WORDS, boundedText, cueWords, isGalleryWord, reasonFromCues, wordsIn } from './cues';

/** Attribute that carries an element's furniture reason from the page through Readability to the blocks. */
export const FURNITURE_ATTR = 'data-nb-furniture';

const NEVER = /^(?:html|body|main|article|h1|script|style)$/i;

/**
 * Marks the page's furniture by what its markup says: an element whose class,
 * id, itemprop or rel names a byline, caption, credit, share bar, related
 * list, newsletter box or advert, and whose text is short enough to be one.
 * Runs on the whole page before Readability, which keeps data-* attributes,
 * so the marks reach the article's blocks. A container holding the headline
 * or long text is never marked, so a story wrapper with an unlucky class name
 * stays story.
 */
export function markFurniture(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (NEVER.test(el.tagName) || el.querySelector('h1')) continue;
    const words = cueWords(el);
    if (words.size === 0) continue;
    let reason = reasonFromCues(words);
    // a "count" or "counter" only inside a gallery or carousel is a slide counter
    if (reason === 'gallery-counter' && !insideGallery(el)) reason = null;
    // a caption or credit goes with a picture: one must be close by
    if (reason === 'photo-caption' && !nearPicture(el)) reason = null;
    // a kicker is a section label over the headline: a "category" box among the story's paragraphs is the story's
    // (an awards list's "Best Picture")
    if (reason === 'kicker' && storyTextBefore(document, el)) reason = null;
    if (!reason) continue;
    const text = boundedText(el, 1200);
    if (text === null || wordsIn(text) > (MAX_WORDS[reason] ?? 30)) continue;
    el.setAttribute(FURNITURE_ATTR, reason);
  }
  // Readability rebuilds a <div> of inline content as a bare <p>, dropping its attributes: the mark must
  // also sit on what is inside, where it survives
  for (const el of Array.from(document.querySelectorAll(`[${FURNITURE_ATTR}]`))) {
    const reason = el.getAttribute(FURNITURE_ATTR)!;
    for (const inner of Array.from(el.querySelectorAll('*'))) if (!inner.hasAttribute(FURNITURE_ATTR)) inner.setAttribute(FURNITURE_ATTR, reason);
    wrapLooseText(document, el, reason);
    // Readability scores class names and reads Instagram's "instagram-media" as a media widget, dropping the post
    // unseen: once marked, an embed's class has said what it had to (docs/briefing.md: embeds stay in body.text)
    if (reason === 'social-embed') el.removeAttribute('class');
  }
}

/**
 * A marked <div> whose own text sits beside its child elements ("Ricky Doyle · Chief Football Writer ·
 * <time>"): once Readability rebuilds it as a bare <p>, only the children carry the mark and the block
 * reads as story. Each loose piece of text goes into a marked <span> of its own. A kicker's <div> of text
 * alone ("<div class="amp-category">Health</div>") is rebuilt the same way; other text-only boxes keep
 * the older behaviour, since a "bio" box may be about the interviewee, not the author.
 */
function wrapLooseText(document: Document, el: Element, reason: string): void {
  if (el.children.length === 0 && !(reason === 'kicker' && el.tagName === 'DIV')) return;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 3 || (child.textContent ?? '').trim() === '') continue;
    const span = document.createElement('span');
    span.setAttribute(FURNITURE_ATTR, reason);
    el.replaceChild(span, child);
    span.appendChild(child);
  }
}

// a paragraph this long is the story's, not a byline, date or label over it
const STORY_PARAGRAPH_WORDS = 12;

/** Is there a paragraph of story text before the element (so it is not at the top of the article)? */
function storyTextBefore(document: Document, el: Element): boolean {
  for (const p of Array.from(document.querySelectorAll('p'))) {
    if (!(p.compareDocumentPosition(el) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) return false;
    const text = boundedText(p, 400);
    if (text === null || wordsIn(text) >= STORY_PARAGRAPH_WORDS) return true;
  }
  return false;
}

const PICTURE = 'img,picture,video,svg,figure,iframe,[data-src],[style*="background-image"]';

/**
 * A picture in the element or in a small box around it (parent or
 * grandparent, not much more text than a caption): the article's own
 * container holds pictures too, and says nothing about one paragraph.
 */
function nearPicture(el: Element): boolean {
  let node: Element | null = el;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    // sized first, with a bounded walk: a page-wide container is never searched for pictures
    const text = level > 0 ? boundedText(node, 1000) : '';
    if (text === null || wordsIn(text) > 120) return false;
    if (node.matches(PICTURE) || node.querySelector(PICTURE)) return true;
  }
  return false;
}

function insideGallery(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (const word of cueWords(node)) if (isGalleryWord(word)) return true;
  }
  return false;
}

/** The furniture reason a block of the article inherits from its own or an ancestor's mark, or null. */
export function markedReason(node: Element): string | null {
  const own = node.closest(`[${FURNITURE_ATTR}]`)?.getAttribute(FURNITURE_ATTR);
  if (own) return own;
  // Readability turns a <div> of inline content into a <p>: a caption <span> inside is then the block's text
  const text = (node.textContent ?? '').replace(/\s+/g, '');
  if (!text) return null;
  let covered = 0;
  let reason: string | null = null;
  for (const inner of Array.from(node.querySelectorAll(`[${FURNITURE_ATTR}]`))) {
    if (inner.parentElement?.closest(`[${FURNITURE_ATTR}]`) && node.contains(inner.parentElement.closest(`[${FURNITURE_ATTR}]`))) continue;
    covered += (inner.textContent ?? '').replace(/\s+/g, '').length;
    reason ??= inner.getAttribute(FURNITURE_ATTR);
  }
  return covered >= text.length * 0.9 ? reason : null;
}

/**
 * A block whose text is only a link, or a short label and a link ("Read more:
 * ...", "[Read: ...]", "Related Story: ..."): a pointer to another page, not
 * a sentence of this one. Story paragraphs that carry links have prose around them.
 */
export function isLinkOnly(node: Element): boolean {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || wordsIn(text) > 25) return false;
  const links = Array.from(node.querySelectorAll('a'));
  if (links.length === 0) return false;
  let rest = text;
  let linked = 0;
  for (const a of links) {
    const t = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    linked += wordsIn(t);
    rest = rest.replace(t, ' ');
  }
  // a list item needs a headline's length: "Jane Doe" linked in a list of candidates is story
  if (linked < (node.tagName === 'LI' ? 4 : 2)) return false;
  // a linked sentence with quotation marks is quoted speech, not a pointer
  if (linked === wordsIn(text) && /["“”]/.test(text) && /[.!?]["”’]?$/.test(text)) return false;
  // what is left may be a label and brackets: "Read more:", "[Read: ]", "Related Story:"
  const label = rest.replace(/[[\]():|•·–—-]/g, ' ').trim();
  return wordsIn(label) <= 3 && !/[.!?]["”’]?\s*$/.test(rest.trim().replace(/[\])]$/, ''));
}
