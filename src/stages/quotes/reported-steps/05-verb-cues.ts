import type { Token } from '../../../document';
import words from '../../../data/quotes/words.json';
import { addAttribution, cueSpan, makeAttribution, type AttributionStep, type CueSubject, type SentenceContext, type TokenRange } from '../attribution';
import { isClosingMark, isVerbal } from '../boundaries';
import { contentEnd, contentStartAfter, hasVerb, isClauseStart, isOpeningMark } from '../content';
import { addresseeFirstCue, cueAt, passiveBlockers, type CueMatch, type Frame } from '../lexicon';
import { adjectiveInfinitiveSubject } from './adjective-infinitive';
import { asReport } from './as-reports';
import { isEvidentialHedge } from './evidential-raising';
import { governingVerbSubject } from '../catenative-subject';
import { commaParticipleSubject } from '../participle-subject';
import { mainClauseSubject } from '../main-clause-subject';
import { opensSettingClause } from '../setting-clause';
import { relativeReport } from './relative-reports';
import { commaWithin, openingParticipleSubject, opensSentence, opensWithSubordinator } from './opening-clause';
import { phraseEndingAt, phraseStartingAt, subjectAfter, subjectBefore, type Phrase } from '../phrases';
import { COMMA_RELATIVE_OPENERS, POSSESSIVE_DETERMINERS, isRelative } from '../../../nlp/pronouns';
import { reducedPassiveAt } from '../reduced-passive';
import { wordBeforeAdverbs } from '../../../nlp/passive';
import { zeroRelativeAt } from '../zero-relative';
import { subordinateReportAt } from '../coordinated-report';
import { chainedReportStart, type ResumedReport } from './chained-trailing';
import { actorHeadAt, headNoun } from '../speaker-heads';
import { SETTING_TIME_WORDS } from '../../../nlp/time-words';
import { dashAsideClose } from '../dash-aside';
import { publishedHeadWithin } from '../documents';
import { objectVerbSubject } from '../object-before-participle';

/**
 * "The plan, we reported, ...": a trailing first- or second-person attribution
 * is the narrator's aside, not a report. (A leading one, "I know that ...",
 * is kept: the writer's own belief, a source without a name.)
 */
const NARRATOR: ReadonlySet<string> = new Set(words.narratorPronouns.words);
const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(words.recipientPrepositions.words);
const RECEIVING_VERBS: ReadonlySet<string> = new Set(words.perceptionVerbs.hearing);

/**
 * Verb (and stance) cues, in text order: "CLAUSE, said X" / "CLAUSE, X said"
 * report what precedes; "X said (that) CLAUSE", "X told Y that ...", "X urged
 * Y to ...", "X called for NP" what follows. A coordinated or participle cue
 * ("and added", ", urging") takes the subject of the cue before it.
 */
