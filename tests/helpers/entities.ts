import { createDoc } from '../../src/document';
import { extractBriefing } from '../../src/index';
import { runUntil } from '../../src/pipeline';
import { findNameSpans } from '../../src/stages/entities';

/** What a user sees: the briefing's entities as "name/type", in output order. */
export function entityNames(text: string): string[] {
  return extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);
}

/** The names the entity passes' chain gives (before resolve), as "text/TYPE" with the tagger's PER/ORG/LOC. */
export function nameSpans(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  return findNameSpans(doc).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}
