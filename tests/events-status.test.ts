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
    // after the trigger, only a verb saying the event took place is negated with it (status.json negatedOccurrence)
    ['The summit never happened.', 'summit', 'negated'],
    ['The talks were not held.', 'talks', 'negated'],
    ['No talks were held.', 'talks', 'negated'],
    ['The rally did not go ahead.', 'rally', 'negated'],
    ['The talks after no deal was reached in May ended on Friday.', 'talks', 'occurred'],
    ["Those talks didn't result in any changes.", 'talks', 'occurred'],
    ['The bombings did not prevent the talks.', 'bombings', 'occurred'],
    ['The bomb blast has not generated any hatred.', 'blast', 'occurred'],
    ['The deal does not affect plans to buy new planes.', 'deal', 'occurred'],
    // the passive list only in the passive: a ceasefire that did not hold took place; 'no' before another noun is that noun's
    ['The ceasefire did not hold.', 'ceasefire', 'occurred'],
    ['Talks with no agenda began on Monday.', 'Talks', 'occurred'],
    ['The attack was not the first in the area.', 'attack', 'occurred'],
    ['Tokyo denied the attack on the embassy.', 'attack', 'negated'],
    // review rev26-b F3: verbs of being carried out, launched, signed, finalized, letting it go ahead say it did not take
    // place (status.json negatedOccurrence, negatedOccurrencePassives, negatedOccurrenceAlone, negatedOccurrenceControl)
    ['The attack was never carried out.', 'attack', 'negated'],
    ['The attack was never launched.', 'attack', 'negated'],
    ['The attack never came.', 'attack', 'negated'],
    ['The invasion never came.', 'invasion', 'negated'],
    ['The deal was never signed.', 'deal', 'negated'],
    ['The deal was not finalized.', 'deal', 'negated'],
    ['The protest was not allowed to go ahead.', 'protest', 'negated'],
    ['The talks never got off the ground.', 'talks', 'negated'],
    // a VERB trigger whose object is negative had no target; 'no fewer than' is no object
    ['Rebels attacked no towns on Sunday.', 'attacked', 'negated'],
    ['Rebels attacked nobody.', 'attacked', 'negated'],
    ['Rebels attacked no fewer than ten towns.', 'attacked', 'occurred'],
    // never confirmed is unconfirmed, as 'not confirmed' is: the event is not said to have failed to happen
    ['The bombing was never confirmed.', 'bombing', 'unconfirmed'],
    ['Reports of an attack were never confirmed.', 'attack', 'unconfirmed'],
    // the right reading nearby is kept: 'come' with words after it says how it came; the consequence verbs stay occurred
    ['The attack did not come as a surprise.', 'attack', 'occurred'],
    ['The protest did not stop traffic.', 'protest', 'occurred'],
    ['The ceasefire did not last long.', 'ceasefire', 'occurred'],
    ['The protest did not turn violent.', 'protest', 'occurred'],
    ['The attack did not kill anyone.', 'attack', 'occurred'],
    // the passive is read on the negated verb group: a "be" of a relative clause before it makes no passive (F7; a guard:
    // HEAD gave occurred too, another rule keeps this one, so the row pins the narrowed reading, it does not reproduce it)
    ['The ceasefire that was agreed in May did not hold.', 'ceasefire', 'occurred'],
    // wink's scope runs on to the trigger, but the negation is about something else
    ['The company did not elaborate on the statement.', 'statement', 'occurred'],
    ['No one was injured in the attack.', 'attack', 'occurred'],
    // an -ing denial after a noun modifies it
    ['The group issued a statement denying responsibility.', 'statement', 'occurred'],
    // a past participle after the negated verb's object modifies the object: the object event stays negated
    ['Biden did not attend the summit held in Paris.', 'summit', 'negated'],
    ['Iran did not attend the talks hosted by Qatar.', 'talks', 'negated'],
    ["Biden didn't attend the talks hosted by Qatar.", 'talks', 'negated'],
    ['Israel did not attend the talks held in Doha on Sunday.', 'talks', 'negated'],
    ['Scholz did not attend the meeting called by Macron.', 'meeting', 'negated'],
    ["Putin didn't attend the summit organized by the BRICS group.", 'summit', 'negated'],
    ['Iran never attended the talks held in Vienna.', 'talks', 'negated'],
    ['Biden did not attend the summit last week held in Paris.', 'summit', 'negated'],
    ['Turkey did not join the sanctions imposed by the European Union.', 'sanction', 'negated'],
    ['Macron did not attend the meeting scheduled for Friday.', 'meeting', 'negated'],
    ["Putin won't attend the summit scheduled for June in Brazil.", 'summit', 'negated'],
    ["Israel won't attend the talks planned by Egypt.", 'talks', 'negated'],
    ['Biden did not attend the summit Macron hosted in Paris.', 'summit', 'negated'],
    // 'that' before a bare noun phrase is a determiner: the noun is the negated verb's object
    ['Biden did not attend that summit.', 'summit', 'negated'],
    ['Modi did not attend that meeting in Delhi.', 'meeting', 'negated'],
  ])('%s (%s) -> %s', (sentence, trigger, status) => {
    expect(statusOf(sentence, trigger)).toBe(status);
  });

  // a negated verb's object modified by a participle or a determiner 'that' adds no event of its own that occurred
  it.each([
    ['Hamas did not sign the agreement reached in Cairo.'],
    ['Iran has not signed that treaty, officials said.'],
  ])('%s -> no event that occurred', (sentence) => {
    const events = runUntil(createDoc(sentence, '2022-11-12'), 'events').events!.events;
    expect(events.filter((e) => e.status === 'occurred')).toEqual([]);
    expect(events.map((e) => e.status)).toContain('negated');
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
