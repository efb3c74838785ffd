import { VOCAB } from './vocabulary';

/** "Instagram and TikTok", "X, Facebook or Threads": the joins between the networks of a follow line */
const NETWORK_JOIN = /,\s?(?:and\s|or\s)?|\s(?:and|or)\s/;
/** the purpose an outlet may add after its networks ("for all the latest business news"), one clause with no comma */
const PURPOSE = /\sfor\s[^,;:]{1,60}$/;
const END_MARK = /[.!]$/;

/**
 * "Follow the Daily Ledger on Instagram and TikTok for all the latest business news": after "on", an outlet's own line
 * names nothing but social networks (boilerplate.json socialNetworks) and at most a purpose after "for". A story's
 * sentence goes on after them ("Follow the Met Office on X for warnings, police said on Sunday"; "Follow the Lions on
 * Threads, the club said, as it launched an account"): a reporting clause or any other word after the networks keeps
 * the sentence in the story, with its speaker and its date.
 */
export function isOutletFollowTail(afterOn: string): boolean {
  const tail = afterOn.trimEnd().replace(END_MARK, '');
  const purpose = PURPOSE.exec(tail);
  const networks = purpose ? tail.slice(0, purpose.index) : tail;
  const items = networks.split(NETWORK_JOIN);
  return items.length > 0 && items.every((item) => VOCAB.socialNetworks.has(item.trim().toLowerCase()));
}
