import type { ResolveContext } from './context';
import { demonymCountryAt } from './demonyms';
import { organizationHeads, titleHeads, titleModifiers } from './lexicon';
import type { Cluster } from './types';

/**
 * Resolves definite descriptions ("the spokesman", "the Japanese president",
 * "the university") to the one entity they describe: a person whose title,
 * stated earlier, ends with the same head word, or an organization mentioned
 * earlier whose name contains it. Two or more candidates: left out. Plurals
 * ("the two leaders") are never heads, so they are skipped.
 */
export function resolveNominals(ctx: ResolveContext): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || ctx.nameAt[i]) continue;
    let k = i + 1;
    let country: Cluster | null = null;
    // up to two modifiers: "the Japanese president", "the former prime minister"
    while (k < tokens.length && k - i <= 3 && !ctx.nameAt[k]) {
      const t = tokens[k]!;
      if (titleHeads.has(t.lower) || organizationHeads.has(t.lower)) {
        // "the prime minister": "prime" is a modifier, "minister" the head; try the longer reading first
        const next = tokens[k + 1];
        if (!(next && titleHeads.has(next.lower) && titleModifiers.has(t.lower))) break;
      }
      const demonym = demonymCountryAt(ctx, k);
      if (demonym) country = demonym;
      else if (!titleModifiers.has(t.lower) && t.pos !== 'ADJ') break;
      k++;
    }
    const head = tokens[k];
    if (!head || ctx.nameAt[k] || tokens[k]!.sentence !== tokens[i]!.sentence) continue;
    // bounds checked here rather than by reading past the end: one out-of-bounds read deoptimizes this loop
    const after = k + 1 < tokens.length ? tokens[k + 1] : undefined;
    // "the spokesman Zhao Lijian" is a premodifier title, "the president of France" another entity
    if (after && (ctx.nameAt[k + 1] || after.pos === 'NOUN' || after.pos === 'PROPN' || after.lower === 'of' || after.lower === "'s" || after.lower === '’s')) continue;
    const start = tokens[i]!.start;
    let target: Cluster | null = null;
    if (titleHeads.has(head.lower)) target = personWithTitle(ctx, head.lower, country, start);
    else if (organizationHeads.has(head.lower) && !country) target = organizationNamed(ctx, head.lower, start);
    if (!target) continue;
    target.others.push({ start, end: head.end, text: ctx.source.slice(start, head.end), kind: 'nominal', tokenStart: i, tokenEnd: k + 1 });
    i = k;
  }
}

function lastWord(text: string): string {
  const parts = text.toLowerCase().split(/[\s-]+/);
  return parts[parts.length - 1] ?? '';
}

function personWithTitle(ctx: ResolveContext, head: string, country: Cluster | null, before: number): Cluster | null {
  let found: Cluster | null = null;
  for (const c of ctx.clusters) {
    if (c.type !== 'person') continue;
    if (!c.titles.some((t) => t.start < before && (lastWord(t.text) === head || t.text.toLowerCase().split(/\s+/).includes(head)))) continue;
    if (country) {
      const countries = [...c.affiliations].filter((a) => a.country);
      if (countries.length > 0 && !countries.includes(country)) continue;
    }
    if (found) return null;
    found = c;
  }
  return found;
}

/** the one organization named before `before` whose name holds the head noun ("the museum" -> the Prado Museum), else null */
export function organizationNamed(ctx: ResolveContext, head: string, before: number): Cluster | null {
  let found: Cluster | null = null;
  for (const c of ctx.clusters) {
    if (c.type !== 'organization') continue;
    if (!c.names.some((n) => n.start < before && n.keyWords.includes(head))) continue;
    if (found) return null;
    found = c;
  }
  return found;
}
