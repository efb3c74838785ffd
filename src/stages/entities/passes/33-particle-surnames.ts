import ruleWords from '../../../data/entities/rule-words.json';
import { isTightHyphen } from '../../../nlp/hyphens';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "al-Falih said", "el-Sisi met": a surname written with its lower-case
 * particle and a hyphen, on its own after the full name ("Khalid al-Falih"),
 * is tagged from its capitalized part only, so "Falih" would stand as a
 * second person beside "Khalid al-Falih". The particle and the hyphen belong
 * to the name: the span grows back over them, and the resolve stage then
 * finds "al-Falih" as the surname of the full name.
 */
export const particleSurnames: EntityPass = { name: 'particle-surnames', run };

const particles = new Set(ruleWords.hyphenParticles);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // the surnames with a particle that full names in the article end in ("Khalid al-Falih" -> "al-falih")
  const surnames = new Set<string>();
  for (const s of spans) {
    const n = s.tokenEnd;
    if (s.type === 'PER' && n - s.tokenStart >= 4 && particles.has(tokens[n - 3]!.text) && isTightHyphen(tokens, n - 2)) surnames.add(`${tokens[n - 3]!.text}-${tokens[n - 1]!.lower}`);
  }
  if (surnames.size === 0) return spans;
  return spans.map((s) => {
    const hyphen = s.tokenStart - 1;
    const particle = tokens[hyphen - 1];
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1 || !particle || !particles.has(particle.text) || !isTightHyphen(tokens, hyphen)) return s;
    if (!surnames.has(`${particle.text}-${tokens[s.tokenStart]!.lower}`)) return s;
    // the particle opens the name: nothing of another span before it
    if (spans.some((o) => o !== s && o.tokenEnd > hyphen - 1 && o.tokenStart < s.tokenStart)) return s;
    return taggedSpan(hyphen - 1, s.tokenEnd, s.type);
  });
}
