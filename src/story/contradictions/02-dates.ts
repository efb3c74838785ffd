import type { Claim, Contradiction } from '../schema';
import { dayRange } from '../time-values';
import { claim, valuesByArticle, type Check } from './check';

/**
 * One event dated to different days by different articles ("on November
 * 14" / "on November 15"). Only day-precise values are compared: "this
 * week" and "November 14" are not in conflict.
 */
export const dateCheck: Check = {
  name: 'dates',
  run(ctx) {
    const out: Contradiction[] = [];
    for (const event of ctx.events.events) {
      const claims: Claim[] = [];
      for (const r of ctx.events.members.get(event.id)!) {
        const time = r.event.time;
        if (!time?.value || dayRange(time.value)?.precision !== 'day') continue;
        const value = time.value.slice(0, 10);
        if (claims.some((c) => c.article === r.article.id && c.value === value)) continue;
        claims.push(claim(r.article, { text: time.text, ...time.span }, value));
      }
      const articlesPerValue = new Map<string, Set<string>>();
      for (const c of claims) articlesPerValue.set(c.value, (articlesPerValue.get(c.value) ?? new Set()).add(c.article));
      if (articlesPerValue.size < 2) continue;
      out.push({ kind: 'date', subject: { eventId: event.id }, claims, note: `The ${event.type} is dated ${valuesByArticle(claims)}` });
    }
    return out;
  },
};
