import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { BriefingEvent, Entity, EntityType, TimeExpression } from '../src/schema';
import { detectEventMentions, eventsStage } from '../src/stages/events';
import { indexMentions } from '../src/stages/resolve/indexes';
import { entity } from './helpers/story';
import { extractBriefing } from '../src/index';

/** [canonical name, type, surface forms]: every whole-word occurrence of a form is a mention */
type EntitySpec = [string, EntityType, string[]];

function entitiesFor(text: string, specs: readonly EntitySpec[]): Entity[] {
  const taken: Array<[number, number]> = [];
  const longestFirst = specs.flatMap(([name, , forms]) => forms.map((form) => ({ name, form }))).sort((a, b) => b.form.length - a.form.length);
  const byName = new Map<string, Entity['mentions']>(specs.map(([name]) => [name, []]));
  for (const { name, form } of longestFirst) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(form, from);
      if (start < 0) break;
      from = start + 1;
      const end = start + form.length;
      if (/\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      byName.get(name)!.push({ start, end, text: form, kind: 'name' });
    }
  }
  return specs.map(([name, type], i) => entity(`e${i + 1}`, type, name, { mentions: byName.get(name)!.sort((a, b) => a.start - b.start), confidence: 1 }));
}

/** [text, value]: every occurrence becomes a date expression */
function timesFor(text: string, specs: ReadonlyArray<[string, string]>): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const [surface, value] of specs) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      out.push({ id: '', text: surface, span: { start: at, end: at + surface.length }, type: 'date', value });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start).map((t, i) => ({ ...t, id: `t${i + 1}` }));
}

/** tokens from the real tokenizer; entities and times built by hand, so these tests do not depend on those stages */
function docFor(text: string, entities: readonly EntitySpec[] = [], times: ReadonlyArray<[string, string]> = [], date = '2022-11-13'): Doc {
  const base = runUntil(createDoc(text, date), 'tokens');
  const built = entitiesFor(text, entities);
  return { ...base, resolve: { entities: built, ...indexMentions(built, base.tokens!) }, time: { timeExpressions: timesFor(text, times), publishedAt: date, referenceDate: date } };
}

const PEOPLE: EntitySpec[] = [
  ['Fumio Kishida', 'person', ['Fumio Kishida', 'Kishida']],
  ['Xi Jinping', 'person', ['Xi Jinping', 'Xi']],
  ['Joe Biden', 'person', ['Joe Biden', 'Biden']],
  ['Shinzo Abe', 'person', ['Shinzo Abe']],
  ['John Howard', 'person', ['John Howard']],
  ['North Korea', 'location', ['North Korea', 'Pyongyang']],
  ['Japan', 'location', ['Japan']],
  ['Australia', 'location', ['Australia']],
  ['Bali', 'location', ['Bali']],
  ['Perth', 'location', ['Perth']],
  ['Beijing', 'location', ['Beijing']],
];

