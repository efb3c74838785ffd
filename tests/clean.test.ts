import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/stages/clean';
import { classifySegment } from '../src/stages/clean/classify';
import { findDateline } from '../src/stages/clean/dateline';
import { findStatedDate } from '../src/stages/clean/dates';
import { scoreCorpus } from '../scripts/eval-cleaning';

const HEAD = 'Storm hits coast as thousands flee';
const P1 = 'Thousands of people fled coastal towns on Monday as a powerful storm hit the region, officials said.';
const P2 = '"We have never seen anything like this," said local mayor Ana Ruiz, who ordered schools to close.';
const P3 = 'The weather service expects the storm to weaken by Wednesday as it moves inland.';

/** An article with `extra` placed at the head, in the middle or at the tail. */
function article(extra: string, where: 'head' | 'middle' | 'tail'): string {
  const parts = [HEAD, P1, P2, P3];
  if (where === 'head') parts.splice(1, 0, extra);
  if (where === 'middle') parts.splice(2, 0, extra);
  if (where === 'tail') parts.push(extra);
  return parts.join('\n\n');
}

function removedTexts(source: string): Array<[string, string]> {
  return cleanText(source).removed.map((r) => [source.slice(r.start, r.end), r.reason]);
}

describe('boilerplate forms are removed with their reason', () => {
  it.each([
    ['market-ticker', 'head', 'U.S. markets close in 2 hours\n  • S&P 500\n\n    -17.31 (-0.40%)\n  • Dow 30\n\n    -170.70 (-0.51%)\n  • Nasdaq\n\n    +27.99 (+0.21%)'],
    ['market-ticker', 'head', '▲ FTSE 100 7,512.24 +0.45%\n▼ DAX 15,890.11 -1.02%\n▲ CAC 40 7,412.09 +0.12%'],
    ['newsletter-prompt', 'tail', 'Sign up to receive our latest news!'],
    ['newsletter-prompt', 'tail', 'By submitting this form, I agree to the terms.'],
    ['newsletter-prompt', 'middle', 'Get our free morning newsletter delivered to your inbox every weekday.'],
    ['promo', 'middle', 'Do you have questions about the biggest topics and trends from around the world? Get the answers with SCMP Knowledge, our new platform of curated content with explainers, FAQs, analyses and infographics brought to you by our award-winning team.'],
    ['promo', 'middle', 'Download our app for breaking news alerts on your phone.'],
    ['photo-caption', 'middle', 'Leaders will gather in Bali for the G20 summit on November 15 and 16. Photo: AFP alt=Leaders will gather in Bali for the G20 summit on November 15 and 16. Photo: AFP>'],
    ['photo-caption', 'head', 'Rescue workers search the rubble. Image: Jane Smith.'],
    ['photo-caption', 'middle', 'Residents wade through floodwater. (Photo by Tom Lee/Getty Images)'],
    ['syndication-note', 'tail', '(This story has not been edited by the Devdiscourse team and is auto-generated from a syndicated feed.)'],
    ['copyright', 'tail', 'Copyright © 2022 South China Morning Post Publishers Ltd. All rights reserved.'],
    ['copyright', 'tail', '© 2023 Example Media Group. All rights reserved.'],
    ['comments-closed', 'tail', 'Comments are closed.'],
    ['navigation', 'head', 'Home > World > Asia'],
    ['navigation', 'head', 'Skip to main content'],
    ['related-links', 'middle', 'Read more: Floods displace thousands in the north'],
    ['related-links', 'middle', 'Related: How storms are getting stronger'],
    ['share', 'head', 'Share this article\nShare on Facebook\nShare on Twitter'],
    ['share', 'tail', 'Follow us on Twitter and Facebook for the latest updates.'],
    ['advertisement', 'middle', 'Advertisement'],
    ['advertisement', 'middle', 'Story continues below advertisement'],
    ['author-bio', 'tail', 'Jane Doe is a staff writer for The Coastal Times covering climate.'],
    ['credits', 'tail', 'Reporting by Jane Doe in Manila; Editing by John Smith'],
    ['credits', 'tail', 'Associated Press writer Tim Brown contributed to this report.'],
    ['publisher-blurb', 'tail', 'This article originally appeared in the South China Morning Post (SCMP), the most authoritative voice reporting on China and Asia for more than a century.'],
    ['disclaimer', 'tail', 'The views expressed in this article are the author\'s own.'],
    ['cookie-notice', 'head', 'We use cookies to improve your experience. By continuing, you agree to our cookie policy.'],
    ['paywall', 'tail', 'Subscribe now for unlimited access to our journalism.'],
    ['end-marker', 'tail', 'Enditem'],
    ['photo-caption', 'middle', 'Image source, Reuters\nImage caption,\nRescue teams search for survivors'],
    ['photo-caption', 'middle', 'A rescue boat in the flooded street.\nAFP via Getty Images'],
    ['photo-caption', 'middle', 'Rescuers carry a resident to safety.\nREUTERS/Eloisa Lopez'],
    ['reading-time', 'head', '4 min read'],
    ['tags', 'tail', 'Tags: Storms, Philippines, Weather'],
    ['credits', 'tail', '— AFP'],
    ['credits', 'tail', '--With assistance from Jane Doe and John Roe.'],
    ['credits', 'tail', 'To contact the reporter on this story:\nJane Doe in Manila at jdoe@example.com'],
    ['contact-prompt', 'tail', 'Have a news tip? Email us at tips@example.com.'],
    ['navigation', 'tail', 'Report an error'],
    ['media-player', 'middle', 'Video size\nwidth\nheight'],
  ] as const)('%s at the %s: %j', (reason, where, extra) => {
    const source = article(extra, where);
    const removed = removedTexts(source);
    expect(removed).toContainEqual([extra, reason]);
    const layer = cleanText(source);
    const kept = layer.paragraphs.map((p) => source.slice(p.start, p.end));
    expect(kept).toEqual([P1, P2, P3]);
  });
});

