import { tokenAt } from '../../../document';
import type { Attribution } from '../attribution';
import { isMannerVerb } from '../lexicon';
import type { Draft, QuotationSite, QuotePass } from '../pass';
import { DIRECT_SHARE, quotedShare, sameCue } from '../quoted';
import { relativeLead } from './04-relative-cues';
import { afterNamingWord, programAfterOn } from './02-titles';

/**
 * 'X said at an event that "a bomb" had gone off': quoted words inside a
 * larger reported content (under DIRECT_SHARE of it in marks) make that
 * content one partial quote, with every quotation inside it as a quoted part.
 * A cue at the marks wins instead when it sits after them or is set off by
 * punctuation ('..., Trump boasted, "..."'), unless it is the content's own
 * and the content stops before the speaker's name.
 */
export const partialQuotes: QuotePass = {
  name: '01-partial-quotes',
  run(ctx, drafts) {
    const out = [...drafts];
    const { usedAttributions: used, claimed } = ctx.state;
    const partialOf = new Map<Attribution, Draft>();
    for (const site of ctx.sites) {
      const { host, direct, quotation: q } = site;
      if (claimed.has(site.index) || !host) continue;
      if (direct && (direct.after || direct.punctuated) && !sameCue(host, direct)) continue;
      // 'chanted "Lock her up!" as they had before': a manner verb's words are the marks alone (03), unless its
      // content holds more quotations: 'chanted "Send them home," and "Build the wall."' is one partial quote
      if (direct && sameCue(host, direct) && isMannerVerb(ctx.tokens[tokenAt(ctx.tokens, direct.cue.start)]!) && !otherQuotationIn(ctx.sites, site, host)) continue;
      // the same cue after the marks, its content running on into the speaker ('"Yes," Bozell, founder of X, tells'): the content misread the subject
      if (direct && direct.after && host.content.end > direct.subject.span.start && direct.subject.span.start >= q.pieces[q.pieces.length - 1]!.end) continue;
      if (quotedShare(ctx.letters(), host.content, q.pieces) >= DIRECT_SHARE) continue;
      // 'said Friday on CNN's "New Day,"': the program the words were said on is named, not quoted (02-titles claims it)
      if (programAfterOn(ctx.tokens, q.open.start, ctx.source.slice(site.span.start, site.span.end))) continue;
      // 'a report titled "Securing Our Borders"': a title, named, not quoted (02-titles claims it)
      if (afterNamingWord(ctx.tokens, q.open.start)) continue;
      claimed.add(site.index);
      used.add(host);
      // an inner cue whose content is just this quotation is the same report
      for (const a of site.around) if (a !== host && quotedShare(ctx.letters(), a.content, q.pieces) >= DIRECT_SHARE) used.add(a);
      const existing = partialOf.get(host);
      if (existing) {
        for (const p of q.pieces) existing.quoted.push(p);
        continue;
      }
      // 'what Turnbull called North Korea's "reckless" actions': the relative clause naming the speaker is reported too
      const lead = host.subject ? relativeLead(ctx.tokens, host.subject) : null;
      const content = host.narrow ?? host.content;
      const draft: Draft = {
        kind: 'partial',
        // the quoted pieces are added to the span by 07-partial-spans
        span: lead !== null && lead < content.start ? { start: lead, end: content.end } : content,
        endsAtQuote: endsAtQuote(host),
        quoted: [...q.pieces],
        subject: host.subject,
        cue: host.cue,
        paragraph: site.paragraph,
        continues: false,
        interruptions: host.interruption ? [host.interruption] : [],
        clauseEnd: host.content.end,
        after: false,
        order: site.index,
      };
      partialOf.set(host, draft);
      out.push(draft);
    }
    return out;
  },
};

/** Another quotation than the site's lies inside the host content. */
function otherQuotationIn(sites: readonly QuotationSite[], site: QuotationSite, host: Attribution): boolean {
  return sites.some((o) => o !== site && host.content.start <= o.span.start && o.span.end <= host.content.end + 1);
}

/** An object or infinitive content ends with its quoted words: what follows is the narrator's setting. */
function endsAtQuote(host: Attribution): boolean {
  return host.frame === 'object' || host.frame === 'objectTo' || host.frame === 'infinitive';
}
