import speechData from '../data/lexicon/speech-verbs.json';
import type { EventType } from '../schema';
import { lemmasOf } from './morphology';

/** How a reporting verb takes its content (see src/data/lexicon/speech-verbs.json). */
export type Frame = 'clause' | 'objectClause' | 'objectTo' | 'infinitive' | 'object';

/** When a verb has several frames, they are tried in this order. */
const FRAME_ORDER: readonly Frame[] = ['clause', 'objectClause', 'objectTo', 'infinitive', 'object'];

/** What the stages read a speech verb for (see the file's comment). */
export type SpeechRole = 'speech' | 'act' | 'reporting' | 'intent' | 'denial';

/** One entry of the shared speech-verb lexicon: a lemma, or a lemma and the words that follow it ("point out"). */
export interface SpeechVerb {
  lemma: string;
  /** lower-cased words after the verb, as written ("out" in "point out") */
  rest: readonly string[];
  frames: readonly Frame[];
  roles: ReadonlySet<SpeechRole>;
  /** the event type the verb itself names ("announce" -> announcement) */
  event?: EventType;
  /** a verb of thinking, knowing or finding rather than of speaking ("believe", "show") */
  thought: boolean;
}

interface RawVerb {
  frames?: string[];
  roles?: string[];
  event?: string;
  sense?: string;
}

const raw = (speechData as unknown as { verbs: Record<string, RawVerb> }).verbs;

/** first lemma -> entries starting with it, longest first */
const BY_LEMMA = new Map<string, SpeechVerb[]>();
const BY_ROLE = new Map<SpeechRole, Set<string>>();
for (const [key, value] of Object.entries(raw)) {
  const [lemma, ...rest] = key.split(' ');
  const frames = FRAME_ORDER.filter((f) => value.frames?.includes(f));
  const roles = new Set((value.roles ?? []) as SpeechRole[]);
  const verb: SpeechVerb = {
    lemma: lemma!,
    rest,
    frames,
    roles,
    thought: value.sense === 'thought',
    ...(value.event ? { event: value.event as EventType } : {}),
  };
  const list = BY_LEMMA.get(lemma!) ?? [];
  list.push(verb);
  BY_LEMMA.set(lemma!, list);
  if (rest.length === 0) for (const role of roles) BY_ROLE.set(role, (BY_ROLE.get(role) ?? new Set()).add(lemma!));
}
for (const list of BY_LEMMA.values()) list.sort((a, b) => b.rest.length - a.rest.length);

/** The speech verbs whose first word has this lemma, longest first ("point out" before "point"). */
export function speechVerbsOf(lemma: string): readonly SpeechVerb[] {
  return BY_LEMMA.get(lemma) ?? [];
}

/** The single-word speech verbs with a role, as lemmas. */
function lemmasWithRole(role: SpeechRole): ReadonlySet<string> {
  return BY_ROLE.get(role) ?? new Set();
}

/** Is the token a form of a speech verb with this role ("said" -> say: speech)? */
export function hasSpeechRole(token: { readonly lemma: string; readonly lower: string }, role: SpeechRole): boolean {
  const lemmas = lemmasWithRole(role);
  // a loop, not .some with a closure: called for most tokens by several stages
  for (const l of lemmasOf(token)) if (lemmas.has(l)) return true;
  return false;
}

/** Single-word speech verbs that name an event themselves ("state" -> statement). */
export function speechVerbEvents(): ReadonlyArray<[string, EventType]> {
  const out: Array<[string, EventType]> = [];
  for (const list of BY_LEMMA.values()) for (const verb of list) if (verb.event && verb.rest.length === 0) out.push([verb.lemma, verb.event]);
  return out;
}
