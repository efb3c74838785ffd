import type { Story } from '../story/schema';

/**
 * A story as readable Markdown: the articles, the people once, one line per
 * statement with the outlets that reported it, the timeline, and where the
 * sources disagree.
 */
export function storyToMarkdown(story: Story): string {
  const lines: string[] = ['# Story', ''];
  const outlet = new Map(story.articles.map((a) => [a.id, a.publisher ? `${a.id} (${a.publisher})` : a.id]));
  const names = new Map(story.entities.map((e) => [e.id, e.name]));
  const outlets = (sources: ReadonlyArray<{ article: string }>): string => [...new Set(sources.map((s) => outlet.get(s.article) ?? s.article))].join(', ');

  for (const a of story.articles) lines.push(`- ${outlet.get(a.id)}${a.publishedAt ? `, ${a.publishedAt}` : ''}: ${a.headline ?? '(no headline)'}`);
  lines.push('');

  const people = story.entities.filter((e) => e.type === 'person');
  if (people.length) {
    lines.push('## People', '');
    for (const p of people) {
      const titles = p.titles.length ? `, ${p.titles.join('; ')}` : '';
      lines.push(`- **${p.name}**${titles} — in ${outlets(p.sources)}`);
    }
    lines.push('');
  }

  if (story.quotes.length) {
    lines.push('## Statements', '');
    for (const q of story.quotes) {
      const who = q.speaker.name ?? 'unattributed';
      lines.push(`- ${who}: “${q.text}” — ${outlets(q.sources)}`);
    }
    lines.push('');
  }

  if (story.events.length) {
    lines.push('## Timeline', '');
    for (const v of story.events) {
      const who = v.participants.map((p) => names.get(p.entityId) ?? p.entityId).join(', ');
      const where = v.location ? ` in ${names.get(v.location) ?? v.location}` : '';
      lines.push(`- ${v.time?.value ?? 'undated'}: ${v.type}${who ? ` (${who})` : ''}${where}, ${v.status} — ${outlets(v.sources)}`);
    }
    lines.push('');
  }

  lines.push('## Where the sources disagree', '');
  if (story.contradictions.length === 0) lines.push('Nothing found.');
  for (const c of story.contradictions) {
    lines.push(`- **${c.kind}**: ${c.note}`);
    for (const claim of c.claims) lines.push(`  - ${outlet.get(claim.article) ?? claim.article}: “${claim.text}”`);
  }
  lines.push('');
  return lines.join('\n');
}
