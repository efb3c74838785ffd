import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { isCapitalizedWord } from '../src/stages/entities/capitalized';
import { entityPasses } from '../src/stages/entities/passes';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

/** The names the passes' chain gives, as "text/TYPE", with one pass left out (what the pass itself changes). */
function spansWithout(text: string, passName: string | null): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  const passes = entityPasses.filter((p) => p.name !== passName);
  return findNameSpans(doc, { passes }).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// pass 73 (outlets-after-the): newspapers named after "the", which the tagger reads as a common noun
describe('an outlet named after "the"', () => {
  it.each([
    ['told', 'An Italian journalist visiting Nice told the Guardian that she saw the truck.', 'Guardian'],
    ['reports', 'The professor was headed to Cairo for a conference, the Guardian reported on Friday.', 'Guardian'],
    ['a capital "The" inside a sentence', 'The study was published in The Economist in March.', 'Economist'],
    ['at a sentence start, reporting', 'The Independent reported that the ants self-medicate.', 'Independent'],
    ['a longer name', 'Officials told the Sunday Times that the talks had failed.', 'Sunday Times'],
    ['another mention of a cued one', 'A spokesman told the Post on Monday. On Thursday, Sanders unloaded on the Post during a breakfast.', 'Post'],
  ])('%s: %s', (_kind, text, name) => {
    expect(found(text).filter((n) => n === `${name}/organization`).length).toBeGreaterThan(0);
  });

  it('is no outlet before another capitalized word or a noun, uncued, or in a headline', () => {
    const names = found(
      'He walked past the Post Office on Main Street. The Independent candidate lost the vote. She read the Guardian angels story. ' +
        'Nobody mentioned the Observer at all. THE GUARDIAN REPORTED A LOSS',
    );
    expect(names.filter((n) => /^(Independent|Guardian|GUARDIAN|Observer|Post)\//.test(n))).toEqual([]);
  });
});

// pass 74 (organizations-by-head-words): runs of capitalized words holding a body's head that the tagger left out
describe('an organization named by its head word', () => {
  it.each([
    ['a head before "on"', 'He studies cyber issues at the Council on Foreign Relations in New York.', 'Council on Foreign Relations'],
    ['a hyphenated tail', 'Nihad Awad, executive director of the Council on American-Islamic Relations advocacy group, spoke.', 'Council on American-Islamic Relations'],
    ['two links', 'Daniel Hamermesh, a labor economist at the Institute for the Study of Labor, predicted it.', 'Institute for the Study of Labor'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'organizations-by-head-words')).not.toContain(`${name}/ORG`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });

  it('leaves out laws, articles, buildings, glued starts and unclear ends', () => {
    const names = spansWithout(
      'Sanders’ College for All Act passed the House. He said, "The Department had a process." She visited the Sydney Opera House. ' +
        'He joined the Reserve Officers’ Training Corps program. Aides of the Council on American - Islamic Relations spoke.',
      null,
    );
    expect(names.filter((n) => /^(College for All Act|The Department|Training Corps|Council on American)\//.test(n))).toEqual([]);
  });
});

describe('isCapitalizedWord', () => {
  it.each([
    ['Le', true],
    ['País', true],
    ['Élan', true],
    ['LE', false],
    ['McCain', false],
    ['le', false],
  ])('%s -> %s', (word, expected) => {
    expect(isCapitalizedWord(word)).toBe(expected);
  });
});

// pass 17 (sports-teams) outside a sports report: a city between a contest and a score is a team
describe('a city between a contest and a score outside a sports report', () => {
  it('is a team there, and a state in an election result stays a place', () => {
    const names = spansWithout('Bowling Green participated in the GMAC Bowl, losing to Tulsa 63-7. Clinton won Ohio 52-48 in the poll.', null);
    expect(names).toContain('Tulsa/ORG');
    expect(names).not.toContain('Ohio/ORG');
  });
});

// pass 19 (drop-laws-events-and-awards): a league's or a church's conference is a body, a meeting's is dropped
describe('a name ending in "Conference"', () => {
  it('stays an organization for a league or a church, and is dropped for a meeting', () => {
    const names = spansWithout(
      'The Falcons compete in the West Virginia Intercollegiate Athletic Conference. The Longhorns won three Southwest Conference championships. ' +
        'Leaders met at the Paris Climate Conference in December.',
      null,
    );
    expect(names).toContain('West Virginia Intercollegiate Athletic Conference/ORG');
    expect(names).toContain('Southwest Conference/ORG');
    expect(names.filter((n) => n.startsWith('Paris Climate'))).toEqual([]);
  });
});
