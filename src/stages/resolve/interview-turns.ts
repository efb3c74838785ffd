import type { Span, Token } from '../../document';
import type { Entity } from '../../schema';
import { firstNotBefore } from '../../nlp/search';
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
 * one), the unquoted 'I', 'me', 'my' of the answers and the 'you' of the questions are the interviewee: the one
 * person the announcing sentences name there ('Mayor Ada Okafor spoke with us', 'Q&A with Mayor Ada Okafor.', 'We
 * spoke with Mayor Ada Okafor'), an asker with a title left out ('our correspondent, Pieter van Rooyen'); or, for a
 * question and the answer after it, the person the question addresses by name ('Q: Mr Smith, is the levy fair?').
 * No one when the announcements name no person or two ('Mayor Ada Okafor and Mayor John Smith met our reporter')
 * and the question names none: review rev24-a finding 1 found 'the person the introduction names most' was often
 * the one asking or someone the story is about. resolveInterviewee reads a headline that names the interviewee; this
 * reads the turns, for the many texts whose title line is no headline ('Q&A with Vice President Joe Biden.' ends
 * like a sentence). Only inside the turns: narration after the last answer, or a column's 'I', stays unresolved.
 * The quotes stage reads who speaks an answer's 'I' from these mentions (quotes/interview.ts): PolNeAR train
 * (held-back slice left out) annotates the sources of reports inside answers as that 'I' (or the question's 'you').
 */
export function resolveInterviewTurns(ctx: ResolveContext, turns: InterviewTurns | null): Array<{ turn: Span; answerer: Cluster }> {
  const answerers: Array<{ turn: Span; answerer: Cluster }> = [];
  if (!turns) return answerers;
  const taken = new Set<number>();
  for (const c of ctx.clusters) for (const o of c.others) taken.add(o.tokenStart);
  const announced = announcedInterviewee(ctx, turns);
  const ordered = [...turns.questions.map((span) => ({ span, question: true })), ...turns.answers.map((span) => ({ span, question: false }))].sort((x, y) => x.span.start - y.span.start);
  const { tokens } = ctx;
  let k = turns.introEnd;
  let speaker = announced;
  for (const turn of ordered) {
    // a question addressing someone by name speaks to that person, and so answers the turn after it
    if (turn.question) speaker = addressedPerson(ctx, turn.span) ?? announced;
    if (!turn.question && speaker) answerers.push({ turn: turn.span, answerer: speaker });
    while (k < tokens.length && tokens[k]!.start < turn.span.start) k++;
    for (; k < tokens.length && tokens[k]!.end <= turn.span.end; k++) {
      const t = tokens[k]!;
      if (!speaker || t.inQuote || ctx.nameAt[k] || taken.has(k)) continue;
      if (turn.question ? addresseeWords.has(t.lower) : intervieweeWords.has(pronounPart(t.lower))) speaker.others.push(pronounMention(t, k));
    }
  }
  return answerers;
}

/** The answer turns' answerers as entity ids (the entity holding the cluster's first name), for the quotes stage. */
export function answererIds(entities: readonly Entity[], answerers: ReadonlyArray<{ turn: Span; answerer: Cluster }>): Array<{ turn: Span; entityId: string }> {
  const out: Array<{ turn: Span; entityId: string }> = [];
  for (const { turn, answerer } of answerers) {
    const first = answerer.names[0];
    const entity = first && entities.find((e) => e.mentions.some((m) => m.start === first.start && m.end === first.end));
    if (entity) out.push({ turn, entityId: entity.id });
  }
  return out;
}

/** The one person the announcing sentences name where they name the interviewee (its name or a pronoun it holds), or null. */
function announcedInterviewee(ctx: ResolveContext, turns: InterviewTurns): Cluster | null {
  const found = new Set<Cluster>();
  const pronounOwner = new Map<number, Cluster>();
  for (const c of ctx.clusters) if (c.type === 'person') for (const o of c.others) if (o.kind === 'pronoun') pronounOwner.set(o.tokenStart, c);
  for (const a of turns.announcements) {
    for (let k = a.nameStart; k < a.nameEnd; k++) {
      const name = ctx.nameAt[k];
      const owner = name ? clusterOf(ctx, name.tokenStart) : pronounOwner.get(k);
      if (owner?.type === 'person' && !(name && besideAskerRole(ctx.tokens, name.tokenStart))) found.add(owner);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** 'Q: Mr Smith, is the levy fair?': the person a question names right after its label, before a comma, or null. */
function addressedPerson(ctx: ResolveContext, question: Span): Cluster | null {
  const { tokens } = ctx;
  const k = firstNotBefore(tokens.length, (i) => tokens[i]!.start < question.start);
  // the label, its colon, then the name at once or after one title word ('Mr', 'Ms', 'Senator')
  for (const at of [k + 2, k + 3]) {
    const name = ctx.nameAt[at];
    if (!name || name.tokenStart > k + 3 || tokens[name.tokenEnd]?.text !== ',') continue;
    const owner = clusterOf(ctx, name.tokenStart);
    if (owner?.type === 'person') return owner;
  }
  return null;
}

function clusterOf(ctx: ResolveContext, nameStart: number): Cluster | null {
  return ctx.clusters.find((c) => c.names.some((n) => n.tokenStart === nameStart)) ?? null;
}

function besideAskerRole(tokens: readonly Token[], start: number): boolean {
  // right before the name, or before a comma right before it: 'the host Ira Glass', 'our correspondent,
  // Pieter van Rooyen'; not a role further back ('... reporter Jim Tankersley. Biden complained'), another's title
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start]!.sentence) return false;
  if (ASKER_ROLES.has(before.lower)) return true;
  return before.text === ',' && ASKER_ROLES.has(tokens[start - 2]?.lower ?? '');
}
