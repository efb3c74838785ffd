import type { Token } from '../../document';
import { acronymOf, nameKey, words } from './keys';
import type { NameDraft } from './types';

/** Longest expansion looked for, in tokens ("Asia - Pacific Economic Cooperation" is 5). */
const MAX_EXPANSION_TOKENS = 12;

/**
 * Recovers the spelled-out name next to a bracketed acronym when the
 * recognizer tagged only the acronym: "Chinese Communist Party (CCP)",
 * "APEC (Asia-Pacific Economic Cooperation)". The words' initials must
 * spell the acronym exactly, so the new mention is as certain as the
 * acronym itself; it joins the acronym's entity in clustering.
 */
export function addAcronymExpansions(drafts: NameDraft[], tokens: readonly Token[], source: string): NameDraft[] {
  const covered = new Uint8Array(tokens.length);
  for (const d of drafts) covered.fill(1, d.tokenStart, Math.min(d.tokenEnd, tokens.length));
  const added: NameDraft[] = [];
  for (const d of drafts) {
    if (d.type === 'person' || !/^[A-Z]{2,8}$/.test(d.text)) continue;
    const open = tokens[d.tokenStart - 1];
    const close = tokens[d.tokenEnd];
    if (open?.text === '(' && close?.text === ')') {
      // "Chinese Communist Party (CCP)": the expansion ends right before the bracket
      const end = d.tokenStart - 1;
      for (let start = end - 1; start >= 0 && end - start <= MAX_EXPANSION_TOKENS; start--) {
        if (covered[start] || tokens[start]!.sentence !== open.sentence) break;
        if (tryAdd(d, start, end)) break;
      }
    } else if (close?.text === '(') {
      // "APEC (Asia-Pacific Economic Cooperation)": the expansion fills the brackets
      let end = d.tokenEnd + 1;
      while (end < tokens.length && end - d.tokenEnd <= MAX_EXPANSION_TOKENS && tokens[end]!.text !== ')') end++;
      if (tokens[end]?.text === ')') tryAdd(d, d.tokenEnd + 1, end);
    }
  }
  if (added.length === 0) return drafts;
  return [...drafts, ...added].sort((a, b) => a.start - b.start);

  function tryAdd(acronym: NameDraft, start: number, end: number): boolean {
    if (end <= start) return false;
    for (let t = start; t < end; t++) if (covered[t]) return false;
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    const text = source.slice(from, to);
    if (!/^\p{Lu}/u.test(text) || acronymOf(text) !== acronym.text) return false;
    covered.fill(1, start, end);
    const key = nameKey(text);
    added.push({
      start: from,
      end: to,
      text,
      kind: 'name',
      tokenStart: start,
      tokenEnd: end,
      type: acronym.type,
      subtype: acronym.subtype,
      key,
      keyWords: words(key),
      country: null,
      // the same fields in the same order as prepare.ts's drafts: one hidden class for every NameDraft, so
      // cluster.ts's loops over both kinds stay monomorphic (a second shape deoptimized them, "wrong map")
      metonymy: undefined,
      taggerScore: undefined,
      taggerAnyName: undefined,
      origin: undefined,
    });
    return true;
  }
}
