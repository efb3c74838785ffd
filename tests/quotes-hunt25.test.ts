import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// Quotes on made-up news pages of kinds nobody tuned for (hunt 25: a breach story under a wire dateline, a festival
// review naming a drummer by her nickname), written here in other words.
const quotes = (text: string) => extractBriefing(text).quotes;

describe('a partial quote before its cue starts after the story\'s dateline', () => {
  it.each([
    ['ROTTERDAM, Netherlands (Reuters) — A gang calling itself Grey Heron has leaked the data of 2 million customers of Norvia Telecom, the company confirmed on Wednesday, a week after it reported a "cyber incident".\n\nThe files include names and addresses, researchers said.\n', 'A gang calling itself Grey Heron'],
    ['OSLO (AP) — Talks on the new pipeline have "stalled badly" and may not resume this year, the ministry said on Friday.\n\nThe company declined to comment.\n', 'Talks on the new pipeline'],
  ])('%s', (text, opening) => {
    const partial = quotes(text).find((q) => q.kind === 'partial');
    expect(partial?.text.startsWith(opening)).toBe(true);
  });

  it('a direct quote opening the paragraph after a dateline is left as it was', () => {
    const text = 'OSLO (AP) — "We will not sign," the minister said on Friday.\n\nThe company declined to comment.\n';
    expect(quotes(text).find((q) => q.kind === 'direct')?.text).toContain('We will not sign');
  });
});

describe('a nickname in marks inside a person\'s name is no quote', () => {
  it('"Kit" in Kirsty "Kit" MacLean is the name\'s, and her report is hers', () => {
    const text = 'Festival review\n\nThe Glasgow group played like headliners. Drummer Kirsty "Kit" MacLean told me backstage that they nearly split up last year. "We just could not make the money work," she said.\n';
    const qs = quotes(text);
    expect(qs.some((q) => q.kind === 'partial' && q.text.includes('Kit'))).toBe(false);
    expect(qs.find((q) => q.text.startsWith('they nearly split up'))?.speaker.name).toBe('Kirsty "Kit" MacLean');
    expect(qs.find((q) => q.kind === 'direct')?.speaker.name).toBe('Kirsty "Kit" MacLean');
  });

  it('a word in marks after a name is still a partial quote', () => {
    const text = 'Festival review\n\nSinger Nell Ashcroft said the crowd was "unbelievable" on Saturday night.\n';
    expect(quotes(text).find((q) => q.kind === 'partial')?.text).toContain('"unbelievable"');
  });
});
