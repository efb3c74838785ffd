import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// Quote errors met on made-up news pages of new kinds (hunt 24: an air-crash report's deck "Preliminary report says
// ...", a press review's headline "Foreign papers weigh in ..."), written here in other words
const speakers = (text: string): string[] => extractBriefing(text).quotes.map((q) => `${q.speaker.name ?? ''}: ${q.text}`);

describe('a common word opening a deck before a document is no publisher', () => {
  it.each([
    ['an adjective before "report", in a deck', 'Crash inquiry\n\nPreliminary report says crew fought the controls for four minutes\n\nRescuers reached the site by night, officials said.'],
    ['an adjective before "reports", in a deck', 'Jet lands in field\n\nInitial reports say the jet lost power in both engines\n\nAll 120 passengers walked away unhurt, the airline said on Friday.'],
    ['an adjective after a headline\'s colon', 'World press review: Foreign papers weigh in on the gas deal\n\nNewspapers around the world reacted with a mixture of relief and suspicion to Sunday\'s agreement.\n\nFrance\n\nLe Monde said the deal was "an earthquake dressed up as a contract".'],
  ])('%s', (_shape, text) => {
    // (the story's own quote is found, so the loop below reads at least one speaker)
    expect(speakers(text).length).toBeGreaterThan(0);
    for (const s of speakers(text)) expect(s).not.toMatch(/^(?:Initial|Preliminary|Foreign):/);
  });

  it('an outlet named by a common word still publishes in a deck ("Nature study finds ...")', () => {
    const text = 'Coral\n\nNature study finds reefs recovering faster than feared\n\nThe survey covered 300 reefs, scientists said.';
    expect(speakers(text).join(' | ')).toContain('Nature: reefs recovering faster than feared');
  });

  it('in running text such a phrase is read as before ("Exit polls showed ...")', () => {
    const text = 'Primary night\n\nExit polls showed that most voters backed a ban on the plan, and turnout was high.';
    expect(speakers(text).length).toBeGreaterThan(0);
  });

  it('a publisher the entity stage missed still speaks ("according to a national Gallup Poll")', () => {
    expect(speakers('Poll news\n\nTrump leads, according to a national Gallup Poll taken last week.').join(' | ')).toContain('Gallup: Trump leads');
  });
});

describe('after an inverted cue, a role set off by a comma before a name: the name speaks', () => {
  const speakerOf = (text: string) => extractBriefing(text).quotes.find((q) => q.kind === 'direct')?.speaker;
  it.each([
    ['a minister, then her name and a clause', 'Summit stalls\n\n"We did not come here to bargain," said Fiji\'s climate minister, Ana Talakai, as she left the hall.', 'Ana Talakai'],
    ['a relative, then his name and "who"', 'Profile\n\n"She remembers every number," said her younger brother, Sola Adebayo, who runs the Ghana arm.', 'Sola Adebayo'],
    ['a role, then a name and an age', 'Profile\n\n"She remembers every number," said her younger brother, Sola Adebayo, 52.', 'Sola Adebayo'],
  ])('%s', (_shape, text, name) => {
    const speaker = speakerOf(text);
    expect(speaker?.name).toBe(name);
    expect(speaker?.entityId).not.toBeNull();
  });

  it.each([
    ['a role and a participle', 'Profile\n\n"She remembers every number," said her brother, adding that she never forgets.', 'her brother'],
    ['a role alone', 'Profile\n\n"She remembers every number," said her younger brother.', 'her younger brother'],
    ['a plural role, then a list of names', 'Launch\n\n"This is day one," said the company\'s founders, Larry Page, Sergey Brin and Eric Schmidt.', 'the company\'s founders'],
    ['a plural role, then names with ages', 'Trial\n\n"We want answers," said the victim\'s parents, Ana Ruiz, 45, and Pedro Ruiz, 47.', 'the victim\'s parents'],
  ])('the role stays the speaker: %s', (_shape, text, role) => {
    expect(speakerOf(text)?.name).toBe(role);
  });
});
