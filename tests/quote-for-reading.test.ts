import { describe, expect, it } from 'vitest';
import { extractBriefing, mergeBriefings, renderBriefingHtml, renderStoryHtml } from '../src/index';
import { toMarkdown } from '../src/cli/markdown';
import { quoteForReading } from '../src/quote-words';

const text =
  'Chief Minister Pinarayi Vijayan spoke on Tuesday. "We are facing a situation worse than 2018," Vijayan said. "Every district has been told to act."';
const joined = '“We are facing a situation worse than 2018. Every district has been told to act.”';

/** One way to show a quote, at every site that shows one (markdown, the article panel, the story's statements). */
describe('quoteForReading', () => {
  it('puts curly marks around a direct quote’s words, and shows reported speech and partial quotes as their text', () => {
    const direct = { kind: 'direct' as const, text: '"Yes," she said. "No."', span: { start: 10, end: 32 }, quoted: [{ start: 11, end: 15 }, { start: 28, end: 31 }] };
    expect(quoteForReading(direct)).toBe('“Yes. No.”');
    // a partial quote is reported speech that holds its own quotation marks: no second pair
    expect(quoteForReading({ kind: 'partial', text: 'he called it "a disgrace"' })).toBe('he called it "a disgrace"');
    expect(quoteForReading({ kind: 'indirect', text: 'the state had asked for help' })).toBe('the state had asked for help');
    // a story quote's text is already its speaker's words
    expect(quoteForReading({ kind: 'direct', text: 'We will act.' })).toBe('“We will act.”');
  });

  it('shows an interrupted direct quote without its attribution in markdown, the article panel and both story lines', () => {
    const briefing = extractBriefing(text, { publishedAt: '2024-01-02' });
    const article = renderBriefingHtml(briefing, text);
    const story = renderStoryHtml(mergeBriefings([{ id: 'a', briefing, text }]), [{ id: 'a', briefing, input: text }]);
    expect(toMarkdown(briefing)).toContain(joined);
    expect(article).toContain(joined);
    // the statement line and the outlet's own line under it
    expect(story.split(joined).length - 1).toBeGreaterThanOrEqual(2);
    expect(story).not.toContain('“"We are facing');
  });
});
