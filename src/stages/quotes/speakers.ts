import { tokenAt, type Doc, type ResolveLayer, type Span, type Token } from '../../document';
import type { Entity, Speaker } from '../../schema';
import { placeKind } from '../entities/gazetteer';
import { wordsText } from '../../nlp/words-text';
import type { Phrase } from './phrases';
import placeContext from '../../data/entities/place-context.json';

const LOCATIVE: ReadonlySet<string> = new Set(placeContext.locativePrepositions);

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
    // 'according to reports in Spain': a place after a locative preposition is the setting of the words, not who said them
    const setting = entity?.type === 'location' && phrase.kind === 'nominal' ? this.settingBefore(phrase, lookup) : -1;
    if (setting > phrase.tokenStart) {
      const before = { start: this.tokens[phrase.tokenStart]!.start, end: this.tokens[setting - 1]!.end };
      return { entityId: null, name: this.source.slice(before.start, before.end), mention: before };
    }
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
    return placeKind(wordsText(this.tokens.slice(start, k))) !== null;
  }

  /**
   * The token of a locative preposition ('in', 'across': the entity stage's place-context.json `locativePrepositions`)
   * inside the phrase before `place`, or -1: 'reports in Spain', which the 'according to' step reads as one nominal
   * when the tagger calls 'reports' a verb. What comes before it is who speaks ("reports", which names no one:
   * referents.ts drops the quote).
   */
  private settingBefore(phrase: Phrase, place: Span): number {
    const end = tokenAt(this.tokens, place.start);
    for (let k = phrase.tokenStart + 1; k < end && k < phrase.tokenEnd; k++) if (LOCATIVE.has(this.tokens[k]!.lower)) return k;
    return -1;
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
