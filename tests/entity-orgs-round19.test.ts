import { describe, expect, it } from 'vitest';
import { nameSpans as spans } from './helpers/entities';

// pass 07 (type-by-evidence): a place's name before a site's word, a compass point or after a lake's word names a
// place, not an organization from that place ("Tokyo Electron") or named for a country ("Police Scotland")
describe('a place the shape rules for organizations leave a place', () => {
  it.each([
    ['a highway', 'Traffic was backed up for miles on Richmond Highway after the crash.', 'Richmond Highway/LOC'],
    ['keys', 'The storm brushed the Florida Keys on Tuesday before heading north.', 'Florida Keys/LOC'],
    ['fields', 'Poppies still grow in Flanders Fields where the soldiers fell.', 'Flanders Fields/LOC'],
    ['a castle', 'The paintings hang in the Long Room at Auckland Castle for visitors to see.', 'Auckland Castle/LOC'],
    ['a lake', 'The column marched between the Niger River and Lake Chad for months.', 'Lake Chad/LOC'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a compass point is a surname too', 'The prize went to Douglass North, Ronald Coase and Oliver Williamson.', 'Douglass North/PER'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['named for a country', 'Police Scotland said the road would stay closed overnight.', 'Police Scotland/ORG'],
    ['a museum named for a country', 'The jewels were lent to National Museum Wales for the exhibition.', 'National Museum Wales/ORG'],
    ['a company named for a city', 'Tokyo Electron said profits rose in the third quarter.', 'Tokyo Electron/ORG'],
  ])('stays an organization, %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 01 (extend-to-capitalized-sequences): a legislator's seat after a party's name and a contact line's label
// after a company's are no words of those names; name-evidence: the name after "MP for" is the constituency
describe("a legislator's seat and a contact line's label", () => {
  it.each([
    ['a party before a seat', 'He was elected as the Liberal-Labour MPP for Kenora in 1951.', 'Liberal-Labour/ORG'],
    ['a long party name before a seat', 'He lost to Farquhar Oliver, himself a former United Farmers of Ontario MPP, in 1951.', 'United Farmers of Ontario/ORG'],
    ['a constituency', 'The Conservative MP for Bath said the bill would fail.', 'Bath/LOC'],
    ['a company before its phone line', 'Please call Debra at Northgate Trading Company Phone (713) 853-3242 before Friday.', 'Northgate Trading Company/ORG'],
    ['a company before its fax line', 'For more information, contact Kestrel Logistics Ltd. Fax: 020 7946 0000', 'Kestrel Logistics Ltd./ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a seat is no acronym of a body', 'She is the MLA for Surrey and a former teacher.', 'MLA'],
    ['a seat is no word of the party', 'He was elected as the Liberal-Labour MPP for Kenora in 1951.', 'Liberal-Labour MPP'],
  ])('no organization: %s', (_kind, text, name) => {
    expect(spans(text)).not.toContain(`${name}/ORG`);
  });
});

// pass 08 (split-joined-names): "and" inside one organization's name
describe('an organization whose name holds "and"', () => {
  it.each([
    ['a common noun before "and" that the organization word only modifies', 'A 2011 study by the United Nations Food and Agriculture Organization examined food waste.', 'United Nations Food and Agriculture Organization/ORG'],
    ['a second portfolio in common words', 'The software was employed to serve the Council for European Security and Cooperation in 1996.', 'Council for European Security and Cooperation/ORG'],
  ])('stays whole, %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['two names with organization words', 'He thanked the British Library and Columbia University for the loan.', ['British Library/ORG', 'Columbia University/ORG']],
    ['a head and "of", then a company', 'Funding came from the Ministry of Defence and BAE Systems.', ['Ministry of Defence/ORG', 'BAE Systems/ORG']],
    ['a head and "of", then a university', 'Students from the University of Tokyo and Kyoto University took part.', ['University of Tokyo/ORG', 'Kyoto University/ORG']],
  ])('splits, %s: %s', (_kind, text, names) => {
    for (const name of names) expect(spans(text)).toContain(name);
  });
});
