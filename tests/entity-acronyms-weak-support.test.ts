import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

// pass 21 (add-repeated-acronyms): what a repeated acronym, or one after "the", may be when nothing else says it is a name
describe('an acronym supported only by its repetition or a "the" before it', () => {
  it.each([
    ['a model number with digits', 'Users of the ZX90 camera liked it. The ZX90 has a fast lens, and ZX90 owners agree.', 'ZX90'],
    ['an index named with digits', 'The KRV30 is the main index of the exchange. The KRV30 rose by 2 percent on Monday.', 'KRV30'],
    ['a common abbreviation (data/entities/common-acronyms.json)', 'He won by KO in the first round. Two more wins by KO followed in May.', 'KO'],
    ['a kind of committee, no name of one', 'Right to Rise, the super PAC backing Bush, spent $10 million, and the PAC plans to spend more.', 'PAC'],
    ['a term spelt out in lower-case words with "and" between', 'The soil moisture and ocean salinity (SMOS) satellite was launched. SMOS data were used, and SMOS maps improved.', 'SMOS'],
    ['a term spelt out in brackets after it', 'Ants die sooner when ingesting ROS [reactive oxygen species] in food. We measured the ROS in their bodies, and ROS levels rose.', 'ROS'],
    ['a "the" that belongs to the noun the acronym modifies', 'Please ask somebody in the QRT department to mark the vacation time.', 'QRT'],
  ])('%s is no organization', (_kind, text, acronym) => {
    expect(found(text).filter((n) => n.startsWith(`${acronym}/`))).toEqual([]);
  });

  it.each([
    ['repeated, heading its phrase', 'The KRVA said on Monday it would appeal. A spokesman for KRVA declined to comment.', 'KRVA'],
    ['after "the", heading its phrase', 'He played for the Vancouver Canucks of the PQHL before he retired.', 'PQHL'],
    ['after "the", before "shares"', 'Investors sold the KRVA shares after the results were published on Monday.', 'KRVA'],
    ['the name of a committee ending in the common abbreviation', 'The reports show Conservative Solutions PAC, a group backing Rubio, changed its plans.', 'Conservative Solutions PAC'],
  ])('%s: still an organization', (_kind, text, acronym) => {
    expect(found(text)).toContain(`${acronym}/organization`);
  });
});
