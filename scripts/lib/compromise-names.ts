/**
 * The baseline the entity evaluations print beside newsbrief: bare
 * compromise's people(), organizations() and places(), as name spans scored
 * by the same rule as ours (normalizeNameSpan).
 */
import nlp from 'compromise';
import { normalizeNameSpan, type GoldName } from './gum';

interface CompromiseMatch {
  text: string;
  offset?: { start: number; length: number };
}

export function compromiseNames(text: string): GoldName[] {
  const doc = nlp(text);
  const out: GoldName[] = [];
  const groups: Array<[GoldName['type'], CompromiseMatch[]]> = [
    ['person', doc.people().json({ offset: true }) as CompromiseMatch[]],
    ['organization', doc.organizations().json({ offset: true }) as CompromiseMatch[]],
    ['location', doc.places().json({ offset: true }) as CompromiseMatch[]],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      if (!m.offset) continue;
      let { start, end } = normalizeNameSpan(text, m.offset.start, m.offset.start + m.offset.length);
      // compromise's match text can carry trailing punctuation
      while (end > start && /[.,;:!?"“”)\]]/.test(text[end - 1]!) && !/\b[A-Z]\.$/.test(text.slice(start, end))) end--;
      ({ start, end } = normalizeNameSpan(text, start, end));
      if (end > start) out.push({ start, end, type });
    }
  }
  return out;
}
