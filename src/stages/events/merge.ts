import { firstNotBefore } from '../../nlp/search';
import type { BriefingEvent, EventStatus, EventTime, EventType } from '../../schema';
import { specificity } from './timelink';
import type { EventMention } from './types';

/** meeting and talks name the same kind of encounter; every other type is its own family */
const FAMILY: Partial<Record<EventType, string>> = { meeting: 'contact', talks: 'contact' };
const familyOf = (type: EventType): string => FAMILY[type] ?? type;

/** tie-break among statuses reported equally often: the more telling first */
const STATUS_ORDER: readonly EventStatus[] = ['planned', 'possible', 'unconfirmed', 'negated', 'ongoing', 'occurred'];

interface Group {
  family: string;
  nameKey: string | null;
  mentions: EventMention[];
  participantIds: Set<string>;
  /** kept up to date as mentions join, so compatibility checks stay O(1) */
  hasPast: boolean;
  hasUnreal: boolean;
  unrealByEvidence: boolean;
  realByEvidence: boolean;
  /** trigger starts of the mentions, ascending, for "latest mention before" look-ups */
  starts: number[];
}

/** how many of a family's most recent events a mention is compared with: keeps merging linear on long input */
const RECENT_GROUPS = 64;

/**
 * Merges mentions of the same event within an article, in three passes so
 * that the best-described mentions anchor the events:
 * 1. mentions with two or more participants join an event whose participant
 *    set equals or nests with theirs ("Kishida and Xi" / "Kishida, Xi and ...");
 * 2. mentions with one participant join the event that has it and is
 *    mentioned most ("a meeting with Xi" joins the Kishida–Xi meeting rather
 *    than "Biden and Xi would meet");
 * 3. a definite mention without participants ("the meeting", "such a
 *    meeting") joins the latest earlier event of its family whose status
 *    fits (a "possible meeting" is not the one already held); an indefinite
 *    one that is not yet real ("a meeting is likely") joins the latest
 *    earlier not-yet-real event with participants.
 * Always within one family (meeting and talks together) and never across
 * different names ("APEC summit", "G20 summit"). Anything else is an event
 * of its own. Events are numbered in order of their first mention.
 */
export function mergeMentions(mentions: readonly EventMention[]): BriefingEvent[] {
  const groups: Group[] = [];
  const byFamily = new Map<string, Group[]>();
  const candidatesFor = (mention: EventMention): Group[] => {
    const family = byFamily.get(familyOf(mention.type)) ?? [];
    return family.slice(-RECENT_GROUPS).filter((g) => namesAgree(g.nameKey, mention.nameKey));
  };
  const join = (group: Group | null, mention: EventMention, ids: ReadonlySet<string>): void => {
    const target: Group = group ?? {
      family: familyOf(mention.type),
      nameKey: mention.nameKey,
      mentions: [],
      participantIds: new Set(),
      hasPast: false,
      hasUnreal: false,
      unrealByEvidence: false,
      realByEvidence: false,
      starts: [],
    };
    if (!group) {
      groups.push(target);
      const family = byFamily.get(target.family) ?? [];
      family.push(target);
      byFamily.set(target.family, family);
    }
    insertSorted(target.starts, mention.trigger.span.start);
    target.mentions.push(mention);
    target.nameKey ??= mention.nameKey;
    for (const id of ids) target.participantIds.add(id);
    target.hasPast ||= isPast(mention);
    target.hasUnreal ||= isUnreal(mention);
    if (mention.statusEvidence !== 'default') {
      if (isUnreal(mention)) target.unrealByEvidence = true;
      else target.realByEvidence = true;
    }
  };
  const idsOf = (m: EventMention): Set<string> => new Set(m.participants.map((p) => p.entityId));

  for (const m of mentions) {
    const ids = idsOf(m);
    if (ids.size >= 2) join(bestOverlap(candidatesFor(m), ids, m), m, ids);
  }
  for (const m of mentions) {
    const ids = idsOf(m);
    if (ids.size === 1) join(bestOverlap(candidatesFor(m), ids, m), m, ids);
  }
  for (const m of mentions) {
    if (m.participants.length > 0) continue;
    let target = m.anaphoric ? latestCompatible(candidatesFor(m), m) : null;
    // "a meeting is likely ...": an unnamed not-yet-real mention is the not-yet-real event already under discussion
    if (!target && isUnreal(m)) target = latestUnrealWithParticipants(candidatesFor(m), m);
    join(target, m, new Set());
  }
  foldHeadlineEvents(groups);
  for (const g of groups) g.mentions.sort((a, b) => a.trigger.span.start - b.trigger.span.start);
  groups.sort((a, b) => a.mentions[0]!.trigger.span.start - b.mentions[0]!.trigger.span.start);
  return groups.map((g, i) => toEvent(g, `v${i + 1}`));
}

