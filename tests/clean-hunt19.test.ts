import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// page furniture of kinds found on made-up pages nobody tuned for (hunt 19: a merger probe on a wire page, a council
// budget on a local paper's page, a transfer story, a science story), written here in other words

const story =
  'Toyota Motor Corp will invest $4 billion in a battery plant near Greensboro, North Carolina, the Japanese carmaker said on Wednesday.\n\n' +
  'The plant will make cells from 2027, chief executive Ted Ogawa said.\n';

const briefingWith = (header: string) => extractBriefing(`Toyota to build battery plant\n\n${header}\n\n${story}`);
const reasons = (header: string): string[] => briefingWith(header).body.removed.map((r) => r.reason);
const names = (header: string): string[] => briefingWith(header).entities.map((e) => e.name);

describe('a byline giving each reporter the city they filed from', () => {
  it.each([
    ['two reporters, two cities', 'By Hiroshi Tanaka in Tokyo and Ann Lee in Seoul', ['Hiroshi Tanaka', 'Ann Lee']],
    ['three reporters', 'By Hiroshi Tanaka in Tokyo, Ann Lee in Seoul and Bob Stone in Beijing', ['Hiroshi Tanaka', 'Ann Lee', 'Bob Stone']],
  ])('%s', (_kind, header, reporters) => {
    expect(reasons(header)).toEqual(['byline']);
    for (const name of reporters) expect(names(header)).not.toContain(name);
  });

  // review rev19-a finding 5: the credits read the same names the removed line holds (credits.ts FILED_FROM)
  it.each([
    ['a place after each name', 'By Hiroshi Tanaka in Tokyo and Ann Lee in Seoul', ['Hiroshi Tanaka', 'Ann Lee']],
    ['a place after the last name only', 'By Hiroshi Tanaka and Ann Lee in Tokyo', ['Hiroshi Tanaka', 'Ann Lee']],
    ['a place with "at the"', 'By Hiroshi Tanaka at the Tokyo Motor Show', ['Hiroshi Tanaka']],
    ['two places after one name: the second is no reporter', 'By Hiroshi Tanaka in Tokyo and Osaka', ['Hiroshi Tanaka']],
  ])('its credits hold every reporter and no place: %s', (_kind, header, reporters) => {
    const b = briefingWith(header);
    expect(b.body.removed.map((r) => r.reason)).toEqual(['byline']);
    expect(b.source.credits.map((c) => `${c.role}: ${c.name}`)).toEqual(reporters.map((name) => `author: ${name}`));
  });

  // review rev19-a finding 6: the same shape between two paragraphs of the story is a subhead, no byline
  it('a subhead of that shape inside the story stays, and gives no credits', () => {
    const text = 'Europe by rail\n\nThe night train is back, and it is busy again this winter.\n\nBy Sleeper Train in Vienna and Fast Ferry in Split\n\nThe trip took two days and cost less than 300 euros, the travel firm Interrail said.\n';
    const b = extractBriefing(text);
    expect(b.body.removed).toEqual([]);
    expect(b.source.credits).toEqual([]);
    expect(b.entities.map((e) => e.name)).toContain('Vienna');
  });

  it('the one-place form inside the story is still a byline, as before', () => {
    const text = 'Europe by rail\n\nThe night train is back, and it is busy again this winter.\n\nBy Jane Roe and John Doe in Vienna\n\nThe trip took two days and cost less than 300 euros, the travel firm Interrail said.\n';
    expect(extractBriefing(text).body.removed.map((r) => r.reason)).toEqual(['byline']);
  });

  it('a sentence naming people in cities stays', () => {
    expect(reasons('Talks by Hiroshi Tanaka in Tokyo and Ann Lee in Seoul ended without a deal on Tuesday.')).toEqual([]);
  });
});

describe("a byline with the reporter's e-mail address after a separator", () => {
  it('is taken out of the story', () => {
    expect(reasons('By Hiroshi Tanaka | htanaka@example-ledger.com')).toEqual(['byline']);
    expect(names('By Hiroshi Tanaka | htanaka@example-ledger.com')).not.toContain('Hiroshi Tanaka');
  });

  it('a contact sentence in the story stays', () => {
    expect(reasons('Hiroshi Tanaka said readers can write to htanaka@example-ledger.com with questions.')).toEqual([]);
  });
});

describe("a wire agency's 'FILE PHOTO:' caption", () => {
  it('is a photo caption, its agency and photographer no names of the story', () => {
    const header = 'FILE PHOTO: A Toyota assembly line in Toyota City, Japan, March 4, 2025. REUTERS/Kim Kyung-Hoon/File Photo';
    expect(reasons(header)).toEqual(['photo-caption']);
    expect(names(header)).not.toContain('Kim Kyung-Hoon');
  });
});

