import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/document';
import { runUntil } from '../../src/pipeline';
import type { Quote } from '../../src/schema';
import { extractQuotes } from '../../src/stages/quotes';

/**
 * A short story for a quote test: its headline, the date it is published on, and whether every quote the rules
 * find is kept (`keepAll`, the default) or only the default output's (false: the model's thresholds drop weak ones).
 */
export interface Story {
  title: string;
  publishedAt: string;
  keepAll: boolean;
}

const DEFAULT_STORY: Story = { title: 'Harbour levy vote', publishedAt: '2016-09-20', keepAll: true };

/**
 * Every quote the rules find in `body` under the story's headline (none
 * dropped under the model's thresholds unless `keepAll` is false), with the
 * source its spans point into.
 */
export function storyQuotes(body: string, story: Partial<Story> = {}): { source: string; quotes: Quote[] } {
  const { title, publishedAt, keepAll } = { ...DEFAULT_STORY, ...story };
  const source = `${title}\n\n${body}`;
  const doc = runUntil(createDoc(source, publishedAt), 'resolve');
  return { source, quotes: extractQuotes(doc, { keepAll }).quotes };
}

/** The words of a quote's speaker mention in `source`, or '' when it has none. */
function mentionText(source: string, q: Quote): string {
  return q.speaker.mention ? source.slice(q.speaker.mention.start, q.speaker.mention.end) : '';
}

/** Every indirect quote: [content as the span reads, speaker mention as it reads]. */
export function reportedMentions(body: string, story: Partial<Story> = {}): Array<[string, string]> {
  const { source, quotes } = storyQuotes(body, story);
  return quotes.filter((q) => q.kind === 'indirect').map((q) => [source.slice(q.span.start, q.span.end), mentionText(source, q)]);
}

/** Every quote: [content as the span reads, speaker mention as it reads]. */
export function quoteMentions(body: string, story: Partial<Story> = {}): Array<[string, string]> {
  const { source, quotes } = storyQuotes(body, story);
  return quotes.map((q) => [source.slice(q.span.start, q.span.end), mentionText(source, q)]);
}

/** Every quote as "kind [speaker name] content". */
export function quoteLines(body: string, story: Partial<Story> = {}): string[] {
  const { source, quotes } = storyQuotes(body, story);
  return quotes.map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

/** Every indirect quote: [content as the span reads, speaker name]. */
export function reportedQuotes(body: string, story: Partial<Story> = {}): Array<[string, string]> {
  const { source, quotes } = storyQuotes(body, story);
  return quotes.filter((q) => q.kind === 'indirect').map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

/** Every quote: [kind, content as the span reads, speaker name]. */
export function quoteRows(body: string, story: Partial<Story> = {}): Array<[string, string, string]> {
  const { source, quotes } = storyQuotes(body, story);
  return quotes.map((q) => [q.kind, source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

/** The direct and partial quotes, as "[speaker] quoted parts joined by |". */
export function directQuoteParts(body: string, story: Partial<Story> = {}): string[] {
  const { source, quotes } = storyQuotes(body, story);
  return quotes.filter((q) => q.kind !== 'indirect').map((q) => `[${q.speaker.name ?? '-'}] ${q.quoted.map((p) => source.slice(p.start, p.end)).join(' | ')}`);
}

/** Every .ts file under a folder (default: the quote stage's sources), for tests of how the code is written. */
export function quoteStageSources(dir: string = join(import.meta.dirname, '..', '..', 'src', 'stages', 'quotes')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? quoteStageSources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
