import type { ResolveContext } from './context';
import { isCapitalCity } from '../entities/gazetteer';
import { isSpeechOrDecisionVerb } from './lexicon';

/** Words that may stand between a subject and its verb: "Tokyo has so far refused", "Beijing does not recognise". */
const between = new Set(['has', 'have', 'had', 'does', 'did', 'do', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'also', 'so', 'far', 'not', "n't", 'never', 'already', 'now', 'then', 'still', 'reportedly', 'repeatedly', 'quickly', 'again', 'later', 'recently', 'officially', 'publicly', 'firmly', 'strongly', 'has']);
/** A place after these is a location, not an actor: "talks in Tokyo said". */
const placePrepositions = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'of', 'across', 'around', 'toward', 'towards', 'via']);

/**
 * Marks a country or city standing for its government: the place is the
 * subject of a speech or decision verb ("Tokyo announced", "Beijing has so
 * far refused", "Beijing, which said ..."). The entity stays a location.
 */
export function markMetonymy(ctx: ResolveContext): void {
  const { tokens } = ctx;
  for (const cluster of ctx.clusters) {
    if (cluster.type !== 'location') continue;
    for (const name of cluster.names) {
      if (name.metonymy || !(cluster.country || isCapitalCity(name.text))) continue;
      let k = name.tokenEnd;
      // a possessive is an owner, not a subject: "Tokyo's relationship"
      if (/['’]s$/.test(tokens[k - 1]?.text ?? '') || tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') continue;
      if (tokens[k]?.text === ',' && (tokens[k + 1]?.lower === 'which' || tokens[k + 1]?.lower === 'who')) k += 2;
      else if (placePrepositions.has(tokens[name.tokenStart - 1]?.lower ?? '')) continue;
      let skipped = 0;
      while (k < tokens.length && skipped < 4 && between.has(tokens[k]!.lower)) {
        k++;
        skipped++;
      }
      const verb = tokens[k];
      if (!verb || verb.sentence !== tokens[name.tokenStart]?.sentence) continue;
      if (verb.pos !== 'VERB' && verb.pos !== 'AUX') continue;
      if (isSpeechOrDecisionVerb(verb)) name.metonymy = 'government';
    }
  }
}
