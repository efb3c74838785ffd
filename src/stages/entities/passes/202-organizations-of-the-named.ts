import type { Token } from '../../../document';
import { isCapitalized } from '../capitalized';
import { wordClass } from '../features';
import { isKnownOrganization } from '../gazetteer';
import { wordsText } from '../../../nlp/words-text';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { maxNameTokens, taggedSpan } from './shared';

/**
 * the words from which a body's name is its own, a complete name ("Federal Open Market Committee", "Monetary Policy
 * Committee"); a shorter one is a unit's title that needs the body it belongs to ("International Committee",
 * "Executive Board")
 */
const COMPLETE_NAME_WORDS = 3;

/** the link inside such a name, before "the" ("for the" joined a league to the club that played in it) */
const LINKS: ReadonlySet<string> = new Set(['of']);

/**
 * "the International Committee of the Red Cross": the tagger cuts a name at "of the" and gives two organizations,
 * a body and the movement it belongs to ("International Committee" and "Red Cross"). They are one organization
 * where the first has two words or more and is closed by an organization word (lexicon.json orgSuffixes:
 * "Committee", "Council", "Fund"), and the second, an organization of capitalized words, follows "of the" at once
 * and has no organization word of its own at its end: "the Specialist Group of the British Computer Society" is a
 * unit of a society named in full, and "the Senate of the United States" names a place. Nor where both are names of
 * their own: the first of three words or more and the second an organization the gazetteers know by itself ("the
 * Federal Open Market Committee of the Federal Reserve" names the committee and the Fed). Pass 9 joins an
 * organization "of" a place without "the".
 */
export const organizationsOfTheNamed: EntityPass = { name: 'organizations-of-the-named', triggers: LINKS, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let joined = false;
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    if (next && joinsAsOne(tokens, s, next)) {
      out.push(taggedSpan(s.tokenStart, next.tokenEnd, 'ORG'));
      joined = true;
      i++;
    } else out.push(s);
  }
  return joined ? out : spans;
}

function joinsAsOne(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan): boolean {
  if (s.type !== 'ORG' || next.type !== 'ORG' || s.tokenEnd - s.tokenStart < 2 || next.tokenStart !== s.tokenEnd + 2 || next.tokenEnd - s.tokenStart > maxNameTokens) return false;
  const link = tokens[s.tokenEnd]!;
  const the = tokens[s.tokenEnd + 1]!;
  if (!LINKS.has(link.text) || the.text !== 'the') return false;
  const sentence = tokens[s.tokenStart]!.sentence;
  if (tokens[next.tokenEnd - 1]!.sentence !== sentence) return false;
  if (wordClass(tokens[s.tokenEnd - 1]!.lower) !== 'orgsuf' || wordClass(tokens[next.tokenEnd - 1]!.lower) === 'orgsuf') return false;
  for (let t = next.tokenStart; t < next.tokenEnd; t++) if (!isCapitalized(tokens[t]!.text)) return false;
  // "the Federal Open Market Committee of the Federal Reserve": two organizations, each a name of its own
  return !(s.tokenEnd - s.tokenStart >= COMPLETE_NAME_WORDS && isKnownOrganization(wordsText(tokens.slice(next.tokenStart, next.tokenEnd))));
}
