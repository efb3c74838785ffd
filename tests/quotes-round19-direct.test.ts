import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { HEADLINE_MAX_CONFIDENCE } from '../src/stages/quotes/headline-quotes';

function quotesOf(text: string) {
  return runUntil(createDoc(text, '2026-03-02'), 'quotes').quotes!.quotes;
}
const shown = (text: string): string => JSON.stringify(quotesOf(text).map((q) => [q.kind, q.speaker.name, q.text, q.confidence]));

const BODY = '\n\nThe city was hit by three bombs on Monday. The mayor said he was shocked.';

describe('round 19: a headline is no attribution to act on at full confidence', () => {
  const capped: Array<[string, string]> = [
    // a bare plural in a headline names a kind of people, not who said it (words.json headlineQuotes)
    ['Experts warn of more attacks', 'more attacks'],
    ['Officials warn of floods in the north', 'floods in the north'],
    // a headline's paraphrase restates what the body attributes
    ['Trump says he will win', 'he will win'],
  ];
  it.each(capped)('%s', (headline, content) => {
    const text = headline + BODY;
    const q = quotesOf(text).find((x) => x.text === content);
    expect(q, shown(text)).toBeDefined();
    expect(q!.confidence).toBeLessThanOrEqual(HEADLINE_MAX_CONFIDENCE);
  });

  it('a headline quotation with a named speaker keeps its confidence', () => {
    const text = "Trump: 'We are going to win so much.'" + BODY;
    const q = quotesOf(text).find((x) => x.text === 'We are going to win so much.');
    expect(q?.speaker.name, shown(text)).toBe('Trump');
    expect(q!.confidence).toBeGreaterThan(HEADLINE_MAX_CONFIDENCE);
  });

  it('the same paraphrase in the body is not capped', () => {
    const text = 'City hit by bombs\n\nThe city was hit on Monday. Trump says he will win.';
    const q = quotesOf(text).find((x) => x.text === 'he will win');
    expect(q?.confidence, shown(text)).toBeGreaterThan(HEADLINE_MAX_CONFIDENCE);
  });
});

describe("round 19: a speaker's name keeps its lower-case particles", () => {
  const named: Array<[string, string]> = [
    // the Dutch article elided to 't is a particle, and 'in' one only before it (rule-words.json elidedArticles)
    ['"Europe is disintegrating," said Sophie in \'t Veld, a Dutch member of the European Parliament.', "Sophie in 't Veld"],
    ['"Europe is disintegrating," said Sophie in ’t Veld.', 'Sophie in ’t Veld'],
    ['"The law holds," said Jacobus van \'t Hoff.', "Jacobus van 't Hoff"],
    // a member of the European or Scottish Parliament: the title is no part of the name (lexicon.json personTitles)
    ['Dutch MEP Sophie in \'t Veld said: "This is a scandal."', "Sophie in 't Veld"],
    ['Scottish MSP Ruth Davidson said: "This is a scandal."', 'Ruth Davidson'],
    // particles of German, Dutch, Mauritanian and Arabic names (rule-words.json nameParticles)
    ['"We are ready," said Karl-Theodor zu Guttenberg.', 'Karl-Theodor zu Guttenberg'],
    ['"We are ready," said Gerard ter Borch.', 'Gerard ter Borch'],
    ['"We are ready," said Mohamed ould Abdel Aziz.', 'Mohamed ould Abdel Aziz'],
    ['"We are ready," said Ahmed bin Ali al-Thani.', 'Ahmed bin Ali al-Thani'],
  ];
  it.each(named)('%s', (body, name) => {
    const text = 'Talks go on\n\n' + body;
    const q = quotesOf(text).find((x) => x.kind === 'direct');
    expect(q?.speaker.name, shown(text)).toBe(name);
    expect(q!.speaker.entityId).not.toBeNull();
  });

  it("'in' before a place is no particle", () => {
    const text = 'Talks go on\n\nSophie in Paris said it was a scandal.';
    expect(quotesOf(text)[0]?.speaker.name, shown(text)).toBe('Sophie');
  });
});

describe('round 19: a setting after a place and its state stays out of the content', () => {
  const cases: Array<[string, string, string]> = [
    // no comma after the state, then a time: the content opened at 'New Hampshire' (content.ts stateAfterPlace)
    ['Trump told reporters in Salem, New Hampshire on Monday that "the plan is a disaster."', 'the plan is a disaster', 'Hampshire'],
    ['Clinton said in Toledo, Ohio last week that "we will win."', 'we will win', 'Ohio'],
    // a comma after the state, then a time: the content opened at 'Iowa'
    ['Clinton said at a rally in Des Moines, Iowa, on Monday that "we will win."', 'we will win', 'Iowa'],
  ];
  it.each(cases)('%s', (body, words, setting) => {
    const text = 'Talks go on\n\n' + body;
    const quotes = quotesOf(text).filter((q) => q.text.includes(words));
    expect(quotes.length, shown(text)).toBe(1);
    expect(quotes[0]!.text).not.toContain(setting);
  });
});

describe("round 19: a partial's content goes on after a comma closing its quoted words when a reason, place or comparison follows", () => {
  const runsOn: Array<[string, string]> = [
    // words.json contentGoesOnAfterComma
    ['Cruz told supporters that their votes could help him win "a battle in Cleveland," where the party may host its first contested convention.', 'where the party may host its first contested convention'],
    ['Trump told reporters that waterboarding is "peanuts," compared to what the militants are doing.', 'compared to what the militants are doing'],
    ['Beruff said that he "supports the nominee 100 percent," because the party needs unity.', 'because the party needs unity'],
  ];
  it.each(runsOn)('%s', (body, tail) => {
    const text = 'Talks go on\n\n' + body;
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    expect(q?.text, shown(text)).toContain(tail);
  });

  it("'according to' after the comma still ends the content", () => {
    const text = 'Talks go on\n\nThe odds are "about right," according to the pollster.';
    for (const q of quotesOf(text)) expect(q.text, shown(text)).not.toContain('pollster');
  });
});