describe('story sentences that look like boilerplate are kept', () => {
  it.each([
    'The court ruled that the copyright to the photograph belonged to the agency, not the animal.',
    'More than 50,000 readers have signed up for the paper\'s newsletter since March, its editor said.',
    '"Sign up for a shot today. It could save your life," Health Commissioner Janet Ruiz told reporters.',
    '"Comments are closed for now, but every response will be read," said deputy minister Karin Holm.',
    'Related issues, including the budget, will be discussed at the next meeting in June.',
    'The photo of the president waving from the train window was shared widely on social media.',
    'The S&P 500 fell 1.2% to 4,100.33, while the Dow Jones Industrial Average lost 340 points.',
    'Daniel Russel is an analyst at the Asia Society Policy Institute and a former diplomat.',
    'Users can download the app for free, the company said, and it has already been installed a million times.',
    'Do you think the government acted too slowly? Many residents do, according to a poll.',
  ])('%s', (sentence) => {
    for (const where of ['middle', 'tail'] as const) {
      if (where === 'tail' && /is an analyst/.test(sentence)) continue; // a lone bio-shaped last line is removed by design
      const source = article(sentence, where);
      expect(removedTexts(source)).toEqual([]);
    }
  });

  it.each([
    ['Results:\nRiverton 2 Eastport 1\nMillbrook 0 Harlow 0\nSouthgate 3 Kingsbury 2'],
    ['The main changes are:\n• Makers must collect 73% of batteries by 2030.\n• Phones must have replaceable batteries.'],
  ])('lists in the story are kept: %j', (list) => {
    expect(removedTexts(article(list, 'middle'))).toEqual([]);
  });
});

describe('segment classification', () => {
  it.each([
    ['Sign up for our newsletter', 'newsletter-prompt'],
    ['Enter your email address', 'newsletter-prompt'],
    ['(Writing by Elaine Lies; Editing by David Dolan and Clarence Fernandez)', 'credits'],
    ['Reporting by Tom Hals in Wilmington, Delaware; Editing by Leslie Adler', 'credits'],
    ['By Hannah Nguyen', 'byline'],
    ['Published: March 3, 2023', 'timestamp'],
    ['Click here to read more about earthquakes in Indonesia.', 'related-links'],
  ])('%j -> %s', (text, reason) => {
    expect(classifySegment(text)?.reason).toBe(reason);
  });

  it.each([
    'By Tuesday the water had receded in most districts.',
    'Published reports said the minister would resign.',
    'He said the company would sign up more customers in Asia.',
    'Follow-up talks are planned for next month.',
  ])('%j is prose', (text) => {
    expect(classifySegment(text)).toBeNull();
  });
});