describe('event type and status', () => {
  it.each([
    ['Kishida met Xi in Bali on Monday.', 'meeting', 'occurred'],
    ['Kishida will meet Xi next week.', 'meeting', 'planned'],
    ['Xi is expected to travel to Indonesia for the summit.', 'visit', 'planned'],
    ['A meeting is likely to take place during the summit in Bali.', 'meeting', 'possible'],
    ['There is a strong possibility that Kishida will meet Xi.', 'meeting', 'possible'],
    ['If the talks go ahead, they will focus on trade.', 'talks', 'possible'],
    ['Kishida may hold talks with Xi.', 'talks', 'possible'],
    ['A meeting between the leaders has not been confirmed.', 'meeting', 'unconfirmed'],
    ['Beijing has so far refused to confirm whether such a meeting will take place.', 'meeting', 'unconfirmed'],
    ['Kishida did not meet Xi during the trip.', 'meeting', 'negated'],
    ['There was no meeting between the two delegations.', 'meeting', 'negated'],
    ['A meeting between the two was being coordinated.', 'meeting', 'planned'],
    ['The online meeting is scheduled for Friday.', 'meeting', 'planned'],
    ['The US said Biden and Xi would meet in Bali.', 'meeting', 'planned'],
    ['The talks are continuing in Geneva.', 'talks', 'ongoing'],
    ['Pyongyang fired two ballistic missiles into the sea.', 'military-action', 'occurred'],
    ['North Korea has conducted a series of missile tests.', 'military-action', 'occurred'],
    ['The leaders issued a joint statement on Sunday.', 'statement', 'occurred'],
    ['Tokyo announced on November 4 that it would join the platform.', 'announcement', 'occurred'],
    ['Japan and Australia signed a security pact last month.', 'agreement', 'occurred'],
    ['Kishida traveled to Perth last October.', 'visit', 'occurred'],
    ['Thousands of people protested against the new law.', 'protest', 'occurred'],
    ['The United States imposed sanctions on Russia.', 'sanction', 'occurred'],
    ['A bomb attack killed five people in Kabul.', 'attack', 'occurred'],
    ['A roadside bomb exploded under a convoy.', 'attack', 'occurred'],
    ['Japan is pushed to impose chip export controls on China.', 'trade', 'planned'],
    ['The vote is scheduled for March.', 'election', 'planned'],
    ['China responded with a joint bomber drill with Russia.', 'military-action', 'occurred'],
  ] as const)('%s -> %s, %s', (sentence, type, status) => {
    const events = eventsStage.run(docFor(sentence, PEOPLE)).events;
    const event = events.find((e) => e.type === type);
    expect(event, JSON.stringify(events.map((e) => [e.type, e.trigger.text]))).toBeDefined();
    expect(event!.status).toBe(status);
    expect(sentence.slice(event!.trigger.span.start, event!.trigger.span.end)).toBe(event!.trigger.text);
  });

  it.each([
    'The meeting room was empty.',
    'The company published its financial statement for the year.',
    'The stock rally continued into the afternoon.',
    'The plant failed to meet the deadline.',
    'Tokyo drafted a plan to build an attack base on the islands.',
    'Sales rose in March.',
    'He was fired by the company last year.',
    'Thousands of shooting victims were treated at the hospital.',
  ])('no event in: %s', (sentence) => {
    expect(eventsStage.run(docFor(sentence, PEOPLE)).events).toEqual([]);
  });
});

describe('participants, place and time', () => {
  it('reads subject, object, place and the nearest time of the sentence', () => {
    const text = 'Kishida met Xi in Bali on Monday.';
    const [event] = eventsStage.run(docFor(text, PEOPLE, [['on Monday', '2022-11-14']])).events;
    const names = event!.participants.map((p) => p.entityId);
    expect(names).toEqual(['e1', 'e2']);
    expect(event!.location).toBe('e9');
    expect(event!.time).toMatchObject({ text: 'on Monday', value: '2022-11-14', timeId: 't1' });
  });

  it.each([
    ['The 2007 document was signed by Shinzo Abe and John Howard.', 'agreement', ['e4', 'e5'], 'signatory'],
    // a negated passive is still passive: its subject is the one attacked
    ['Kishida was not attacked in Bali.', 'attack', ['e1'], 'target'],
    ["Kishida wasn't attacked in Bali.", 'attack', ['e1'], 'target'],
    ['Kishida was attacked in Bali.', 'attack', ['e1'], 'target'],
    ['Kishida traveled to Perth, where he met officials.', 'visit', ['e1'], 'visitor'],
    ['Pyongyang fired two ballistic missiles on Sunday.', 'military-action', ['e6'], 'attacker'],
    ['Kishida held talks with Xi in Bali.', 'talks', ['e1', 'e2'], 'participant'],
    // the other term of a comparison is no host
    ["Kishida's trip to Perth was more important than Xi's, officials said.", 'visit', ['e1'], 'visitor'],
  ] as const)('%s', (text, type, ids, role) => {
    const event = eventsStage.run(docFor(text, PEOPLE)).events.find((e) => e.type === type)!;
    expect(event.participants.map((p) => p.entityId)).toEqual(ids);
    expect(event.participants[0]!.role).toBe(role);
  });

  it('reads the place across a noun trigger\'s own predicate but not into the next clause', () => {
    const [event] = eventsStage.run(docFor('The meeting will take place in Bali, Kishida said.', PEOPLE)).events;
    expect(event!.location).toBe('e9');
    const met = eventsStage.run(docFor('Kishida met officials and later flew with Xi to Bali.', PEOPLE)).events.find((e) => e.type === 'meeting');
    expect(met!.participants.map((p) => p.entityId)).toEqual(['e1']);
    expect(met!.location).toBeNull();
  });

  it('links no time introduced by "since" and none that dates the reporting', () => {
    const text = 'Kishida said on Saturday that it would be their first meeting since September.';
    const times: Array<[string, string]> = [['on Saturday', '2022-11-12'], ['September', '2022-09']];
    const [event] = eventsStage.run(docFor(text, PEOPLE, times)).events;
    expect(event!.time).toBeNull();
  });

  it('takes a place after "to" for a visit and leaves it out of the participants', () => {
    const [event] = eventsStage.run(docFor('Kishida traveled to Perth last October.', PEOPLE)).events;
    expect(event!.location).toBe('e10');
    expect(event!.participants.map((p) => p.entityId)).toEqual(['e1']);
  });
});

