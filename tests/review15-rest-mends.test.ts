import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/stages/clean';

const STORY = [
  'The regional council approved a new budget on Tuesday after a debate that lasted more than six hours.',
  'Officials said the plan would add 40 bus routes and repair roads in the northern districts by next year.',
  'Opposition members argued that the spending relied on optimistic forecasts of tax revenue.',
];
const reasonsAmidStory = (line: string) =>
  cleanText(['Headline of the story', STORY[0], line, STORY[1], STORY[2]].join('\n\n')).removed.map((r) => r.reason);

describe('an unlabelled update note needs "This article/story" and a note tail', () => {
  it.each([
    ['This article was updated to include comment from the ministry.', ['editor-note']],
    ['This story has been corrected to reflect the date of the vote.', ['editor-note']],
    ['This article has been updated since publication.', ['editor-note']],
    ['This article has been updated.', ['editor-note']],
    // story sentences about some other report or post stay
    ['The post was edited hours later to remove the slur.', []],
    ['The report was amended after objections from ministers.', []],
    ['The story was changed after the lawyers read it, the editor said.', []],
  ])('%j -> %j', (line, reasons) => {
    expect(reasonsAmidStory(line)).toEqual(reasons);
  });
});
