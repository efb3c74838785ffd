/**
 * How likely an entity is right (a real name, of this type): a logistic
 * model over the evidence, fitted on the held-back slices of the training
 * corpora by scripts/calibrate-entity-confidence.ts (weights in
 * src/data/entities/confidence.json). The evidence: the tagger's own
 * probabilities for the entity's name mentions (marginals.ts), how often
 * the article names it, whether a gazetteer knows the name, whether every
 * mention opens a sentence or stands in the headline (where capitals prove
 * nothing), its type and length. A name a rule pass added or retyped
 * (NameMention.origin) is judged on that rule's kind of evidence and on the
 * tagger's probability that the words are a name of any type, not on the
 * tagger's probability for a type it did not choose. See docs/briefing.md,
 * "Confidence".
 */
import type { Entity } from '../../schema';
import model from '../../data/entities/confidence.json';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../entities/gazetteer';
import type { ResolveContext } from './context';
import type { Cluster, NameDraft } from './types';

/** Names of the evidence values, in the order of confidence.json's weights. */
export const evidenceNames = [
  'bias',
  'taggerMaxLogit',
  'taggerMeanLogit',
  'noTaggerScore',
  'logNameMentions',
  'gazetteer',
  'onlyOpeners',
  'person',
  'organization',
  'oneWord',
  'otherMentions',
  'ruleTaggerAnyNameLogit',
  'ruleGazetteer',
  'ruleContext',
  'ruleDocument',
] as const;

/**
 * Is the mention's type the tagger's? Its own spans, and spans a rule only
 * reshaped; a span a rule added or retyped on a gazetteer, a context cue or
 * the rest of the document carries that rule's evidence instead.
 */
const taggerTyped = (n: NameDraft): boolean => n.origin === undefined || n.origin === 'tagger' || n.origin === 'boundary';

const logit = (p: number): number => {
  const q = Math.min(0.9975, Math.max(0.0025, p));
  return Math.log(q / (1 - q));
};

/** Is the name at a sentence's start (after any opening punctuation) or inside the headline? */
function opensSentence(ctx: ResolveContext, n: NameDraft): boolean {
  const { tokens, sentences, headline } = ctx;
  if (headline && n.start >= headline.start && n.end <= headline.end) return true;
  const tok = tokens[n.tokenStart];
  const sentence = tok ? sentences[tok.sentence] : undefined;
  if (!sentence) return false;
  for (let t = sentence.tokenStart; t < n.tokenStart; t++) if (/[\p{L}\p{N}]/u.test(tokens[t]!.text)) return false;
  return true;
}

function known(type: Cluster['type'], text: string): boolean {
  if (type === 'location') return placeKind(text) !== null;
  if (type === 'organization') return isKnownOrganization(text);
  const words = text.toLowerCase().split(/\s+/);
  return words.length >= 2 && isGivenName(words[0]!) && isFamilyName(words[words.length - 1]!);
}

/** The evidence vector of one entity (scripts/calibrate-entity-confidence.ts reads it through `evidenceOf`). */
function entityEvidence(ctx: ResolveContext, c: Cluster, entity: Entity): number[] {
  // one loop rather than map/filter/spread/reduce: the mapped arrays came in several element kinds
  // (small integers, doubles, with undefined), each a deoptimization of this function while V8 warmed up
  let count = 0;
  let max = -Infinity;
  let sum = 0;
  let anyName = -1;
  let typed = false;
  let gazetteer = 0;
  let context = 0;
  let document = 0;
  for (const n of c.names) {
    if (n.taggerAnyName !== undefined) anyName = Math.max(anyName, n.taggerAnyName);
    if (n.origin === 'gazetteer') gazetteer = 1;
    else if (n.origin === 'context') context = 1;
    else if (n.origin === 'document') document = 1;
    if (!taggerTyped(n)) continue;
    typed = true;
    const s = n.taggerScore;
    if (s === undefined) continue;
    count++;
    max = Math.max(max, s);
    sum += s;
  }
  if (count === 0) max = 0;
  const mean = count ? sum / count : 0;
  // a rule's evidence, and the tagger's word that these are a name at all, count where no mention's type is the
  // tagger's (a retyped name: the tagger saw a name, the rule its type); elsewhere the type's probability says it
  if (typed) {
    gazetteer = context = document = 0;
    anyName = -1;
  }
  return [
    1,
    count ? logit(max) : 0,
    count ? logit(mean) : 0,
    count ? 0 : 1,
    Math.log(1 + c.names.length),
    c.names.some((n) => known(c.type, n.text)) ? 1 : 0,
    c.names.every((n) => opensSentence(ctx, n)) ? 1 : 0,
    c.type === 'person' ? 1 : 0,
    c.type === 'organization' ? 1 : 0,
    /\s/.test(entity.name) ? 0 : 1,
    c.others.length > 0 ? 1 : 0,
    anyName >= 0 ? logit(anyName) : 0,
    gazetteer,
    context,
    document,
  ];
}

/** The evidence behind each entity's confidence, for calibration and tracing (weakly held), once `recordEvidence(true)`. */
export const evidenceOf = new WeakMap<Entity, number[]>();
let recording = false;

/**
 * Turns the keeping of evidence in `evidenceOf` on or off (off by default). Why off: only the calibration script
 * and a test read it, and each vector held there outlived young collections beside its entity (the WeakMap lives in
 * old space), so about 1.3 MB of them per 2 MB of news were promoted and stayed until a full GC.
 */
export function recordEvidence(on: boolean): void {
  recording = on;
}

export function entityConfidence(ctx: ResolveContext, c: Cluster, entity: Entity): number {
  const x = entityEvidence(ctx, c, entity);
  if (recording) evidenceOf.set(entity, x);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
