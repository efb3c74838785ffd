import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const TITLE = 'Senators spar over the budget\n\n';

function indirectOf(body: string) {
  return runUntil(createDoc(TITLE + body, '2026-03-02'), 'quotes').quotes!.quotes.filter((q) => q.kind === 'indirect');
}
const shown = (body: string): string => JSON.stringify(indirectOf(body).map((q) => [q.speaker.name, q.text]));

describe('round 19: a second predicate of the reported clause stays in its content', () => {
  // [sentence, the content the cue reports]
  const table: Array<[string, string]> = [
    // an -ing after the content's own -ing: 'is acting ... and showing'
    ['Cruz says Obama is acting unlawfully and showing disregard for the Second Amendment.', 'Obama is acting unlawfully and showing disregard for the Second Amendment'],
    // a bare verb after a modal's bare verb: 'would expand ... and push'
    ['Warren said they would expand the relief program and push for immigration reform.', 'they would expand the relief program and push for immigration reform'],
    // a bare verb after an infinitive's, past the infinitive's own list
    ['Officials said money is needed to develop a vaccine, educate the public and learn more about the virus.', 'money is needed to develop a vaccine, educate the public and learn more about the virus'],
    // the tagger's AUX 'do' under the modal
    ['Warren suggested she would do an about-face and support the trade deal.', 'she would do an about-face and support the trade deal'],
    // a verb of intention before 'to' after 'and' (cues.json intentionAfterAnd), in a clause a subject pronoun opens: the clause goes on
    ['Singh said he was alarmed by the images and wanted to see the rally for himself.', 'he was alarmed by the images and wanted to see the rally for himself'],
  ];
  it.each(table)('%s', (body, content) => {
    expect(indirectOf(body).map((q) => q.text), shown(body)).toContain(content);
  });

  // the speaker's next act keeps its own report: a past after a past, or an -ing cue's next -ing
  const apart: Array<[string, string]> = [
    ['Smith said she regretted her remarks and promised to stay out of the race.', 'she regretted her remarks'],
    // after a comma the deed is the speaker's next act
    ['Smith said she regretted her remarks, and planned to stay out of the race.', 'she regretted her remarks'],
    // a deed after 'and' is the speaker's next act, not the reported clause's (review rev24-c finding 1)
    ['Smith said the tax was unfair and voted against the bill.', 'the tax was unfair'],
    ['The president said the media was dishonest and attacked CNN for its coverage.', 'the media was dishonest'],
    ['The minister said the talks had failed and continued his tour of the region.', 'the talks had failed'],
    ['The company said profits would rise and released its annual report on Monday.', 'profits would rise'],
    ['The CEO said the deal was done and showed reporters the signed contract.', 'the deal was done'],
    // 'threaten to' is an intention of the speaker's, not of a pronoun subject's clause: not in intentionAfterAnd
    ['Jones said the law was clear and threatened to sue the city.', 'the law was clear'],
    ['Smith spoke on Monday, stating there was a benefit to having Jones in the race and chiding the media for its coverage.', 'there was a benefit to having Jones in the race'],
  ];
  it.each(apart)('%s', (body, content) => {
    expect(indirectOf(body).map((q) => q.text), shown(body)).toContain(content);
  });
});

describe('round 19: "said the same" reports what was said before', () => {
  // [sentence, speaker, content]
  const table: Array<[string, string, string]> = [
    ['While 86 percent of black voters had a favorable opinion of Clinton, 43 said the same for Sanders.', '43', 'the same for Sanders'],
    ['Fifty percent say she is prepared, compared with the 30 percent who say the same about Mr. Trump.', 'the 30 percent', 'the same about Mr. Trump'],
  ];
  it.each(table)('%s', (body, speaker, content) => {
    expect(indirectOf(body).map((q) => [q.speaker.name, q.text]), shown(body)).toContainEqual([speaker, content]);
  });

  it('"the same" opening a clause stays the clause', () => {
    const body = 'Mr. Farid said the same technology could be applied to terror content.';
    expect(indirectOf(body).map((q) => q.text), shown(body)).toEqual(['the same technology could be applied to terror content']);
  });
});

describe('round 19: hostile input for the shared-predicate reading', () => {
  it.each([
    ['many "and"s after a modal', `Smith said they would ${'expand the plan and push '.repeat(2000)}.`],
    ['many -ing verbs and cues', `Smith says Jones is ${'acting and showing and saying '.repeat(2000)}.`],
  ])('%s: finishes quickly (CPU time)', (_name, body) => {
    const started = process.cpuUsage();
    expect(() => indirectOf(body)).not.toThrow();
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(8000);
  });
});
