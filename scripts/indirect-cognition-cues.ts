/**
 * Cognition and evidence cues ('expect', 'believe', 'show', 'find', 'estimate', the nouns 'belief', 'view',
 * 'estimate'...) counted by the complement after them and the subject before them, with how often PolNeAR marks
 * each occurrence as an attribution cue and how often the default output reports it: where to decide which of
 * these cues a reader accepts as attribution ('Officials expect the deal to close', 'Analysts believe rates will
 * rise', 'The study found that ...') and which stay out ('the data show', 'the chart showed').
 *
 *   npx tsx scripts/indirect-cognition-cues.ts [--split train|dev] [--lemmas expect,believe] [--examples N] [--cell 'v:expect obj+to actor']
 *
 * Per lemma: the indirect golds its word heads, matched by the default output or missed. Per lemma, complement
 * ('that', a bare clause, 'to' + verb, an object then 'to' + verb, a passive 'is expected to', an object, a
 * question word, other) and subject (a person or organization entity, a personal pronoun, a noun for people or an
 * organization, 'it'/'this', another noun, none): occurrences outside quotation marks, how many head a gold
 * indirect cue, how many the default output reports and how many of those match a gold. Read on train (the
 * held-back slice excluded) or dev, never on the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { shortObjectUntil } from '../src/stages/quotes/short-object';
import { actorHeadAt } from '../src/stages/quotes/speaker-heads';
import { viewAsIndexAt } from '../src/stages/quotes/view-as-cue';
import { attributionCueHead } from './lib/cue-lexicon';
import { errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, matchSpans, oneLine } from './lib/polnear';

const DEFAULT_LEMMAS =
  'expect,believe,think,seem,appear,show,find,suggest,support,want,hope,fear,know,consider,estimate,predict,worry,feel,doubt,assume,indicate,reveal,conclude,project,anticipate,forecast,suspect,see,view,regard,belief,expectation,finding,projection,prediction,concern';
const argv = process.argv.slice(2);
const options = errorScriptArgs(argv, { split: 'train', examples: 0 });
const arg = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const lemmas = new Set((arg('--lemmas') ?? DEFAULT_LEMMAS).split(','));
const cellFilter = arg('--cell');
const docs = polnearSplit(options.split);

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
const THING = new Set(['it', 'this', 'that', 'which', 'these', 'those']);
const WH = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

const skippable = (t: Token): boolean => t.pos === 'ADV' || t.lower === 'not' || t.lower === "n't";

/** What follows the cue word: the frame its content would take. */
function complementOf(tokens: readonly Token[], h: number, passive: boolean): string {
  const head = tokens[h]!;
  let k = h + 1;
  while (tokens[k] && tokens[k]!.sentence === head.sentence && skippable(tokens[k]!)) k++;
  const next = tokens[k];
  if (!next || next.sentence !== head.sentence) return 'end';
  const verbAt = (i: number): boolean => tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
  if (head.pos === 'NOUN') return next.lower === 'that' ? 'that' : ['of', 'by', 'from', 'about', 'for', 'on'].includes(next.lower) ? `n+${next.lower}` : 'other';
  if (next.lower === 'to' && verbAt(k + 1)) return passive ? 'passive+to' : 'to-inf';
  if (next.lower === 'that') return passive ? 'passive+that' : 'that';
  if (WH.has(next.lower)) return 'wh';
  if (passive) return 'passive other';
  if (!NOUN_PHRASE.has(next.pos)) return next.pos === 'PUNCT' ? 'punct' : 'other';
  // a noun phrase: an infinitive after it is 'expect Y to', 'as' a view ('sees Y as Z'), a verb after it a bare clause ('believe rates will rise')
  // the object scans the cues themselves use (short-object.ts, view-as-cue.ts), so a cell counts the shape that fires
  if (viewAsIndexAt(tokens, h) >= 0) return 'obj+as';
  const to = shortObjectUntil(tokens, k, 'to');
  if (to >= 0 && verbAt(to + 1)) return 'obj+to';
  for (let i = k + 1; i < Math.min(tokens.length, k + 10) && tokens[i]!.sentence === head.sentence; i++) {
    const t = tokens[i]!;
    if (t.lower === 'as') return 'obj+as?';
    if (verbAt(i)) return 'clause';
    if (!(NOUN_PHRASE.has(t.pos) || t.lower === 'of')) break;
  }
  return 'object';
}

