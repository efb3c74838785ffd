import type { Span } from '../../document';
import type { Entity, Speaker } from '../../schema';
import { personPronouns } from './lexicon';
import type { Phrase } from './phrases';

const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'we', 'us', 'you']);

/** How far back (in paragraphs) a named speaker stays the referent of "he" / "she". */
const RECENT_PARAGRAPHS = 3;
/** How many earlier entity mentions a pronoun's antecedent search looks through. */
const ANTECEDENT_WINDOW = 200;

interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
}

/**
 * Turns speaker phrases into the public Speaker: an entity id when the phrase
 * (or, for a pronoun, the mention the resolve stage attached to it) belongs to
 * an entity; otherwise the phrase's own text. Pronouns the resolve stage left
 * alone go to the most recent person named before them, from the entity layer
 * when there is one, else from the speakers named so far.
 */
export class SpeakerResolver {
  private readonly mentions: IndexedMention[];
  private lastNamed: { speaker: Speaker; paragraph: number } | null = null;
  /** last words of multi-word speaker names seen so far ("Singh" of "Bhubhindar Singh") */
  private readonly surnames = new Set<string>();

  constructor(
    private readonly source: string,
    entities: readonly Entity[],
  ) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start);
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

  private entityOverlapping(span: Span): Entity | null {
    let best: Entity | null = null;
    for (const m of this.mentionsNear(span)) {
      if (m.start < span.end && span.start < m.end) {
        if (!best || (m.entity.type === 'person' && best.type !== 'person')) best = m.entity;
      }
    }
    return best;
  }

  /** Mentions that could overlap `span` (binary search on start; mentions are short). */
  private *mentionsNear(span: Span): Generator<IndexedMention> {
    let lo = 0;
    let hi = this.mentions.length;
    const from = span.start - 200;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < span.end; i++) yield this.mentions[i]!;
  }

  private lastEntityBefore(offset: number, type: 'person' | null): Entity | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    // the antecedent is near: look back a bounded number of mentions
    for (let i = lo - 1; i >= 0 && lo - i <= ANTECEDENT_WINDOW; i--) {
      const m = this.mentions[i]!;
      if (m.end > offset) continue;
      if (type === null ? m.entity.type !== 'person' : m.entity.type === type) return m.entity;
    }
    return null;
  }
}
