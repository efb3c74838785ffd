import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { timeStage } from '../src/stages/time';
import { extractBriefing } from '../src/index';

const REFERENCE = '2026-06-10';

function valueOf(text: string, expression: string, reference = REFERENCE): string | null | undefined {
  const times = timeStage.run(runUntil(createDoc(text, reference), 'tokens')).timeExpressions;
  return times.find((t) => t.text === expression)?.value;
}

function eventsOf(text: string): Array<{ type: string; trigger: string; status: string }> {
  return runUntil(createDoc(text, REFERENCE), 'events').events!.events.map((e) => ({ type: e.type, trigger: e.trigger.text, status: e.status }));
}

// a bare month after the object of a verb whose object lies ahead dates that object: the coming month, also when the
// coming one is the nearest and a past verb stands close before it (the object's head 'cut' read as one)
describe('time: a month dating the object of a prospective verb', () => {
  it.each([
    ['2026-11-20', 'The central bank signalled a rate cut in February, officials said.', 'February', '2027-02'],
    ['2026-11-20', 'The government forecast slower growth in March.', 'March', '2027-03'],
    ['2026-10-02', 'The regulator has signaled a decision in January.', 'January', '2027-01'],
    ['2026-06-10', 'The central bank signalled a rate cut in February, officials said.', 'February', '2027-02'],
    // the verb's own date keeps its tense
    ['2026-06-10', 'The central bank signalled on Tuesday that it would wait.', 'Tuesday', '2026-06-09'],
    ['2026-11-20', 'The central bank cut rates in February.', 'February', '2026-02'],
    ['2026-11-20', 'The central bank announced a rate cut in February.', 'February', '2026-02'],
  ])('on %s: %s -> %s %s', (reference, text, expression, value) => {
    expect(valueOf(text, expression, reference)).toBe(value);
  });
});

// the channel of a quote ("said in a statement") is no statement event; a statement reported as a deed is
describe('events: a speech-act noun naming the channel of an attribution', () => {
  it.each([
    ['"We are ready," the bank said in a statement.', 0],
    ['The company said on Tuesday in a statement that it would appeal.', 0],
    ['Officials told Reuters in a written statement that the plan was dead.', 0],
    ['"We will appeal," the two governments said in a joint statement.', 0],
    ['The ministry issued a statement on Monday.', 1],
    ['The statement angered Beijing.', 1],
  ])('%s -> %i statement events', (text, count) => {
    expect(eventsOf(text).filter((e) => e.type === 'statement').length).toBe(count);
  });
});

// a noun trigger that is the object of a verb stopping it did not happen
describe('events: a blocked or rejected event is negated', () => {
  it.each([
    ['The CMA blocked the deal in April after a long review.', 'deal', 'negated'],
    ['Lawmakers rejected the proposed trade agreement on Friday.', 'agreement', 'negated'],
    ['Police foiled a bomb attack in March.', 'attack', 'negated'],
    // the trigger as the subject of the verb, or a deal made, keeps its status
    ['The attack blocked the main road.', 'attack', 'occurred'],
    ['The two firms signed the agreement in May.', 'sign', 'occurred'],
  ])('%s (%s) -> %s', (text, trigger, status) => {
    expect(eventsOf(text).find((e) => e.trigger.includes(trigger))?.status).toBe(status);
  });
});

// a live blog's post time on a line of its own is page structure, removed with its reason, not a one-line paragraph
describe('cleaning: live-blog post times', () => {
  const POST = 'The coastguard said it had rescued four people from a yacht off the headland, and searches were continuing.';
  it.each([
    ['22:40', true],
    ['9.05pm', true],
    ['10:15 GMT', true],
    ['7:30 a.m.', true],
    // a line with words around a time, or a score, stays
    ['At 22:40 the coastguard arrived.', false],
    ['24:40', false],
  ])('%s removed: %s', (line, removed) => {
    const text = `Live: Storm batters the coast\n\nThe storm made landfall on Tuesday night, officials said.\n\n${line}\n\n${POST}\n`;
    const body = runUntil(createDoc(text, REFERENCE), 'clean').clean!;
    const start = text.indexOf(line);
    expect(body.removed.some((r) => r.start === start && r.reason === 'post-time')).toBe(removed);
  });
});

// a title whose owner is a common noun in the possessive; the owner is an affiliation only when it resolves to a
// named organization
describe('resolve: titles owned by a common noun', () => {
  function person(text: string, name: string): { titles: string[]; affiliations: string[] } | undefined {
    const briefing = extractBriefing(text, { publishedAt: REFERENCE });
    const entity = briefing.entities.find((e) => e.name === name);
    if (!entity) return undefined;
    const names = new Map(briefing.entities.map((e) => [e.id, e.name]));
    return { titles: entity.titles, affiliations: entity.affiliations.map((id) => names.get(id) ?? id) };
  }
  it.each([
    ["The museum's director, Inés de Castro, said the loan was agreed in May.", 'Inés de Castro', ['director'], []],
    ["Olugbile Holloway, the commission's director general, said the rules would change.", 'Olugbile Holloway', ['director general'], []],
    ["The Competition Commission opened an inquiry. Olugbile Holloway, the commission's director general, said the rules would change.", 'Olugbile Holloway', ['director general'], ['Competition Commission']],
    ["The city council's spokeswoman, Ann Lee, declined to comment.", 'Ann Lee', ['spokeswoman'], []],
  ])('%s -> %s %j %j', (text, name, titles, affiliations) => {
    expect(person(text, name)).toEqual({ titles, affiliations });
  });
});
