import { describe, expect, it } from 'vitest';
import { entityNames as names } from './helpers/entities';

/** Entity passes on made-up news sentences (probe of issue 11: names you can trust). */

describe('entity passes found by probing made-up news', () => {
  it('a surname written with its particle ("al-Hamdi") is the full name, not a second person', () => {
    const text = 'Oil Minister Tariq al-Hamdi said output would rise. "We are ready," al-Hamdi told reporters in Vienna.';
    const people = names(text).filter((n) => n.endsWith('/person'));
    expect(people).toEqual(['Tariq al-Hamdi/person']);
  });

  it('a club is found by its two-word staff title and by being listed with another club', () => {
    const text = [
      'Spurs close in on Duarte deal',
      '',
      'Lazio sporting director Igli Tare said the striker would not be sold cheaply this season. Newcastle United and Everton had also been linked with the player, who scored 14 goals in the league.',
      '',
      'Duarte scored twice against Genoa last season, and the coach praised him after the match.',
    ].join('\n');
    const found = names(text);
    expect(found).toContain('Lazio/organization');
    expect(found).toContain('Everton/organization');
  });

  it('a well-known organization of two words opening a sentence is found, and a bank that reads like a person is an organization', () => {
    const text = [
      'Ministers meet on care plan',
      '',
      'Downing Street insisted on Tuesday that the plan was fair. Morgan Stanley analysts said the cost would rise.',
      '',
      'Planned Parenthood said it would study the proposal.',
    ].join('\n');
    const found = names(text);
    expect(found).toContain('Downing Street/organization');
    expect(found).toContain('Planned Parenthood/organization');
    expect(found).toContain('Morgan Stanley/organization');
  });

  it('a telescope named after a person is neither a person nor an organization', () => {
    const text = [
      'Agency delays launch of Nancy Roman telescope',
      '',
      'NASA said on Wednesday it would delay the launch of the Nancy Grace Roman Space Telescope until 2028. "Roman is vital to the next generation of research," said Jane Rigby, a senior scientist.',
    ].join('\n');
    const found = names(text);
    expect(found.filter((n) => /Roman|Nancy/.test(n))).toEqual([]);
    expect(found).toContain('NASA/organization');
    expect(found).toContain('Jane Rigby/person');
  });

  it('a headline word that is the tail of an organization named in the body is no person', () => {
    const text = [
      'Data Retention Bill faces Lords revolt',
      '',
      'LONDON - The government faced a revolt in the House of Lords on Tuesday over its surveillance plans, peers said.',
    ].join('\n');
    expect(names(text).filter((n) => n.endsWith('/person'))).toEqual([]);
  });

  it('in a sports report a place name with a plural verb is its club', () => {
    const text = [
      'Leeds close in on striker',
      '',
      'Leeds are close to signing the Norway striker Erik Dahl, the club said on Thursday. The manager wants goals after a poor season in the league.',
      '',
      'Dahl scored 21 goals last season and played in the cup final against Genoa. Leeds finished 12th in the standings.',
    ].join('\n');
    expect(names(text)).toContain('Leeds/organization');
    expect(names(text)).toContain('Norway/location');
  });
});
