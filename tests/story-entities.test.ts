import { describe, expect, it } from 'vitest';
import { mergeBriefings, type Story } from '../src/index';
import { briefing, entity } from './helpers/story';

/** the story entity an article entity went into */
function storyEntity(story: Story, article: string, entityId: string): Story['entities'][number] {
  const found = story.entities.find((e) => e.sources.some((s) => s.article === article && s.entityId === entityId));
  if (!found) throw new Error(`${article}:${entityId} is in no story entity`);
  return found;
}

describe('story entities: same referent, different names', () => {
  it.each([
    ['a full name and a surname', entity('e1', 'person', 'Fumio Kishida', { aliases: ['Kishida'] }), entity('e1', 'person', 'Kishida')],
    ['an acronym and the full name', entity('e1', 'organization', 'Chinese Communist Party'), entity('e1', 'organization', 'CCP')],
    ['a name given as its alias elsewhere', entity('e1', 'organization', 'Chinese Communist Party', { aliases: ['CCP'] }), entity('e1', 'organization', 'CCP')],
    ['two names of one country', entity('e1', 'location', 'US', { subtype: 'country' }), entity('e1', 'location', 'United States', { subtype: 'country' })],
    ['a company with and without its suffix', entity('e1', 'organization', 'AirTran Airways'), entity('e1', 'organization', 'AirTran')],
  ])('%s', (_, a, b) => {
    // shared neighbours, as articles on one story have
    const context = [entity('e2', 'location', 'Japan', { subtype: 'country' }), entity('e3', 'location', 'China', { subtype: 'country' }), entity('e4', 'person', 'Xi Jinping')];
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: [a, ...context] }) },
      { id: 'b', briefing: briefing({ entities: [b, ...context] }) },
    ]);
    expect(storyEntity(story, 'a', 'e1').id).toBe(storyEntity(story, 'b', 'e1').id);
  });
});

describe('story entities: different referents, similar names', () => {
  it('keeps two Smiths apart and gives a bare "Smith" to the one whose story it shares', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: [entity('e1', 'person', 'Anna Smith', { titles: ['chief executive'] }), entity('e2', 'organization', 'Acme Corp'), entity('e3', 'location', 'Ohio')] }) },
      { id: 'b', briefing: briefing({ entities: [entity('e1', 'person', 'John Smith', { titles: ['senator'] }), entity('e2', 'organization', 'Senate'), entity('e3', 'location', 'Texas')] }) },
      { id: 'c', briefing: briefing({ entities: [entity('e1', 'person', 'Smith'), entity('e2', 'organization', 'Acme Corp'), entity('e3', 'location', 'Ohio'), entity('e4', 'person', 'Bob Lee')] }) },
    ]);
    const anna = storyEntity(story, 'a', 'e1');
    const john = storyEntity(story, 'b', 'e1');
    expect(anna.id).not.toBe(john.id);
    expect(storyEntity(story, 'c', 'e1').id).toBe(anna.id);
    expect(anna.name).toBe('Anna Smith');
  });

  it('never merges two full names that differ in the given name, even through a bare surname', () => {
    const shared = [entity('e2', 'organization', 'Acme Corp'), entity('e3', 'location', 'Ohio')];
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: [entity('e1', 'person', 'Anna Smith'), ...shared] }) },
      { id: 'b', briefing: briefing({ entities: [entity('e1', 'person', 'John Smith'), ...shared] }) },
      { id: 'c', briefing: briefing({ entities: [entity('e1', 'person', 'Smith'), ...shared] }) },
    ]);
    expect(storyEntity(story, 'a', 'e1').id).not.toBe(storyEntity(story, 'b', 'e1').id);
  });

  it('keeps Georgia the US state apart from Georgia the country by their context', () => {
    const state = [entity('e2', 'location', 'Atlanta', { subtype: 'city' }), entity('e3', 'location', 'United States', { subtype: 'country' }), entity('e4', 'person', 'Brian Kemp')];
    const country = [entity('e2', 'location', 'Tbilisi', { subtype: 'city' }), entity('e3', 'location', 'Russia', { subtype: 'country' }), entity('e4', 'person', 'Irakli Kobakhidze')];
    const georgia = entity('e1', 'location', 'Georgia', { subtype: 'country' });
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: [georgia, ...state] }) },
      { id: 'b', briefing: briefing({ entities: [georgia, ...country] }) },
      { id: 'c', briefing: briefing({ entities: [georgia, country[0]!, entity('e5', 'organization', 'European Union'), entity('e6', 'location', 'Armenia', { subtype: 'country' })] }) },
    ]);
    expect(storyEntity(story, 'a', 'e1').id).not.toBe(storyEntity(story, 'b', 'e1').id);
    expect(storyEntity(story, 'c', 'e1').id).toBe(storyEntity(story, 'b', 'e1').id);
  });

  it('keeps a country apart from a region of the same name', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: [entity('e1', 'location', 'Georgia', { subtype: 'region' })] }) },
      { id: 'b', briefing: briefing({ entities: [entity('e1', 'location', 'Georgia', { subtype: 'country' })] }) },
    ]);
    expect(storyEntity(story, 'a', 'e1').id).not.toBe(storyEntity(story, 'b', 'e1').id);
  });

  it('keeps Sydney the city apart from a person named Sydney', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: [entity('e1', 'location', 'Sydney', { subtype: 'city' })] }) },
      { id: 'b', briefing: briefing({ entities: [entity('e1', 'person', 'Sydney')] }) },
    ]);
    expect(storyEntity(story, 'a', 'e1').id).not.toBe(storyEntity(story, 'b', 'e1').id);
  });
});

describe('story entities: organizations named with and without their country', () => {
  const context = [entity('e8', 'organization', 'Boeing'), entity('e9', 'organization', 'Pentagon')];
  const article = (id: string, name: string) => ({ id, briefing: briefing({ entities: [entity('e1', 'organization', name), ...context] }) });

  it('"US Air Force" is the "United States Air Force", and a bare "Air Force" joins it', () => {
    const story = mergeBriefings([article('a', 'United States Air Force'), article('b', 'US Air Force'), article('c', 'Air Force')]);
    expect(new Set(['a', 'b', 'c'].map((id) => storyEntity(story, id, 'e1').id)).size).toBe(1);
  });

  it('a bare "Air Force" joins neither when two countries\' air forces are in the story', () => {
    const story = mergeBriefings([article('a', 'United States Air Force'), article('b', 'Indian Air Force'), article('c', 'Air Force')]);
    expect(new Set(['a', 'b', 'c'].map((id) => storyEntity(story, id, 'e1').id)).size).toBe(3);
  });
});

describe('mergeBriefings: misuse', () => {
  it.each([
    ['not an array', 'nope'],
    ['an article without a briefing', [{ id: 'a' }]],
    ['two articles with one id', [{ id: 'a', briefing: briefing() }, { id: 'a', briefing: briefing() }]],
  ])('%s is a typed error', (_, input) => {
    expect(() => mergeBriefings(input as never)).toThrow(/STORY_INPUT_INVALID/);
  });

  it('an empty list is an empty story', () => {
    expect(mergeBriefings([])).toEqual({ articles: [], entities: [], quotes: [], events: [], contradictions: [] });
  });
});
