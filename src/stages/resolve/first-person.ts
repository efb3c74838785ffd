import type { ResolveContext } from './context';
import { addresseeWords, interviewWords, intervieweeWords, isSpeechVerb } from './lexicon';
import type { Token } from '../../document';
import type { Cluster, DraftMention, NameDraft } from './types';

const firstPersonSingular = new Set(['i', 'me', 'my', 'mine', 'myself']);
const firstPersonPlural = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

/** wink keeps "I'm" whole after a quotation mark: the pronoun is its first letter. */
export function pronounPart(lower: string): string {
  return /^i['’](?:m|ve|d|ll)$/.test(lower) ? 'i' : lower;
}

export function pronounMention(t: Token, k: number): DraftMention {
  const end = pronounPart(t.lower) === t.lower ? t.end : t.start + 1;
  return { start: t.start, end, text: t.text.slice(0, end - t.start), kind: 'pronoun', tokenStart: k, tokenEnd: k + 1 };
}
/** How far (in tokens) a speech verb may be from the person it attributes. */
const ATTRIBUTION_WINDOW = 3;

/**
 * "I", "me", "my" inside quotation marks refer to the person quoted. When a
 * paragraph attributes its quotations to exactly one person ('"...," Sato
 * said', 'Singh said: "..."', '"...," he said' with "he" resolved), the
 * first-person singular pronouns in those quotations join that person; a
 * paragraph that quotes two people is left alone.
 */
export function resolveQuotedFirstPerson(ctx: ResolveContext): void {
  const { tokens, sentences } = ctx;
  const personAt = new Map<number, Cluster>();
  for (const c of ctx.clusters) {
    if (c.type !== 'person') continue;
    for (const n of c.names) personAt.set(n.tokenStart, c);
    for (const o of c.others) if (o.kind === 'pronoun') personAt.set(o.tokenStart, c);
  }
  let i = 0;
  while (i < tokens.length) {
    const paragraph = sentences[tokens[i]!.sentence]?.paragraph;
    let end = i;
    while (end < tokens.length && sentences[tokens[end]!.sentence]?.paragraph === paragraph) end++;
    if (paragraph !== -1) resolveParagraph(ctx, i, end, personAt);
    i = end;
  }
}

/** Token x exists, sits in sentence `sentence` and outside quotes (a function, not a closure built per verb and distance). */
function outsideQuoteInSentence(tokens: ResolveContext['tokens'], x: number, sentence: number): boolean {
  return tokens[x]?.sentence === sentence && tokens[x]?.inQuote === false;
}

function anyQuoted(tokens: ResolveContext['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.inQuote) return true;
  return false;
}

function resolveParagraph(ctx: ResolveContext, from: number, to: number, personAt: ReadonlyMap<number, Cluster>): void {
  const { tokens } = ctx;
  // most paragraphs quote no one: nothing below changes them, so the speech-verb scan is skipped
  if (!anyQuoted(tokens, from, to)) return;
  const speakers = new Set<Cluster>();
  for (let k = from; k < to; k++) {
    if (tokens[k]!.inQuote) continue;
    if (!isSpeechVerb(tokens[k]!)) continue;
    // the nearest person outside quotes on either side of the verb, within the window and the sentence
    for (let d = 1; d <= ATTRIBUTION_WINDOW; d++) {
      const before = personAt.get(k - d);
      const after = personAt.get(k + d);
      if (before && outsideQuoteInSentence(tokens, k - d, tokens[k]!.sentence)) {
        speakers.add(before);
        break;
      }
      if (after && outsideQuoteInSentence(tokens, k + d, tokens[k]!.sentence)) {
        speakers.add(after);
        break;
      }
    }
  }
  if (speakers.size !== 1) return;
  const speaker = [...speakers][0]!;
  // "we" of a spokeswoman is her organization, when the text gives her exactly one
  const organizations = [...speaker.affiliations].filter((a) => a.type === 'organization');
  const group = organizations.length === 1 ? organizations[0]! : null;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!tokens[k]!.inQuote || ctx.nameAt[k]) continue;
    if (firstPersonSingular.has(pronounPart(t.lower))) speaker.others.push(pronounMention(t, k));
    else if (group && firstPersonPlural.has(t.lower)) group.others.push(pronounMention(t, k));
  }
}

const topicPrepositions = new Set(['on', 'about', 'over', 'regarding', 'against', 'for']);

/**
 * In an interview transcript (the headline says "interview" and names one
 * person) the unquoted "I" of the answers is the interviewee, and so is the
 * "you" of the questions. Headlines naming two people are left alone: the
 * transcript does not say who answers.
 */
export function resolveInterviewee(ctx: ResolveContext): void {
  const { tokens, sentences, headline } = ctx;
  if (!headline) return;
  const headlineTokens = tokens.filter((t) => t.start >= headline.start && t.end <= headline.end);
  if (!headlineTokens.some((t) => interviewWords.has(t.lower))) return;
  const people = new Set<Cluster>();
  for (const c of ctx.clusters) {
    if (c.type !== 'person') continue;
    // "interviews bar owner on Santorum cocktail": a topic, not the interviewee
    const asInterviewee = (n: NameDraft): boolean => !topicPrepositions.has(tokens[n.tokenStart - 1]?.lower ?? '');
    if (c.names.some((n) => n.start >= headline.start && n.end <= headline.end && asInterviewee(n))) people.add(c);
  }
  if (people.size !== 1) return;
  const interviewee = [...people][0]!;
  const taken = new Set<number>();
  for (const o of interviewee.others) taken.add(o.tokenStart);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (ctx.tokens[k]!.inQuote || ctx.nameAt[k] || taken.has(k)) continue;
    const sentence = sentences[t.sentence];
    if (!sentence || sentence.paragraph === -1) continue;
    const isQuestion = ctx.source[sentence.end - 1] === '?';
    const answers = intervieweeWords.has(pronounPart(t.lower)) && !isQuestion;
    const asks = addresseeWords.has(t.lower) && isQuestion;
    if (!answers && !asks) continue;
    interviewee.others.push(pronounMention(t, k));
  }
}
