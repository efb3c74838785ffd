import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractBriefing } from '../src/index';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);
const entities = (text: string): string[] => extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);

describe('datelines in capitals (issue 11)', () => {
  it.each([
    ['LAGOS, Nov 19 (Reuters) - The central bank raised its rate on Tuesday.', 'Lagos/location'],
    ['NEW YORK, Nov 19 - Stocks fell on Thursday as chipmakers slid.', 'New York/location'],
    ['THE HAGUE — Talks to form a new government collapsed on Thursday.', 'The Hague/location'],
  ])('%s names the place in its ordinary case', (text, entity) => {
    const names = entities(text);
    expect(names).toContain(entity);
    expect(names.filter((n) => /^[A-Z ]+\//.test(n) && n !== entity)).toEqual([]);
  });

  it('takes the case the article writes elsewhere, and keeps an acronym in capitals', () => {
    expect(entities('SAN JOSE, Calif., Nov 19 - Sales rose. The company is based in San Jose.')).toContain('San Jose/location');
    expect(entities('WASHINGTON, Nov 19 - The USA said it would act.')).toContain('USA/location');
  });

  it('a capitalized kicker before a dash is no place', () => {
    expect(found('EXCLUSIVE — Officials met on Thursday to discuss the plan.')).toEqual([]);
  });
});

describe('common words opening a headline or sentence (issue 11)', () => {
  it('"Late" and "Chipmaker" leave the name; the rest joins the article\'s entity', () => {
    const a = entities('Late Salah strike sends Liverpool top\n\nMohamed Salah scored in the 88th minute as Liverpool beat Brighton 2-1.');
    expect(a.some((n) => n.startsWith('Late Salah'))).toBe(false);
    expect(a).toContain('Mohamed Salah/person');
    const b = entities('Chipmaker Veltrix beats forecasts\n\nVeltrix Semiconductor Corp reported higher sales on Wednesday. Veltrix shares rose.');
    expect(b.some((n) => n.startsWith('Chipmaker'))).toBe(false);
  });
});

describe('clubs in sports reports (issue 11)', () => {
  const report =
    'Late Salah strike sends Liverpool top as Arsenal slip at Villa Park\n\n' +
    'Liverpool moved two points clear at the top of the Premier League after a 2-1 victory over Brighton.\n\n' +
    'Arsenal dropped points for the second week running, drawing 1-1 with Aston Villa. Leeds are fourth, two points behind Burnley, who drew 0-0 at Norwich.\n\n' +
    'Chelsea travel to Newcastle next Saturday. The striker scored twice and the goalkeeper saved a penalty in the match.';
  it.each(['Arsenal', 'Chelsea', 'Burnley'])('%s is a club', (club) => {
    const names = found(report);
    expect(names).toContain(`${club}/organization`);
    expect(names).not.toContain(`${club}/location`);
  });
});

describe('titles never inside names (issue 11 point 4)', () => {
  it('"Chancellor of the Exchequer Rachel Reeves" is the person Rachel Reeves', () => {
    const names = found('The plan was set out by Chancellor of the Exchequer Rachel Reeves on Monday.');
    expect(names).toContain('Rachel Reeves/person');
    expect(names.some((n) => n.includes('Exchequer'))).toBe(false);
  });

  it('"Head of the agency Jane Doe" is a person holding a title, not an organization', () => {
    expect(found('Head of the agency Jane Doe said it would help.')).toContain('Jane Doe/person');
    // a kind of organization right before a name still makes it one
    expect(found('Shares of the carrier Lufthansa fell on Monday.')).toContain('Lufthansa/organization');
  });
});

describe('a title\'s place stays a place', () => {
  it('"Governor of Washington Chris Gregoire" gives the place and the person', () => {
    const names = found('In a statement, Governor of Washington Chris Gregoire said the museum would open.');
    expect(names).toEqual(['Washington/location', 'Chris Gregoire/person']);
  });
});

describe('a company named with an industry word and a suffix, then by its first word', () => {
  it('"Veltrix Semiconductor Corp" and "Veltrix" are one company', () => {
    const names = entities('Veltrix Semiconductor Corp reported higher sales on Wednesday. Veltrix shares rose 4% after the report.');
    expect(names.filter((n) => n.includes('Veltrix'))).toEqual(['Veltrix Semiconductor Corp/organization']);
  });
});