/**
 * "Rocket attack kills three in Kabul" over "A rocket attack killed three people in Kabul on Tuesday": an event
 * only the headline names, without participants, is the story's first event of its family that the body
 * reports, when names and realness agree; it was counted twice. Changes `groups` in place.
 */
function foldHeadlineEvents(groups: Group[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.participantIds.size > 0 || !g.mentions.every((m) => m.headline)) continue;
    // the body's first such event in text order (its earliest trigger), not the first group joined
    let body: Group | null = null;
    for (const b of groups) {
      if (b === g || b.family !== g.family || b.mentions.some((m) => m.headline) || !namesAgree(b.nameKey, g.nameKey) || !g.mentions.every((m) => compatible(b, m))) continue;
      if (!body || b.starts[0]! < body.starts[0]!) body = b;
    }
    if (!body) continue;
    // merging is over: the folded mentions need no place in `starts`, which only merging reads
    body.mentions.push(...g.mentions);
    groups.splice(i, 1);
  }
}

function insertSorted(list: number[], value: number): void {
  list.splice(firstNotBefore(list.length, (i) => list[i]! < value), 0, value);
}

function namesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

const isUnreal = (m: EventMention): boolean => m.statusEvidence !== 'default' && m.status !== 'occurred' && m.status !== 'ongoing';
const isPast = (m: EventMention): boolean => m.status === 'occurred' && m.statusEvidence === 'tense';

/**
 * A mention that reports an event as not (yet) real ("a possible meeting")
 * cannot be about one the article already reported as past, and the reverse.
 */
function compatible(group: Group, mention: EventMention): boolean {
  if (isUnreal(mention)) return !group.hasPast;
  if (isPast(mention)) return !group.hasUnreal || group.hasPast;
  return true;
}

/** groups with a mention before `start`, the most recently mentioned last */
function groupsBefore(candidates: readonly Group[], start: number): Group[] {
  return candidates
    .map((g) => ({ g, last: lastBefore(g, start) }))
    .filter((x) => x.last >= 0)
    .sort((a, b) => a.last - b.last)
    .map((x) => x.g);
}

/**
 * The latest compatible group mentioned before `mention`, in three tiers: one that agrees in realness (when the
 * mention's status has evidence); failing that, for a mention not marked unreal, one not only ever unreal; failing
 * that, any compatible one.
 */
function latestCompatible(candidates: readonly Group[], mention: EventMention): Group | null {
  const before = groupsBefore(candidates, mention.trigger.span.start);
  if (mention.statusEvidence !== 'default') {
    const wantUnreal = isUnreal(mention);
    for (let i = before.length - 1; i >= 0; i--) {
      const g = before[i]!;
      if (compatible(g, mention) && (wantUnreal ? g.unrealByEvidence : g.realByEvidence)) return g;
    }
  }
  // "she promised to hold a referendum ... In the parliamentary vote, the Alliance won": a mention the text does not
  // mark as unreal is not the event only ever reported as planned or negated, when a real one of its family came before
  if (!isUnreal(mention)) {
    for (let i = before.length - 1; i >= 0; i--) {
      const g = before[i]!;
      if (compatible(g, mention) && !(g.unrealByEvidence && !g.realByEvidence)) return g;
    }
  }
  for (let i = before.length - 1; i >= 0; i--) if (compatible(before[i]!, mention)) return before[i]!;
  return null;
}

/**
 * The not-yet-real event with participants that an unnamed not-yet-real
 * mention continues: one reported with the same status ("talks could begin
 * on Thursday" does not continue "I am not going to negotiate").
 */