/** Who the cue word's subject is, read back over adverbs, auxiliaries and 'not'. */
function subjectOf(tokens: readonly Token[], h: number, entityType: (k: number) => string | null): { kind: string; passive: boolean } {
  let k = h - 1;
  let passive = false;
  while (k >= 0 && tokens[k]!.sentence === tokens[h]!.sentence && (skippable(tokens[k]!) || tokens[k]!.pos === 'AUX')) {
    if (tokens[k]!.lemma === 'be' && tokens[h]!.pos === 'VERB' && /(?:ed|own|en|ought|ound|elt)$/.test(tokens[h]!.lower)) passive = true;
    k--;
  }
  const s = tokens[k];
  if (passive) return { kind: 'passive', passive };
  if (!s || s.sentence !== tokens[h]!.sentence) return { kind: 'none', passive };
  if (s.pos === 'PRON' && PERSONAL.has(s.lower)) return { kind: 'pronoun', passive };
  if (s.pos === 'PRON' && THING.has(s.lower)) return { kind: 'it/this', passive };
  const type = entityType(k);
  if (type === 'person' || type === 'organization') return { kind: 'entity', passive };
  if (s.pos === 'PROPN') return { kind: type ? `name:${type}` : 'name', passive };
  if (s.pos === 'NOUN') return { kind: actorHeadAt(tokens, k) ? 'actor' : 'thing', passive };
  return { kind: s.lower === 'to' ? 'to' : 'none', passive };
}

interface Cell {
  seen: number;
  gold: number;
  /** the golds among them by what the stage does: matched, dropped by the deed filter, by the quote model, a boundary off, nothing */
  states: Record<GoldState, number>;
  output: number;
  outputMatched: number;
  examples: string[];
}
type GoldState = 'matched' | 'deed' | 'model' | 'boundary' | 'none';
const cells = new Map<string, Cell>();
const perLemma = new Map<string, { gold: number; matched: number }>();
let nested = 0;
const cell = (k: string): Cell => {
  let c = cells.get(k);
  if (!c) cells.set(k, (c = { seen: 0, gold: 0, states: { matched: 0, deed: 0, model: 0, boundary: 0, none: 0 }, output: 0, outputMatched: 0, examples: [] }));
  return c;
};

