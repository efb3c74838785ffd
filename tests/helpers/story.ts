import type { Briefing, BriefingEvent, Entity, Quote } from '../../src/schema';

/** Hand-built briefings for story tests: only what merging reads, every list empty unless given. */
export function briefing(parts: { entities?: Entity[]; quotes?: Quote[]; events?: BriefingEvent[]; publishedAt?: string | null } = {}): Briefing {
  return {
    schemaVersion: 1,
    headline: null,
    publishedAt: parts.publishedAt ?? null,
    referenceDate: parts.publishedAt ?? null,
    source: { publisher: null, credits: [] },
    body: { paragraphs: [], sentences: [], removed: [] },
    summary: [],
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    events: parts.events ?? [],
    timeExpressions: [],
    warnings: [],
  };
}

/** An entity with one name mention per form at made-up offsets (the tests that use it check no spans). */
export function entity(id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    type,
    subtype: null,
    name,
    aliases: [],
    titles: [],
    affiliations: [],
    mentions: [{ start: 0, end: name.length, text: name, kind: 'name' }],
    salience: 0.5,
    confidence: 0.9,
    ...extra,
  };
}

export function quote(id: string, text: string, speakerId: string | null, speakerName: string | null): Quote {
  return {
    id,
    kind: 'indirect',
    text,
    span: { start: 0, end: text.length },
    quoted: [],
    speaker: { entityId: speakerId, name: speakerName, mention: null },
    cue: { text: 'said', span: { start: text.length + 1, end: text.length + 5 } },
    confidence: 0.9,
  };
}

export function event(id: string, type: BriefingEvent['type'], participants: string[], status: BriefingEvent['status'], time: string | null = null): BriefingEvent {
  return {
    id,
    type,
    trigger: { text: type, span: { start: 0, end: type.length } },
    participants: participants.map((entityId) => ({ entityId, role: 'participant' })),
    location: null,
    time: time ? { text: time, value: time, span: { start: 0, end: time.length } } : null,
    status,
    sentence: { start: 0, end: 10 },
  };
}
