import { describe, expect, it } from 'vitest';
import { nameSpans as spans } from './helpers/entities';

// pass 01 (extend-to-capitalized-sequences): a company the gazetteer knows does not grow over the capitalized words
// of one of its products, events or services after it, nor over a common word before it
describe("a known company's name before its product's or event's words", () => {
  it.each([
    ['an alert', 'Subscribers received a BBC Breaking News Alert shortly after noon.', 'BBC/ORG'],
    ['a product', 'Analysts say Microsoft Search still trails its rivals.', 'Microsoft/ORG'],
    ['a newsletter', 'Analysts say the Microsoft Watch newsletter broke the story.', 'Microsoft/ORG'],
    ['an event', 'The team flew to California to present at the Google Science Fair on Friday.', 'Google/ORG'],
    ['a product line', 'He ordered Bose Headphones worth 300 dollars from an online shop.', 'Bose/ORG'],
    ['a list', 'The UNESCO World Heritage List now includes 1,100 sites.', 'UNESCO/ORG'],
    ['a verb before it', 'Hotels have a plan to Combat Airbnb in major cities.', 'Airbnb/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a head word', 'The BBC World Service cut 650 jobs on Wednesday.', 'BBC World Service/ORG'],
    ["a division's word", 'She joined Google Research in 2019 after her doctorate.', 'Google Research/ORG'],
    ["a division's word", 'He left Microsoft Research for a startup.', 'Microsoft Research/ORG'],
  ])('still grows over %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});