describe('headline', () => {
  it.each([
    ['Security rivalry adds to strategic distrust\n\nAs Japan moves closer to the West, tensions rise with China.', 'Security rivalry adds to strategic distrust'],
    ['Skip to main content\nHome > World\n\nChile approves lithium plan\n\nSANTIAGO (Reuters) - Chile unveiled a plan on Thursday.', 'Chile approves lithium plan'],
    ['Is the boom over?\n\nHouse prices fell for a third month in March, data showed on Tuesday.', 'Is the boom over?'],
    ['NAIROBI, Kenya (AP) _\n\nKenya will ration water in three counties, the ministry said.', null],
    ['The ministry said on Tuesday it would ration water in three northern counties from next week.', null],
    ['Wednesday, April 13, 2011\n\nNASA celebrated the anniversary of its first shuttle launch on Tuesday.', null],
  ])('%j', (source, expected) => {
    const layer = cleanText(source);
    expect(layer.headline ? source.slice(layer.headline.start, layer.headline.end) : null).toBe(expected);
  });
});

describe('dateline', () => {
  it.each([
    ['TOKYO (Reuters) - Japan said on Monday it would act.', 'TOKYO (Reuters) -', 'Reuters'],
    ['NAIROBI, Kenya (AP) _ Kenya will ration water.', 'NAIROBI, Kenya (AP) _', 'Associated Press'],
    ['WARSAW, February 26 (Xinhua) -- The presidents signed papers.', 'WARSAW, February 26 (Xinhua) --', 'Xinhua'],
    ['AL-AIN, United Arab Emirates 1996-12-06 Saudi Arabia beat Japan.', 'AL-AIN, United Arab Emirates 1996-12-06', null],
    ['INDEPENDENCE, Mo. _ NATO embraced three former rivals.', 'INDEPENDENCE, Mo. _', null],
    ['WASHINGTON — The Senate voted on Friday.', 'WASHINGTON —', null],
    ['WASHINGTON ― The Senate voted on Friday.', 'WASHINGTON ―', null],
    ['HEMPSTEAD, N.Y. ― The debate began at nine.', 'HEMPSTEAD, N.Y. ―', null],
    ['WASHINGTON—The Senate voted on Friday.', 'WASHINGTON—', null],
    ['BOSTON —Standing in front of a crowd, she spoke.', 'BOSTON —', null],
    ['COVID-19 cases rose again.', null, null],
    ['NATO officials said on Monday the alliance would respond.', null, null],
    ['WARNING: this product is recalled.', null, null],
  ])('%j', (text, expected, agency) => {
    const found = findDateline(text, { start: 0, end: text.length });
    expect(found ? text.slice(found.span.start, found.span.end) : null).toBe(expected);
    if (expected) expect(found?.agency ?? null).toBe(agency);
  });

  it('a dateline opens the paragraph after a one-line title that ends with a full stop', () => {
    const source = 'Senators Rip The New Tariff As A Fraud.\n\nWASHINGTON ― The new tariff is an insult, senators said Friday.\n\nThe vote is next week.';
    const layer = cleanText(source);
    expect(layer.dateline ? source.slice(layer.dateline.start, layer.dateline.end) : null).toBe('WASHINGTON ―');
  });

  it('no dateline is looked for past the first story paragraph when that is a sentence', () => {
    const source = 'The Senate voted on Friday to pass the bill, after a long debate in the chamber that went on into the night and past midnight, with a vote of sixty-one to thirty-nine in favour.\n\nWASHINGTON ― More votes are due.';
    expect(cleanText(source).dateline).toBeNull();
  });

  it('a dateline date becomes the stated date', () => {
    const source = 'AL-AIN, United Arab Emirates 1996-12-06 Saudi Arabia beat Japan 2-1 in the Asian Cup on Friday.';
    expect(cleanText(source).statedDate?.value).toBe('1996-12-06');
  });
});

