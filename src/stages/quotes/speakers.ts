import { tokenAt, type Doc, type ResolveLayer, type Span, type Token } from '../../document';
import type { Entity, Speaker } from '../../schema';
import { placeKind } from '../entities/gazetteer';
import type { Phrase } from './phrases';

/**
 * Turns speaker phrases into the public Speaker: an entity id when the
 * phrase's head belongs to an entity of the resolve layer (read from its token
 * index); otherwise the phrase's own text. A pronoun's entity is the one the
 * resolve stage attached it to, the one place pronouns are resolved; a
 * pronoun it left alone ("they said", "it warned") names no one.
 */
export class SpeakerResolver {
  private readonly source: string;
  private readonly tokens: readonly Token[];
  private readonly layer: ResolveLayer | undefined;

  constructor(doc: Doc) {
    this.source = doc.source;
    this.tokens = doc.tokens?.tokens ?? [];
    this.layer = doc.resolve;
  }

  resolve(phrase: Phrase | null): Speaker {
    if (!phrase) return { entityId: null, name: null, mention: null };
    const head = phrase.head;
    // members speaking together are no one entity: the group is named as written
    if (phrase.kind === 'group') return { entityId: null, name: this.source.slice(head.start, head.end), mention: head };
    // a nominal's entity must cover its head noun, the phrase's last word ("the ministry"), not a modifier
    const lookup = phrase.kind === 'nominal' ? { start: Math.max(head.start, head.end - 1), end: head.end } : head;
    const entity = this.cutFromMention(phrase) ? null : this.entityCovering(lookup);
    if (entity) return { entityId: entity.id, name: entity.name, mention: head };
    if (phrase.kind === 'pronoun') return { entityId: null, name: null, mention: head };
    return { entityId: null, name: this.source.slice(head.start, head.end), mention: head };
  }

  /**
   * 'In Washington Smith said': the phrase reader cut a place setting off a name the entity stage read whole (a person
   * 'Washington Smith'); the mention runs on over the phrase's first word from a known place before it, so its entity
   * names the setting too: the speaker is named as written instead. A mention cut elsewhere ('Ted Cruz' read from
   * 'Cruz') keeps its entity.
   */
  private cutFromMention(phrase: Phrase): boolean {
    const mentions = this.layer?.mentionAtToken;
    const k = phrase.tokenStart;
    if (phrase.kind !== 'name' || mentions === undefined || k === 0 || mentions[k]! < 0 || mentions[k - 1] !== mentions[k]) return false;
    let start = k - 1;
    while (start > 0 && mentions[start - 1] === mentions[k]) start--;
    return placeKind(this.tokens.slice(start, k).map((t) => t.text).join(' ')) !== null;
  }

  /** The entity whose mention covers a token of `span`; a person's wins over another type's. */
  private entityCovering(span: Span): Entity | null {
    const layer = this.layer;
    if (!layer) return null;
    let best: Entity | null = null;
    for (let t = tokenAt(this.tokens, span.start); t < this.tokens.length && this.tokens[t]!.start < span.end; t++) {
      const e = layer.entityAtToken[t]!;
      if (e < 0) continue;
      const entity = layer.entities[e]!;
      if (!best || (entity.type === 'person' && best.type !== 'person')) best = entity;
    }
    return best;
  }
}
