/**
 * Builds src/data/lexicon/irregular-verbs.json, the one table of English verb
 * forms that the suffix rules in src/nlp/morphology.ts get wrong ("went",
 * "held", "admitted", "put"), from compromise's conjugation. Re-run after
 * upgrading compromise or adding verbs to the lexicons:
 *
 *   npx tsx scripts/build-irregular-verbs.ts
 *
 * The verbs conjugated are compromise's own infinitives, the lemmas of the
 * past forms its lexicon knows, its irregular exceptions, and every verb
 * lemma newsbrief's lexicons name (speech verbs, event triggers). A form
 * that differs from the rules is kept when compromise lists it as an
 * exception or wink's lemmatizer leads it back to the lemma (see
 * `confirmed`); EXTRA adds the few neither confirms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { regularForms } from '../src/nlp/morphology';
import { wink } from '../src/nlp/wink';

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { models: Record<string, { ex?: Record<string, string> }> };
}
interface Entry {
  third?: string[];
  past?: string[];
  participle?: string[];
  gerund?: string[];
}

interface VerbTransform {
  conjugate(word: string, model: Model): Conjugation;
  toInfinitive(word: string, model: Model, tense: string): string;
}

const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;
const tagsOf = (word: string): string[] => {
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : t.split(',');
};

/**
 * What compromise does not give or neither check below confirms: the many
 * forms of "be", British spellings and second participles, verbs whose past
 * is their lemma that compromise's models leave out, and irregular forms
 * wink's lemmatizer does not know. (The lists this table replaced, in the
 * resolve, events and time stages, named them.)
 */
const EXTRA: Record<string, Entry> = {
  be: { third: ['is', 'am', 'are'], past: ['was', 'were'], participle: ['been'], gerund: ['being'] },
  overtake: { past: ['overtook'], participle: ['overtaken'] },
  wake: { past: ['woke', 'waked'], participle: ['woken'] },
  awake: { past: ['awoke'], participle: ['awoken'] },
  forgive: { past: ['forgave'], participle: ['forgiven'] },
  forsake: { past: ['forsook'], participle: ['forsaken'] },
  drink: { past: ['drank'], participle: ['drunk'] },
  swim: { past: ['swam'], participle: ['swum'] },
  wear: { past: ['wore'], participle: ['worn'] },
  ride: { past: ['rode'], participle: ['ridden'] },
  bite: { past: ['bit'], participle: ['bitten'] },
  strike: { participle: ['struck', 'stricken'] },
  bear: { participle: ['borne', 'born'] },
  learn: { past: ['learned', 'learnt'] },
  burn: { past: ['burned', 'burnt'] },
  spell: { past: ['spelled', 'spelt'] },
  dream: { past: ['dreamed', 'dreamt'] },
  spread: { past: ['spread'] },
  split: { past: ['split'] },
  forecast: { past: ['forecast', 'forecasted'] },
  broadcast: { past: ['broadcast'] },
  burst: { past: ['burst'] },
  upset: { past: ['upset'] },
  offset: { past: ['offset'] },
};