describe('merging mentions of one event', () => {
  const text = [
    'There is a strong possibility that Kishida will meet Xi during the APEC summit between November 14 and 18.',
    'However, the meeting may occur during the G20 summit, which runs between the 15th and 16th of the same month.',
    'Kishida met Biden in Phnom Penh on Sunday.',
    'Tokyo has hinted that a meeting with Xi will occur, but Beijing has refused to confirm whether such a meeting will take place.',
  ].join(' ');
  const times: Array<[string, string]> = [
    ['between November 14 and 18', '2022-11-14'],
    ['the 15th and 16th of the same month', '2022-11-15'],
    ['on Sunday', '2022-11-13'],
  ];
  const events = eventsStage.run(docFor(text, PEOPLE, times)).events;
  const contact = events.filter((e) => e.type === 'meeting' || e.type === 'talks');

  it('gives one Kishida–Xi meeting, not yet real, with both windows', () => {
    const kishidaXi = contact.filter((e) => e.participants.some((p) => p.entityId === 'e2'));
    expect(kishidaXi).toHaveLength(1);
    const event = kishidaXi[0]!;
    expect(event.participants.map((p) => p.entityId)).toEqual(['e1', 'e2']);
    expect(['possible', 'planned']).toContain(event.status);
    const values = [event.time?.value, ...(event.alternativeTimes ?? []).map((t) => t.value)];
    expect(values).toEqual(expect.arrayContaining(['2022-11-14', '2022-11-15']));
    expect(event.mentions!.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the meeting that already happened apart', () => {
    const held = contact.find((e) => e.participants.some((p) => p.entityId === 'e3'));
    expect(held?.status).toBe('occurred');
    expect(held?.participants.some((p) => p.entityId === 'e2')).toBe(false);
  });

  it('keeps differently named summits apart and numbers events in text order', () => {
    expect(events.filter((e) => e.type === 'summit')).toHaveLength(2);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `v${i + 1}`));
    const starts = events.map((e) => e.trigger.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('still lists every mention for evaluation', () => {
    const mentions = detectEventMentions(docFor(text, PEOPLE, times)).filter((m) => m.type === 'meeting');
    expect(mentions.length).toBeGreaterThanOrEqual(4);
  });
});

describe('robustness', () => {
  it.each([
    '',
    'meeting',
    'The the the meeting meeting meeting.',
    `${'attack '.repeat(2000)}.`,
    '(((( ))))) , , ; : — “ ” meeting',
  ])('does not crash on %#', (text) => {
    const doc = runUntil(createDoc(text, null), 'time');
    expect(() => eventsStage.run(doc)).not.toThrow();
  });
});

describe('seed articles, with entities built by hand', () => {
  const SEED_ENTITIES: EntitySpec[] = [
    ['Fumio Kishida', 'person', ['Fumio Kishida', 'Kishida']],
    ['Xi Jinping', 'person', ['Xi Jinping', 'Xi']],
    ['Joe Biden', 'person', ['Joe Biden', 'Biden']],
    ['Yoon Suk Yeol', 'person', ['Yoon Suk Yeol']],
    ['Shinzo Abe', 'person', ['Shinzo Abe']],
    ['John Howard', 'person', ['John Howard']],
    ['North Korea', 'location', ['North Korea', 'Pyongyang']],
    ['Perth', 'location', ['Perth']],
    ['Thailand', 'location', ['Thailand']],
  ];
  const load = (name: string, date: string): { doc: Doc; id: (n: string) => string } => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', `${name}.txt`), 'utf8');
    const base = runUntil(createDoc(text, date), 'time');
    const entities = entitiesFor(text, SEED_ENTITIES);
    return { doc: { ...base, resolve: { entities, ...indexMentions(entities, base.tokens!) } }, id: (n) => entities.find((e) => e.name === n)!.id };
  };
  const withAll = (events: BriefingEvent[], types: string[], ids: string[]): BriefingEvent[] =>
    events.filter((e) => types.includes(e.type) && ids.every((id) => e.participants.some((p) => p.entityId === id)));

  it('000: one potential Kishida–Xi meeting; the joint statement, the Perth visit and the missiles occurred', () => {
    const { doc, id } = load('000_7e900412ea3fc38b', '2022-11-13');
    const events = eventsStage.run(doc).events;
    const meeting = withAll(events, ['meeting', 'talks', 'summit'], [id('Fumio Kishida'), id('Xi Jinping')]);
    expect(meeting).toHaveLength(1);
    expect(['possible', 'planned']).toContain(meeting[0]!.status);
    expect(meeting[0]!.mentions!.length).toBeGreaterThanOrEqual(4);
    const statement = withAll(events, ['statement'], [id('Fumio Kishida'), id('Joe Biden'), id('Yoon Suk Yeol')]);
    expect(statement.map((e) => e.status)).toContain('occurred');
    const visit = withAll(events, ['visit'], [id('Fumio Kishida')]);
    expect(visit[0]?.status).toBe('occurred');
    expect(visit[0]?.location).toBe(id('Perth'));
    const missiles = withAll(events, ['military-action'], [id('North Korea')]);
    expect(missiles.map((e) => e.status)).toContain('occurred');
    const declaration = withAll(events, ['agreement'], [id('Shinzo Abe'), id('John Howard')]);
    expect(declaration[0]?.status).toBe('occurred');
  });

  it('003: the Biden–Kishida online meeting is planned; the missile tests are a military action', () => {
    const { doc, id } = load('003_0652192402b9b5df', '2022-01-20');
    const events = eventsStage.run(doc).events;
    const meeting = withAll(events, ['meeting', 'talks', 'summit'], [id('Joe Biden'), id('Fumio Kishida')]);
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.status).toBe('planned');
    expect(events.filter((e) => e.type === 'military-action').map((e) => e.status)).toContain('occurred');
  });
});

describe('a medical attack is no violence', () => {
  it.each([
    ['He had suffered a heart attack while awaiting trial.', []],
    ['She had a panic attack on the train.', []],
    ['Gunmen carried out an attack on the base on Monday.', ['attack']],
    // the medical modifier stands before the noun: a "panic" after it is no heart or panic attack
    ['An attack panicking shoppers in the market left two people hurt on Monday.', ['attack']],
  ])('%s', (text, types) => {
    expect(extractBriefing(text, { publishedAt: '2026-11-30' }).events.map((e) => e.type)).toEqual(types);
  });
});
