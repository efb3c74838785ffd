import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { entityNames as names } from './helpers/entities';

/** Reviewer's counter-examples to entity passes 37-47: each once lost or mistyped a real name. */

describe('pass 37: a company or a person after a product noun, or listed with a product, is no product', () => {
  it('keeps names the lists know as people, companies or brands', () => {
    expect(names('Doctors praised the treatment Smith received at the clinic. Smith, 45, is recovering at home.')).toContain('Smith/person');
    expect(names('Critics attacked the software Microsoft released last week. Microsoft declined to comment.')).toContain('Microsoft/organization');
    expect(names("Google's Android and Apple's iOS dominate the market, Apple said.")).toContain('Apple/organization');
  });
});

describe('pass 39: place contexts take no offices, people or common words', () => {
  it('a list after "departments" or "areas" makes no places', () => {
    expect(names('The company merged the departments of Health and Education last year.').filter((n) => n.endsWith('/location'))).toEqual([]);
    expect(names('Officials visited the areas of Smith and Jones on Monday.').filter((n) => n.endsWith('/location'))).toEqual([]);
  });

  it('a person the article names elsewhere stays a person after "around" or "outside"', () => {
    const found = names('Sunak met donors on Monday. Aides around Sunak said the talks went well, and people outside Sunak knew little.');
    expect(found).toContain('Sunak/person');
    expect(found.filter((n) => n.endsWith('/location'))).toEqual([]);
  });
});

describe('pass 17: a player after a preposition is no club', () => {
  it('"Two goals from Nunez have lifted Liverpool" keeps Nunez a person', () => {
    const found = names("Two goals from Nunez have lifted Liverpool to the top of the Premier League table after Saturday's win over Everton, and the striker scored twice.");
    expect(found).not.toContain('Nunez/organization');
    expect(found).toContain('Nunez/person');
  });
});

describe('pass 46: a position word after a verb is an adverb', () => {
  it('"Going forward Labour" keeps its party; "Barcelona forward Neymar" is still a player', () => {
    const found = names('Going forward Labour will focus on housing, the party said. Barcelona forward Neymar scored twice.');
    expect(found).not.toContain('Labour/person');
    expect(found).toContain('Neymar/person');
  });
});

describe('pass 40: only a listed given name shares the family name after it', () => {
  it('a town joined to a full name stays a town; Barack still shares Obama', () => {
    const found = names('Fighting spread to Bakhmut and Olena Kovalenko fled with her children.');
    expect(found).not.toContain('Bakhmut/person');
    expect(found).toContain('Olena Kovalenko/person');
    expect(names('Netflix signed a deal with Barack and Michelle Obama.')).toContain('Barack/person');
  });
});

describe('pass 38: a one-word quoted title goes only in its marks', () => {
  it('the documentary "Beckham" is dropped, Beckham himself stays', () => {
    const found = names('Netflix\'s "Beckham" drew 10 million viewers. Beckham said he was moved.');
    expect(found).toContain('Beckham/person');
    const quoted = extractBriefing('Netflix\'s "Beckham" drew 10 million viewers. Beckham said he was moved.').entities.flatMap((e) => e.mentions ?? []);
    expect(quoted.filter((m) => m.start === 11)).toEqual([]);
  });
});
