import { describe, expect, it } from 'vitest';
import { flatGold, trainingNames, type GumDoc, type GumMention } from '../scripts/lib/gum';

/** A GUM record of one text with the mentions given as [text, type, proper] (minimal span = the mention less "the "/"a "). */
function gumDoc(text: string, mentions: Array<[string, string, boolean]>): GumDoc {
  const entities: GumMention[] = mentions.map(([m, type, proper]) => {
    const start = text.indexOf(m);
    const lead = /^(?:the |a )/.exec(m)?.[0].length ?? 0;
    return { start, end: start + m.length, text: m, type, cluster: m, proper, minspan: { start: start + lead, end: start + m.length, text: m.slice(lead) } };
  });
  return { id: 'doc', split: 'train', text, dct: null, entities };
}

const flat = (d: GumDoc): string[] => flatGold(d.text, trainingNames(d)).map((n) => `${d.text.slice(n.start, n.end)}/${n.type}`);

// scripts/lib/gum.ts: the converter maps GUM's nested mentions onto CoNLL-style flat names
describe('GUM names of persons that run over the body they belong to', () => {
  it.each([
    [
      'a proper person with the party after "of the"',
      gumDoc('Lee Cheuk-yan of the Labour Party was defeated.', [
        ['Lee Cheuk-yan of the Labour Party', 'person', true],
        ['the Labour Party', 'organization', true],
      ]),
      ['Lee Cheuk-yan/person', 'Labour Party/organization'],
    ],
    [
      'a proper person with the magazine after "of"',
      gumDoc('Troy Patterson of Slate Magazine ventured over.', [
        ['Troy Patterson of Slate Magazine', 'person', true],
        ['Slate Magazine', 'organization', true],
      ]),
      ['Troy Patterson/person', 'Slate Magazine/organization'],
    ],
    [
      'an unflagged person whose tail is an unflagged organization',
      gumDoc('He was elected a Fellow of the Royal Society in 1750.', [
        ['a Fellow of the Royal Society', 'person', false],
        ['the Royal Society', 'organization', false],
      ]),
      ['Royal Society/organization'],
    ],
    [
      'an unflagged committee after a title',
      gumDoc('I thank the Chair of the Judiciary Committee for yielding.', [
        ['the Chair of the Judiciary Committee', 'person', false],
        ['the Judiciary Committee', 'organization', false],
      ]),
      ['Judiciary Committee/organization'],
    ],
  ])('%s', (_kind, doc, names) => {
    expect(flat(doc)).toEqual(names);
  });

  it('leaves a title before "of" alone', () => {
    const doc = gumDoc('She is Director of the Field Museum now.', [
      ['Director of the Field Museum', 'person', true],
      ['the Field Museum', 'organization', true],
    ]);
    expect(flat(doc)).toEqual(['Director of the Field Museum/person']);
  });
});
