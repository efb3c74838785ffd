/**
 * Event evaluation on WikiEvents dev (../shared/eval/wikievents-dev.jsonl).
 *
 *   npm run eval:events            per-type trigger P/R/F1 and argument F1
 *   npm run eval:events -- --errors  also list misses and false alarms
 *
 * WikiEvents annotates every mention separately, so this scores the
 * unmerged mentions from `detectEventMentions` (the merged events' mentions).
 *
 * KAIROS types are mapped onto ours as follows; everything else (Life.Die,
 * Life.Injure, Justice.*, Movement.*, Contact.Contact.Unspecified, ...) has
 * no counterpart and is ignored, and so are our predictions of types with no
 * KAIROS counterpart here (visit, agreement, election, sanction, trade).
 *
 *   KAIROS                          ours (class scored)
 *   Conflict.Attack.*               attack, military-action   -> attack
 *   Contact.Contact.Meet            meeting, talks, summit    -> meeting
 *   Contact.Contact.Broadcast       statement, announcement   -> statement
 *   Conflict.Demonstrate.*          protest                   -> protest
 *
 * Military action is scored as attack: KAIROS has no separate class for
 * strikes, shelling or missile launches, which it annotates as attacks.
 * Deaths and injuries (Life.*) are not events of ours: "killed" is not a
 * trigger, the attack that killed is.
 *
 * A predicted trigger matches a gold one when the spans overlap and the
 * classes agree (one-to-one, greedy in text order). Arguments: over matched
 * and unmatched events alike, a predicted participant (entity mention) matches
 * a gold argument with a participant-like role, and a predicted location a
 * gold Place, when the spans overlap within a matched trigger pair.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc, overlaps, type Span } from '../src/document';
import { runUntil } from '../src/pipeline';
import { detectEventMentions, type EventMention } from '../src/stages/events';
import type { EventType } from '../src/schema';

export type EvalClass = 'attack' | 'meeting' | 'statement' | 'protest';
const CLASSES: readonly EvalClass[] = ['attack', 'meeting', 'statement', 'protest'];

function goldClass(kairos: string): EvalClass | null {
  if (kairos.startsWith('Conflict.Attack.')) return 'attack';
  if (kairos === 'Contact.Contact.Meet') return 'meeting';
  if (kairos === 'Contact.Contact.Broadcast') return 'statement';
  if (kairos.startsWith('Conflict.Demonstrate.')) return 'protest';
  return null;
}

const PREDICTED_CLASS: Partial<Record<EventType, EvalClass>> = {
  attack: 'attack',
  'military-action': 'attack',
  meeting: 'meeting',
  talks: 'meeting',
  summit: 'meeting',
  statement: 'statement',
  announcement: 'statement',
  protest: 'protest',
};

const PARTICIPANT_ROLES = new Set(['Attacker', 'Target', 'Victim', 'Participant', 'Communicator', 'Recipient', 'Demonstrator']);

interface GoldArgument extends Span {
  role: string;
  text: string;
}
interface GoldEvent {
  type: string;
  trigger: Span & { text: string };
  arguments: GoldArgument[];
}
export interface EvalDoc {
  id: string;
  text: string;
  events: GoldEvent[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const fmt = (x: number): string => x.toFixed(3);

export const WIKIEVENTS_FILE = resolve('../shared/eval/wikievents-dev.jsonl');

export interface EventScores {
  documents: number;
  seconds: number;
  /** entities the resolve stage found over all documents (0: argument scores mean nothing) */
  entities: number;
  triggers: Map<EvalClass, Counts>;
  micro: Counts;
  participants: Counts;
  places: Counts;
}

export function loadWikiEvents(file = WIKIEVENTS_FILE): EvalDoc[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as EvalDoc);
}

