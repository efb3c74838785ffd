import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const speakers = (text: string) => extractBriefing(text).quotes.map((q) => q.speaker.name);

describe('an organization named with "and" before a role and a full name', () => {
  it('credits the person, not the organization', () => {
    expect(speakers('Department of Health and Human Services Secretary Robert Kennedy said on Friday that prices would fall.')).toEqual(['Robert Kennedy']);
    expect(speakers('Office of Management and Budget Director Shalanda Young said on Friday that agencies should prepare for a lapse in funding.')).toEqual(['Shalanda Young']);
    expect(speakers('Bureau of Alcohol, Tobacco and Firearms Director Steve Dettelbach said on Friday that guns were seized.')).toEqual(['Steve Dettelbach']);
  });

  it('still credits coordinated speakers together', () => {
    expect(speakers('Snapchat, Tumblr and Mozilla said on Friday that they would comply.')).toEqual(['Snapchat, Tumblr and Mozilla']);
  });
});

describe('a second report joined by ", while"', () => {
  it('ends the first content before it, over an apposition on its subject', () => {
    const quotes = extractBriefing(
      'Senate Majority Leader Chuck Schumer, D-N.Y., said he was confident it would pass, while Sen. Rand Paul, R-Ky., said he would force a vote on an amendment.',
    ).quotes.map((q) => [q.speaker.name, q.text]);
    expect(quotes).toEqual([
      ['Chuck Schumer', 'he was confident it would pass'],
      ['Rand Paul', 'he would force a vote on an amendment'],
    ]);
  });
});
