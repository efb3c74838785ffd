import { createDoc, tokenAt } from '../../src/document';
import type { Doc, NameMention } from '../../src/document';
import { runUntil } from '../../src/pipeline';
import { resolveStage } from '../../src/stages/resolve';
import type { EntityType, Entity } from '../../src/schema';

/** [surface text, type, subtype?]: every whole-word occurrence of the text is marked as a name. */
export type Mark = [string, EntityType] | [string, EntityType, string];

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * A tokenized document with a hand-built entity layer, so the resolve stage
 * is tested without the recognizer: longer marks win over shorter ones they
 * overlap ("Xi Jinping" over "Xi").
 */
export function docWithMarks(text: string, marks: readonly Mark[]): Doc {
  const doc = runUntil(createDoc(text, null), 'tokens');
  const tokens = doc.tokens!.tokens;
  const taken = new Uint8Array(text.length);
  const mentions: NameMention[] = [];
  const ordered = [...marks].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type, subtype] of ordered) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(surface, from);
      if (start < 0) break;
      from = start + 1;
      const end = start + surface.length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      const tokenStart = tokenAt(tokens, start);
      const tokenEnd = tokenAt(tokens, end - 1) + 1;
      mentions.push({ start, end, text: surface, type, subtype: subtype ?? null, tokenStart, tokenEnd });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ...doc, entities: { mentions } };
}

export function resolveMarked(text: string, marks: readonly Mark[]): Entity[] {
  return resolveStage.run(docWithMarks(text, marks)).entities;
}

export function entityNamed(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

/** The texts of an entity's mentions of one kind, in text order. */
export function mentionTexts(e: Entity | undefined, kind?: string): string[] {
  return (e?.mentions ?? []).filter((m) => kind === undefined || m.kind === kind).map((m) => m.text);
}
