import type { ResolveLayer, Token } from '../../document';
import type { EntityType } from '../../schema';
import words from '../../data/quotes/words.json';
import { isScorePair } from '../../nlp/score-pair';
import { isCommonWord } from '../../nlp/common-words';
import type { Phrase } from './phrases';

/**
 * What the resolve stage knows of the names a transcript label may carry: the
 * entity type at a token, and the lower-case words of every person's and
 * organization's name and aliases (a label may use a known speaker's family
 * name in capitals, 'RAMOS:', that the tagger did not read as a name there).
 */
export interface LabelNames {
  typeAt(token: number): EntityType | null;
  /** is this lower-case word a word of a person's or organization's name or alias */
  isSpeakerWord(lower: string): boolean;
  /** is this lower-case word written in lower case somewhere in the document: a common noun here ('superdelegates') */
  seenLowerCase(lower: string): boolean;
}

// an interview's 'Q:' and 'Answer:' are role labels too: one list for them (words.json interviewTurns)
const ROLES = new Set([...words.turnRoles.words, ...words.interviewTurns.questions, ...words.interviewTurns.answers]);
const RUBRICS = new Set(words.turnRubrics.words);
const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'organization']);

/** The resolve layer's names and the document's lower-case words, as the speaker-label check reads them. */
export function labelNames(resolve: ResolveLayer, tokens: readonly Token[]): LabelNames {
  // both sets are built on first use: most documents have no label to check
  let speakerWords: Set<string> | undefined;
  let lowerWords: Set<string> | undefined;
  return {
    typeAt: (k) => {
      const e = resolve.entityAtToken[k] ?? -1;
      return e >= 0 ? resolve.entities[e]!.type : null;
    },
    isSpeakerWord: (lower) => (speakerWords ??= nameWords(resolve)).has(lower),
    seenLowerCase: (lower) => (lowerWords ??= lowerCaseWords(tokens)).has(lower),
  };
}

function nameWords(resolve: ResolveLayer): Set<string> {
  const words = new Set<string>();
  for (const e of resolve.entities) {
    if (!SPEAKER_TYPES.has(e.type)) continue;
    for (const name of [e.name, ...e.aliases]) for (const w of name.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) if (w) words.add(w);
  }
  return words;
}

function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const seen = new Set<string>();
  for (const t of tokens) if (t.text === t.lower && /^\p{Ll}/u.test(t.text)) seen.add(t.lower);
  return seen;
}

/**
 * Can this label before a colon name who speaks the rest of its paragraph? A
 * person or organization ('Pat Caddell:', 'AP:'), a transcript role ('Q:',
 * 'MODERATOR:'), a word of a known speaker's name ('RAMOS:'), or a proper
 * name the entity stage has no type for ('Milbank:'). Not a place ('Iowa:'
 * opening a list of names), not a newsroom rubric ('CORRECTION:', 'Video
 * Transcript:') and not a topic made of common words
 * (SUBTLEX's, or words the document itself writes in lower case:
 * 'Superdelegates: Clinton is backed by 520 superdelegates ...', 'EXCLUSIVE:',
 * 'Editor's Note:'), which a capital alone does not make a name; and not a match
 * result (see holdsScore). Without the resolve layer's names (a hand-built document)
 * every other label the caller found stands.
 */
export function isSpeakerLabel(tokens: readonly Token[], label: Phrase, names: LabelNames | undefined): boolean {
  if (holdsScore(tokens, label)) return false;
  if (!names) return true;
  const lowers: string[] = [];
  let located = false;
  for (let k = label.tokenStart; k < label.tokenEnd; k++) {
    const type = names.typeAt(k);
    if (type && SPEAKER_TYPES.has(type)) return true;
    if (type === 'location') located = true;
    if (/^\p{L}/u.test(tokens[k]!.text)) lowers.push(tokens[k]!.lower); // not a clitic: 'Editor's'
  }
  if (ROLES.has(lowers.join(' '))) return true;
  if (located || (lowers.length > 0 && RUBRICS.has(lowers[lowers.length - 1]!))) return false;
  if (lowers.length > 0 && names.isSpeakerWord(lowers[lowers.length - 1]!)) return true;
  return !lowers.every((w) => isCommonWord(w) || names.seenLowerCase(w));
}

/**
 * "Harbourside Rovers 3-1 Kestrel Vale: Okafor double sends Rovers top": a match report's headline opens with the
 * score between two sides; the line before the colon is a result, no one's label ("Surrey 402-7", "Rovers 3/1" too).
 */
function holdsScore(tokens: readonly Token[], p: Phrase): boolean {
  for (let k = p.tokenStart; k < p.tokenEnd; k++) if (isScorePair(tokens[k]!.text)) return true;
  return false;
}
