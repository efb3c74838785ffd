import type { Article } from '../articles';
import type { Claim, Contradiction } from '../schema';
import { APPROXIMATE, COUNT_NOUNS, keyOfWord, NUMBER_WORDS } from '../words';
import { textClaim, valuesByArticle, type Check } from './check';

/** a number in digits ("1,200", "3.5") or a word, then up to one word, then what it counts */
const WORD = /[A-Za-z]+|\d[\d,.]*\d|\d/g;

interface Count {
  noun: string;
  value: number;
  start: number;
  end: number;
}

/**
 * Counts that differ for one event ("12 people were killed" / "15 people
 * were killed"). Reads the sentences of the event's reports in the
 * article's text, so it runs only for articles whose text was given.
 * Estimates ("at least 20", "about 300") are left out.
 */
export const numberCheck: Check = {
  name: 'numbers',
  run(ctx) {
    const out: Contradiction[] = [];
    for (const event of ctx.events.events) {
      const byNoun = new Map<string, Claim[]>();
      for (const r of ctx.events.members.get(event.id)!) {
        for (const count of countsIn(r.article, r.event.sentence)) {
          const claims = byNoun.get(count.noun) ?? [];
          if (claims.some((c) => c.article === r.article.id)) continue;
          const c = textClaim(r.article, count, String(count.value));
          if (c) claims.push(c);
          byNoun.set(count.noun, claims);
        }
      }
      for (const claims of byNoun.values()) {
        if (new Set(claims.map((c) => c.value)).size < 2) continue;
        out.push({ kind: 'number', subject: { eventId: event.id }, claims, note: `The count of ${claims[0]!.text.split(/\s+/).pop()!} differs: ${valuesByArticle(claims)}` });
      }
    }
    return out;
  },
};

function countsIn(article: Article, sentence: { start: number; end: number }): Count[] {
  if (article.text === null) return [];
  const text = article.text.slice(sentence.start, sentence.end);
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
  const out: Count[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const value = /^\d/.test(w.text) ? Number(w.text.replace(/,/g, '')) : NUMBER_WORDS[w.lower];
    if (value === undefined || !Number.isFinite(value)) continue;
    if (i > 0 && APPROXIMATE.has(words[i - 1]!.lower)) continue;
    // "12 people", "12 Palestinian civilians": the counted noun right after, or one word later
    for (const j of [i + 1, i + 2]) {
      const noun = words[j];
      if (noun && COUNT_NOUNS.has(noun.lower)) {
        out.push({ noun: keyOfWord(noun.lower), value, start: w.start, end: noun.end });
        break;
      }
    }
  }
  return out;
}
