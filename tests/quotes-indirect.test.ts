import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';
import { withAntecedent } from '../scripts/lib/polnear';

const TITLE = 'Leaders meet at summit\n\n';

/** every quote the rules find (none dropped under the model's thresholds), with its speaker as a reader sees it */
function quotesOf(body: string): Array<{ q: Quote; speaker: string }> {
  const { source, quotes } = storyQuotes(body, { title: 'Leaders meet at summit' });
  return quotes.map((q) => ({
    q,
    speaker: `${q.speaker.name ?? ''} | ${q.speaker.mention ? source.slice(q.speaker.mention.start, q.speaker.mention.end) : ''}`,
  }));
}

/** Reported speech in frames the attribution steps missed before: [title, sentence, content start, speaker]. */
const found: Array<[string, string, string, string]> = [
  ['gerund subject', 'Mr. Trump said having Mr. Putin treat him with respect is a positive development.', 'having Mr. Putin', 'Trump'],
  ['subordinator before the subject', 'Cruz said if elected president he could work effectively with GOP leadership.', 'if elected president', 'Cruz'],
  ['time setting before the cue', 'Trump earlier Tuesday said he might cover legal costs for the supporter.', 'he might cover', 'Trump'],
  ['prepositional chain before the cue', 'Large majorities of voters in six states going to the polls on Super Tuesday said they support the proposal.', 'they support', 'majorities'],
  ['relative clause holding the cue', 'The guns, which he said were at his side when he was shot, were never found.', 'which he said were', 'he'],
  ['opening as-clause', 'As the International Business Times noted, Clinton raised more than $1.1 million from the industry.', 'Clinton raised', 'Times'],
  ['closing as-clause', 'Roger Ailes also met with Mr. Trump that day, as The New York Times reported.', 'Roger Ailes also met', 'Times'],
  ['cue the tagger read as a noun', 'Bonuses for bankers were $500 every three months, The Wall Street Journal reports.', 'Bonuses for bankers', 'Journal'],
  ['object pronoun in the subject', 'Still, Cruz will be re-evaluating his approach, a source close to him said.', 'Still, Cruz', 'a source'],
  ['participle after the subject', 'Again, those surveyed said Trump was best able to handle the issue.', 'Trump was best able', 'those'],
  ['hyphenated name', 'Organizers added 160 security personnel along the parade route, the Sun-Times reported.', 'Organizers added', 'Times'],
  ['addressee then a possessive', 'Podesta told the AP his firm worked closely with the nonprofit.', 'his firm worked', 'Podesta'],
  ['a name modifying another noun does not own the document: that nominal does', "The Obama administration's first report said the economy was growing again.", 'the economy was growing', 'The Obama administration'],
  ['a poll speaks for its publisher', 'A Quinnipiac University poll found that 74 percent of likely voters wanted the returns released.', '74 percent', 'Quinnipiac University'],
  ['a setting whose noun the tagger read as a verb', 'Clinton says at a campaign stop in Toledo, Ohio, that Trump never contributed to Pell Grants.', 'Trump never contributed', 'Clinton'],
  ['a poll named by a publisher the entity stage missed', 'Trump leads, according to a national Gallup Poll taken last week.', 'Trump leads', 'Gallup | Gallup'],
  ['a study by a publisher the entity stage typed as a place', 'According to a January 2016 study by the Pew Research Center based on census data from 2014, eligible voters skew younger.', 'eligible voters', 'Pew Research Center'],
  ['a verbless aside in the reported subject', 'Other prominent bundlers said their networks of potential donors, almost exclusively men until just a few years ago, were now composed mostly of women.', 'their networks', 'bundlers'],
  ['a reporting noun the tagger read as a verb after its possessor', "The video contradicts Tulsa police's earlier claim that Crutcher had refused to keep his hands up.", 'Crutcher had refused', 'police'],
  ['inverted cue splitting its clause', 'The contrast with Trump, said Doyle, would be clear to voters.', 'The contrast with Trump', 'Doyle'],
  ['inverted cue with a relative clause on the apposition', 'Tariffs will not bring these jobs back, said David Autor, a professor at M.I.T., who is a specialist on trade.', 'Tariffs will not', 'David Autor'],
];