function latestUnrealWithParticipants(candidates: readonly Group[], mention: EventMention): Group | null {
  const before = groupsBefore(candidates, mention.trigger.span.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const g = before[i]!;
    if (g.participantIds.size > 0 && g.hasUnreal && compatible(g, mention) && g.mentions.some((m) => m.status === mention.status)) return g;
  }
  return null;
}

/** start of the group's last mention before `start`, or -1 */
function lastBefore(group: Group, start: number): number {
  const { starts } = group;
  const at = firstNotBefore(starts.length, (i) => starts[i]! < start);
  return at > 0 ? starts[at - 1]! : -1;
}

/** equal or nested participant sets; most shared, then most mentioned, then earliest */
function bestOverlap(groups: readonly Group[], ids: ReadonlySet<string>, mention: EventMention): Group | null {
  let best: Group | null = null;
  let bestScore = -Infinity;
  groups.forEach((g, order) => {
    if (g.participantIds.size === 0 || !compatible(g, mention)) return;
    let shared = 0;
    for (const id of ids) if (g.participantIds.has(id)) shared++;
    const nested = shared === ids.size || shared === g.participantIds.size;
    if (shared === 0 || !nested) return;
    const score = shared * 1e6 + g.mentions.length * 1e3 - order;
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  });
  return best;
}

function toEvent(group: Group, id: string): BriefingEvent {
  const mentions = group.mentions;
  const first = mentions[0]!;
  const participants: BriefingEvent['participants'] = [];
  const byId = new Map<string, BriefingEvent['participants'][number]>();
  for (const m of mentions) {
    for (const p of m.participants) {
      const known = byId.get(p.entityId);
      if (known) {
        if (known.role === null && p.role !== null) known.role = p.role;
        continue;
      }
      const entry = { entityId: p.entityId, role: p.role };
      byId.set(p.entityId, entry);
      participants.push(entry);
    }
  }
  const location = mentions.find((m) => m.location)?.location?.entityId ?? null;
  const { time, alternatives } = pickTimes(mentions);
  const sentences = uniqueSentences(mentions);
  const event: BriefingEvent = {
    id,
    type: mostFrequentType(mentions),
    trigger: first.trigger,
    participants: participants.filter((p) => p.entityId !== location),
    location,
    time,
    status: mergedStatus(mentions),
    sentence: first.sentence,
  };
  if (alternatives.length > 0) event.alternativeTimes = alternatives;
  if (sentences.length > 1) event.mentions = sentences;
  return event;
}

function mostFrequentType(mentions: readonly EventMention[]): EventType {
  const counts = new Map<EventType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best = mentions[0]!.type;
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type;
  return best;
}

/**
 * Occurred if any mention reports it with past-tense evidence; otherwise the
 * status most mentions state through a cue or tense (ties by STATUS_ORDER),
 * so an article that mostly says "may meet" gives "possible" even when
 * Beijing "refused to confirm" it once; no evidence at all leaves the first
 * mention's.
 */
function mergedStatus(mentions: readonly EventMention[]): EventStatus {
  if (mentions.length === 1) return mentions[0]!.status;
  if (mentions.some(isPast)) return 'occurred';
  const counts = new Map<EventStatus, number>();
  for (const m of mentions) {
    if (m.statusEvidence !== 'default') counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  }
  let best: EventStatus | null = null;
  for (const status of STATUS_ORDER) {
    const n = counts.get(status) ?? 0;
    if (n > 0 && (best === null || n > counts.get(best)!)) best = status;
  }
  return best ?? mentions[0]!.status;
}

/** the most specific time as the event's time, the other distinct ones as alternatives, in text order */
function pickTimes(mentions: readonly EventMention[]): { time: EventTime | null; alternatives: EventTime[] } {
  const times: EventTime[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.time) continue;
    const key = m.time.value ?? `${m.time.span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    times.push(m.time);
  }
  if (times.length === 0) return { time: null, alternatives: [] };
  let best = times[0]!;
  for (const t of times) if (specificity(t.value) > specificity(best.value)) best = t;
  return { time: best, alternatives: times.filter((t) => t !== best) };
}

function uniqueSentences(mentions: readonly EventMention[]): Array<{ start: number; end: number }> {
  const byStart = new Map<number, { start: number; end: number }>();
  for (const m of mentions) if (!byStart.has(m.sentence.start)) byStart.set(m.sentence.start, { ...m.sentence });
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
