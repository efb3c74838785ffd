import type { Briefing, Entity, EventStatus, Quote } from '../schema';

/**
 * Words and symbols the view shows for briefing values. Each status has a
 * label and a symbol besides its colour, so it never depends on colour alone.
 */
export const STATUS_LABELS: Record<EventStatus, { label: string; symbol: string }> = {
  occurred: { label: 'occurred', symbol: '✓' },
  ongoing: { label: 'ongoing', symbol: '↻' },
  planned: { label: 'planned', symbol: '→' },
  possible: { label: 'possible', symbol: '?' },
  negated: { label: 'did not happen', symbol: '✗' },
  unconfirmed: { label: 'unconfirmed', symbol: '~' },
};

export const ENTITY_TYPE_LABELS: Record<Entity['type'], { one: string; many: string }> = {
  person: { one: 'person', many: 'People' },
  organization: { one: 'organization', many: 'Organizations' },
  location: { one: 'place', many: 'Places' },
};

/** A quote whose cue is negated ('never said', 'would not say whether'): shown like an event that did not happen. */
export const NEGATED_QUOTE_LABEL = { label: 'did not say', symbol: '✗' } as const;

export const QUOTE_KIND_LABELS: Record<Quote['kind'], string> = {
  direct: 'direct quote',
  partial: 'partly quoted',
  indirect: 'reported speech',
};

/** "newsletter-prompt" -> "newsletter prompt" */
export function reasonLabel(reason: string): string {
  return reason.replace(/[-_]+/g, ' ');
}

export type EntityIndex = ReadonlyMap<string, Entity>;

export function entityIndex(briefing: Briefing): EntityIndex {
  return new Map(briefing.entities.map((e) => [e.id, e]));
}

/** Who said a quote, as the reader should see it: the resolved entity's name, else the words naming the speaker. */
export function speakerName(quote: Quote, entities: EntityIndex): string | null {
  return (quote.speaker.entityId ? entities.get(quote.speaker.entityId)?.name : undefined) ?? quote.speaker.name;
}

/** What kind of entity it is, as a card shows it: its subtype in words ("political-party" -> "political party"), else its type's label. */
export function entityKindLabel(entity: { type: Entity['type']; subtype?: string | null | undefined }): string {
  return entity.subtype ? entity.subtype.replace(/-/g, ' ') : ENTITY_TYPE_LABELS[entity.type].one;
}

/** A short form for tight places: a person's last name, else the whole name. */
export function shortName(name: string, type: Entity['type'] | null): string {
  if (type !== 'person') return name;
  const words = name.split(/\s+/);
  return words[words.length - 1] ?? name;
}
