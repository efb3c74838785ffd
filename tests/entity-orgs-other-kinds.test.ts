import { describe, expect, it } from 'vitest';
import { nameSpans as spans } from './helpers/entities';

// pass 49 (organizations-in-company-lists): "and other" and a plural kind of organization close a list of them
describe('names listed before "and other" and a kind of organization', () => {
  it.each([
    ['a store read as a person', "The apparel sells at Macy's, Nordstrom, Lord & Taylor and other department stores.", 'Nordstrom/ORG'],
    ['a band read as a place', 'They were supported on this tour by Head Automatica, The Receiving End of Sirens, Cobra Starship, and several other bands.', 'Cobra Starship/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['peoples before "other groups"', 'Leaders of Muslims and other religious groups met on Friday.', 'Muslims/ORG'],
    ['a place the gazetteer knows', 'Firms in London and other cities cut jobs.', 'London/ORG'],
    ['a possessive after the kind', "Lewis Hamilton and other teams' drivers complained about the tyres.", 'Lewis Hamilton/ORG'],
    ['a possessive after a union', "Smith and other unions' leaders met.", 'Smith/ORG'],
    ['the parties to a contract', 'Mark Smith, Jane Jones and other parties to the contract agreed.', 'Jane Jones/ORG'],
  ])('leaves alone: %s', (_kind, text, name) => {
    expect(spans(text)).not.toContain(name);
  });
});
