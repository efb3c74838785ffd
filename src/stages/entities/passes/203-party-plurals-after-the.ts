import ruleWords from '../../../data/entities/rule-words.json';
import { isCapitalized } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { replaceSpans, spanIndexByToken, taggedSpan } from './shared';

const partyPlurals: ReadonlySet<string> = new Set(ruleWords.partyPlurals);
const politicsCues: readonly string[] = ruleWords.politicsCues;

/**
 * "The Greens took 7 percent", "the Socialists gained one": a party named by the plural of its political family's
 * word (rule-words.json partyPlurals) after "the", capitalized in running text, is the party, an organization. The
 * tagger leaves it out or reads a family ("the Greens" next door). Only in a story about politics: the article
 * writes one of politicsCues ("election", "coalition", "seats") in lower case. A longer name holding the word
 * ("the Greens Party") is left as found.
 */
export const partyPluralsAfterThe: EntityPass = { name: 'party-plurals-after-the', triggers: partyPlurals, run };

function run({ tokens, caseless, words }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!politicsCues.some((cue) => words.has(cue))) return spans;
  const at = spanIndexByToken(tokens.length, spans);
  const dropped = new Set<number>();
  const added: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    const word = tokens[t]!;
    const the = tokens[t - 1]!;
    if (!partyPlurals.has(word.lower) || the.lower !== 'the' || the.sentence !== word.sentence) continue;
    if (!isCapitalized(word.text) || word.text === word.text.toUpperCase() || caseless[word.sentence]) continue;
    const i = at[t]!;
    if (i < 0) added.push(taggedSpan(t, t + 1, 'ORG'));
    else if (spans[i]!.tokenStart === t && spans[i]!.tokenEnd === t + 1 && spans[i]!.type !== 'ORG') {
      dropped.add(i);
      added.push(taggedSpan(t, t + 1, 'ORG'));
    }
  }
  return added.length ? replaceSpans(spans, dropped, added) : spans;
}
