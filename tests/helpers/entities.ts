import { extractBriefing } from '../../src/index';

/** What a user sees: the briefing's entities as "name/type", in output order. */
export function entityNames(text: string): string[] {
  return extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);
}
