import type { Briefing, Entity } from '../schema';
import { negationNote, quoteForReading } from '../quote-words';

/** A briefing as readable Markdown: headline, who's who, quotes by speaker, events as a dated list. */
export function toMarkdown(briefing: Briefing): string {
  const lines: string[] = [];
  const byId = new Map(briefing.entities.map((e) => [e.id, e]));
  lines.push(`# ${briefing.headline?.text ?? '(no headline)'}`, '');
  const meta = [
    briefing.publishedAt && `Published: ${briefing.publishedAt}`,
    briefing.source.publisher && `Publisher: ${briefing.source.publisher}`,
    briefing.source.credits.length > 0 && `Credits: ${briefing.source.credits.map((c) => `${c.name} (${c.role})`).join(', ')}`,
  ].filter(Boolean);
  if (meta.length) lines.push(...meta.map((m) => `- ${m}`), '');

  if (briefing.summary.length) lines.push('## Summary', '', ...briefing.summary.map((s) => `> ${s.text}`), '');

  const people = briefing.entities.filter((e) => e.type === 'person');
  const others = briefing.entities.filter((e) => e.type !== 'person');
  if (briefing.entities.length) {
    lines.push("## Who's who", '');
    for (const e of people) lines.push(`- **${e.name}**${describe(e, byId)}`);
    if (others.length) {
      lines.push('', '### Organizations and places', '');
      for (const e of others) lines.push(`- **${e.name}** (${e.subtype ?? e.type})${e.aliases.length ? `, also ${e.aliases.join(', ')}` : ''}`);
    }
    lines.push('');
  }

  if (briefing.quotes.length) {
    lines.push('## Quotes', '');
    const bySpeaker = new Map<string, string[]>();
    for (const q of briefing.quotes) {
      const who = (q.speaker.entityId && byId.get(q.speaker.entityId)?.name) ?? q.speaker.name ?? 'Unattributed';
      // a partial quote's text is reported speech holding its own quotation marks
      // a negated cue's content was not said: the note says so, so it never reads as a plain claim
      const notes = [q.kind === 'direct' ? null : q.kind === 'partial' ? 'partial' : 'reported', negationNote(q)].filter(Boolean);
      const text = quoteForReading(q) + (notes.length ? ` _(${notes.join('; ')})_` : '');
      bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), text]);
    }
    for (const [who, said] of bySpeaker) {
      lines.push(`**${who}**`, '', ...said.map((s) => `- ${s}`), '');
    }
  }

  if (briefing.events.length) {
    lines.push('## Events', '');
    for (const v of briefing.events) {
      const who = v.participants.map((p) => byId.get(p.entityId)?.name ?? p.entityId).join(', ');
      const where = v.location ? ` in ${byId.get(v.location)?.name ?? v.location}` : '';
      const when = v.time ? `${v.time.value ?? v.time.text}` : 'undated';
      lines.push(`- ${when}: **${v.type}** (${v.status})${who ? ` — ${who}` : ''}${where}: “${v.trigger.text}”`);
    }
    lines.push('');
  }

  if (briefing.warnings.length) {
    lines.push('## Warnings', '', ...briefing.warnings.map((w) => `- ${w.code}: ${w.message}`), '');
  }
  return `${lines.join('\n')}\n`;
}

function describe(entity: Entity, byId: Map<string, Entity>): string {
  const parts: string[] = [];
  if (entity.titles.length) parts.push(entity.titles.join('; '));
  const affiliations = entity.affiliations.map((id) => byId.get(id)?.name).filter(Boolean);
  if (affiliations.length) parts.push(affiliations.join(', '));
  if (entity.aliases.length) parts.push(`also ${entity.aliases.join(', ')}`);
  return parts.length ? `: ${parts.join(' — ')}` : '';
}