describe('indirect quotes: more frames', () => {
  for (const [title, body, start, speaker] of found) {
    it(title, () => {
      const hit = quotesOf(body).find((x) => x.q.kind === 'indirect' && x.q.text.startsWith(start));
      expect(hit, `no indirect quote starting "${start}"`).toBeDefined();
      expect(hit!.speaker).toContain(speaker);
    });
  }

  it.each([
    ["The governor's claim that the city had ignored the warnings was quickly rejected by the mayor.", 'the city had ignored the warnings'],
    ["Trump's assertion that the election is rigged has alarmed Republican leaders.", 'the election is rigged'],
    ["Smith's claim that he has been working hard is true.", 'he has been working hard'],
  ])('a reporting noun opening its sentence: the that-clause stops at the main verb (%s)', (body, content) => {
    expect(quotesOf(body).filter((x) => x.q.kind === 'indirect').map((x) => x.q.text)).toEqual([content]);
  });

  it('a reporting noun as an object keeps its whole that-clause', () => {
    const body = "The mayor rejected the governor's claim that the city had ignored the warnings.";
    expect(quotesOf(body).some((x) => x.q.text.endsWith('had ignored the warnings'))).toBe(true);
  });

  it('a document that names no one still gives no quote', () => {
    expect(quotesOf('The report found that the agency had covered up the hack.').filter((x) => x.q.kind === 'indirect')).toHaveLength(0);
    // a place naming a poll publishes nothing
    expect(quotesOf('Trump leads Cruz in Iowa, according to a new Iowa poll.').filter((x) => x.q.kind === 'indirect')).toHaveLength(0);
  });

  // two trailing attributions in one sentence joined by ', while' / ', and': each content stops at its own attribution
  it.each([
    [
      'In Seattle, marchers honored the victims with white roses, KING-TV reported, while in Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.',
      ['In Seattle, marchers honored the victims with white roses', 'in Chicago the parade began with a moment of silence'],
    ],
    ['Prices will rise, he said, and the firm will cut jobs, the union said.', ['Prices will rise', 'the firm will cut jobs']],
  ])('two trailing reports in one sentence stay two (%s)', (body, contents) => {
    expect(quotesOf(body).filter((x) => x.q.kind === 'indirect').map((x) => x.q.text)).toEqual(contents);
  });

  it('a content resuming after its attribution with no joiner stays one', () => {
    const texts = quotesOf('Acts of protest, Mr. Obama said, are acts of patriotism, the aide added.').filter((x) => x.q.kind === 'indirect').map((x) => x.q.text);
    expect(texts.some((t) => t.startsWith('Acts of protest') && t.endsWith('acts of patriotism'))).toBe(true);
  });

  it('two cues whose contents hold each other do not both vanish', () => {
    const quotes = quotesOf('Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the album.');
    expect(quotes.some((x) => x.speaker.includes('Kiedis') && x.q.text.startsWith('his band'))).toBe(true);
  });
});

describe('training labels: a relative-pronoun source counts its antecedent', () => {
  it('adds the antecedent before "who"', () => {
    const text = 'Hillary Clinton, the Democratic nominee, who said it';
    const who = text.indexOf('who');
    const spans = withAntecedent(text, [[who, who + 3]]).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['Hillary Clinton, the Democratic nominee', 'who']);
  });

  it('leaves other sources alone', () => {
    expect(withAntecedent('Officials said it', [[0, 9]])).toEqual([[0, 9]]);
  });
});

describe('a relative pronoun subject', () => {
  it("'X, who said ...': the speaker is X, referred to by \"who\"", () => {
    const source = `${TITLE}Hillary Clinton, who said she would win the state, campaigned in Ohio on Tuesday.`;
    const doc = runUntil(createDoc(source, '2016-09-20'), 'resolve');
    const q = extractQuotes(doc, { keepAll: true }).quotes.find((x) => x.text.startsWith('she would win'));
    expect(q?.speaker.name).toBe('Hillary Clinton');
    expect(q?.speaker.entityId).not.toBeNull();
    expect(source.slice(q!.speaker.mention!.start, q!.speaker.mention!.end)).toBe('who');
  });
});
