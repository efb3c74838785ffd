import irregular from '../../data/events/lemmas.json';

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries(irregular as Record<string, string>).filter(([key]) => !key.startsWith('$')),
);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Candidate lemmas for a lower-cased word form, most likely first: the form
 * itself, an irregular lemma, then the forms suffix stripping can give.
 * wink's lite model has no lemmatizer we can reach per token, and the
 * lexicons are small, so callers try each candidate against a lexicon
 * instead of trusting one guess ("announced" -> announc, announce).
 */
export function lemmaCandidates(lower: string): readonly string[] {
  const cached = CACHE.get(lower);
  if (cached) return cached;
  const out = computeCandidates(lower);
  // news vocabulary is small; the bound only guards against adversarial input
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(lower, out);
  return out;
}

const CACHE = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

function computeCandidates(lower: string): string[] {
  const out = [lower];
  const known = IRREGULAR.get(lower);
  if (known !== undefined) out.push(known);
  const n = lower.length;
  if (n < 4) return out;
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('es')) out.push(lower.slice(0, -2), lower.slice(0, -1));
  else if (lower.endsWith('s') && !lower.endsWith('ss')) out.push(lower.slice(0, -1));
  if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('ed')) pushStem(lower.slice(0, -2), out);
  if (lower.endsWith('ing') && n > 5) pushStem(lower.slice(0, -3), out);
  return out;
}

/** stem after -ed/-ing: itself, with a final e restored, and with a doubled consonant undone */
function pushStem(stem: string, out: string[]): void {
  out.push(stem, `${stem}e`);
  const last = stem[stem.length - 1];
  if (last !== undefined && stem.length > 2 && last === stem[stem.length - 2] && !VOWELS.has(last)) {
    out.push(stem.slice(0, -1));
  }
}

/** True when the form looks like a past tense or past participle. */
export function looksPast(lower: string): boolean {
  if (lower.endsWith('ed')) return true;
  const known = IRREGULAR.get(lower);
  return known !== undefined && known !== lower && !lower.endsWith('ing') && !lower.endsWith('s');
}
