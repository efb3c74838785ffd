import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

/** the status of the first event whose trigger text contains `trigger` */
function statusOf(sentence: string, trigger: string): string | undefined {
  const events = runUntil(createDoc(sentence, '2022-11-12'), 'events').events!.events;
  return events.find((e) => e.trigger.text.includes(trigger))?.status;
}

// negation: a negation word near the trigger, checked against wink's scope on the token layer
describe('event status: negation', () => {
  it.each([
    ['Kishida did not meet Xi during the trip.', 'meet', 'negated'],
    ['There was no meeting between the two delegations.', 'meeting', 'negated'],
    // wink opens no scope after a modal's "not"; the nearby negation still counts
    ['Kishida may not meet Xi during the trip.', 'meet', 'negated'],
    // after a noun trigger no scope reaches it
    ['The meeting did not take place.', 'meeting', 'negated'],
    ['Tokyo denied the attack on the embassy.', 'attack', 'negated'],
    // wink's scope runs on to the trigger, but the negation is about something else
    ['The company did not elaborate on the statement.', 'statement', 'occurred'],
    ['No one was injured in the attack.', 'attack', 'occurred'],
    // an -ing denial after a noun modifies it
    ['The group issued a statement denying responsibility.', 'statement', 'occurred'],
  ])('%s (%s) -> %s', (sentence, trigger, status) => {
    expect(statusOf(sentence, trigger)).toBe(status);
  });
});
