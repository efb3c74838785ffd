import { tokenAt, type Doc, type ResolveLayer, type Span, type Token } from '../../document';
import { firstNotBefore } from '../../nlp/search';
import type { Entity, Speaker } from '../../schema';
import { personPronouns } from './lexicon';
import type { Phrase } from './phrases';

const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'we', 'us', 'you']);

/** How far back (in paragraphs) a named speaker stays the referent of "he" / "she". */
const RECENT_PARAGRAPHS = 3;
/** How many earlier entity mentions a pronoun's antecedent search looks through. */
const ANTECEDENT_WINDOW = 200;

/**
 * Turns speaker phrases into the public Speaker: an entity id when the phrase
 * (or, for a pronoun, the mention the resolve stage attached to it) belongs to
 * an entity; otherwise the phrase's own text. Pronouns the resolve stage left
 * alone go to the most recent person named before them, from the entity layer
 * when there is one, else from the speakers named so far.
 */
export class SpeakerResolver {
  private readonly source: string;
  private readonly tokens: readonly Token[];
  private readonly layer: ResolveLayer | undefined;
  private lastNamed: { speaker: Speaker; paragraph: number } | null = null;
  /** last words of multi-word speaker names seen so far ("Singh" of "Bhubhindar Singh") */
  private readonly surnames = new Set<string>();

  constructor(doc: Doc) {
    this.source = doc.source;
    this.tokens = doc.tokens?.tokens ?? [];
    this.layer = doc.resolve;
  }

  /** Resolves `phrase`; call in text order so pronoun fallbacks see earlier names. */
  resolve(phrase: Phrase | null, paragraph: number): Speaker {
    if (!phrase) return { entityId: null, name: null, mention: null };
    const head = phrase.head;
    if (phrase.kind === 'pronoun') return this.resolvePronoun(head, paragraph);
    // a nominal's entity must cover its head noun, the phrase's last word ("the ministry"), not a modifier
    const lookup = phrase.kind === 'name' ? head : { start: Math.max(head.start, head.end - 1), end: head.end };
    const entity = this.entityOverlapping(lookup);
    if (entity) {
      const speaker = { entityId: entity.id, name: entity.name, mention: head };
      return this.remember(speaker, entity.type === 'person', paragraph);
    }
    const name = this.source.slice(head.start, head.end);
    const speaker = { entityId: null, name, mention: head };
    return this.remember(speaker, phrase.kind === 'name' && this.personLike(name), paragraph);
  }

  /**
   * "he said": the entity the resolve stage attached the pronoun to, else the
   * person last named as a speaker within the last few paragraphs (news names
   * a source, then refers back with a pronoun), else the last person entity
   * named before it.
   */
  private resolvePronoun(head: Span, paragraph: number): Speaker {
    const lower = this.source.slice(head.start, head.end).toLowerCase();
    const singularPerson = lower === 'he' || lower === 'she' || lower === 'him' || lower === 'her';
    const attached = this.entityOverlapping(head);
    if (attached) return { entityId: attached.id, name: attached.name, mention: head };
    // "I think ...", "we know ..." outside quotation marks: the writer, who is not named in the text
    if (WRITER_PRONOUNS.has(lower)) return { entityId: null, name: null, mention: head };
    if (singularPerson && this.lastNamed && paragraph - this.lastNamed.paragraph <= RECENT_PARAGRAPHS) {
      return { entityId: this.lastNamed.speaker.entityId, name: this.lastNamed.speaker.name, mention: head };
    }
    const antecedent = this.lastEntityBefore(head.start, singularPerson || personPronouns.has(lower) ? 'person' : null);
    if (antecedent) return { entityId: antecedent.id, name: antecedent.name, mention: head };
    if (singularPerson && this.lastNamed) {
      return { entityId: this.lastNamed.speaker.entityId, name: this.lastNamed.speaker.name, mention: head };
    }
    return { entityId: null, name: null, mention: head };
  }

  /**
   * Without an entity, a name counts as a person's when it has two words or
   * more ("Bhubhindar Singh") or ends a longer name seen before ("Singh"):
   * single words are mostly places and organizations.
   */
  private personLike(name: string): boolean {
    const words = name.trim().split(/\s+/);
    if (words.length > 1) {
      this.surnames.add(words[words.length - 1]!);
      return true;
    }
    return this.surnames.has(name.trim());
  }

  private remember(speaker: Speaker, personLike: boolean, paragraph: number): Speaker {
    if (personLike) this.lastNamed = { speaker, paragraph };
    return speaker;
  }

  /**
   * The entity whose mention covers a token of `span`, from the resolve
   * layer's token index; a person's wins over another type's.
   */
  private entityOverlapping(span: Span): Entity | null {
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

  private lastEntityBefore(offset: number, type: 'person' | null): Entity | null {
    const mentions = this.layer?.mentions ?? [];
    const at = firstNotBefore(mentions.length, (k) => mentions[k]!.mention.start < offset);
    // the antecedent is near: look back a bounded number of mentions
    for (let k = at - 1; k >= 0 && at - k <= ANTECEDENT_WINDOW; k--) {
      const { mention, entity } = mentions[k]!;
      if (mention.end > offset) continue;
      if (type === null ? entity.type !== 'person' : entity.type === type) return entity;
    }
    return null;
  }
}
