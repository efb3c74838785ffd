import ruleWords from '../../../data/entities/rule-words.json';
import { isCapitalized, wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { isAsciiTitleCaseWord } from '../capitalized';

const heads = new Set(ruleWords.numberedNameHeads);

/**
 * Broadcasters named with a number: "BBC Radio 4", "Channel 4 News", "Radio
 * 5 Live". The tagger stops a name at the number ("BBC Radio") or misses it
 * (a capitalized "Channel" alone says little). An organization ending in a
 * numbered head ("Radio", "Channel", "TV") takes the number after it, and the
 * capitalized words right after that ("Live", "News"); a capitalized numbered
 * head before a number is such a name even untagged (the number makes it a
 * name at a sentence's start too: "Channel 4 said").
 */
export const numberedBroadcasters: EntityPass = { name: 'numbered-broadcasters', triggers: heads, run };

const channelNumber = /^\d{1,2}$/;

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => covered.fill(i, s.tokenStart, s.tokenEnd));
  const out: TaggedSpan[] = [];
  let next = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.tokenStart < next) continue;
    const last = tokens[s.tokenEnd - 1]!;
    if (s.type === 'ORG' && heads.has(last.lower) && isCapitalized(last.text) && !caseless[last.sentence]) {
      const end = numberedEnd(tokens, s.tokenEnd, covered);
      if (end > s.tokenEnd) {
        out.push(taggedSpan(s.tokenStart, end, 'ORG'));
        next = end;
        continue;
      }
    }
    out.push(s);
  }
  // untagged: "told Channel 4 News", "on Radio 5 Live"
  for (let t = 0; t + 1 < tokens.length; t++) {
    const tok = tokens[t]!;
    if (covered[t]! >= 0 || caseless[tok.sentence] || !heads.has(tok.lower) || !/^[A-Z]/.test(tok.text)) continue;
    const end = numberedEnd(tokens, t + 1, covered);
    if (end > t + 1 && !out.some((s) => s.tokenStart < end && t < s.tokenEnd)) out.push(taggedSpan(t, end, 'ORG'));
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Where a numbered name goes on to from token b: past a one- or two-digit number of its sentence and up to two capitalized words after it. */
function numberedEnd(tokens: EntityPassContext['tokens'], b: number, covered: Int32Array): number {
  const num = tokens[b];
  if (!num || num.sentence !== tokens[b - 1]!.sentence || !channelNumber.test(num.text) || num.start !== tokens[b - 1]!.end + 1) return b;
  if (covered[b]! >= 0) return b;
  let end = b + 1;
  while (end < b + 3) {
    const w = tokens[end];
    if (!w || w.sentence !== num.sentence || covered[end]! >= 0 || !isAsciiTitleCaseWord(w.text) || wordClass(w.lower) === 'title' || w.pos === 'VERB') break;
    end++;
  }
  return end;
}
