import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// page furniture of kinds found on made-up pages nobody tuned for (hunt 24: a market wrap, a foreign-press review, an
// air-crash report, a climate summit, a synod, a university vote, a profile, a shipping story), written here in other
// words

const removedTexts = (text: string): string[] => extractBriefing(text).body.removed.map((r) => text.slice(r.start, r.end));
const keptText = (text: string): string => extractBriefing(text).body.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');
const entityNames = (text: string): string[] => extractBriefing(text).entities.map((e) => e.name);

const STORY = 'Storm hits the coast\n\nWinds reached 90 mph on Friday, forecasters said. Power was cut to 40,000 homes across the region.\n\n';
const MORE = '\n\nRescue crews worked through the night to clear the roads, the county said on Saturday.\n';

describe('captions under a label the page writes another way', () => {
  it.each([
    ['"Image caption:"', 'Image caption: Fishermen haul boats onto the beach near Dunmore (file photo)'],
    ['a caption in brackets', '[Photo: Fishermen haul boats onto the beach near Dunmore on Oct. 18. (Ellen Varga/AP)]'],
    ['a credit after a date the segmenter breaks at', 'Image: A trawler waits off Dunmore harbour on Jan. 20. (Tomas Lind/Reuters)'],
  ])('%s goes, with the photographer', (_kind, caption) => {
    const text = STORY + caption + MORE;
    expect(removedTexts(text).join(' | ')).toContain(caption);
    expect(entityNames(text).join(' | ')).not.toMatch(/Varga|Lind\b|Dunmore/);
  });

  it.each([
    ['a story sentence about a photo', 'The image showed fishermen hauling boats onto the beach near Dunmore, police said.'],
    ['a story sentence naming a photographer', 'Photographer Ellen Varga, who took the picture for AP, said the sea rose within minutes.'],
  ])('%s stays', (_kind, sentence) => {
    const text = STORY + sentence + MORE;
    expect(keptText(text)).toContain(sentence);
  });
});

describe('a reporter\'s beat and address after the story', () => {
  it.each([
    ['"reports on" and an email', 'Ana Velasquez reports on the Vatican and the Catholic Church. Email her at avelasquez@example.com.'],
    ['"covers" and a phone number', 'Tom Reyes covers higher education. Reach him at treyes@example.com or 916-555-0100.'],
  ])('%s go', (_kind, bio) => {
    const text = STORY + 'Rescue crews worked through the night, the county said.\n\n' + bio + '\n';
    expect(removedTexts(text).join(' | ')).toContain(bio);
    expect(entityNames(text).join(' | ')).not.toMatch(/Velasquez|Reyes/);
  });

  it('a beat sentence inside the story stays', () => {
    const sentence = 'Ana Velasquez covers the storm for the county paper.';
    const text = STORY + sentence + MORE;
    expect(keptText(text)).toContain(sentence);
  });

  // the story's last paragraph is after the last story block, where weak verdicts count: only a reporter's shape goes
  it.each([
    ['a company reporting on a day', 'Stocks rise\n\nStocks rose on Tuesday as chip makers gained, traders said.\n\nNvidia reports on Wednesday after the close.\n', 'Nvidia'],
    ['a programme covering a drug', 'Drug price\n\nThe drug costs $60,000 a year, the maker said on Monday in a statement.\n\nMedicare covers the drug for patients over 65.\n', 'Medicare'],
    ['"The" and an office', 'Audit\n\nThe agency spent $4 million on travel last year, auditors found in a review.\n\nThe Inspector General reports on the spending to Congress twice a year.\n', 'Congress'],
    ['a family name alone', 'Memoir\n\nMaria Ruiz left Havana in 1961 with two suitcases and her mother, the book recalls.\n\nRuiz writes about the crossing and her first winter in Ohio.\n', 'Ohio'],
    ['a two-word company', 'Floods\n\nMany owners lacked flood cover when the river rose, the state said.\n\nState Farm covers flood damage only under a separate policy.\n', undefined],
  ])('a closing paragraph with %s stays', (_kind, text, name) => {
    const last = text.trim().split('\n\n').pop()!;
    expect(keptText(text)).toContain(last);
    if (name) expect(entityNames(text).join(' | ')).toContain(name);
  });

  it('a reporter\'s beat as the page\'s last line, with nothing after it, goes', () => {
    const bio = 'Ana Velasquez covers religion and the Vatican.';
    const text = STORY + 'Rescue crews worked through the night, the county said.\n\n' + bio + '\n';
    expect(removedTexts(text).join(' | ')).toContain(bio);
  });

  it('a quote after a beat-like opening is no bio', () => {
    const sentence = 'Mayor Ana Velasquez reports on the damage to the council on Monday, her office said.';
    const text = STORY + 'Crews worked through the night.\n\n' + sentence + '\n';
    expect(keptText(text)).toContain(sentence);
  });
});

describe('notes and rows the outlet writes about its own page', () => {
  it.each([
    ['an update note with its time', 'This story was updated at 9:41 p.m. with comment from the mayor\'s office.'],
    ['an amendment note with its date and the correction', 'This article was amended on 22 June 2026. An earlier version said Tom Reyes was the mayor\'s older brother; he is younger.'],
  ])('%s goes', (_kind, note) => {
    const text = STORY + note + '\n';
    expect(removedTexts(text).join(' | ')).toContain(note);
  });

  // the note's words with the sentence's own attribution: a report on someone else's post or report, between story paragraphs
  it.each([
    ['a post edited, screenshots show', 'Senator deletes post\n\nSenator Jane Ruiz deleted a post about the strike on Monday, her office said.\n\n', 'This post was edited at 3 a.m. with new wording before it was deleted, screenshots show.', '\n\nRuiz did not respond to a request for comment on Tuesday.\n'],
    ['a report amended, the agency said', 'Agency revises death toll\n\nThe agency cut its count of flood deaths to 41 on Friday, officials said.\n\n', 'This report was amended on Friday. The earlier version counted deaths twice, the agency said.', '\n\nThe agency apologized for the error in a statement on Saturday.\n'],
  ])('%s stays', (_kind, before, sentence, after) => {
    expect(keptText(before + sentence + after)).toContain(sentence);
  });

  it('a story sentence about another outlet\'s correction stays', () => {
    const sentence = 'The report was amended on Friday after the council objected, officials said.';
    const text = STORY + sentence + MORE;
    expect(keptText(text)).toContain(sentence);
  });

  it.each([
    ['a date and a reading time', 'Nov 19, 2026 · 7 min read'],
    ['a section and a reading time', 'Weekend Magazine | 12 min read'],
  ])('%s goes', (_kind, row) => {
    const text = 'Storm hits the coast\n\n' + row + '\n\nWinds reached 90 mph on Friday, forecasters said. Power was cut to 40,000 homes.' + MORE;
    expect(removedTexts(text)).toContain(row);
    expect(entityNames(text)).not.toContain('Weekend Magazine');
  });

  it('an outlet asking, in the second person, to be followed goes', () => {
    const line = 'You can follow Example Monitoring on Twitter and Facebook.';
    const text = STORY + 'Rescue crews worked through the night, the county said.\n\n' + line + '\n';
    expect(removedTexts(text).join(' | ')).toContain(line);
    expect(entityNames(text)).not.toContain('Twitter');
  });

  it('a story sentence on following someone stays', () => {
    const sentence = 'You can follow the storm on the county website, the mayor told residents.';
    const text = STORY + sentence + MORE;
    expect(keptText(text)).toContain(sentence);
  });
});
