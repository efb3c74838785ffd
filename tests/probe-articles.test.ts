import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** The probe's made-up articles (tests/fixtures-probe/README.md): facts that were wrong before the probe's fixes. */
function briefing(file: string) {
  const text = readFileSync(new URL(`./fixtures-probe/${file}`, import.meta.url), 'utf8');
  const b = extractBriefing(text, { publishedAt: '2017-06-01' });
  // a name or one of its aliases ('AfD' of 'Alternative for Germany')
  const typeOf = (name: string): string | undefined => b.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
  const speakers = b.quotes.map((q) => q.speaker.name);
  return { b, typeOf, speakers };
}

describe('probe articles', () => {
  // ("the Lords could delay the bill" still gives a person "Lords": pass 36 covers only a body that names the "House of Lords")
  it('UK politics: Downing Street speaks as an organization', () => {
    const { typeOf, speakers } = briefing('01-uk.txt');
    expect(typeOf('Downing Street')).toBe('organization');
    expect(speakers).toContain('Downing Street');
    expect(speakers).not.toContain('Street');
  });

  it('football: Roma and Liverpool are clubs, Arsenal is found beside Manchester United', () => {
    const { typeOf } = briefing('02-football.txt');
    expect(typeOf('Roma')).toBe('organization');
    expect(typeOf('Liverpool')).toBe('organization');
    expect(typeOf('Arsenal')).toBe('organization');
  });

  it('cricket: "the first Test against South Africa" names a match, no organization', () => {
    expect(briefing('03-cricket.txt').typeOf('Test')).toBeUndefined();
  });

  it('markets and business: banks and companies named like people are organizations', () => {
    expect(briefing('04-markets.txt').typeOf('Morgan Stanley')).toBe('organization');
    expect(briefing('04-markets.txt').typeOf('Thomson Reuters')).toBe('organization');
    expect(briefing('05-business.txt').typeOf('Kraft Heinz')).toBe('organization');
  });

  it('tech: the state in "based in Mountain View, California," does not speak', () => {
    expect(briefing('06-tech.txt').speakers).not.toContain('California');
  });

  it('world: "al-Falih" is Khalid al-Falih, not a second person', () => {
    const { b } = briefing('09-world.txt');
    expect(b.entities.filter((e) => /Falih/.test(e.name)).map((e) => e.name)).toEqual(['Khalid al-Falih']);
  });

  it('aid: Planned Parenthood opening a sentence is found', () => {
    expect(briefing('11-aid.txt').typeOf('Planned Parenthood')).toBe('organization');
  });

  it('science: the telescope is no person, and the acting administrator speaks, not NASA', () => {
    const { b } = briefing('12-science.txt');
    expect(b.entities.filter((e) => /Webb/.test(e.name))).toEqual([]);
    const webb = b.quotes.find((q) => q.text.startsWith('Webb is vital'));
    expect(webb?.speaker.name).toBe('Robert Lightfoot');
  });

  // round 7 (13-24): the facts its passes fixed; scripts/probe-entities.ts scores the whole expected lists
  it('round 7 sports: clubs named like people are clubs at every mention', () => {
    const { b, typeOf } = briefing('14-transfers.txt');
    expect(b.entities.filter((e) => /Chelsea|Juventus/.test(e.name) && e.type !== 'organization')).toEqual([]);
    expect(typeOf('Manchester United')).toBe('organization');
    expect(briefing('13-sports-results.txt').typeOf('Spaniard')).toBeUndefined();
  });

  it('round 7 tech and entertainment: products and quoted titles are no entities', () => {
    const tech = briefing('17-tech-products.txt').b.entities.map((e) => e.name);
    for (const product of ['Windows XP', 'XP', 'Firefox', 'Vista', 'Windows Vista', 'Mac']) expect(tech).not.toContain(product);
    expect(tech).toContain('Mozilla');
    const film = briefing('23-entertainment.txt').b.entities.map((e) => e.name);
    for (const title of ['Peter Rabbit', 'Harry Potter', 'Miseducation of Cameron Post', 'Majesty']) expect(film).not.toContain(title);
  });

  it('round 7 places, parties and public bodies', () => {
    const disaster = briefing('21-disaster.txt');
    for (const district of ['Saptari', 'Rautahat', 'Bardiya', 'Gorkha']) expect(disaster.typeOf(district)).toBe('location');
    const council = briefing('22-council.txt');
    expect(council.typeOf('Avon and Somerset Police')).toBe('organization');
    expect(council.typeOf('Liberal Democrats')).toBe('organization');
    const police = briefing('16-police.txt');
    expect(police.typeOf('South Yorkshire Police')).toBe('organization');
    expect(police.typeOf('Moss Side')).toBe('location');
    expect(briefing('24-parliament.txt').typeOf('Bill')).toBeUndefined();
    expect(briefing('20-election.txt').typeOf('AfD')).toBe('organization');
  });

  // hunt 12 (27-32): articles written for the issue 11/12 hunt of 2026-11-20
  it('hunt 12: streets, quays, greens and rivers are places, not persons or organizations', () => {
    const floods = briefing('27-hunt-floods-page.txt');
    expect(floods.typeOf('Frankwell Quay')).toBe('location');
    expect(floods.typeOf('River Severn')).toBe('location');
    const council = briefing('31-hunt-council.txt');
    for (const branch of ['Ashby Green', 'Marsh Lane', 'Upper Dene']) expect(council.typeOf(branch)).toBe('location');
  });

  it('hunt 12: a team sheet after a club lists persons and is no quote, and a titled officer of a force speaks for herself', () => {
    const match = briefing('28-hunt-match.txt');
    for (const player of ['Meslier', 'Aaronson', 'Ballard', 'Cirkin', 'Ekwah', 'Mundle', 'Mayenda']) expect(match.typeOf(player)).toBe('person');
    expect(match.b.quotes.filter((q) => q.text.includes('Meslier') || q.text.includes('Patterson'))).toEqual([]);
    const court = briefing('29-hunt-court.txt');
    const wrong = court.b.quotes.find((q) => q.text.startsWith('Delaney thought'));
    expect(wrong?.speaker.name).toBe('Laura Bright');
    // 'The court heard that Delaney, who ran ..., used the money': the court is the listener, not the speaker (hunt
    // 18), and no one in the sentence said it, so no quote; said by someone, the relative clause does not end the content
    expect(court.b.quotes.filter((q) => q.text.startsWith('Delaney, who ran'))).toEqual([]);
    const said = extractBriefing(
      'Fraud trial\n\nProsecutor Jane Hill said that Delaney, who ran the trust from 2014 until his dismissal in 2023, used the money to pay for holidays.',
      { publishedAt: '2026-11-20' },
    );
    expect(said.quotes.map((q) => [q.speaker.name, q.text])).toEqual([
      ['Jane Hill', 'Delaney, who ran the trust from 2014 until his dismissal in 2023, used the money to pay for holidays'],
    ]);
  });

  it('hunt 12: an interview question stops before the answer on the next line', () => {
    const { b } = briefing('30-hunt-interview.txt');
    for (const q of b.quotes) expect(q.text).not.toMatch(/\nA:|\nA\b/);
  });

  it('hunt 11: a place written onto "-based" and a place a man is from are places, not persons', () => {
    const film = briefing('33-hunt11-film-festival.txt');
    expect(film.typeOf('Paris')).toBe('location');
    expect(film.b.entities.filter((e) => e.name.includes('-based'))).toEqual([]);
    expect(briefing('34-hunt11-police-appeal.txt').typeOf('Normanton')).toBe('location');
  });

  it('hunt 11: a pasted regional page loses its menus, share bar, list and comments, and keeps its headline', () => {
    const { b } = briefing('35-hunt11-regional-page.txt');
    expect(b.headline?.text).toBe('Bypass plan back on table as traffic through Market Harborough hits record');
    const kept = b.body.paragraphs.map((p) => p.end - p.start);
    expect(kept.length).toBe(6);
    expect(b.entities.map((e) => e.name)).not.toContain('Sam T');
    expect(b.entities.map((e) => e.name)).toContain('Phil King');
    expect(b.summary.map((s) => s.text).join(' ')).not.toMatch(/Home {2}News|Harborough Town FC sign/);
  });

  it('hunt 12: a wire story\'s shoal, country adjective and vessel, a drought story\'s title, a transcript label, a ticker', () => {
    const wire = briefing('36-hunt12-wire-maritime.txt');
    expect(wire.typeOf('Second Thomas Shoal')).toBe('location');
    expect(wire.typeOf('Philippine')).toBeUndefined();
    expect(wire.typeOf('BRP Sierra Madre')).toBeUndefined();
    expect(wire.typeOf('Thomas Shoal')).toBeUndefined();
    expect(briefing('38-hunt12-drought.txt').typeOf('Interior Cabinet')).toBeUndefined();
    expect(briefing('39-hunt12-radio-interview.txt').typeOf('PRESENTER')).toBeUndefined();
    expect(briefing('40-hunt12-earnings.txt').typeOf('NVK.ST')).toBeUndefined();
  });
  it("hunt 14: a recall story's England, a launch page's agency, a repatriation story's title and joined bodies, an arts page's byline", () => {
    const recall = briefing('44-hunt14-recall.txt');
    const britain = recall.b.entities.find((e) => e.name === 'Britain');
    expect(britain?.aliases ?? []).not.toContain('England');
    expect(recall.typeOf('England')).toBe('location');
    const source = readFileSync(new URL('./fixtures-probe/44-hunt14-recall.txt', import.meta.url), 'utf8');
    expect(recall.b.body.paragraphs.map((p) => source.slice(p.start, p.end)).filter((p) => p.startsWith('Correction'))).toEqual([]);
    expect(recall.b.body.paragraphs.length).toBeGreaterThan(5);
    expect(briefing('45-hunt14-launch-page.txt').typeOf('Eumetsat')).toBe('organization');
    const bronzes = briefing('46-hunt14-repatriation.txt');
    expect(bronzes.typeOf('Oba')).toBeUndefined();
    expect(bronzes.typeOf('German Foreign Office')).toBe('organization');
    expect(bronzes.typeOf('German Foreign Office and Nigeria')).toBeUndefined();
    const credits = briefing('47-hunt14-orchestra-page.txt').b.source.credits.map((c) => c.name);
    expect(credits).toContain('Fiona McAllister');
    expect(credits.some((n) => /Correspondent|Published/.test(n))).toBe(false);
  });
  it("hunt 27: a union's general secretary, the Bank's governor, a share move, a firm where a lawyer now works, a launch page's headline and byline", () => {
    const strike = briefing('76-hunt27-rail-strike.txt');
    expect(strike.typeOf('Aslef')).toBe('organization');
    expect(strike.b.quotes.find((q) => q.text.startsWith('The companies tell us'))?.speaker.name).toBe('Mick Whelan');
    const markets = briefing('77-hunt27-earnings.txt');
    expect(markets.b.entities.filter((e) => e.name === 'Bank' || e.aliases.includes('Bank')).map((e) => e.name)).toEqual(['Bank of England']);
    expect(markets.typeOf('Mulberry')).toBe('organization');
    expect(briefing('79-hunt27-verdict.txt').typeOf('Dickinson Wright')).toBe('organization');
    const launch = briefing('78-hunt27-phone-launch.txt');
    expect(launch.b.headline?.text).toMatch(/^Samsung unveils tri-fold phone/);
    expect(launch.b.source.credits.map((c) => c.name)).toEqual(['Jessica Lin']);
    // 'Gemini' and 'Mate XT' still read as persons: recorded as known-wrong in tests/fixtures-probe/README.md (hunt 27),
    // not asserted, so a fix fails no test (review rev27-hunt F8)
  });
});
