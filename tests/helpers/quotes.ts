import { createDoc } from '../../src/document';
import { runUntil } from '../../src/pipeline';
import type { Quote } from '../../src/schema';
import { extractQuotes } from '../../src/stages/quotes';

/** A short story for a quote test: its headline, and the date it is published on. */
export interface Story {
  title: string;
  publishedAt: string;
}

const DEFAULT_STORY: Story = { title: 'Harbour levy vote', publishedAt: '2016-09-20' };

/**
 * Every quote the rules find in `body` under the story's headline (none
 * dropped under the model's thresholds: `keepAll`), with the source its
 * spans point into.
 */
export function storyQuotes(body: string, story: Partial<Story> = {}): { source: string; quotes: Quote[] } {
  const { title, publishedAt } = { ...DEFAULT_STORY, ...story };
  const source = `${title}\n\n${body}`;
  const doc = runUntil(createDoc(source, publishedAt), 'resolve');
  return { source, quotes: extractQuotes(doc, { keepAll: true }).quotes };
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
