import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBriefing, renderBriefingHtml } from '../src/index';

const TEXT =
  'Carter warns China\n\n"I hope this development does not occur, because it will isolate China," Carter said at the forum.\n\n"The United States will remain the main power in the region for decades to come."\n\nThe forum ended on Sunday.';

describe('the HTML view: a quote running on over a paragraph break', () => {
  const briefing = extractBriefing(TEXT);
  const quote = briefing.quotes.find((q) => TEXT.slice(q.span.start, q.span.end).includes('main power'));
  const { document } = parseHTML(renderBriefingHtml(briefing, TEXT));

  it('is one quote whose span runs over both paragraphs', () => {
    expect(quote).toBeDefined();
    expect(TEXT.slice(quote!.span.start, quote!.span.end)).toMatch(/^I hope[\s\S]*\n\n"The United States[\s\S]*come\.$/);
  });

  it('is drawn as one piece per paragraph: the id on the first, the speaker badge after the last', () => {
    const pieces = Array.from(document.querySelectorAll(`#nb-article [data-quote="${quote!.id}"]`));
    expect(pieces.length).toBe(2);
    expect(pieces.map((p) => p.closest('p')).filter((p, i, all) => all.indexOf(p) === i).length).toBe(2);
    expect(pieces[0]!.getAttribute('id')).toBeTruthy();
    expect(pieces[1]!.getAttribute('id')).toBeFalsy();
    expect(pieces.every((p) => p.getAttribute('data-span') === `${quote!.span.start}-${quote!.span.end}`)).toBe(true);
    const badges = Array.from(document.querySelectorAll(`#nb-article [data-speaker-of="${quote!.id}"]`));
    expect(badges.length).toBe(1);
    expect(pieces[1]!.nextElementSibling).toBe(badges[0]);
  });
});