export const verbCues: AttributionStep = {
  name: '05-verb-cues',
  run(ctx, found) {
    const { tokens, first } = ctx;
    const out = [...found];
    let lastSubject: Phrase | null = null;
    let lastContent = { from: -1, to: -1 };
    let resumed: ResumedReport | null = null;
    for (const [i, cue] of ctx.cues.entries()) {
      const subjects = ctx.subjects[i]!;
      // 'the militias accused of genocide': the noun is the target, not the speaker
      // '..., a line he has repeated': a relative clause on the noun, no report
      if (blockedBefore(tokens, cue, first) || reducedPassiveAt(tokens, cue, first) || zeroRelativeAt(tokens, cue, first)) continue;
      // "Christie appeared to end his bid ...": the writer's hedge, no one's words
      if (isEvidentialHedge(tokens, cue, ctx.end)) continue;
      const before = reportBefore(ctx, cue, subjects);
      if (before) {
        // 'A, KING-TV reported, while B, the Sun-Times reported': two reports, the earlier one ending at its attribution
        const chained = before.interruption ? null : chainedReportStart(tokens, resumed, before.to);
        const cut = chained !== null && resumed ? makeAttribution(ctx, resumed.cue, resumed.subject, first, resumed.interruption[0]) : null;
        if (cut && resumed) out[resumed.index] = cut;
        const count = out.length;
        addAttribution(out, ctx, cueSpan(tokens, cue), before.subject, chained ?? first, before.to, before.to, undefined, before.interruption);
        resumed = before.interruption && out.length > count ? { index: count, cue: cueSpan(tokens, cue), subject: before.subject, interruption: before.interruption } : null;
        lastSubject = before.subject;
        lastContent = { from: -1, to: -1 };
        continue;
      }
      const after = reportAfter(ctx, cue, subjects, lastSubject);
      if (!after) {
        // "which he said were at his side": the relative word is the reported clause's subject
        // "As the Times noted, CLAUSE" / "CLAUSE, as the Times reported": the main clause
        const relative: ReturnType<typeof asReport> = relativeReport(ctx, cue) ?? asReport(ctx, cue, subjects.before);
        if (relative) addAttribution(out, ctx, cueSpan(tokens, cue), relative.subject, relative.from, relative.to, relative.narrowTo, 'clause', relative.interruption);
        continue;
      }
      // 'X wrote that the price rise showed ... and predicted churn would stay low': a cue inside the last
      // report's content whose subject is a thing, not an actor, does not hand its subject on; the
      // coordinated cue after it speaks for X
      const nested = cue.start >= lastContent.from && cue.start < lastContent.to;
      if (!nested || actorSubject(tokens, after.subject)) {
        lastSubject = after.subject;
        lastContent = { from: after.from, to: after.to };
      }
      addAttribution(out, ctx, cueSpan(tokens, cue), after.subject, after.from, after.to, after.narrowTo, after.frame);
      resumed = null;
    }
    return out;
  },
};

/**
 * "CLAUSE, said X" / "CLAUSE, X said": the subject and the end of the content, which starts the sentence, and
 * the attribution clause when the content resumes after it ("Acts of protest, Mr. Obama said, are ..."); or null.
 */
function reportBefore(ctx: SentenceContext, cue: CueMatch, subjects: CueSubject): { subject: Phrase; to: number; interruption?: TokenRange } | null {
  const { tokens, first, end, stops } = ctx;
  if (!(cue.frames.includes('clause') || cue.frames.includes('objectClause'))) return null;
  const before = tokens[cue.start - 1];
  // "Ann Lee, a spokeswoman for the group, said ...": what precedes is the subject with its apposition, not content
  const appositive = before?.text === ',' ? subjects.before : null;
  if (before?.text === ',' && cue.start - 1 > first && !cue.participle && !(appositive && appositive.start === first)) {
    const after = subjectAfter(tokens, cue.end, end);
    // '..., including Patriot, declared bankruptcy.': a bare singular noun is the verb's object, not an inverted subject
    // '..., which owns 9%, said it supported the deal.': a pronoun a verb follows opens the reported clause, no inverted
    // speaker ('..., said he.' stays one); PolNeAR train has ', said|says|told|added|stated|wrote' + pronoun + word 83
    // times, inverted 0
    // '..., the ministry's procurement arm, told The Ledger that ...': whom 'told' names is the addressee, not an inverted speaker
    const addresseeFirst = addresseeFirstCue(tokens[cue.start]!);
    const subject = after && !addresseeFirst && !bareSingularNoun(tokens, after) && !pronounOpeningClause(tokens, after, end) ? after : null;
    if (subject && onlyAppositionAfter(tokens, subject.tokenEnd, end)) return { subject, to: cue.start - 1 };
    // "The contrast with Trump, said Doyle, would be clear": a verbless subject before, its predicate resumes after
    const resumes = subject && tokens[subject.tokenEnd]?.text === ',' ? resumesAfter(tokens, subject.tokenEnd, end) : 0;
    if (subject && resumes > 0 && isVerbal(tokens[resumes]) && !hasVerb(tokens, first, cue.start - 1)) {
      return { subject, to: contentEnd(tokens, resumes, end, 'clause', stops), interruption: [cue.start - 1, resumes] };
    }
  }
  const trailing = subjects.before;
  if (
    trailing &&
    !cue.participle &&
    !(trailing.phrase.kind === 'pronoun' && NARRATOR.has(tokens[trailing.phrase.tokenStart]!.lower)) &&
    tokens[trailing.start - 1]?.text === ',' &&
    trailing.start - 1 > first &&
    !opensQuotationAfter(tokens, cue, trailing.start, end) &&
    settingOnlyAfter(tokens, afterAddressee(tokens, cue, end), end, first, trailing.start, cue.start)
  ) {
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution sits inside its content
    // '..., mediators said on Thursday, as aid agencies warned that ...': a subordinate clause with its own report is not the content resuming
    const after = resumesAfter(tokens, cue.end, end);
    const resumes = after && subordinateReportAt(tokens, after, end) ? 0 : after;
    if (!resumes) return { subject: trailing.phrase, to: trailing.start - 1 };
    return { subject: trailing.phrase, to: contentEnd(tokens, resumes, end, 'clause', stops), interruption: [trailing.start - 1, resumes] };
  }
  return null;
}

