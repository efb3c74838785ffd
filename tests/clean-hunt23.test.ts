import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// page furniture of kinds found on made-up pages nobody tuned for (hunt 23: a live blog, an opinion column, an
// interview, a re-published press release, a court ruling, an entertainment story, a commodities report, a science
// story), written here in other words

const removedTexts = (text: string): string[] => extractBriefing(text).body.removed.map((r) => text.slice(r.start, r.end));

describe('a live blog post time takes nothing of the post under it', () => {
  it.each([
    ['"The U.S."', 'Storm live\n\nUpdates through the day.\n\n12:05 GMT\nThe U.S. Coast Guard says it has rescued 12 sailors off Cape Hatteras. Crews said the sea was rough.\n\n11:40 GMT\nWinds reached 90 mph, the weather service said.\n\nWe will bring you more later.\n', 'The U.S. Coast Guard'],
    ['"U.N."', 'Storm live\n\nUpdates through the day.\n\n10:05\nU.N. Secretary-General Ana Ruiz says aid convoys have reached the coast. More are on the way.\n\n09:50\nWinds reached 90 mph, the weather service said.\n\nWe will bring you more later.\n', 'U.N. Secretary-General'],
  ])('a post opening on %s', (_kind, text, kept) => {
    const removed = removedTexts(text);
    expect(removed.some((r) => /GMT|10:05/.test(r))).toBe(true);
    for (const r of removed) expect(r).not.toContain(kept.slice(0, 6));
    expect(extractBriefing(text).body.paragraphs.some((p) => text.slice(p.start, p.end).startsWith(kept))).toBe(true);
  });

  it('a publisher named after a copyright notice on the same line is still part of it', () => {
    const text = 'Storm hits coast\n\nWinds reached 90 mph on Friday, forecasters said.\n\n© 2026 Example Media. All Rights Reserved. Example Media Group\n';
    const removed = removedTexts(text).join(' | ');
    expect(removed).toContain('Example Media Group');
  });

  // review rev23-b F4: a line of short pieces under furniture is furniture, piece after piece
  it.each([
    ['a follow row', 'Storm hits coast\n\nWinds reached 90 mph, forecasters said. Power was cut to 40,000 homes.\n\nFollow us\nTwitter. Facebook. Instagram.\n', 'Instagram.'],
    ['a share row', 'Storm hits coast\n\nWinds reached 90 mph, forecasters said. Power was cut to 40,000 homes.\n\nShare this article\nFacebook. Twitter. Email.\n', 'Twitter.'],
    ['a photo credit', 'Storm hits coast\n\nPhoto: Reuters\nREUTERS. File photo.\nWinds reached 90 mph, forecasters said. Power was cut.\n', 'REUTERS.'],
    ['a copyright follow-on line', 'Storm hits coast\n\nWinds reached 90 mph, forecasters said. Power was cut to 40,000 homes.\n\n© 2026 Example Media. All rights reserved.\nExample Media Group. Terms of Use.\n', 'Example Media Group.'],
  ])('%s stays removed whole', (_kind, text, piece) => {
    expect(removedTexts(text).join(' | ')).toContain(piece);
    expect(extractBriefing(text).entities.map((e) => e.name)).not.toContain(piece.replace(/\.$/, ''));
  });

  it('a short post line still keeps its opening name', () => {
    const text = 'Storm live\n\nUpdates through the day.\n\n12:05 GMT\nThe U.S. Navy says ships left.\n\n11:40 GMT\nWinds reached 90 mph, the weather service said.\n\nWe will bring you more later.\n';
    expect(removedTexts(text).join(' | ')).not.toContain('U.S.');
  });
});
