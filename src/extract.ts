import { assemble } from './assemble';
import type { Doc, ResolvedOptions } from './document';
import { NewsbriefError, NewsbriefInputError } from './errors';
import { type HtmlArticle, htmlNestingDepth, looksLikeHtml, readHtmlArticle } from './html';
import { MAX_BINARY_SHARE, MAX_HTML_DEPTH, MAX_INPUT_LENGTH } from './limits';
import { runPipeline } from './pipeline';
import { checkedOptions } from './options-check';
import type { Briefing, BriefingOptions } from './schema';

/**
 * Turns one English news article into a Briefing. Throws NewsbriefInputError
 * for misuse (not a string, empty, over the size limit, binary, bad options);
 * problems found in the content are `warnings` in the result.
 */
export function extractBriefing(text: string, options: BriefingOptions = {}): Briefing {
  const resolved = resolveOptions(options);
  checkInput(text);
  const html = resolved.format === 'html' || (resolved.format === 'auto' && looksLikeHtml(text));
  const article: HtmlArticle | null = html ? readHtml(text) : null;
  const source = article ? article.text : text;
  if (article && source.trim() === '') {
    throw new NewsbriefInputError('INPUT_EMPTY', 'no article text could be extracted from the HTML input');
  }
  const doc: Doc = {
    source,
    options: {
      publishedAt: resolved.publishedAt,
      minConfidence: resolved.minConfidence,
      format: html ? 'html' : 'text',
      extractedFromHtml: html,
      page: article
        ? { siteName: article.siteName, publishedAt: article.publishedAt, publishedAtSource: article.publishedAtSource, furniture: article.furniture }
        : null,
    },
  };
  return assemble(runPipeline(doc));
}

/** The article of an HTML input, or a typed error for markup the DOM parser cannot take. */
function readHtml(text: string): HtmlArticle {
  const depth = htmlNestingDepth(text);
  if (depth > MAX_HTML_DEPTH) {
    throw new NewsbriefInputError('INPUT_HTML_TOO_DEEP', `the HTML nests tags ${depth} deep; the limit is ${MAX_HTML_DEPTH} (pass format: 'text' to read it as text)`);
  }
  try {
    return readHtmlArticle(text);
  } catch (error) {
    throw new NewsbriefInputError('INPUT_HTML_UNREADABLE', `the HTML could not be parsed: ${String(error).slice(0, 200)}`);
  }
}

/** Like extractBriefing, but returns `{ success: false, error }` instead of throwing. */
export function safeExtractBriefing(
  text: string,
  options: BriefingOptions = {},
): { success: true; data: Briefing } | { success: false; error: NewsbriefError } {
  try {
    return { success: true, data: extractBriefing(text, options) };
  } catch (error) {
    if (error instanceof NewsbriefError) return { success: false, error };
    return { success: false, error: new NewsbriefError('STAGE_FAILED', String(error), { cause: error }) };
  }
}

function resolveOptions(options: unknown): Omit<ResolvedOptions, 'extractedFromHtml' | 'format'> & {
  format: 'text' | 'html' | 'auto';
} {
  const checked = checkedOptions(options ?? {});
  return {
    publishedAt: normalizeDate(checked.publishedAt),
    format: checked.format ?? 'auto',
    minConfidence: checked.minConfidence ?? 0,
  };
}

function normalizeDate(value: string | Date | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new NewsbriefInputError('OPTIONS_INVALID', `publishedAt is not a date: ${String(value)}`);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return date.toISOString().slice(0, 10);
}

function checkInput(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new NewsbriefInputError('INPUT_NOT_STRING', `expected a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (text.trim() === '') throw new NewsbriefInputError('INPUT_EMPTY', 'the input is empty');
  if (text.length > MAX_INPUT_LENGTH) {
    throw new NewsbriefInputError(
      'INPUT_TOO_LARGE',
      `the input has ${text.length} characters; the limit is ${MAX_INPUT_LENGTH} (split it into articles)`,
    );
  }
  if (junkCount(text) / text.length > MAX_BINARY_SHARE) {
    throw new NewsbriefInputError('INPUT_BINARY', 'the input looks like binary data, not text');
  }
}

/**
 * Control characters other than tab/newline/CR, and U+FFFD from a bad decode. A function of its own, with nothing
 * after its loop: the first long article makes V8 compile the loop on the stack (on-stack replacement) before the
 * code after it has ever run, and when that code was checkInput's share test, the cached loop code gave up there
 * ("insufficient type feedback") on each of the next articles until the whole function was compiled: up to 23
 * deoptimizations of the batch sample's first 200 articles on a loaded machine (scripts/jit-steady.ts --warm 0).
 */
function junkCount(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 127) junk++;
  }
  return junk;
}