/** "X said (that) CLAUSE": the subject and the content after the cue, by the cue's frames; or null. */
function reportAfter(
  ctx: SentenceContext,
  cue: CueMatch,
  subjects: CueSubject,
  lastSubject: Phrase | null,
): { subject: Phrase; from: number; to: number; narrowTo: number; frame: Frame } | null {
  const { tokens, first, end, stops } = ctx;
  const content = contentStartAfter(tokens, cue, end);
  if (!content) return null;
  const { from, frame } = content;
  // "The court heard that Harcourt took money": the subject listened; whoever spoke is not named
  if (frame === 'clause' && RECEIVING_VERBS.has(tokens[cue.start]!.lemma.toLowerCase())) return null;
  // '"...," X said on Friday, adding that ...': a participle cue after the setting reports for itself; it is not what 'said' reports
  if (startsParticipleCue(ctx.cues, from)) return null;
  const before = tokens[cue.start - 1];
  let subject: Phrase | null = null;
  const coordinated = before !== undefined && (before.lower === 'and' || before.lower === 'but' || (frame === 'clause' && isCoordinated(tokens, cue.start, first)));
  if (coordinated) {
    // "Cruz exhorted Republicans to ... and said he was ...": with no cue before it, the subject of the sentence's first verb
    subject = lastSubject ?? mainClauseSubject(tokens, first, cue.start, 'anywhere');
  } else if ((cue.participle || tokens[first]?.lower === 'having') && opensSentence(tokens, cue.start, first)) {
    // 'Having announced that ..., Judge Berman proceeded': the main clause's subject after the comma speaks
    subject = openingParticipleSubject(tokens, from, end);
  } else if (cue.participle) {
    const adjacent = before && before.text !== ',' ? ownSubjectPhrase(tokens, phraseEndingAt(tokens, cue.start, first), first) : null;
    subject = adjacent ?? lastSubject ?? commaParticipleSubject(tokens, cue.start, first) ?? mainClauseSubject(tokens, first, cue.start, 'anywhere');
  } else if (tokens[cue.start - 1]?.lower === 'to') {
    subject = infinitiveSubject(tokens, cue, first);
  } else {
    subject = subjects.before?.phrase ?? subjects.beforeAside;
  }
  if (!subject) return null;
  // an infinitive cue ("prompted Zhao to warn") counts only with an explicit complement: "that", a colon or a quotation;
  // after a control adjective ("more likely to say they ...") the subject's own stance is reported, with or without one
  // ('went on to win that year in a landslide': a 'that' before no verb is a determiner, whatever the tagger says)
  const explicit = (tokens[from - 1]?.lower === 'that' && hasVerb(tokens, from, end)) || tokens[from - 1]?.text === ':' || isOpeningMark(tokens[from]);
  if (before?.lower === 'to' && !explicit && !adjectiveInfinitiveSubject(tokens, cue.start, first)) return null;
  const own = withDashAsideEnd(tokens, cue, ctx.afterDateline, from, end, withRelativeClauseEnd(tokens, cue, first, from, end, stops));
  const to = contentEnd(tokens, from, end, frame, own);
  const narrowTo = contentEnd(tokens, from, end, frame, own, true);
  return { subject, from, to, narrowTo, frame };
}