describe('stated dates', () => {
  it.each([
    ['Wednesday, April 13, 2011', '2011-04-13'],
    ['Published: 8:00am, 12 Nov, 2022', '2022-11-12'],
    ['Updated 2022-01-20 14:05 IST', '2022-01-20'],
    ['March 5', null],
  ])('%j -> %s', (text, value) => {
    expect(findStatedDate(text)?.value ?? null).toBe(value);
  });

  it('a GUM-style date line after the headline is the stated date and stays in the text', () => {
    const source = 'NASA celebrates anniversary\n\nWednesday, April 13, 2011\n\nNASA celebrated the 30th anniversary of its first shuttle launch on Tuesday.';
    const layer = cleanText(source);
    expect(layer.statedDate?.value).toBe('2011-04-13');
    expect(layer.removed).toEqual([]);
    expect(layer.paragraphs.map((p) => source.slice(p.start, p.end))[0]).toBe('Wednesday, April 13, 2011');
  });
});

describe('credits and publisher', () => {
  it.each([
    ['(Writing by Elaine Lies; Editing by David Dolan and Clarence Fernandez)', [['writer', 'Elaine Lies'], ['editor', 'David Dolan'], ['editor', 'Clarence Fernandez']]],
    ['(Reporting by George Obulutsa; Additional reporting by Ayenat Mersie; Editing by Alison Williams)', [['reporter', 'George Obulutsa'], ['reporter', 'Ayenat Mersie'], ['editor', 'Alison Williams']]],
    ['Associated Press writers Maria Torres and Tim Brown contributed to this report.', [['contributor', 'Maria Torres'], ['contributor', 'Tim Brown']]],
  ])('%j', (line, expected) => {
    const source = article(line, 'tail');
    const layer = cleanText(source);
    expect(layer.credits.map((c) => [c.role, c.name])).toEqual(expected);
    for (const c of layer.credits) expect(source.slice(c.span.start, c.span.end)).toBe(c.name);
  });

  it.each([
    ['This article originally appeared in the South China Morning Post (SCMP), the most authoritative voice reporting on China.', 'South China Morning Post'],
    ['Copyright (c) 2022. South China Morning Post Publishers Ltd. All rights reserved.', 'South China Morning Post'],
    ['This article is republished from The Conversation under a Creative Commons license.', 'The Conversation'],
    ['(This story has not been edited by the Devdiscourse team and is auto-generated from a syndicated feed.)', 'Devdiscourse'],
  ])('%j -> %s', (line, publisher) => {
    expect(cleanText(article(line, 'tail')).publisher).toBe(publisher);
  });

  it.each([
    ['Image source, Reuters\nImage caption,\nRescue teams search for survivors', 'Reuters'],
    ['A rescue boat in the flooded street.\nAFP via Getty Images', 'AFP'],
    ['Rescuers carry a resident to safety.\nREUTERS/Eloisa Lopez', 'Eloisa Lopez'],
    ['Rescuers carry a resident to safety. Photo: Xinhua', 'Xinhua'],
  ])('photo credit of %j is %s', (caption, name) => {
    const source = article(caption, 'middle');
    const credit = cleanText(source).credits.find((c) => c.role === 'photo');
    expect(credit?.name).toBe(name);
    expect(source.slice(credit!.span.start, credit!.span.end)).toBe(name);
  });

  it('an agency sign-off names the publisher', () => {
    expect(cleanText(article('— AFP', 'tail')).publisher).toBe('Agence France-Presse');
  });

  it('a wire dateline names the publisher', () => {
    expect(cleanText(`${HEAD}\n\nTOKYO (Reuters) - ${P1}\n\n${P2}`).publisher).toBe('Reuters');
  });

  it('a byline under the headline is an author credit', () => {
    const source = `${HEAD}\nBy Jane Doe and John Roe\n\n${P1}\n\n${P2}`;
    const layer = cleanText(source);
    expect(layer.credits.map((c) => [c.role, c.name])).toEqual([['author', 'Jane Doe'], ['author', 'John Roe']]);
    expect(source.slice(layer.headline!.start, layer.headline!.end)).toBe(HEAD);
  });
});

