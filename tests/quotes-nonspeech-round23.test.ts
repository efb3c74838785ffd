import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

// keepAll (storyQuotes): the quote model's drops kept, so these are the speech-act filter's decisions alone
const paraphrases = (body: string): string[] =>
  storyQuotes(body, { title: 'Notes from the week', publishedAt: '2026-12-01' })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => `${q.speaker.name ?? ''}: ${q.text}`);

/** cues.json `onlyWithProposition`: 'know' with a noun-phrase object is an acquaintance, no stance */
describe('"know" reports only a proposition', () => {
  const acquaintances: Array<[string, string]> = [
    ['a person and an adverb', 'Nega finally had reason for optimism. He knew Meles well, and he obtained a leave of absence.'],
    ['a person and a second clause', 'I know Donald Trump personally, and while I currently have no plans to endorse a candidate, I like him.'],
    ['a demonstrative', 'Politicians know this and take advantage of it.'],
    ['a person and a time since', 'Senator Ann Hale has known Trump since the 1970s.'],
  ];
  it.each(acquaintances)('%s', (_shape, body) => {
    expect(paraphrases(body)).toEqual([]);
  });

  const propositions: Array<[string, string, string]> = [
    ['a that-clause', 'Senator Ann Hale knew that the plan would fail.', 'Ann Hale: the plan would fail'],
    ['a bare clause', 'Senator Ann Hale knows the plan will fail.', 'Ann Hale: the plan will fail'],
    ['an indirect question', 'Senator Ann Hale does not know how many tunnels there are.', 'Ann Hale: how many tunnels there are'],
    // a bare clause in the simple past, a subject holding a preposition or a coordinator (noun-phrase-object.ts)
    ['a simple-past clause', 'Senator Ann Hale knew the mayor lied.', 'Ann Hale: the mayor lied'],
    ['a subject with a preposition', 'Senator Ann Hale knows voters in Ohio want jobs.', 'Ann Hale: voters in Ohio want jobs'],
    ['an organization and a simple-past clause', 'The FBI knew Russia interfered in the election.', 'FBI: Russia interfered in the election'],
    ['a coordinated subject', 'Senator Ann Hale knows the mayor and his aides lied.', 'Ann Hale: the mayor and his aides lied'],
  ];
  it.each(propositions)('still a report with %s', (_shape, body, expected) => {
    expect(paraphrases(body)).toEqual([expected]);
  });
});

/** cues.json `findingDeeds`: 'find' with a reflexive object, and 'found' as a bare infinitive (to establish), find nothing */
describe('"find" reports only a finding', () => {
  const deeds: Array<[string, string]> = [
    ['a reflexive object', 'Just three hours later, Mayor Tom Reed found himself in the awkward position of addressing the attack.'],
    ['an organization and itself', 'Fox News found itself playing host to those candidates night after night.'],
    ['"helped found"', 'Ever since Roger Ailes helped found Fox News in 1996, the channel has grown.'],
  ];
  it.each(deeds)('%s', (_shape, body) => {
    expect(paraphrases(body)).toEqual([]);
  });

  const findings: Array<[string, string, string]> = [
    ['a that-clause', 'A Gallup poll found that most voters back the plan.', 'Gallup: most voters back the plan'],
    ['a pronoun subject of a clause', 'Mayor Tom Reed found he had no support on the council.', 'Tom Reed: he had no support on the council'],
  ];
  it.each(findings)('still a report with %s', (_shape, body, expected) => {
    expect(paraphrases(body)).toEqual([expected]);
  });
});

/** cues.json `callWithoutLabel`: a bare 'call' with a person for its whole object is a telephone call */
describe('"call" without a label reports no words', () => {
  const calls: Array<[string, string]> = [
    ['a name', 'A year later, Mr. Obama called Naghmeh Abedini.'],
    ['a name and an adverb', 'Senator Ann Hale, who called Sanders shortly, left the room.'],
    ['a pronoun and a purpose', 'After the vote, Bill Clinton called her to get together again.'],
    ['a title, a surname and an adverb', 'Mr. Obama called Mr. Putin yesterday.'],
    ['a pronoun and a purpose that is no speech', 'Bill Clinton called her to congratulate her on the win.'],
  ];
  it.each(calls)('%s', (_shape, body) => {
    expect(paraphrases(body)).toEqual([]);
  });

  const labels: Array<[string, string, string]> = [
    ['an adjective label', 'Senator Bernie Sanders called him divisive.', 'Bernie Sanders: him divisive'],
    ['a noun-phrase label', 'Senator Ted Cruz kept calling Trump his friend.', 'Ted Cruz: Trump his friend'],
    // call-without-label.ts oneNameEnd: the object is one name only; a second name or a title after it is a label
    ['a title, a surname and a nickname', 'Mr. Trump has called Senator Warren Pocahontas.', 'Trump: Senator Warren Pocahontas'],
    ['a title, a full name and a nickname', 'Mr. Trump has called Senator Elizabeth Warren Pocahontas.', 'Trump: Senator Elizabeth Warren Pocahontas'],
    ['a name and a titled nickname', 'Mr. Trump called Nigel Farage Mr. Brexit.', 'Trump: Nigel Farage Mr. Brexit'],
    ['a name and a capitalized nickname', 'Mr. Trump called Marco Rubio Little Marco.', 'Trump: Marco Rubio Little Marco'],
    // the purpose is a speech verb taking a clause: the call carried words
    ['a call to say that', 'Senator Ann Hale called Smith to say that the deal was off.', 'Ann Hale: Smith to say that the deal was off'],
    ['a call to warn', 'Senator Ann Hale called Smith to warn him that the dam would fail.', 'Ann Hale: Smith to warn him that the dam would fail'],
    ['a call to tell', 'Senator Ann Hale called Smith to tell him the deal was dead.', 'Ann Hale: Smith to tell him the deal was dead'],
    ['a call to announce', 'Senator Ann Hale called Smith to announce that she would resign.', 'Ann Hale: Smith to announce that she would resign'],
  ];
  it.each(labels)('still a report with %s', (_shape, body, expected) => {
    expect(paraphrases(body)).toEqual([expected]);
  });
});
