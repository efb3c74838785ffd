import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/stages/clean';
import { extractBriefing } from '../src/index';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const STORY = [
  'The regional council approved a new budget on Tuesday after a debate that lasted more than six hours.',
  'Officials said the plan would add 40 bus routes and repair roads in the northern districts by next year.',
  'Opposition members argued that the spending relied on optimistic forecasts of tax revenue.',
];
const reasonsAmidStory = (line: string) =>
  cleanText(['Headline of the story', STORY[0], line, STORY[1], STORY[2]].join('\n\n')).removed.map((r) => r.reason);

describe('an unlabelled update note needs "This" + an outlet noun and a note tail', () => {
  it.each([
    ['This article was updated to include comment from the ministry.', ['editor-note']],
    ['This story has been corrected to reflect the date of the vote.', ['editor-note']],
    ['This article has been updated since publication.', ['editor-note']],
    ['This article has been updated.', ['editor-note']],
    ['This post has been updated with comment from the senator as well as additional information from the hearing.', ['editor-note']],
    // story sentences about some other report or post stay
    ['The post was edited hours later to remove the slur.', []],
    ['The report was amended after objections from ministers.', []],
    ['The story was changed after the lawyers read it, the editor said.', []],
  ])('%j -> %j', (line, reasons) => {
    expect(reasonsAmidStory(line)).toEqual(reasons);
  });
});

describe("a page's byline with names in elements of their own, then an agency or an Oxford comma", () => {
  const STORY_LINE = 'Dockers at the port walked out on Monday after talks over pay failed, the union said. About 400 staff joined picket lines.';
  const page = (byline: string): string =>
    `<html><head><meta property="og:site_name" content="Harbour Times"></head><body><main><article><h1>Dockers strike over pay</h1>${byline}<p>${STORY_LINE}</p><p>${STORY_LINE}</p><p>${STORY_LINE}</p></article></main></body></html>`;
  const source = (byline: string) => {
    const s = extractBriefing(page(byline), { publishedAt: '2026-11-20' }).source;
    return { publisher: s.publisher, authors: s.credits.map((c) => c.name) };
  };

  it.each([
    ['<p class="byline">By <strong>Ruth Ellery</strong> and <strong>Sam Ode</strong>, Reuters</p>', 'Reuters', ['Ruth Ellery', 'Sam Ode']],
    ['<p class="byline">By Ruth Ellery and Sam Ode, Reuters</p>', 'Reuters', ['Ruth Ellery', 'Sam Ode']],
    ['<p class="byline">By <strong>Ruth Ellery</strong>, <strong>Sam Ode</strong>, and <strong>Ann Lee</strong></p>', 'Harbour Times', ['Ruth Ellery', 'Sam Ode', 'Ann Lee']],
    ['<p class="byline">By <strong>Ruth Ellery</strong>, <strong>Sam Ode</strong> and <strong>Ann Lee</strong></p>', 'Harbour Times', ['Ruth Ellery', 'Sam Ode', 'Ann Lee']],
  ])('%s', (byline, publisher, authors) => {
    expect(source(byline)).toEqual({ publisher, authors });
  });
});

describe('a demand word before "for": the noun "press" is the news media, no demand', () => {
  const statusOf = (sentence: string, trigger: string): string | undefined =>
    runUntil(createDoc(sentence, '2022-11-12'), 'events').events!.events.find((e) => e.trigger.text.includes(trigger))?.status;
  it.each([
    ['The minister told the press for the summit that the talks had failed.', 'summit', 'occurred'],
    ['He welcomed the push for the election.', 'election', 'possible'],
    ['Opposition leaders called for an emergency meeting.', 'meeting', 'possible'],
  ])('%s (%s) -> %s', (sentence, trigger, status) => {
    expect(statusOf(sentence, trigger)).toBe(status);
  });
});
