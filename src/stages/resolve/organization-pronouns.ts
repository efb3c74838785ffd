import type { ResolveContext } from './context';
import { isSpeechVerb } from './lexicon';
import { speechVerbsOf } from '../../nlp/speech-verbs';
import type { Cluster } from './types';

/**
 * Resolves a sentence-opening "it" that reports ('It estimated that about
 * 300,000 patients ...', 'It said ...') to the organization the sentence
 * before, in the same paragraph, gave as its one speaker ('..., the agency
 * said.', 'Torrent said in a statement ...'): news names a source, then goes
 * on with "it". Runs after resolveNominals, so 'the agency' already has its
 * organization. Left alone when that sentence has no speaker next to a speech
 * verb, or more than one, or a person: "it" would be a guess. An "it" not
 * followed by a reporting verb ('It is expected', 'It was a cut') is no
 * speaker and is never read. An "it" that reports after a comma and a clause link
 * ('..., the agency said that ..., although it warned that ...') resolves the
 * same way to the one organization that spoke earlier in its own sentence.
 */
export function resolveOrganizationIt(ctx: ResolveContext): void {
  const { tokens, sentences } = ctx;
  let mentionsAt: SpeakerMentions | null = null;
  for (let s = 1; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const it = tokens[sentence.tokenStart]!;
    if (it.lower !== 'it' || it.pos !== 'PRON' || it.inQuote) continue;
    const verb = tokens[sentence.tokenStart + 1];
    if (!verb || verb.pos !== 'VERB' || !reports(verb)) continue;
    const previous = sentences[s - 1]!;
    if (previous.paragraph < 0 || previous.paragraph !== sentence.paragraph) continue;
    mentionsAt ??= speakerMentions(ctx);
    const antecedent = soleSpeaker(ctx, mentionsAt, previous.tokenStart, previous.tokenEnd);
    if (!antecedent || antecedent.type !== 'organization') continue;
    const i = sentence.tokenStart;
    antecedent.others.push({ start: it.start, end: it.end, text: it.text, kind: 'pronoun', tokenStart: i, tokenEnd: i + 1 });
  }
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart + 3; i < sentence.tokenEnd - 1; i++) {
      const it = tokens[i]!;
      if (it.lower !== 'it' || it.pos !== 'PRON' || it.inQuote || !CLAUSE_LINKS.has(tokens[i - 1]!.lower) || tokens[i - 2]!.text !== ',') continue;
      if (!reports(tokens[i + 1]!) || tokens[i + 1]!.pos !== 'VERB') continue;
      mentionsAt ??= speakerMentions(ctx);
      const antecedent = soleSpeaker(ctx, mentionsAt, sentence.tokenStart, i - 2);
      if (!antecedent || antecedent.type !== 'organization') continue;
      antecedent.others.push({ start: it.start, end: it.end, text: it.text, kind: 'pronoun', tokenStart: i, tokenEnd: i + 1 });
    }
  }
}

/** Words that open a second clause of the same sentence after a comma: ', although it warned that', ', but it said'. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['although', 'though', 'but', 'and', 'while']);

/** A verb that reports words or a view with a clause: 'said', 'estimated', 'warned' (the speech-verb lexicon). */
function reports(verb: { readonly lemma: string; readonly lower: string; readonly lemmas: readonly string[] }): boolean {
  return verb.lemmas.some((l) => speechVerbsOf(l).some((v) => v.rest.length === 0 && v.frames.includes('clause')));
}

/** Person and organization mentions (names, and the nominals resolveNominals attached) by first and last+1 token. */
interface SpeakerMentions {
  endingAt: Map<number, Cluster>;
  startingAt: Map<number, Cluster>;
}

function speakerMentions(ctx: ResolveContext): SpeakerMentions {
  const endingAt = new Map<number, Cluster>();
  const startingAt = new Map<number, Cluster>();
  for (const c of ctx.clusters) {
    if (c.type !== 'organization' && c.type !== 'person') continue;
    for (const m of [...c.names, ...c.others]) {
      endingAt.set(m.tokenEnd, c);
      startingAt.set(m.tokenStart, c);
    }
  }
  return { endingAt, startingAt };
}

/** The one person or organization next to a speech verb outside quotations in tokens [from, to): 'the agency said', 'said Torrent'. */
function soleSpeaker(ctx: ResolveContext, at: SpeakerMentions, from: number, to: number): Cluster | undefined {
  let found: Cluster | undefined;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.inQuote || !isSpeechVerb(t)) continue;
    for (const c of [...subjectEnds(ctx, k).map((end) => at.endingAt.get(end)), at.startingAt.get(k + 1)]) {
      if (!c) continue;
      if (found && found !== c) return undefined;
      found = c;
    }
  }
  return found;
}

/**
 * Where the subject before the verb at `verb` may end (exclusive token index): right before it, or, past a
 * parenthesised short form ('The Institute of Meteorology and Water Management (IMGW) said'), where the
 * short form's alias mention ends (before ')') and where the full name ends (before '(').
 */
function subjectEnds(ctx: ResolveContext, verb: number): number[] {
  if (ctx.tokens[verb - 1]?.text !== ')') return [verb];
  let open = verb - 2;
  while (open > verb - 6 && open > 0 && ctx.tokens[open]!.text !== '(') open--;
  return ctx.tokens[open]?.text === '(' ? [verb - 1, open] : [verb];
}