const seeds = join(import.meta.dirname, '../fixtures');
const read = (name: string) => readFileSync(join(seeds, name), 'utf8');

describe('seeds', () => {
  it('000: the newsletter prompt (last two lines) is removed, nothing else', () => {
    const source = read('000_7e900412ea3fc38b.txt');
    const removed = removedTexts(source);
    expect(removed).toEqual([['Sign up to receive our latest news!\n\nBy submitting this form, I agree to the terms.', 'newsletter-prompt']]);
    const layer = cleanText(source);
    const kept = layer.paragraphs.map((p) => source.slice(p.start, p.end));
    expect(kept).toContain('Japan strengthens relations with the U.S. and South Korea');
  });

  it('001: ticker, promo, caption, blurb and copyright are removed; headline and publisher found', () => {
    const source = read('001_8f0d947e317f6e2e.txt');
    const layer = cleanText(source);
    const removed = layer.removed.map((r) => ({ reason: r.reason, text: source.slice(r.start, r.end) }));
    expect(removed.map((r) => r.reason)).toEqual(['market-ticker', 'promo', 'photo-caption', 'publisher-blurb', 'copyright']);
    expect(removed[0]!.text.startsWith('U.S. markets close in 2 hours')).toBe(true);
    expect(removed[0]!.text.endsWith('-97.74 (-0.31%)')).toBe(true);
    expect(removed[4]!.text.endsWith('Copyright (c) 2022. South China Morning Post Publishers Ltd. All rights reserved.')).toBe(true);
    expect(source.slice(layer.headline!.start, layer.headline!.end)).toBe(
      "Security rivalry adds to 'strategic distrust' between China and Japan ahead of potential leaders meeting",
    );
    expect(layer.publisher).toBe('South China Morning Post');
    expect(layer.credits.map((c) => [c.role, c.name])).toEqual([['photo', 'AFP']]);
  });

  it('003: credits, syndication note and "Comments are closed." are removed', () => {
    const source = read('003_0652192402b9b5df.txt');
    const layer = cleanText(source);
    expect(removedTexts(source)).toEqual([
      ['(Writing by Elaine Lies; Editing by David Dolan and Clarence Fernandez)', 'credits'],
      ['(This story has not been edited by the Devdiscourse team and is auto-generated from a syndicated feed.)', 'syndication-note'],
      ['Comments are closed.', 'comments-closed'],
    ]);
    expect(layer.credits.map((c) => [c.role, c.name])).toEqual([['writer', 'Elaine Lies'], ['editor', 'David Dolan'], ['editor', 'Clarence Fernandez']]);
    expect(layer.publisher).toBe('Devdiscourse');
    const last = layer.paragraphs[layer.paragraphs.length - 1]!;
    expect(source.slice(layer.paragraphs[0]!.start, last.end).endsWith('and domestic issues.”')).toBe(true);
  });

  it.each(['000_7e900412ea3fc38b.txt', '001_8f0d947e317f6e2e.txt', '003_0652192402b9b5df.txt'])('%s: spans are valid and disjoint', (name) => {
    const source = read(name);
    const layer = cleanText(source);
    const all = [...(layer.headline ? [layer.headline] : []), ...layer.paragraphs, ...layer.removed].sort((a, b) => a.start - b.start);
    for (let i = 0; i < all.length; i++) {
      expect(all[i]!.start).toBeGreaterThanOrEqual(0);
      expect(all[i]!.end).toBeLessThanOrEqual(source.length);
      if (i > 0) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    }
  });
});

describe('cleaning corpus (fixtures/cleaning)', () => {
  const scores = scoreCorpus();
  it('has at least 30 articles', () => expect(scores.files).toBeGreaterThanOrEqual(30));
  it('removed-span precision >= 0.95 and recall >= 0.90', () => {
    expect(scores.spanPrecision).toBeGreaterThanOrEqual(0.95);
    expect(scores.spanRecall).toBeGreaterThanOrEqual(0.9);
  });
  it('removes no story text', () => expect(scores.storyDamage).toEqual([]));
  it('finds headlines and publishers', () => {
    expect(scores.headlineAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(scores.publisherAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
