import { tokenAt, type Span, type Token } from '../../document';
import type { Entity, Quote } from '../../schema';
import { isPronoun } from './lexicon';
import { spokenByAgent } from './drop-exemptions';
import { buckets, FeatureList, type FeatureWriter } from './feature-weights';

/**
 * The features the quote model (model.ts) reads of one finished quote: its
 * cue (lemma, form, the words around it, negation), its speaker (entity type,
 * pronoun or nominal, head word, distance to the cue) and its content (length,
 * first word, whether it holds a verb). Computed from the public Quote and the
 * token layer only, so training (scripts/train-quotes.ts) and the stage see
 * the same features.
 */
/** A quote before the model has judged it: everything but its confidence. */
export type UnjudgedQuote = Omit<Quote, 'confidence'>;

export interface QuoteFeatureSource {
  readonly source: string;
  readonly tokens: readonly Token[];
  /** entity id -> type, from the resolve layer */
  readonly entityTypes: ReadonlyMap<string, Entity['type']>;
}

/** The token range a span covers, end exclusive (empty when no token lies in it). */
export function tokensOf(tokens: readonly Token[], span: Span): [number, number] {
  const from = tokenAt(tokens, span.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.start < span.end) to++;
  return [from, to];
}

const gapBucket = buckets([1, 3, 12, 40]);
const lengthBucket = buckets([2, 4, 8, 16, 32, 64]);
const verbsBucket = buckets([0, 1, 3]);
const sentencesBucket = buckets([1, 2, 4]);
const quotedBucket = buckets([0, 1, 2]);

/** The speaker kind of each entity type ('other' for an id the resolve layer does not type), built once: no template string per quote. */
const ENTITY_KINDS: Readonly<Record<Entity['type'] | 'other', string>> = {
  person: 'entity:person',
  organization: 'entity:organization',
  location: 'entity:location',
  other: 'entity:other',
};

/** The lemma a cue word is known by: the token layer's lemma, lower-cased. */
function lemma(t: Token | undefined): string {
  return t ? t.lemma.toLowerCase() : '<none>';
}

function cueFeatures(src: QuoteFeatureSource, q: UnjudgedQuote, out: FeatureWriter): void {
  const { tokens } = src;
  if (!q.cue) {
    out.addClosed('cue=none');
    out.addClosed('cue=none|k=', q.kind);
    out.addClosed('cue=none|spk=', String(q.speaker.name !== null || q.speaker.entityId !== null));
    return;
  }
  const [from, to] = tokensOf(tokens, q.cue.span);
  const head = tokens[from];
  const l = lemma(head);
  const words = tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join('_');
  const prev = tokens[from - 1];
  const next = tokens[to];
  const side = cueSide(q.cue.span, q.span);
  out.add('cue=', l);
  out.add('cuew=', words);
  out.add('cue=', l, '|k=', q.kind);
  out.add('cue=', l, '|side=', side);
  out.addClosed('cuepos=', head?.pos ?? '-');
  out.addClosed('cueform=', head ? formOf(head.lower) : '-');
  out.addClosed('side=', side, '|k=', q.kind);
  out.add('prev=', prev?.lower ?? '<s>');
  out.add('next=', next?.lower ?? '</s>');
  out.add('cue=', l, '|next=', next?.lower ?? '</s>');
  out.add('cue=', l, '|prev=', prev?.pos ?? '<s>');
  // the token layer's negation scope, not Quote.negated's verb-group reading (cue-negation.ts). The quote model was
  // trained on wink's wider scope, which ran on over a relative clause into the main verb ('Officials who did not
  // want to be named said'); src/nlp/negation-scope.ts narrowed this input after the fit, and that changed one
  // confidence by 0.002 on the 121-briefing comparison, so the model was not refit (a refit would learn the narrowed
  // scope's weight)
  if (head?.negated) out.addClosed('cueneg');
  if (head?.inQuote) out.addClosed('cueinquote');
  if (to - from > 1) out.addClosed('cuemulti');
}