for (const doc of docs) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const resolve = built.resolve!;
  const entityType = (k: number): string | null => {
    const e = resolve.entityAtToken[k]!;
    return e >= 0 ? resolve.entities[e]!.type : null;
  };
  const golds = doc.attributions.filter((a) => !a.direct);
  const output = extractQuotes(built).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const matchedOutput = new Set(matchSpans(output.map((q) => q.span), golds).map(([i]) => i));
  const matchedGold = new Set(matchSpans(output.map((q) => q.span), golds).map(([, j]) => j));
  const matchedWith = (keepAll: boolean, keepDeeds: boolean): Set<number> => {
    const quotes = extractQuotes(built, { keepAll, keepDeeds }).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
    return new Set(matchSpans(quotes.map((q) => q.span), golds).map(([, j]) => j));
  };
  const withDeeds = matchedWith(false, true);
  const withAll = matchedWith(true, true);
  const everything = extractQuotes(built, { keepAll: true, keepDeeds: true }).quotes.filter((q) => q.kind === 'indirect');
  const stateOf = (j: number): GoldState =>
    matchedGold.has(j) ? 'matched' : withDeeds.has(j) ? 'deed' : withAll.has(j) ? 'model'
      : everything.some((q) => golds[j]!.content.some(([s, e]) => q.span.start < e && s < q.span.end)) ? 'boundary' : 'none';
  const goldHeads = new Map<Token, number>();
  golds.forEach((g, j) => {
    const head = attributionCueHead(tokens, g);
    if (head) goldHeads.set(head, j);
  });
  const outputAt = (t: Token): number => output.findIndex((q) => q.cue !== null && q.cue.span.start <= t.start && t.end <= q.cue.span.end);
  // inside another attribution's content: PolNeAR mostly leaves such inner reports unmarked and 07-nested drops them
  const nestedIn = (t: Token, own: number | undefined): boolean =>
    doc.attributions.some((a) => (own === undefined || golds[own] !== a) && a.content.some(([s, e]) => s <= t.start && t.end <= e));
  tokens.forEach((t, h) => {
    if (t.inQuote || !['VERB', 'NOUN'].includes(t.pos) || !lemmas.has(t.lemma.toLowerCase())) return;
    if (nestedIn(t, goldHeads.get(t))) {
      nested++;
      return;
    }
    const lemmaKey = `${t.pos === 'NOUN' ? 'n' : 'v'}:${t.lemma.toLowerCase()}`;
    const gold = goldHeads.get(t);
    const per = perLemma.get(lemmaKey) ?? { gold: 0, matched: 0 };
    perLemma.set(lemmaKey, per);
    if (gold !== undefined) {
      per.gold++;
      if (matchedGold.has(gold)) per.matched++;
    }
    const subject = subjectOf(tokens, h, entityType);
    const k = `${lemmaKey} ${complementOf(tokens, h, subject.passive)} ${subject.kind}`;
    const c = cell(k);
    c.seen++;
    if (gold !== undefined) {
      c.gold++;
      c.states[stateOf(gold)]++;
    }
    const o = outputAt(t);
    if (o >= 0) {
      c.output++;
      if (matchedOutput.has(o)) c.outputMatched++;
    }
    if ((cellFilter && k.startsWith(cellFilter)) || (options.examples > c.examples.length && !cellFilter)) {
      const sentence = built.tokens!.sentences[t.sentence]!;
      const source = gold !== undefined && golds[gold]!.source?.length ? ` [source: ${golds[gold]!.source!.map(([s, e]) => doc.text.slice(s, e)).join(' ')}]` : '';
      c.examples.push(`${gold !== undefined ? 'GOLD' : '    '} ${o >= 0 ? 'OUT' : '   '} ${oneLine(doc.text.slice(sentence.start, sentence.end)).slice(0, 200)}${source}`);
    }
  });
}

console.log(`${options.split}: ${docs.length} documents; ${nested} occurrences inside another attribution's content left out`);
console.log('| cue | indirect golds it heads | matched | missed |');
for (const [k, v] of [...perLemma.entries()].sort((a, b) => b[1].gold - b[1].matched - (a[1].gold - a[1].matched)))
  console.log(`| ${k} | ${v.gold} | ${v.matched} | ${v.gold - v.matched} |`);
console.log('\n| cue | complement | subject | seen | gold cue | gold share | output | output matched | golds: matched / deed filter / model / boundary / none |');
for (const [k, c] of [...cells.entries()].filter(([, c]) => c.seen >= (arg("--min-seen") === undefined ? 3 : Number(arg("--min-seen")))).sort((a, b) => a[0].localeCompare(b[0]))) {
  const [cue, complement, subject] = k.split(' ');
  console.log(`| ${cue} | ${complement} | ${subject} | ${c.seen} | ${c.gold} | ${(c.gold / c.seen).toFixed(2)} | ${c.output} | ${c.outputMatched} | ${Object.values(c.states).join(' / ')} |`);
}
for (const [k, c] of cells) {
  if (!c.examples.length) continue;
  console.log(`\n== ${k}`);
  for (const e of c.examples) console.log(`  ${e}`);
}
