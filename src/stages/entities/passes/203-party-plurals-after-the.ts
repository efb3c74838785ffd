import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import { isCapitalized } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { oneWordOrganizationsAt } from './shared';

const partyPlurals: ReadonlySet<string> = new Set(ruleWords.partyPlurals);
const politicsCues: ReadonlySet<string> = new Set(ruleWords.politicsCues);
const resultVerbs: ReadonlySet<string> = new Set(ruleWords.partyResultVerbs);
const resultNouns: ReadonlySet<string> = new Set(ruleWords.partyResultNouns);
const linkHeads: ReadonlySet<string> = new Set(ruleWords.partyLinkHeads);
/** how far after the verb a vote's result may stand ("took 7 percent", "gained one seat") */
const RESULT_REACH = 4;
/** the words that open a clause or an apposition about people after "the Greens," ("who live next door", "a family") */
const PEOPLE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'a', 'an']);

/**
 * "The Greens took 7 percent", "the Socialists gained one": a party named by the plural of its political family's
 * word (rule-words.json partyPlurals) after "the", capitalized in running text, is the party, an organization. The
 * tagger leaves it out or reads a family ("the Greens" next door). A plural is the party where one of its mentions
 * has a politics cue (politicsCues: "election", "coalition", "seats", in lower case) in its sentence, or stands in a
 * party's slot (a vote's result after it, a voter's or a leader's link before it); then every mention is, but one
 * followed by a clause about people ("the Greens, who live next door", "the Greens, a family who ..."). A longer
 * name holding the word ("the Greens Party") is left as found.
 */
export const partyPluralsAfterThe: EntityPass = { name: 'party-plurals-after-the', triggers: partyPlurals, run };

function run({ tokens, caseless, wordIndex }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const mentions = wordIndex.ofAny(partyPlurals).filter((t) => afterThe(tokens, t) && !caseless[tokens[t]!.sentence] && !aboutPeople(tokens, t));
  if (mentions.length === 0) return spans;
  const cueSentences = new Set(wordIndex.ofAny(politicsCues).map((t) => tokens[t]!.sentence));
  const parties = new Set(mentions.filter((t) => cueSentences.has(tokens[t]!.sentence) || inPartySlot(tokens, t)).map((t) => tokens[t]!.lower));
  if (parties.size === 0) return spans;
  return oneWordOrganizationsAt(
    tokens.length,
    spans,
    mentions.filter((t) => parties.has(tokens[t]!.lower)),
  );
}

/** "the Greens": the plural at t, capitalized in running text, right after "the" in its sentence */
function afterThe(tokens: readonly Token[], t: number): boolean {
  const word = tokens[t]!;
  const the = tokens[t - 1];
  return the !== undefined && the.lower === 'the' && the.sentence === word.sentence && isCapitalized(word.text) && word.text !== word.text.toUpperCase();
}

/** "the Greens, who live next door", "the Greens, a family who ...": a clause or an apposition about people follows */
function aboutPeople(tokens: readonly Token[], t: number): boolean {
  const comma = tokens[t + 1];
  const opener = tokens[t + 2];
  return comma?.text === ',' && opener !== undefined && opener.sentence === tokens[t]!.sentence && PEOPLE_CLAUSE_OPENERS.has(opener.lower);
}

/** "the Greens took 7 percent", "voted for the Greens", "leader of the Liberals": where a party stands */
function inPartySlot(tokens: readonly Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  const verb = tokens[t + 1];
  if (verb && verb.sentence === sentence && resultVerbs.has(verb.lower)) {
    for (let k = t + 2; k < t + 2 + RESULT_REACH && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      if (/^\d/.test(tokens[k]!.text) || resultNouns.has(tokens[k]!.lower)) return true;
    }
  }
  const link = tokens[t - 2];
  const head = tokens[t - 3];
  return link !== undefined && head !== undefined && head.sentence === sentence && (link.lower === 'for' || link.lower === 'of' || link.lower === 'with') && linkHeads.has(head.lower);
}
