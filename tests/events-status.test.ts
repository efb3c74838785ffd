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

// a negation of a negation ("could not be ruled out") says the event may happen: possible, never negated
describe('event status: double negatives', () => {
  it.each([
    ['She said new elections could not be ruled out.', 'elections', 'possible'],
    ['The minister did not rule out new elections.', 'elections', 'possible'],
    ['Officials said a new attack cannot be excluded.', 'attack', 'possible'],
    // the plain negation and "ruled out" stay negations
    ['The minister ruled out new elections.', 'elections', 'negated'],
    ['Kishida did not meet Xi during the trip.', 'meet', 'negated'],
  ])('%s (%s) -> %s', (sentence, trigger, status) => {
    expect(statusOf(sentence, trigger)).toBe(status);
  });
});

// a military trigger wants a military context: "full deployment" of a product is no military action
describe('event triggers: deploy needs a military context', () => {
  function typesOf(sentence: string): string[] {
    return runUntil(createDoc(sentence, '2022-11-12'), 'events').events!.events.map((e) => e.type);
  }
  it.each([
    ['"We are seeing customers move from pilots to full deployment," the chief executive said.', false],
    ['The company will deploy the new software across its stores next year.', false],
    ['The Pentagon will deploy 3,000 troops to the region.', true],
    ['The deployment of warships to the strait angered Beijing.', true],
  ])('%s -> military-action %s', (sentence, military) => {
    expect(typesOf(sentence).includes('military-action')).toBe(military);
  });
});
