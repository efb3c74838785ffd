import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBriefing, mergeBriefings, StorySchema, type Briefing, type Story } from '../src/index';
import { dayRange } from '../src/story/time-values';

/**
 * The three seeds are one story told by three outlets: an opinion site
 * (000), the South China Morning Post (001) and Reuters via Devdiscourse
 * (003). These tests check the merged story against what a reader of all
 * three knows, and the story's invariants.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SEEDS: Array<[string, string, string]> = [
  ['000', '000_7e900412ea3fc38b.txt', '2022-11-13'],
  ['001', '001_8f0d947e317f6e2e.txt', '2022-11-12'],
  ['003', '003_0652192402b9b5df.txt', '2022-01-20'],
];
const articles = SEEDS.map(([id, file, publishedAt]) => {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  return { id, text, briefing: extractBriefing(text, { publishedAt }) };
});
const texts = new Map(articles.map((a) => [a.id, a.text]));
const briefings = new Map<string, Briefing>(articles.map((a) => [a.id, a.briefing]));
const story = mergeBriefings(articles);

function entityNamed(name: string): Story['entities'][number] {
  const e = story.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no story entity "${name}"`);
  return e;
}
const articlesOf = (sources: ReadonlyArray<{ article: string }>): string[] => [...new Set(sources.map((s) => s.article))].sort();

describe('story of the seeds', () => {
  it('parses with the Story schema', () => {
    expect(StorySchema.safeParse(story).success).toBe(true);
  });

  it('Kishida is one story entity with sources in all three articles', () => {
    const kishida = story.entities.filter((e) => e.type === 'person' && /Kishida/.test(e.name));
    expect(kishida).toHaveLength(1);
    expect(articlesOf(kishida[0]!.sources)).toEqual(['000', '001', '003']);
  });

  it('Xi Jinping is one entity from 000 and 001', () => {
    const xi = story.entities.filter((e) => e.type === 'person' && /\bXi\b/.test(e.name));
    expect(xi).toHaveLength(1);
    expect(articlesOf(xi[0]!.sources)).toEqual(['000', '001']);
  });

  it('the Kishida–Xi meeting is one story event with sources in 000 and 001', () => {
    const kishida = entityNamed('Fumio Kishida').id;
    const xi = entityNamed('Xi Jinping').id;
    const meetings = story.events.filter((v) => v.type === 'meeting' && [kishida, xi].every((id) => v.participants.some((p) => p.entityId === id)));
    expect(meetings).toHaveLength(1);
    expect(articlesOf(meetings[0]!.sources)).toEqual(['000', '001']);
    // the latest report (000, 2022-11-13) still has it to come
    expect(['planned', 'possible']).toContain(meetings[0]!.status);
  });

  it('one statement reported by two outlets in other words is one quote with both sources', () => {
    const q = story.quotes.find((x) => x.sources.some((s) => s.article === '001' && briefings.get('001')!.quotes.find((y) => y.id === s.quoteId)!.text.includes('still being coordinated')));
    expect(q).toBeDefined();
    expect(articlesOf(q!.sources)).toEqual(['000', '001']);
  });

  it('reports the President / Prime Minister title conflict with spans', () => {
    const c = story.contradictions.find((x) => x.kind === 'title' && x.subject.entityId === entityNamed('Fumio Kishida').id);
    expect(c).toBeDefined();
    const values = new Set(c!.claims.map((x) => x.value));
    expect(values).toEqual(new Set(['President', 'Prime Minister']));
    expect(c!.claims.find((x) => x.value === 'President')!.article).toBe('000');
    expect(articlesOf(c!.claims.filter((x) => x.value === 'Prime Minister'))).toEqual(['000', '001', '003']);
    expect(c!.note).toMatch(/President in 000/);
  });

  it('reports Phnom Penh placed in Thailand, which the gazetteer does not', () => {
    const c = story.contradictions.find((x) => x.kind === 'location' && x.note.includes('Phnom Penh'));
    expect(c).toBeDefined();
    expect(c!.claims).toHaveLength(1);
    expect(c!.claims[0]).toMatchObject({ article: '000', text: 'Phnom Penh, Thailand', value: 'Thailand' });
    expect(c!.note).toMatch(/Cambodia/);
  });

  it('reports who said the meeting was being coordinated: Kishida (001) or his entourage (000)', () => {
    const c = story.contradictions.find((x) => x.kind === 'attribution' && x.claims.some((y) => /entourage/.test(y.text)));
    expect(c).toBeDefined();
    expect(articlesOf(c!.claims)).toEqual(['000', '001']);
  });

  it('every sources entry points to an existing item of its article', () => {
    for (const e of story.entities) for (const s of e.sources) expect(briefings.get(s.article)!.entities.some((x) => x.id === s.entityId)).toBe(true);
    for (const q of story.quotes) for (const s of q.sources) expect(briefings.get(s.article)!.quotes.some((x) => x.id === s.quoteId)).toBe(true);
    for (const v of story.events) for (const s of v.sources) expect(briefings.get(s.article)!.events.some((x) => x.id === s.eventId)).toBe(true);
  });

  it('every article item is in exactly one story item', () => {
    for (const [id, b] of briefings) {
      for (const [items, merged, key] of [
        [b.entities, story.entities, 'entityId'],
        [b.quotes, story.quotes, 'quoteId'],
        [b.events, story.events, 'eventId'],
      ] as const) {
        for (const item of items) {
          const owners = (merged as ReadonlyArray<{ sources: ReadonlyArray<Record<string, string>> }>).filter((m) => m.sources.some((s) => s.article === id && s[key] === item.id));
          expect(owners, `${id}:${item.id}`).toHaveLength(1);
        }
      }
    }
  });

  it('every claim span slices back to its article input as the claim text', () => {
    expect(story.contradictions.length).toBeGreaterThan(0);
    for (const c of story.contradictions) {
      for (const claim of c.claims) expect(texts.get(claim.article)!.slice(claim.span.start, claim.span.end), c.note).toBe(claim.text);
    }
  });

  it('story entity ids in quotes, events and affiliations exist', () => {
    const ids = new Set(story.entities.map((e) => e.id));
    for (const e of story.entities) for (const a of e.affiliations) expect(ids.has(a)).toBe(true);
    for (const q of story.quotes) if (q.speaker.entityId) expect(ids.has(q.speaker.entityId)).toBe(true);
    for (const v of story.events) {
      for (const p of v.participants) expect(ids.has(p.entityId)).toBe(true);
      if (v.location) expect(ids.has(v.location)).toBe(true);
    }
  });

  it('the timeline is sorted by time, undated events last', () => {
    const starts = story.events.map((v) => dayRange(v.time?.value)?.from ?? Number.POSITIVE_INFINITY);
    expect(starts.length).toBeGreaterThan(5);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it.each([
    ['reversed', [2, 1, 0]],
    ['rotated', [1, 2, 0]],
    ['swapped', [0, 2, 1]],
  ])('gives the same story whatever the order of the articles (%s)', (_, order) => {
    const permuted = mergeBriefings(order.map((i) => articles[i]!));
    expect(withoutIds(permuted)).toEqual(withoutIds(story));
  });
});

/** a story with every story id replaced by what it names, so two stories compare by content */
function withoutIds(s: Story): unknown {
  const name = new Map(s.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
  const n = (id: string | null): string | null => (id === null ? null : name.get(id) ?? id);
  const sortBy = <T>(xs: T[], key: (x: T) => string): T[] => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    articles: sortBy(s.articles, (a) => a.id),
    entities: sortBy(s.entities.map((e) => ({ ...e, id: undefined, affiliations: e.affiliations.map(n).sort() })), (e) => JSON.stringify(e)),
    quotes: sortBy(s.quotes.map((q) => ({ ...q, id: undefined, speaker: { ...q.speaker, entityId: n(q.speaker.entityId) } })), (q) => JSON.stringify(q)),
    events: sortBy(s.events.map((v) => ({ ...v, id: undefined, location: n(v.location), participants: v.participants.map((p) => ({ ...p, entityId: n(p.entityId) })) })), (v) => JSON.stringify(v)),
    contradictions: sortBy(s.contradictions.map((c) => ({ ...c, subject: undefined })), (c) => JSON.stringify(c)),
  };
}