/**
 * 'Morrison has written to the Scottish Government asking it to step in': a noun phrase a preposition of place or
 * recipient governs is that verb's object, not the participle's subject (the writer asks); the subject is sought
 * further back. "by" and "from" name a source ('a statement from the ministry saying ...') and keep their phrase.
 */
function ownSubjectPhrase(tokens: readonly Token[], phrase: Phrase | null, first: number): Phrase | null {
  if (!phrase) return null;
  // 'started a petition this week calling on ...': a verb's object that names no one; the verb's subject speaks
  const objectOf = objectVerbSubject(tokens, phrase, first);
  if (objectOf) return objectOf;
  // phraseEndingAt takes the article into the phrase, so the preposition stands right before it
  const k = phrase.tokenStart - 1;
  const preposition = tokens[k];
  if (preposition?.pos !== 'ADP' || !RECIPIENT_PREPOSITIONS.has(preposition.lower)) return phrase;
  let v = k - 1;
  while (v >= Math.max(first, k - VERB_REACH) && !isVerbal(tokens[v])) v--;
  if (v < Math.max(first, k - VERB_REACH) || tokens[v]!.pos !== 'VERB') return phrase;
  // only a preposition that completes the verb itself ("written (directly) to"), or one after a document the subject
  // sent ('sent a letter on Thursday to Senate leaders opposing ...': the letter carries the subject's words); after
  // any other object ('arrested a man at the scene claiming', 'pointed to a line in the report stating') the
  // participle modifies the noun before it
  const complement = tokens.slice(v + 1, k).every((t) => t.pos === 'ADV' || (t.pos === 'PART' && t.lower !== 'to'));
  if (!complement && !publishedHeadWithin(tokens, v + 1, k)) return phrase;
  // 'is asked to contact the force on 999 quoting log 4412': under an infinitive the act is only requested, so the
  // search for a subject further back is not started; the phrase is kept as the rule found it, on purpose (the old
  // result: later checks decide whether it speaks)
  return tokens[v - 1]?.lower === 'to' ? phrase : null;
}

/** how far back from the preposition the verb it completes is looked for */
const VERB_REACH = 8;

/** `stops` with the dash closing an aside the cue stands in (dash-aside.ts), or `stops` as they were. */
function withDashAsideEnd(tokens: readonly Token[], cue: CueMatch, first: number, from: number, end: number, stops: readonly number[]): readonly number[] {
  const close = dashAsideClose(tokens, first, cue.start, from, end);
  return close < 0 ? stops : [...stops, close].sort((a, b) => a - b);
}

/**
 * "The mayor, who said the city was safe, left early": a cue inside a relative
 * clause set off by commas reports up to the comma where the main clause's
 * verb resumes; "After the mayor said the city was safe, residents returned":
 * a cue in an opening subordinate clause, up to the comma where the main
 * clause starts. `stops` with that comma added, or `stops` as they were.
 */
