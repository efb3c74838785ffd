import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** True when the input is clearly an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|article|body|head|span|a|h[1-6]|br|section|meta|script)\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 5;
}

/**
 * The article in an HTML page as plain text: title on the first line, then
 * one paragraph per block, separated by blank lines. Readability (Firefox's
 * reader view) picks the article; linkedom gives it a DOM in Node and browser.
 */
export function htmlToArticleText(html: string): string {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const title = (document.querySelector('h1')?.textContent ?? document.title ?? '').trim();
  // Readability mutates the document it reads, and wants a full Document
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const blocks: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const node of content.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,figcaption,pre')) {
      if (node.querySelector('p,li')) continue; // a container: its children are read on their own
      const text = normalizeSpace(node.textContent ?? '');
      if (text) blocks.push(text);
    }
    if (blocks.length === 0 && article.textContent) blocks.push(normalizeSpace(article.textContent));
  }
  const heading = normalizeSpace(article?.title || title);
  if (heading && blocks[0] !== heading) blocks.unshift(heading);
  return blocks.join('\n\n');
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
