import ruleWords from '../../../data/entities/rule-words.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isCapitalized } from '../capitalized';
import { keyOf, taggedSpan } from './shared';

const selfNamingVerbs = new Set(ruleWords.selfNamingVerbs);

/**
 * "A ransomware group calling itself Qilin has claimed responsibility": the name right after "calling itself" (or
 * "calls/called/styling/named itself") is one a body gives itself, since a person calls himself or herself; a
 * person span there, the tagger's guess for an unknown word, is an organization, and so is every other person span
 * of that name ("Qilin said"). Only a capitalized span opening right after "itself" counts; untagged words are left
 * alone. Verbs: rule-words.json selfNamingVerbs.
 */
export const namesBodiesGiveThemselves: EntityPass = { name: 'names-bodies-give-themselves', triggers: new Set(['itself']), run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const selfNamed = new Set<string>();
  for (const s of spans) {
    const t = s.tokenStart;
    if (s.type !== 'PER' || t < 2 || tokens[t - 1]!.lower !== 'itself' || !selfNamingVerbs.has(tokens[t - 2]!.lower) || !isCapitalized(tokens[t]!.text)) continue;
    selfNamed.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  }
  if (selfNamed.size === 0) return spans;
  return spans.map((s) => (s.type === 'PER' && selfNamed.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}