function withRelativeClauseEnd(
  tokens: readonly Token[],
  cue: CueMatch,
  first: number,
  from: number,
  end: number,
  stops: readonly number[],
): readonly number[] {
  let k = cue.start - 1;
  while (k > first && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.lower === 'not')) k--;
  const relative = isRelative(tokens[k], COMMA_RELATIVE_OPENERS) && tokens[k - 1]?.text === ',';
  const subordinate = !relative && opensWithSubordinator(tokens, first, cue.start);
  if (!relative && !subordinate) return stops;
  // the main clause after a subordinate one is the last clause after a comma ("said A, B and C were unsafe, they were closed")
  let found = -1;
  for (let c = from + 1; c < end - 1; c++) {
    const comma = tokens[c]!;
    if (comma.text !== ',' || comma.inQuote) continue;
    let v = c + 1;
    while (v < end - 1 && tokens[v]!.pos === 'ADV') v++;
    const verb = tokens[v]!;
    if (relative && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))) return [...stops, c].sort((a, b) => a - b);
    if (subordinate && isClauseStart(tokens, c + 1, end)) found = c;
  }
  return found < 0 ? stops : [...stops, found].sort((a, b) => a - b);
}

/**
 * After a trailing "..., X said" (subject at `subjectStart`), what follows the cue and its addressee (from
 * `from`) is only a setting: adjuncts up to a comma, or '..., Mr. Obama told his advisers as he labored
 * over the speech': a clause before the comma, then a setting in time (a plain subject only: '..., as
 * Eric Garner, gasping on a sidewalk, said before he died' is an aside's own cue).
 */
function settingOnlyAfter(tokens: readonly Token[], from: number, end: number, first: number, subjectStart: number, cueStart: number): boolean {
  if (onlyAdjunctsAfter(tokens, from, end)) return true;
  return opensSettingClause(tokens, from) && hasVerb(tokens, first, subjectStart - 1) && !commaWithin(tokens, subjectStart, cueStart);
}

/**
 * After a trailing "..., X said" only a setting may follow the cue ("on
 * Tuesday", "in a statement", "this week"), up to the next comma: an object
 * ("the communiqué mentioned the threats") means the cue is not reporting
 * what came before.
 */
function onlyAdjunctsAfter(tokens: readonly Token[], from: number, end: number): boolean {
  const next = tokens[from];
  if (!next || from >= end) return true;
  if (!(next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || SETTING_TIME_WORDS.has(next.lower))) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return true;
    if (isVerbal(t) || t.lower === 'that' || isOpeningMark(t)) return false;
  }
  return true;
}

/** "..., a senior political source told Reuters": after a cue that takes an addressee, where the addressee ends. */
function afterAddressee(tokens: readonly Token[], cue: CueMatch, end: number): number {
  if (!cue.frames.includes('objectClause')) return cue.end;
  const addressee = phraseStartingAt(tokens, cue.end, end);
  return addressee ? addressee.tokenEnd : cue.end;
}

/** Where the content resumes after a parenthetical "..., X said, ...", or 0 when the sentence ends with the attribution. */
function resumesAfter(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text !== ',') continue;
    const next = tokens[k + 1];
    if (k + 2 >= end || !next || isOpeningMark(next)) return 0;
    // "..., Kishida said this week, following an October promise": a participle adjunct, not the content
    if (next.pos === 'VERB' && next.lower.endsWith('ing')) return 0;
    // "..., Tomita said on Tuesday, during an event at Brookings.": after the cue's own setting, a stretch with no verb
    // goes on with that setting, not with the content ("It was, he said, one of the bitterest failures" does)
    if (k > from && !hasVerb(tokens, k + 1, end)) return 0;
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the sentence resumes
    return k + 1;
  }
  return 0;
}

/**
 * 'He said he had not seen it, and when asked again, he said, "I hope not."': a cue whose comma or colon opens
 * a quotation introduces that quotation, so unquoted words before its subject are not its content; after quoted
 * words ('"A," he said, "B."') the interrupted quotation is still read as before.
 */
function opensQuotationAfter(tokens: readonly Token[], cue: CueMatch, subjectStart: number, end: number): boolean {
  const k = afterAddressee(tokens, cue, end);
  if (!(tokens[k]?.text === ',' || tokens[k]?.text === ':') || !isOpeningMark(tokens[k + 1])) return false;
  const before = tokens[subjectStart - 2];
  return before !== undefined && !before.inQuote && !isClosingMark(before);
}

