import type { BriefingEvent, EventStatus, EventType } from '../schema';
import { compare, refKey, type Article } from './articles';
import type { MergedEntities } from './entities';
import type { StoryEvent } from './schema';
import { dayRange, rangesMeet, undatedRange, type DayRange } from './time-values';
import { Clusters, forEachPairSharingAKey } from './clusters';

export interface EventRecord {
  article: Article;
  event: BriefingEvent;
  /** story entity ids of the participants, with the article's role for each */
  roles: Array<{ entityId: string; role: string | null }>;
  participants: string[];
  location: string | null;
  /** when the event can be: its time, else the weeks around publication its status points to */
  range: DayRange | null;
}

export interface MergedEvents {
  events: StoryEvent[];
  /** story event id -> its records, in source order */
  members: Map<string, EventRecord[]>;
}

/** types outlets use for one occasion ("talks" for a "meeting") */
const TYPE_FAMILY: Partial<Record<EventType, string>> = { meeting: 'meeting', talks: 'meeting' };
const FUTURE = new Set<EventStatus>(['planned', 'possible', 'unconfirmed']);
/** among reports of one date, a stated fact beats a plan or a possibility */
const STATUS_WEIGHT: Record<EventStatus, number> = { occurred: 5, negated: 5, ongoing: 4, planned: 3, unconfirmed: 2, possible: 1 };

/**
 * One story event per occasion, on one timeline. Reports are one event when
 * their types agree, they share two participants (story entities), or one
 * participant with the same place, and their times can meet (see
 * time-values.ts). The status is the latest report's (by publication date;
 * on the same date, a stated fact over a plan), and the events are sorted
 * by time, undated ones last.
 */
export function mergeEvents(articles: readonly Article[], entities: MergedEntities): MergedEvents {
  const records = articles.flatMap((article) =>
    article.briefing.events.map((event): EventRecord => {
      const roles = event.participants.flatMap((p) => {
        const entityId = storyId(entities, article, p.entityId);
        return entityId ? [{ entityId, role: p.role }] : [];
      });
      return {
        article,
        event,
        roles,
        participants: [...new Set(roles.map((r) => r.entityId))],
        location: event.location ? storyId(entities, article, event.location) : null,
        range: dayRange(event.time?.value) ?? undatedRange(article.published, FUTURE.has(event.status) ? 'future' : 'past'),
      };
    }),
  );
  const clusters = new Clusters(records.length);
  const fits = (l: readonly number[], r: readonly number[]): boolean => canJoin(records, l, r);
  for (const [a, b] of candidatePairs(records)) if (sameOccasion(records[a]!, records[b]!)) clusters.union(a, b, fits);
  const drafts = clusters.groups().map((g) => storyEvent(g.map((i) => records[i]!)));
  drafts.sort((x, y) => timeKey(x.event) - timeKey(y.event) || compare(x.event.type, y.event.type) || x.first - y.first);
  const members = new Map<string, EventRecord[]>();
  const events = drafts.map((d, i) => {
    const id = `v${i + 1}`;
    members.set(id, d.members);
    return { ...d.event, id };
  });
  return { events, members };
}

/** pairs (a < b) that share a participant or a place: only these can be one occasion */
function candidatePairs(records: readonly EventRecord[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  forEachPairSharingAKey(
    records.length,
    (i) => {
      const r = records[i]!;
      return r.location ? [...r.participants, r.location] : r.participants;
    },
    (a, b) => pairs.push([a, b]),
  );
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** one event per article, and every member's type and time compatible with every other's (compared once per distinct pair) */
function canJoin(records: readonly EventRecord[], left: readonly number[], right: readonly number[]): boolean {
  const articles = new Set(left.map((i) => records[i]!.article));
  if (right.some((j) => articles.has(records[j]!.article))) return false;
  const distinct = (members: readonly number[]): EventRecord[] => {
    const seen = new Map<string, EventRecord>();
    for (const i of members) {
      const r = records[i]!;
      const key = `${TYPE_FAMILY[r.event.type] ?? r.event.type} ${r.range?.from ?? ''} ${r.range?.to ?? ''}`;
      if (!seen.has(key)) seen.set(key, r);
    }
    return [...seen.values()];
  };
  const l = distinct(left);
  const r = distinct(right);
  return l.every((a) => r.every((b) => sameOccasion(a, b, true)));
}

function storyId(entities: MergedEntities, article: Article, entityId: string): string | null {
  return entities.storyIdOf.get(refKey(article.id, entityId)) ?? null;
}

/** `loose`: inside a cluster, members only need compatible types and times */
function sameOccasion(a: EventRecord, b: EventRecord, loose = false): boolean {
  if (a.article === b.article) return false;
  const family = (t: EventType): string => TYPE_FAMILY[t] ?? t;
  if (family(a.event.type) !== family(b.event.type)) return false;
  if (!rangesMeet(a.range, b.range)) return false;
  if (loose) return true;
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  if (shared >= 2) return true;
  return shared === 1 && a.location !== null && a.location === b.location;
}

function storyEvent(members: EventRecord[]): { event: StoryEvent; members: EventRecord[]; first: number } {
  members.sort((x, y) => x.article.index - y.article.index || x.event.sentence.start - y.event.sentence.start);
  const latest = [...members].sort(
    (x, y) => compare(y.article.published, x.article.published) || STATUS_WEIGHT[y.event.status] - STATUS_WEIGHT[x.event.status] || x.article.index - y.article.index,
  );
  const lead = latest[0]!;
  const timed = latest.find((r) => r.event.time?.value);
  const located = latest.find((r) => r.location !== null);
  const roles = new Map<string, string | null>();
  for (const r of members) {
    for (const p of r.roles) if (!roles.has(p.entityId) || roles.get(p.entityId) === null) roles.set(p.entityId, p.role);
  }
  const participants = [...roles.entries()]
    .sort((x, y) => Number(x[0].slice(1)) - Number(y[0].slice(1)))
    .map(([entityId, role]) => ({ entityId, role }));
  const event: StoryEvent = {
    id: '',
    type: lead.event.type,
    status: lead.event.status,
    time: timed ? { value: timed.event.time!.value } : null,
    location: located?.location ?? null,
    participants,
    sources: members.map((r) => ({ article: r.article.id, eventId: r.event.id })),
  };
  return { event, members, first: members[0]!.article.index * 1e7 + members[0]!.event.sentence.start };
}

function timeKey(e: StoryEvent): number {
  return dayRange(e.time?.value)?.from ?? Number.MAX_SAFE_INTEGER;
}
