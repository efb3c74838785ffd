import { describe, expect, it } from 'vitest';
import { extractBriefing, mergeBriefings, renderBriefingHtml, renderStoryHtml } from '../src/index';
import { toMarkdown } from '../src/cli/markdown';

const negatedText = 'Council notes\n\nJones did not say whether he would run for mayor. Jones never said he would raise taxes.';
const saidText = 'Council notes\n\nJones said he would run for mayor. Jones said he would raise taxes.';
const briefingOf = (text: string) => extractBriefing(text, { publishedAt: '2026-03-02' });

/** A negated cue's content was not said (cue-negation.ts): every view says so, so it never reads as a plain claim. */
describe('a negated quote is shown as not said', () => {
  it('markdown notes the negation with the cue; a said report nearby gets no note', () => {
    const negated = toMarkdown(briefingOf(negatedText));
    expect(negated).toContain('- he would raise taxes _(reported; did not say: negated “said”)_');
    expect(negated).toContain('- whether he would run for mayor _(reported; did not say: negated “say”)_');
    const said = toMarkdown(briefingOf(saidText));
    expect(said).toContain('- he would raise taxes _(reported)_');
    expect(said).not.toContain('did not say');
  });

  it('the article panel labels it; a said report gets no label', () => {
    const negated = renderBriefingHtml(briefingOf(negatedText), negatedText);
    expect(negated).toMatch(/said-negated-label" title="negated cue: said"><span aria-hidden="true">✗<\/span> did not say/);
    expect(renderBriefingHtml(briefingOf(saidText), saidText)).not.toContain('class="said-negated-label"');
  });

  it('a story never merges a negated report with a said one, and keeps the mark', () => {
    // without the check the two merge into one statement shown as said (review rev23-a finding 4)
    const a = 'Council notes\n\nMayor Tom Jones never said he would raise property taxes next year.';
    const b = 'Budget talks\n\nMayor Tom Jones said he would raise property taxes next year.';
    const articles = [
      { id: 'a', briefing: briefingOf(a), text: a },
      { id: 'b', briefing: briefingOf(b), text: b },
    ];
    const story = mergeBriefings(articles);
    const taxes = story.quotes.filter((q) => q.text.includes('property taxes'));
    expect(taxes.map((q) => [q.sources.map((s) => s.article), q.negated ?? false])).toEqual(
      expect.arrayContaining([[['a'], true], [['b'], false]]),
    );
    expect(taxes).toHaveLength(2);
    const html = renderStoryHtml(story, articles.map(({ id, briefing, text }) => ({ id, briefing, input: text })));
    expect(html.split('class="said-negated-label"').length - 1).toBe(1);
  });

  it('two said reports of the same statement still merge', () => {
    const a = 'Council notes\n\nMayor Tom Jones said he would raise property taxes next year.';
    const b = 'Budget talks\n\nMayor Tom Jones said he would raise property taxes next year.';
    const story = mergeBriefings([
      { id: 'a', briefing: briefingOf(a), text: a },
      { id: 'b', briefing: briefingOf(b), text: b },
    ]);
    const taxes = story.quotes.filter((q) => q.text.includes('property taxes'));
    expect(taxes).toHaveLength(1);
    expect(taxes[0]!.negated).toBeUndefined();
  });
});
