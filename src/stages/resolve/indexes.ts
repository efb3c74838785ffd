import { tokenAt, type MentionIndexes, type PlacedMention, type TokenLayer } from '../../document';
import type { Entity } from '../../schema';

/**
 * Places every entity mention on the token grid and indexes it by sentence
 * and by token, once, so that later stages (quote speakers, event
 * participants, the summary) read the look-ups instead of rebuilding them.
 * A mention that covers no token is left out of the indexes (it stays on its
 * entity).
 */
export function indexMentions(entities: readonly Entity[], layer: TokenLayer): MentionIndexes {
  const { tokens, sentences } = layer;
  const mentions: PlacedMention[] = [];
  entities.forEach((entity, entityIndex) => {
    for (const mention of entity.mentions) {
      const tokenStart = tokenAt(tokens, mention.start);
      const first = tokens[tokenStart];
      if (!first || first.start >= mention.end) continue;
      let tokenEnd = tokenStart + 1;
      while (tokenEnd < tokens.length && tokens[tokenEnd]!.start < mention.end) tokenEnd++;
      mentions.push({ entity, entityIndex, mention, tokenStart, tokenEnd, sentence: first.sentence });
    }
  });
  mentions.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end || a.entityIndex - b.entityIndex);

  // mentions are in text order, so each sentence's mentions are one run of the list
  const sentenceMentions = new Int32Array(sentences.length + 1);
  for (const m of mentions) sentenceMentions[m.sentence + 1]!++;
  for (let s = 0; s < sentences.length; s++) sentenceMentions[s + 1]! += sentenceMentions[s]!;

  const mentionAtToken = new Int32Array(tokens.length).fill(-1);
  const entityAtToken = new Int32Array(tokens.length).fill(-1);
  const width = (k: number): number => mentions[k]!.mention.end - mentions[k]!.mention.start;
  mentions.forEach((m, k) => {
    for (let t = m.tokenStart; t < m.tokenEnd; t++) {
      const held = mentionAtToken[t]!;
      if (held >= 0 && width(held) <= width(k)) continue;
      mentionAtToken[t] = k;
      entityAtToken[t] = m.entityIndex;
    }
  });
  return { mentions, sentenceMentions, mentionAtToken, entityAtToken };
}