describe('a section label between the headline and the byline', () => {
  it.each([
    ['two words', 'Local News'],
    ['one word', 'Science'],
    ['a rubric with a bar', 'Markets | Mergers & Acquisitions'],
  ])('%s is taken out', (_kind, label) => {
    const b = briefingWith(`${label}\n\nBy Hiroshi Tanaka, Chief Correspondent`);
    expect(b.body.removed.map((r) => r.reason)).toEqual(['kicker', 'byline']);
    // each item of a rubric, not the whole line ('|' is in no name)
    for (const item of label.split(' | ')) expect(b.entities.map((e) => e.name)).not.toContain(item);
  });

  // review rev19-a finding 3: the shape of a label also fits the story's own lines; only a section's words are one
  it.each([
    ["an interviewee's name before an advertisement", 'The last interview\n\nJane Goodall\n\nAdvertisement\n\nThe primatologist spoke to us in London on Monday about her work in Tanzania.\n', 'Jane Goodall'],
    ['a place before a byline with an e-mail address', 'Council approves budget\n\nSpringfield\n\nBy Ann Lee | alee@example.com\n\nThe council voted 5-2 on Tuesday to approve the budget.\n', 'Springfield'],
    ['a dateline before a timestamp', 'Fire guts historic theatre\n\nBy Jane Roe\n\nLONDON\n\nUpdated 10:42 a.m. GMT, December 5, 2026\n\nA fire gutted the Regent Theatre on Friday, the fire brigade said.\n', 'LONDON'],
  ])('%s stays', (_kind, text, line) => {
    const b = extractBriefing(text);
    expect(b.body.removed.map((r) => r.reason)).not.toContain('kicker');
    expect(b.body.paragraphs.map((p) => text.slice(p.start, p.end))).toContain(line);
  });

  it('a line the story follows directly stays (a subhead, no furniture after it)', () => {
    const b = briefingWith('Greensboro Plant');
    expect(b.body.removed).toEqual([]);
  });

  it('a deck in ordinary case before the byline stays', () => {
    const b = briefingWith('The carmaker bets on batteries\n\nBy Hiroshi Tanaka, Chief Correspondent');
    expect(b.body.removed.map((r) => r.reason)).toEqual(['byline']);
  });
});

describe("an outlet's 'Follow the X on <social network>' line", () => {
  it('is taken out, the networks no names of the story', () => {
    const b = extractBriefing(`Toyota to build battery plant\n\n${story}\nFollow the Daily Ledger on Instagram and TikTok for all the latest business news.\n`);
    expect(b.body.removed.map((r) => r.reason)).toEqual(['share']);
    expect(b.entities.map((e) => e.name)).not.toContain('Instagram');
  });

  it.each([
    ['one network and a purpose', 'Follow the Daily Ledger on X for updates.'],
    ['three networks joined by commas and "or"', 'Follow the Daily Ledger on Facebook, Threads or Bluesky'],
  ])('is taken out with %s', (_kind, line) => {
    const b = extractBriefing(`Toyota to build battery plant\n\n${story}\n${line}\n`);
    expect(b.body.removed.map((r) => r.reason)).toEqual(['share']);
  });

  // review rev19-a finding 2: a reported sentence goes on after the networks; it stays with its speaker and its date
  it.each([
    ['a speaker after the networks', 'Follow the National Weather Service on X for updates, Mayor Karen Bass told residents on Saturday.', 'Karen Bass', 'Saturday'],
    ['two networks and a speaker', 'Follow the Lions on Facebook and Instagram, coach Dan Campbell told fans after the win on Sunday.', 'Dan Campbell', 'Sunday'],
    ['a reporting clause and more after the network', 'Follow the Lions on Threads, the club said, as it launched an account on Monday.', null, 'Monday'],
    ['a purpose and a reporting clause', 'Follow the Met Office on X and Facebook for weather warnings, police said on Sunday as the storm approached.', 'Met Office', 'Sunday'],
  ])('a story sentence with %s stays', (_kind, sentence, name, day) => {
    const b = extractBriefing(`Storm nears the coast\n\n${story}\n${sentence}\n`, { publishedAt: '2026-12-01' });
    expect(b.body.removed).toEqual([]);
    if (name) expect(b.entities.map((e) => e.name)).toContain(name);
    expect(b.timeExpressions.map((t) => t.text)).toContain(day);
  });

  it("a story sentence opening 'Follow the' with no network after 'on' stays", () => {
    const b = extractBriefing(`Toyota to build battery plant\n\n${story}\nFollow the Leader on Saturday drew 3,000 fans to the park.\n`);
    expect(b.body.removed).toEqual([]);
  });
});
