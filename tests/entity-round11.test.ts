import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractBriefing } from '../src/index';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

describe('junk on made-up wire copy, round 11', () => {
  it('a company cited after "according to" whose name ends in an industry word is no person', () => {
    const names = found('Used-car prices fell 2% in November, according to Varlow Automotive. Prices rose, according to Jane Morrow.');
    expect(names).toContain('Varlow Automotive/organization');
    expect(names).toContain('Jane Morrow/person');
  });

  it("a club's last word alone is the club, not a person, unless the article names a person by it", () => {
    const names = found("Aston Villa beat Everton 2-1 on Saturday. Villa's opening goal came after ten minutes.");
    expect(names).toContain('Villa/organization');
    expect(names).not.toContain('Villa/person');
    const person = found("Aston Villa signed Marco Villa on Monday. Villa's first goal came a week later.");
    expect(person).not.toContain('Villa/organization');
  });

  it('a Korean family name opening a sentence stays with its hyphenated given name', () => {
    const names = found('Son Heung-min scored twice for Tottenham. The team won.');
    expect(names).toContain('Son Heung-min/person');
    expect(names).not.toContain('Heung-min/person');
  });

  it('a name in apposition with a site noun is a place, every mention of it', () => {
    const names = found("BHP's Escondida, the world's largest copper mine, halted output. Escondida produced a million tonnes.");
    expect(names.filter((n) => n.startsWith('Escondida/'))).toEqual(['Escondida/location', 'Escondida/location']);
    const manager = found("Talia Ormond, the mine's manager, said output fell.");
    expect(manager).toContain('Talia Ormond/person');
  });

  it('a statistics institute is a government body, an institute of technology a university', () => {
    const b = extractBriefing('Inflation rose to 3.1%, the National Statistics Institute said. The Tokyo Institute of Technology agreed.');
    const sub = (name: string) => b.entities.find((e) => e.name === name)?.subtype;
    expect(sub('National Statistics Institute')).toBe('government-body');
    expect(sub('Tokyo Institute of Technology')).toBe('university');
  });

  it('a two-word name ending in a word no surname ends in is a company, and so is its first word alone', () => {
    const names = found("South Korea's Tarvo Electronics will cut 3,000 jobs. Tarvo said demand was weak. Chief Executive Park Jin-soo spoke.");
    expect(names).toContain('Tarvo Electronics/organization');
    expect(names).not.toContain('Tarvo/person');
    const b = extractBriefing("Chief Executive Park Jin-soo spoke on Thursday.");
    expect(b.entities.map((e) => `${e.name}/${e.type}`)).toContain('Park Jin-soo/person');
  });

  it('a known place and its kind of division is a place, not an organization', () => {
    expect(found('Kisaragi said it would shut a plant in Kumamoto Prefecture and shift output.')).toContain('Kumamoto Prefecture/location');
  });
});