// ---- the verbs to conjugate ------------------------------------------------
const verbTransform = (nlp as unknown as { methods(): { two: { transform: { verb: VerbTransform } } } }).methods().two.transform.verb;
const notLemma = (word: string): boolean => ['PastTense', 'Participle', 'Gerund', 'PresentTense', 'Copula'].some((t) => tagsOf(word).includes(t));
const lemmas = new Set<string>();
const addLemma = (word: string | undefined): void => {
  if (word && /^[a-z]+$/.test(word) && !notLemma(word)) lemmas.add(word);
};
for (const word of Object.keys(lexicon)) {
  const tags = tagsOf(word);
  if (tags.includes('Infinitive')) addLemma(word);
  // "stood", "overtook": the lexicon knows the form; its lemma is a verb to conjugate
  if (tags.includes('PastTense') && !tags.includes('PhrasalVerb')) addLemma(verbTransform.toInfinitive(word, model, 'PastTense'));
}
/** compromise's own irregular forms, per model: lemma -> form */
const exception = (name: string): Record<string, string> => model.two.models[name]?.ex ?? {};
const pastEx = exception('toPast');
const participleEx = exception('toParticiple');
const gerundEx = exception('toGerund');
const presentEx = exception('toPresent');
for (const ex of [pastEx, participleEx, gerundEx, presentEx]) for (const word of Object.keys(ex)) addLemma(word);
const data = (file: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../src/data', file), 'utf8'));
const speech = data('lexicon/speech-verbs.json') as { verbs: Record<string, unknown> };
for (const key of Object.keys(speech.verbs)) addLemma(key.split(' ')[0]);
const triggers = data('events/triggers.json') as { words: Record<string, unknown>; supportVerbs: string[] };
for (const word of [...Object.keys(triggers.words), ...triggers.supportVerbs]) addLemma(word);
const cues = data('quotes/cues.json') as { stance: { verbs: string[] }; notReportingBeforeThat: { lemmas: string[] } };
for (const phrase of [...cues.stance.verbs, ...cues.notReportingBeforeThat.lemmas]) addLemma(phrase.split(' ')[0]);
const resolveVerbs = data('resolve/verbs.json') as { decisions: string[] };
for (const word of resolveVerbs.decisions) addLemma(word);
for (const word of Object.keys(EXTRA)) lemmas.add(word);

// ---- the forms the rules get wrong ------------------------------------------
/** wink's lemma for a verb form in a frame that makes it a verb ("They have {form} it.") */
const winkNlp = wink();
const winkLemma = (frame: string, form: string): string => {
  const doc = winkNlp.readDoc(frame.replace('{}', form));
  const lemmas = doc.tokens().out(winkNlp.its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as unknown as string[];
  return lemmas[frame.split(' ').indexOf('{}')] ?? '';
};
/**
 * A form compromise gives that the rules do not is kept when compromise lists
 * it among its own exceptions, or when wink's lemmatizer, an independent
 * table, leads it back to the lemma ("built" -> build). Its suffix models
 * alone are not trusted: they return the lemma for verbs they cannot
 * conjugate ("abet" -> abet) and leave some consonants undoubled ("snaping").
 */
const confirmed = (lemma: string, form: string, ex: Record<string, string>, frame: string): boolean => {
  if (ex[lemma] === form) return true;
  if (form === lemma || form.replace(/(ed|ing)$/, '') === lemma.replace(/e$/, '')) return false;
  return winkLemma(frame, form) === lemma;
};
const verbs: Record<string, Entry> = {};
for (const lemma of [...lemmas].sort()) {
  const c = verbTransform.conjugate(lemma, model);
  const rules = regularForms(lemma);
  const entry: Entry = {};
  const past = c.PastTense;
  if (past && past !== rules.past && confirmed(lemma, past, pastEx, 'They {} it .')) entry.past = [past];
  const participle = c.Participle;
  if (participle && participle !== (entry.past?.[0] ?? rules.past) && confirmed(lemma, participle, participleEx, 'They have {} it .')) entry.participle = [participle];
  const gerund = c.Gerund;
  if (gerund?.endsWith('ing') && gerund !== rules.gerund && confirmed(lemma, gerund, gerundEx, 'They are {} it .')) entry.gerund = [gerund];
  // "has": only compromise's exceptions (wink leads "minuss" back to minus)
  const third = c.PresentTense;
  if (third && third !== rules.third && presentEx[lemma] === third) entry.third = [third];
  const extra = EXTRA[lemma];
  if (extra) Object.assign(entry, extra);
  if (Object.keys(entry).length > 0) verbs[lemma] = entry;
}
// "need", "proceed": lemmas ending in -ed, which are no past forms
const edLemmas = [...lemmas].filter((l) => l.length > 3 && l.endsWith('ed') && !tagsOf(l).includes('PastTense')).sort();

const out = resolve(import.meta.dirname, '../src/data/lexicon/irregular-verbs.json');
const comment =
  'Generated by scripts/build-irregular-verbs.ts from compromise: the verb forms the suffix rules in src/nlp/morphology.ts get wrong (the first of each list is the usual form), and lemmas ending in -ed. Do not edit by hand.';
// one verb a line, so a regenerated table reads as a short diff
const lines = Object.entries(verbs).map(([lemma, entry]) => `  ${JSON.stringify(lemma)}: ${JSON.stringify(entry)}`);
writeFileSync(out, `{\n "$comment": ${JSON.stringify(comment)},\n "verbs": {\n${lines.join(',\n')}\n },\n "edLemmas": ${JSON.stringify(edLemmas)}\n}\n`);
console.log(`wrote ${out}: ${Object.keys(verbs).length} verbs of ${lemmas.size} conjugated, ${edLemmas.length} lemmas in -ed`);
