import lexicon from '../../../data/entities/lexicon.json';
import { isGivenName, isKnownOrganization } from '../gazetteer';
import { wordsText } from './shared';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { tokenAtIndex } from '../../../nlp/token-at-index';

/**
 * "Secretary of the Air Force James Roche", "the chairman of Chrysler LLC Jim
 * Press": after a title and "of", the organization the title is held in runs
 * straight into the holder's name, and the tagger reads both as one name.
 * When a span there ends in a known given name and one or two more
 * capitalized words, after a part that ends like an organization (an
 * organization word, an acronym, a known organization), those words are
 * the person and the rest the organization.
 */
export const splitOrganizationBeforePerson: EntityPass = { name: 'split-organization-before-person', run };

/** Roles that, like a title, are held in an organization ("the chairman of Chrysler LLC"). */
const roleWords = new Set(lexicon.rolesHeldIn);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const split = s.type === 'PER' ? -1 : personTailStart(tokens, s);
    if (split < 0) out.push(s);
    else out.push({ tokenStart: s.tokenStart, tokenEnd: split, type: 'ORG' }, { tokenStart: split, tokenEnd: s.tokenEnd, type: 'PER' });
  }
  return out;
}

function personTailStart(tokens: EntityPassContext['tokens'], s: TaggedSpan): number {
  if (s.tokenEnd - s.tokenStart < 3) return -1;
  const sentence = tokens[s.tokenStart]!.sentence;
  let before = s.tokenStart - 1;
  // (tokenAtIndex: a name at the text's start reads before it, which deoptimized this pass 'out of bounds')
  if (tokenAtIndex(tokens, before)?.lower === 'the') before--;
  if (tokenAtIndex(tokens, before)?.lower !== 'of' || tokens[before]!.sentence !== sentence) return -1;
  const title = tokens[before - 1];
  if (!title || title.sentence !== sentence || !(wordClass(title.lower) === 'title' || roleWords.has(title.lower))) return -1;
  for (let i = Math.max(s.tokenStart + 1, s.tokenEnd - 3); i <= s.tokenEnd - 2; i++) {
    const tail = tokens.slice(i, s.tokenEnd);
    if (!isGivenName(tokens[i]!.lower) || !tail.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(w.text))) continue;
    // the part before must end like an organization ("Air Force", "Chrysler LLC", "NASA"), not "San" of "San Francisco Bulletin"
    const last = tokens[i - 1]!;
    if (wordClass(last.lower) === 'orgsuf' || /^[A-Z]{2,}$/.test(last.text) || isKnownOrganization(wordsText(tokens.slice(s.tokenStart, i)))) return i;
  }
  return -1;
}
