import type { Span, Token } from '../../document';
import quoteWords from '../../data/quotes/words.json';
import type { InterviewTurns } from '../../nlp/interview-turns';
import type { ResolveContext } from './context';
import { pronounMention, pronounPart } from './first-person';
import { addresseeWords, intervieweeWords } from './lexicon';
import type { Cluster } from './types';

/** An asker's title next to a name ('our agriculture correspondent, Pieter van Rooyen'); not 'the writer Zadie Smith', who may answer. */
const ASKER_ROLES: ReadonlySet<string> = new Set(quoteWords.interviewTurns.askerRoles);

/**
 * In a question-and-answer interview (src/nlp/interview-turns.ts: 'Q:'/'A:' turns after an introduction announcing
 * one), the unquoted 'I', 'me', 'my' of the answers and the 'you' of the questions are the interviewee: the person
 * the introduction names most (pronouns already attached counted, the first named winning a tie), leaving out one
 * with an asker's title right before the name. resolveInterviewee reads a headline that names the interviewee; this
 * reads the turns, for the many texts whose title line is no headline ('Q&A with Vice President Joe Biden.' ends
 * like a sentence). Only inside the turns: narration after the last answer, or a column's 'I', stays unresolved.
 * The quotes stage reads who speaks an answer's 'I' from these mentions (quotes/interview.ts): PolNeAR train
 * (held-back slice left out) annotates the sources of reports inside answers as that 'I' (or the question's 'you').
 */
export function resolveInterviewTurns(ctx: ResolveContext, turns: InterviewTurns | null): void {
  if (!turns) return;
  const taken = new Set<number>();
  for (const c of ctx.clusters) for (const o of c.others) taken.add(o.tokenStart);
  const speaking = turnPronouns(ctx, turns, taken);
  // none left: the headline's interviewee (resolveInterviewee) already holds them, and stays the one
  if (speaking.length === 0) return;
  const interviewee = mostNamedPerson(ctx, turns.introEnd);
  if (!interviewee) return;
  for (const k of speaking) interviewee.others.push(pronounMention(ctx.tokens[k]!, k));
}

/** The unquoted answerer's words inside answers and addressee's words inside questions no entity holds yet. */
function turnPronouns(ctx: ResolveContext, turns: InterviewTurns, taken: ReadonlySet<number>): number[] {
  const { tokens } = ctx;
  const out: number[] = [];
  const inside = (t: Token, spans: readonly Span[]): boolean => spans.some((s) => t.start >= s.start && t.end <= s.end);
  for (let k = turns.introEnd; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.inQuote || ctx.nameAt[k] || taken.has(k)) continue;
    if (intervieweeWords.has(pronounPart(t.lower)) ? inside(t, turns.answers) : addresseeWords.has(t.lower) && inside(t, turns.questions)) out.push(k);
  }
  return out;
}

/** The person the introduction (tokens before `end`) names most, an asker left out, or null. */
function mostNamedPerson(ctx: ResolveContext, end: number): Cluster | null {
  let best: Cluster | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const c of ctx.clusters) {
    if (c.type !== 'person') continue;
    const names = c.names.filter((n) => n.tokenStart < end);
    if (names.length === 0 || names.some((n) => besideAskerRole(ctx.tokens, n.tokenStart))) continue;
    const count = names.length + c.others.filter((o) => o.kind === 'pronoun' && o.tokenStart < end).length;
    const first = names[0]!.tokenStart;
    if (count > bestCount || (count === bestCount && first < bestFirst)) [best, bestCount, bestFirst] = [c, count, first];
  }
  return best;
}

function besideAskerRole(tokens: readonly Token[], start: number): boolean {
  // right before the name, or before a comma right before it: 'the host Ira Glass', 'our correspondent,
  // Pieter van Rooyen'; not a role further back ('... reporter Jim Tankersley. Biden complained'), another's title
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start]!.sentence) return false;
  if (ASKER_ROLES.has(before.lower)) return true;
  return before.text === ',' && ASKER_ROLES.has(tokens[start - 2]?.lower ?? '');
}