/** The inflection a cue word shows: -ing, -ed, -s or bare. */
function formOf(lower: string): string {
  if (lower.endsWith('ing')) return 'ing';
  if (lower.endsWith('ed')) return 'ed';
  if (lower.endsWith('s')) return 's';
  return 'bare';
}

function speakerFeatures(src: QuoteFeatureSource, q: UnjudgedQuote, byAgent: boolean, out: FeatureWriter): void {
  const { tokens } = src;
  const { speaker } = q;
  if (!speaker.mention) {
    out.addClosed('spk=', speaker.name !== null || speaker.entityId !== null ? 'inherited' : 'none');
    return;
  }
  const [from, to] = tokensOf(tokens, speaker.mention);
  const last = tokens[Math.max(from, to - 1)];
  const single = to - from === 1 && last !== undefined && isPronoun(last.lower);
  const type = speaker.entityId ? (src.entityTypes.get(speaker.entityId) ?? 'other') : null;
  const kind = type ? ENTITY_KINDS[type] : single ? 'pronoun' : last?.pos === 'PROPN' ? 'proper' : 'nominal';
  out.addClosed('spk=', kind);
  out.addClosed('spk=', kind, '|k=', q.kind);
  out.addClosed('spkpos=', last?.pos ?? '-');
  if (!type) out.add('spkhead=', last ? last.lemma.toLowerCase() : '-');
  if (single && last) out.addClosed('spkpron=', last.lower);
  if (q.cue) {
    const gap = q.cue.span.start >= speaker.mention.end ? q.cue.span.start - speaker.mention.end : speaker.mention.start - q.cue.span.end;
    out.addClosed('spkgap=', gapBucket(Math.max(0, gap)));
  }
  const insideContent = speaker.mention.start >= q.span.start && speaker.mention.end <= q.span.end;
  if (insideContent) out.addClosed('spkinside');
  // 'called "a betrayal" by the growers' association': a passive cue's agent
  if (byAgent) out.addClosed('spkby|k=', q.kind);
}

function contentFeatures(src: QuoteFeatureSource, q: UnjudgedQuote, out: FeatureWriter): void {
  const { tokens } = src;
  const [from, to] = tokensOf(tokens, q.span);
  const first = tokens[from];
  let verbs = 0;
  let sentences = 0;
  let lastSentence = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    if (t.sentence !== lastSentence) {
      sentences++;
      lastSentence = t.sentence;
    }
  }
  const length = lengthBucket(to - from);
  out.addClosed('len=', length);
  out.addClosed('len=', length, '|k=', q.kind);
  out.add('first=', first?.lower ?? '-');
  out.addClosed('firstpos=', first?.pos ?? '-');
  out.addClosed('verbs=', verbsBucket(verbs), '|k=', q.kind);
  out.addClosed('sents=', sentencesBucket(sentences));
  out.addClosed('quoted=', quotedBucket(q.quoted.length));
  out.addClosed('headline=', String(first ? first.paragraph < 0 : false));
}

/**
 * Every feature of `q`, written to `out` in a fixed order (the model sums its weights in that order). `byAgent`
 * (the speaker is a passive cue's "by" agent) is passed in by a caller that also reads it for the drop
 * exemption, so it is found once per quote.
 */
export function writeQuoteFeatures(src: QuoteFeatureSource, q: UnjudgedQuote, byAgent: boolean, out: FeatureWriter): void {
  out.addClosed('bias');
  out.addClosed('k=', q.kind);
  cueFeatures(src, q, out);
  speakerFeatures(src, q, byAgent, out);
  contentFeatures(src, q, out);
}

/** Every feature of `q`, as strings the model's weights are keyed by (training reads these). */
export function quoteFeatures(src: QuoteFeatureSource, q: UnjudgedQuote, byAgent = spokenByAgent(src.tokens, q)): string[] {
  const list = new FeatureList();
  writeQuoteFeatures(src, q, byAgent, list);
  return list.features;
}

/** Where a quote's cue stands against its content: wholly before it, wholly after it, or inside (interrupting) it. */
export function cueSide(cue: Span, content: Span): 'before' | 'after' | 'inside' {
  return cue.end <= content.start ? 'before' : cue.start >= content.end ? 'after' : 'inside';
}
