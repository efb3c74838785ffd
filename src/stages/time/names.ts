import type { ResolveLayer } from '../../document';

/**
 * Whether tokens [from, to) lie inside a longer name the entity stages found ("Sheffield Wednesday", a football
 * club, "Cyber Monday"): a weekday or month after a name's first word is part of the name, not a date. A name
 * that opens with the expression is most often the tagger gluing a sentence's first word to the name after it
 * ("Yesterday New York governor ..."), so the time is kept there.
 */
export function insideLongerName(resolve: ResolveLayer | undefined, from: number, to: number): boolean {
  if (!resolve) return false;
  const index = resolve.mentionAtToken[from] ?? -1;
  if (index < 0) return false;
  const mention = resolve.mentions[index]!;
  return mention.tokenStart < from && mention.tokenEnd >= to;
}
