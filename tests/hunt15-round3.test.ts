import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { readHtmlArticle } from '../src/html';
import { classifyFurnitureLine } from '../src/stages/clean/furniture-lines';

// hunt 15, third round: kinds of error a new user met on made-up pages (a central bank's live blog, a canal blocked
// by a ship, a hospital data breach), written here in other words

const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-11-20' });
const times = (text: string): string[][] => brief(text).timeExpressions.map((t) => [t.text, t.value ?? '']);
const statuses = (text: string): string[][] => brief(text).events.map((e) => [e.trigger.text, e.status]);

describe('a date inside the complement of a prospective noun, adjective or verb lies ahead', () => {
  it.each([
    ['The minutes left the door wide open for a March hike.', 'March', '2027-03'],
    ['Analysts say the bank kept the door open for a cut in February.', 'February', '2027-02'],
    ['Traders raised their bets on a rate rise in June.', 'June', '2027-06'],
    ['The economist says the minutes have "left the door open" for a March hike.', 'March', '2027-03'],
    ['The regulator signalled a February increase.', 'February', '2027-02'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });

  it.each([
    ['He was jailed for a February robbery.', 'February', '2026-02'],
    ['The bank cut rates in February.', 'February', '2026-02'],
  ])('a past clause without such a word keeps the past: %s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('a bare clock time takes the day named just before it', () => {
  it('the day of the sentence before, close to the reference date', () => {
    const text = 'A tanker lost power on the river early on Wednesday. It drifted onto a sandbank at about 5:15 a.m. (1015 GMT), the port said.';
    expect(times(text)).toContainEqual(['about 5:15 a.m.', '2026-11-18T05:15']);
    expect(times(text)).toContainEqual(['1015 GMT', '2026-11-18T10:15']);
  });

  it('a day far from the reference date leaves the reference day', () => {
    const text = 'The plant opened on March 3, 2019. Workers arrive at 6am.';
    expect(times(text)).toContainEqual(['6am', '2026-11-20T06:00']);
  });
});

describe('an event the clause calls off did not happen', () => {
  it.each([
    ['The meeting, called for Tuesday, was cancelled.', 'meeting', 'negated'],
    ['The summit, planned for May, was called off.', 'summit', 'negated'],
    ['The summit was called off.', 'summit', 'negated'],
    ['The meeting, which was set for Monday, was postponed.', 'meeting', 'negated'],
  ])('%s', (text, trigger, status) => {
    expect(statuses(text)).toContainEqual([trigger, status]);
  });

  it('an aside does not carry the negation past a verb that says it happened', () => {
    expect(statuses('The attack, claimed by the group, killed 12 people.')).toContainEqual(['attack', 'occurred']);
  });
});

describe('HTML text keeps apart the elements a browser shows apart', () => {
  const page = (meta: string) => `<html><head><title>Water supply restored</title></head><body><article><h1>Water supply restored</h1>
    ${meta}
    <p>Engineers restored the water supply to 12,000 homes in the town on Thursday after a burst main left streets flooded, the company said in a statement.</p>
    <p>The company said it would pay compensation to every household affected by the outage, which lasted nearly two days and closed three schools.</p>
    <p>Local councillors said residents had been given too little information while the repairs went on through the night.</p></article></body></html>`;

  it('adjacent inline elements are not glued into one word', () => {
    const { text } = readHtmlArticle(page('<p><span class="role">Transport Correspondent</span><span class="date">07:15, 19 NOV 2026</span><span>Updated 09:02, 19 NOV 2026</span></p>'));
    expect(text).toContain('Transport Correspondent 07:15, 19 NOV 2026 Updated 09:02, 19 NOV 2026');
  });

  it('a word split over inline markup stays whole', () => {
    const { text } = readHtmlArticle(page('<p>A <b>re</b><i>markable</i> recovery, and <a href="/x">link</a>s too, the company said on its website today.</p>'));
    expect(text).toContain('A remarkable recovery, and links too');
  });

  it('a role and the page dates left of a byline are furniture', () => {
    expect(classifyFurnitureLine('Transport Correspondent 07:15, 19 NOV 2026 Updated 09:02, 19 NOV 2026')?.reason).toBe('byline');
    expect(classifyFurnitureLine('The correspondent arrived on 19 November 2026')).toBeNull();
  });
});