/** Scores event mentions on WikiEvents documents; `log` receives the false alarms and misses. */
export function evaluateEvents(docs: readonly EvalDoc[], log?: (line: string) => void): EventScores {
  const showErrors = log !== undefined;
  const triggers = new Map<EvalClass, Counts>(CLASSES.map((c) => [c, zero()]));
  const participants = zero();
  const places = zero();
  let entityCount = 0;
  const started = performance.now();

  for (const doc of docs) {
    const built = runUntil(createDoc(doc.text, null), 'events');
    entityCount += built.resolve?.entities.length ?? 0;
    const predicted = detectEventMentions(built)
      .map((m) => ({ m, cls: PREDICTED_CLASS[m.type] ?? null }))
      .filter((x): x is { m: EventMention; cls: EvalClass } => x.cls !== null);
    const gold = doc.events
      .map((e) => ({ e, cls: goldClass(e.type) }))
      .filter((x): x is { e: GoldEvent; cls: EvalClass } => x.cls !== null);

    const usedGold = new Set<number>();
    const pairs: Array<{ m: EventMention; e: GoldEvent }> = [];
    for (const { m, cls } of predicted) {
      const index = gold.findIndex((g, i) => !usedGold.has(i) && g.cls === cls && overlaps(g.e.trigger, m.trigger.span));
      const counts = triggers.get(cls)!;
      if (index < 0) {
        counts.fp++;
        if (showErrors) log(`  FP ${doc.id} [${cls}] "${m.trigger.text}" :: ${context(doc.text, m.trigger.span)}`);
        continue;
      }
      usedGold.add(index);
      counts.tp++;
      pairs.push({ m, e: gold[index]!.e });
    }
    gold.forEach((g, i) => {
      if (usedGold.has(i)) return;
      triggers.get(g.cls)!.fn++;
      if (showErrors) log(`  FN ${doc.id} [${g.cls} ${g.e.type}] "${g.e.trigger.text}" :: ${context(doc.text, g.e.trigger)}`);
    });

    // arguments: totals over every mapped prediction and gold event; matches only within trigger pairs
    for (const { m } of predicted) {
      participants.fp += m.participants.length;
      if (m.location) places.fp++;
    }
    for (const { e } of gold) {
      for (const a of e.arguments) {
        if (PARTICIPANT_ROLES.has(a.role)) participants.fn++;
        else if (a.role === 'Place') places.fn++;
      }
    }
    for (const { m, e } of pairs) {
      scoreArguments(m.participants.map((p) => p.span), e.arguments.filter((a) => PARTICIPANT_ROLES.has(a.role)), participants);
      scoreArguments(m.location ? [m.location.span] : [], e.arguments.filter((a) => a.role === 'Place'), places);
    }
  }

  const micro = zero();
  for (const c of triggers.values()) {
    micro.tp += c.tp;
    micro.fp += c.fp;
    micro.fn += c.fn;
  }
  const seconds = (performance.now() - started) / 1000;
  return { documents: docs.length, seconds, entities: entityCount, triggers, micro, participants, places };
}

function main(): void {
  if (!existsSync(WIKIEVENTS_FILE)) {
    console.warn(`skipping: ${WIKIEVENTS_FILE} not found`);
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const scores = evaluateEvents(loadWikiEvents(), showErrors ? (line) => console.log(line) : undefined);
  const { triggers, participants, places } = scores;
  console.log(`WikiEvents dev: ${scores.documents} documents, ${scores.seconds.toFixed(1)} s (entities from the resolve stage: ${scores.entities})`);
  console.log('trigger (span overlap + mapped type)');
  console.log('  class        gold  pred    P      R      F1');
  const all = scores.micro;
  for (const cls of CLASSES) {
    const c = triggers.get(cls)!;
    const { p, r, f } = prf(c);
    console.log(`  ${cls.padEnd(11)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}  ${fmt(p)}  ${fmt(r)}  ${fmt(f)}`);
  }
  const total = prf(all);
  console.log(`  ${'micro'.padEnd(11)} ${String(all.tp + all.fn).padStart(5)} ${String(all.tp + all.fp).padStart(5)}  ${fmt(total.p)}  ${fmt(total.r)}  ${fmt(total.f)}`);
  console.log('arguments (span overlap within matched triggers)');
  for (const [name, c] of [['participants', participants], ['place', places]] as const) {
    const { p, r, f } = prf(c);
    console.log(`  ${name.padEnd(12)} gold ${c.tp + c.fn}  pred ${c.tp + c.fp}  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}`);
  }
  if (scores.entities === 0) console.log('note: the resolve stage returned no entities, so argument scores are 0 by construction');
}

/** one-to-one overlap matching; the totals were already counted as fp/fn, so a match moves one of each to tp */
function scoreArguments(predicted: readonly Span[], gold: readonly Span[], counts: Counts): void {
  const used = new Set<number>();
  for (const span of predicted) {
    const index = gold.findIndex((g, i) => !used.has(i) && overlaps(g, span));
    if (index < 0) continue;
    used.add(index);
    counts.tp++;
    counts.fp--;
    counts.fn--;
  }
}

function context(text: string, span: Span): string {
  const from = Math.max(0, span.start - 60);
  return `${text.slice(from, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 40)}`.replace(/\s+/g, ' ');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
