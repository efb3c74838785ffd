import type { Briefing } from './schema';

/**
 * Applies the caller's `minConfidence` to a finished briefing: entities and
 * quotes below it are dropped, and nothing left behind points at a dropped
 * entity (a quote keeps its speaker's name but loses the id; an event loses
 * the participant). Items without a confidence are kept.
 */
export function applyMinConfidence(briefing: Briefing, minConfidence: number): Briefing {
  if (minConfidence <= 0) return briefing;
  const keep = (item: { confidence?: number | undefined }) => item.confidence === undefined || item.confidence >= minConfidence;
  const entities = briefing.entities.filter(keep);
  const kept = new Set(entities.map((e) => e.id));
  const quotes = briefing.quotes.filter(keep).map((q) =>
    q.speaker.entityId !== null && !kept.has(q.speaker.entityId) ? { ...q, speaker: { ...q.speaker, entityId: null } } : q,
  );
  const events = briefing.events.map((e) =>
    e.participants.every((p) => kept.has(p.entityId)) ? e : { ...e, participants: e.participants.filter((p) => kept.has(p.entityId)) },
  );
  return { ...briefing, entities, quotes, events };
}