/**
 * Is the phrase after a cue a pronoun with a verb right after it and more words after the verb ('said it supported the
 * deal', 'said he had warned'): a clause's subject? A verb that closes the sentence or meets a comma ('..., said he
 * believed.', '..., said she believed, citing ...') leaves the pronoun an inverted speaker with a parenthetical verb.
 */
function pronounOpeningClause(tokens: readonly Token[], phrase: Phrase, end: number): boolean {
  const next = phrase.tokenEnd < end ? tokens[phrase.tokenEnd] : undefined;
  if (phrase.kind !== 'pronoun' || next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  const afterVerb = phrase.tokenEnd + 1 < end ? tokens[phrase.tokenEnd + 1] : undefined;
  return afterVerb !== undefined && !endsClauseAfterVerb(afterVerb);
}

/** A token that leaves a verb with nothing after it in its clause: a comma, the sentence's closing stop or a closing mark. */
function endsClauseAfterVerb(token: Token): boolean {
  return /^(?:,|[.!?\u2026]+)$/.test(token.text) || isClosingMark(token);
}

/** After an inverted "..., said X": an apposition may follow, but no clause (a relative clause on it may: "said X, a professor, who is ..."). */
function onlyAppositionAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (isRelative(t, COMMA_RELATIVE_OPENERS)) return true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)) || isOpeningMark(t)) return false;
  }
  return true;
}

/** A passive ("was told"; not 'who's called for', whose 's the token layer lemmatizes 'have': src/nlp/contraction-lemmas.ts) or an infinitive without its own subject before the cue: not a report. */
function blockedBefore(tokens: readonly Token[], cue: CueMatch, first: number): boolean {
  const k = wordBeforeAdverbs(tokens, cue.start, first);
  const t = tokens[k];
  if (!t || k < first) return false;
  const passive = passiveBlockers.has(t.lower) && !cue.participle && !cue.predicative && t.lemma !== 'have';
  return passive || (t.lower === 'to' && !infinitiveSubject(tokens, cue, first));
}

/** Verbs whose object is their infinitive's subject (src/data/quotes/words.json `objectControlVerbs`). */
const OBJECT_CONTROL: ReadonlySet<string> = new Set(words.objectControlVerbs.words);

/**
 * "prompted Zhao from the Chinese foreign ministry to warn that ...": an
 * infinitive cue's subject is the object of the verb before it, when that
 * verb is one whose object does what the infinitive says (urge, prompt, ask).
 */
function infinitiveSubject(tokens: readonly Token[], cue: CueMatch, first: number): Phrase | null {
  return controllerOf(tokens, cue.start, first, 0) ?? adjectiveInfinitiveSubject(tokens, cue.start, first);
}

/** Infinitives a purpose chain may climb through ('a promise to revise its strategy to consider'). */
const MAX_PURPOSE_CHAIN = 2;

/**
 * The subject of the infinitive whose verb is at `verb` (a 'to' before it):
 * the object of an object-control verb before it ('prompted Zhao to warn');
 * after any other verb the infinitive is a purpose, whose subject is that
 * verb's: through another infinitive, or, for a participle after a comma
 * ('Kishida said this week, following an October promise to revise its
 * security strategy to consider "..."'), the subject of the finite verb
 * before the comma. Null otherwise.
 */
function controllerOf(tokens: readonly Token[], verb: number, first: number, depth: number): Phrase | null {
  const to = verb - 1;
  for (let k = to - 1; k >= first && to - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !cueAt(tokens, k)) {
      if (!OBJECT_CONTROL.has(t.lemma.toLowerCase())) return depth < MAX_PURPOSE_CHAIN ? purposeSubject(tokens, k, to, first, depth) : null;
      const object = phraseStartingAt(tokens, k + 1, to);
      return object && object.kind !== 'pronoun' ? object : null;
    }
    if (t.pos === 'AUX' || t.pos === 'PUNCT') return null;
  }
  return null;
}

