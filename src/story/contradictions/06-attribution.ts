import type { Claim, Contradiction } from '../schema';
import type { QuoteRecord } from '../quotes';
import { nameKey } from '../words';
import { claim, valuesByArticle, type Check } from './check';

/**
 * One statement attributed to different speakers by different outlets
 * ("Kishida said" / "Kishida's entourage announced"). A report with no
 * speaker, or one no entity is named in ("its officials"), does not
 * disagree with anyone.
 */
export const attributionCheck: Check = {
  name: 'attribution',
  run(ctx) {
    const out: Contradiction[] = [];
    for (const quote of ctx.quotes.quotes) {
      const members = ctx.quotes.members.get(quote.id)!;
      if (new Set(members.map((r) => r.article)).size < 2) continue;
      const claims: Claim[] = [];
      const speakers = new Set<string>();
      for (const r of members) {
        // a vague speaker ("its officials", "reports") is less precise, not in conflict; one that names someone ("Kishida's entourage") is
        if (r.speaker === null && r.speakerRelated === null) continue;
        const c = speakerClaim(r, ctx.entities.entities.find((e) => e.id === r.speaker)?.name ?? null);
        if (!c || claims.some((x) => x.article === c.article && x.value === c.value)) continue;
        claims.push(c);
        speakers.add(r.speaker ?? `name:${nameKey(c.value)}`);
      }
      if (speakers.size < 2 || new Set(claims.map((c) => c.article)).size < 2) continue;
      const excerpt = quote.text.length > 60 ? `${quote.text.slice(0, 57)}...` : quote.text;
      out.push({ kind: 'attribution', subject: { quoteId: quote.id }, claims, note: `"${excerpt}" is attributed to ${valuesByArticle(claims)}` });
    }
    return out;
  },
};

/** the speaker as the article names it: the mention at the speaker's span, else the cue ("said") */
function speakerClaim(r: QuoteRecord, storyName: string | null): Claim | null {
  const { speaker, cue } = r.quote;
  // the value is the story's name for an entity speaker, else the description the article gives
  const value = storyName ?? speaker.name;
  if (!value) return null;
  const at = speaker.mention;
  if (at) {
    const entity = r.article.briefing.entities.find((e) => e.id === speaker.entityId);
    const mention = entity?.mentions.find((m) => m.start === at.start && m.end === at.end);
    if (mention) return claim(r.article, mention, value);
    if (speaker.name && speaker.name.length === at.end - at.start) return claim(r.article, { text: speaker.name, ...at }, value);
  }
  return cue ? claim(r.article, { text: cue.text, ...cue.span }, value) : null;
}
