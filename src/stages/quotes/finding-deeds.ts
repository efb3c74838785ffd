import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { tokensOf, type UnjudgedQuote } from './features';

/** Cue lemmas that report a finding but for the two shapes below (cues.json `findingDeeds`). */
const FINDING_LEMMAS: ReadonlySet<string> = new Set(cues.findingDeeds.lemmas);
const REFLEXIVE_OBJECTS: ReadonlySet<string> = new Set(cues.findingDeeds.reflexiveObjects);
/** Words after which 'found' is a bare infinitive, so the verb to found ('helped found', 'to found'). */
const BARE_INFINITIVE_LEADS: ReadonlySet<string> = new Set(cues.findingDeeds.bareInfinitiveLeads);

/**
 * Does this paraphrase's 'find' cue tell what someone did or where they ended
 * up rather than what they found: a reflexive object ('Fox News found itself
 * playing host to those candidates') or 'found' as a bare infinitive, the verb
 * to establish ('Roger Ailes helped found Fox News in 1996')? A finding stays:
 * 'the poll found that ...', 'Gallup finds states shifting toward the GOP'.
 */
export function findsNoFinding(tokens: readonly Token[], q: UnjudgedQuote, headIndex: number): boolean {
  const head = tokens[headIndex]!;
  if (!head.lemmas.some((l) => FINDING_LEMMAS.has(l))) return false;
  if (head.lower === cues.findingDeeds.foundForm && BARE_INFINITIVE_LEADS.has(tokens[headIndex - 1]?.lower ?? '')) return true;
  const [from, to] = tokensOf(tokens, q.span);
  return to > from && from > headIndex && REFLEXIVE_OBJECTS.has(tokens[from]!.lower);
}