/**
 * The subject of a purpose infinitive's governing verb at `k` (its 'to' at `to`): another infinitive's, a
 * comma-set participle's clause's, or a finite verb's own subject when a setting or a thing stands between
 * them ('Mr. Sanders used the speech to argue that ...', 'went on CNN to declare that ...': catenative-subject.ts
 * `governingVerbSubject`, no refusal or non-reporting passive). Not after a person named or a pronoun object
 * right after the verb ('paid actors to say', 'hired him to say': the object may be who speaks), nor a negated
 * infinitive ('chose not to say').
 */
function purposeSubject(tokens: readonly Token[], k: number, to: number, first: number, depth: number): Phrase | null {
  if (tokens[k - 1]?.lower === 'to') return controllerOf(tokens, k, first, depth + 1);
  if (!tokens[k]!.lower.endsWith('ing')) return to > k + 1 && !personObjectAfter(tokens, k + 1, to) && tokens[to - 1]?.lower !== 'not' ? governingVerbSubject(tokens, k, first) : null;
  if (tokens[k - 1]?.text !== ',') return null;
  for (let v = k - 2; v >= first && k - v <= 8; v--) {
    const u = tokens[v]!;
    if (u.inQuote || /^[.;:!?"“”]$/.test(u.text)) return null;
    if (u.pos === 'VERB' && !u.lower.endsWith('ing')) return subjectBefore(tokens, v, first)?.phrase ?? null;
  }
  return null;
}

/**
 * Between a verb and its purpose 'to' (from `from`), an object that may be the infinitive's doer: a pronoun, a
 * name not owning what follows, or a noun phrase headed by a person or group ('paid actors to say'); a thing
 * ('the speech', 'Reagan's deficit') or a preposition's phrase ('on television') is not.
 */
function personObjectAfter(tokens: readonly Token[], from: number, to: number): boolean {
  const t = tokens[from]!;
  if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PART') return false;
  const object = phraseStartingAt(tokens, from, to);
  if (!object) return true;
  // 'hired him to say'; 'used his address to call' is a thing's phrase
  if (object.kind === 'pronoun') return object.tokenEnd - object.tokenStart === 1 || !POSSESSIVE_DETERMINERS.has(t.lower);
  const after = tokens[object.tokenEnd];
  if (after && /^['’]s?$/.test(after.text)) return false;
  return object.kind === 'name' || actorHeadAt(tokens, headNoun(tokens, object.tokenStart, object.tokenEnd));
}

/**
 * The cue at `start` opens a second verb phrase of its clause after its
 * auxiliaries and adverbs ('... but has said she will hold firm'); only a
 * clause cue is read so ('and has backed Hillary Clinton' stays a deed).
 */
function isCoordinated(tokens: readonly Token[], start: number, first: number): boolean {
  let k = start - 1;
  while (k > first && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not')) k--;
  const t = tokens[k];
  return t !== undefined && (t.lower === 'and' || t.lower === 'but');
}

/** A one-word singular common noun with no determiner ("bankruptcy"): no one speaks as it ("said officials" is plural). */
function bareSingularNoun(tokens: readonly Token[], p: Phrase): boolean {
  const t = tokens[p.tokenStart]!;
  return p.tokenEnd - p.tokenStart === 1 && t.pos === 'NOUN' && !t.lower.endsWith('s');
}

/** Does a participle cue ('adding', 'suggesting') of the sentence start at token `from`? */
function startsParticipleCue(cues: readonly CueMatch[], from: number): boolean {
  for (const c of cues) if (c.start === from && c.participle) return true;
  return false;
}

/** A subject that can speak: a name or pronoun (no common head noun), or a head noun for a person, group or organization. */
function actorSubject(tokens: readonly Token[], subject: Phrase): boolean {
  return subject.kind !== 'nominal' || actorHeadAt(tokens, headNoun(tokens, subject.tokenStart, subject.tokenEnd));
}
