import type { EventStatus } from '../../schema';
import type { EventRecord } from '../events';
import type { Claim, Contradiction } from '../schema';
import { claim, textClaim, valuesByArticle, type Check } from './check';

const TENTATIVE = new Set<EventStatus>(['planned', 'possible', 'unconfirmed']);

/**
 * Reports of one event that cannot all be true: one says it happened and
 * another that it did not, or a report says it is still to come after (or
 * on the day) another said it happened. A plan reported before the event
 * and its occurrence reported after it is the story moving on, not a
 * contradiction; a plan reported after a denial is one.
 */
function statusesConflict(a: EventRecord, b: EventRecord): boolean {
  const x = a.event.status;
  const y = b.event.status;
  if (a.article === b.article || x === y) return false;
  if ((x === 'occurred' && y === 'negated') || (x === 'negated' && y === 'occurred')) return true;
  const laterOrSame = (later: EventRecord, earlier: EventRecord): boolean =>
    later.article.published === '' || earlier.article.published === '' || later.article.published >= earlier.article.published;
  if (x === 'occurred' && TENTATIVE.has(y)) return laterOrSame(b, a);
  if (y === 'occurred' && TENTATIVE.has(x)) return laterOrSame(a, b);
  if (x === 'negated' && y === 'planned') return laterOrSame(b, a);
  if (y === 'negated' && x === 'planned') return laterOrSame(a, b);
  return false;
}

export const statusCheck: Check = {
  name: 'status',
  run(ctx) {
    const out: Contradiction[] = [];
    for (const event of ctx.events.events) {
      const members = ctx.events.members.get(event.id)!;
      const involved = new Set<EventRecord>();
      for (const a of members) for (const b of members) if (statusesConflict(a, b)) involved.add(a).add(b);
      if (involved.size === 0) continue;
      const claims: Claim[] = members
        .filter((r) => involved.has(r))
        .map((r) => textClaim(r.article, r.event.sentence, r.event.status) ?? claim(r.article, { text: r.event.trigger.text, ...r.event.trigger.span }, r.event.status));
      out.push({ kind: 'status', subject: { eventId: event.id }, claims, note: `The ${event.type} is ${valuesByArticle(claims)}` });
    }
    return out;
  },
};
