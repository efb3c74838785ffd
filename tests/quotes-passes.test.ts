import { describe, expect, it } from 'vitest';
import { createDoc, sentenceAt, type Doc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import type { Attribution, AttributionStep } from '../src/stages/quotes/attribution';
import { buildQuoteContext } from '../src/stages/quotes/context';
import { runPasses, type Draft, type QuoteContext, type QuotePass } from '../src/stages/quotes/pass';
import {
  QUOTE_PASSES,
  bareQuotes,
  cuedQuotes,
  dropWeak,
  joinInterrupted,
  partialQuotes,
  partialSpans,
  relativeCues,
  reportedSpeech,
  textOrder,
  titles,
} from '../src/stages/quotes/passes';
import { findAttributions, sentenceContext } from '../src/stages/quotes/reported';
import { accordingTo, headlineColon, nested, reportingNouns, speakerLabel, verbCues } from '../src/stages/quotes/reported-steps';
import { note, type TraceEntry } from '../src/stages/quotes/trace';

const TITLE = 'Leaders to meet at summit\n\n';

/** The document up to the layers the quotes stage reads, built by the pipeline (no quotes yet). */
function docOf(source: string): Doc {
  return runUntil(createDoc(source, '2022-11-12'), 'resolve');
}

function contextOf(source: string): QuoteContext {
  const ctx = buildQuoteContext(docOf(source));
  if (!ctx) throw new Error('no context');
  return ctx;
}

/** A draft as a reader checks it: kind, weak, and the text of its span. */
function show(source: string, d: Draft): string {
  return `${d.kind}${d.weak ? ' weak' : ''}: ${source.slice(d.span.start, d.span.end)}`;
}

describe('quote passes: each runs alone', () => {
  // [pass, passes run before it (its input), body, the drafts it returns]
  const table: Array<[QuotePass, QuotePass[], string, string[]]> = [
    [partialQuotes, [], 'Critics called the plan a "fresh start" on Monday.', ['partial: the plan a "fresh start" on Monday']],
    [titles, [], 'The minister watched "Fox and Friends" on Sunday.', []],
    [cuedQuotes, [], '"We will not accept these terms," said Airo Hino.', ['direct: We will not accept these terms,']],
    [cuedQuotes, [], 'Critics called the plan a "fresh start" on Monday.', []],
    [relativeCues, [], 'The move was what Smith called "a clear threat".', ['partial: what Smith called "a clear threat"']],
    [bareQuotes, [], 'The "summit" ends tomorrow.', ['direct weak: summit']],
    [bareQuotes, [], 'Mr. Smith left early.\n\n"We will keep talking to them until the deal is done."', ['direct: We will keep talking to them until the deal is done.']],
    [reportedSpeech, [], 'Kishida said on Saturday that a meeting with Xi was still being coordinated.', ['indirect: a meeting with Xi was still being coordinated']],
    // a content the quotation already reports is not reported again
    [reportedSpeech, [partialQuotes], 'Critics called the plan a "fresh start" on Monday.', ['partial: the plan a "fresh start" on Monday']],
    [partialSpans, [partialQuotes], 'Critics called the plan a "fresh start" on Monday.', ['partial: the plan a "fresh start"']],
    [textOrder, [reportedSpeech, cuedQuotes], '"We will win," said Airo Hino. Kishida said that talks were going well.', ['direct: We will win,', 'indirect: talks were going well']],
    [
      joinInterrupted,
      [cuedQuotes, bareQuotes, textOrder],
      '"This is a concern for China," he said. "However, China\'s concerns are more targeted at the US."',
      ['direct: This is a concern for China," he said. "However, China\'s concerns are more targeted at the US.'],
    ],
    [dropWeak, [bareQuotes], 'The "summit" ends tomorrow.', []],
  ];

  it.each(table.map(([pass, before, body, expected]) => [pass.name, body, pass, before, expected] as const))('%s: %s', (_name, body, pass, before, expected) => {
    const source = TITLE + body;
    const ctx = contextOf(source);
    const input = runPasses(ctx, before);
    const out = pass.run(ctx, input);
    expect(out.map((d) => show(source, d))).toEqual(expected);
  });

  it('leaves the drafts it is given unchanged (it copies what it changes)', () => {
    const source = TITLE + '"This is a concern for China," he said. "However, China\'s concerns are more targeted at the US."';
    const ctx = contextOf(source);
    const input = runPasses(ctx, [cuedQuotes, bareQuotes, textOrder]);
    const frozen = JSON.stringify(input);
    for (const pass of [partialSpans, textOrder, joinInterrupted, dropWeak]) pass.run(ctx, input);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('claims a title in marks so no later pass makes it a quote', () => {
    const source = TITLE + 'The minister watched "Fox and Friends" on Sunday.';
    const ctx = contextOf(source);
    expect(runPasses(ctx, [titles, cuedQuotes, relativeCues, bareQuotes])).toEqual([]);
    expect(ctx.state.claimed.size).toBe(1);
  });
});

describe('quote passes: the ordered list', () => {
  it('numbers its passes in order, each name once', () => {
    const names = QUOTE_PASSES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name, i) => expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}-[a-z-]+$`)));
  });

  it('can switch a pass off: without 10-drop-weak a scare quote stays', () => {
    const source = TITLE + 'The "summit" ends tomorrow.';
    const texts = (passes: readonly QuotePass[]): string[] => extractQuotes(docOf(source), { passes, keepAll: true }).quotes.map((q) => q.text);
    expect(texts(QUOTE_PASSES)).toEqual([]);
    expect(texts(QUOTE_PASSES.filter((p) => p !== dropWeak))).toEqual(['summit']);
  });
});

describe('quote passes: trace', () => {
  const body = '"We will not accept these terms," said Airo Hino, a professor. Critics called the plan a "fresh start" on Monday. The "summit" ends tomorrow.';

  it('names the pass that added a quote and the one that dropped a weak draft', () => {
    const entries: TraceEntry[] = [];
    const layer = extractQuotes(docOf(TITLE + body), { trace: (e) => entries.push(e) });
    expect(layer.quotes.map((q) => q.text)).toEqual(['We will not accept these terms,', 'the plan a "fresh start"']);
    const lines = entries.map((e) => `${e.pass} ${e.action} ${e.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^03-cued-quotes added direct #0 .*"We will not accept these terms,"/));
    expect(lines).toContainEqual(expect.stringMatching(/^01-partial-quotes added partial .*fresh start/));
    expect(lines).toContainEqual(expect.stringMatching(/^07-partial-spans changed partial .* -> partial .*"the plan a \\"fresh start\\""/));
    expect(lines).toContainEqual(expect.stringMatching(/^05-bare-quotes added direct weak .*"summit"/));
    expect(lines).toContainEqual(expect.stringMatching(/^10-drop-weak dropped direct weak .*"summit"/));
    expect(lines).toContainEqual(expect.stringMatching(/^reported\/05-verb-cues added called \[Critics\]/));
  });

  it('gives the same quotes with or without a trace', () => {
    const source = TITLE + body;
    expect(extractQuotes(docOf(source), { trace: () => undefined })).toEqual(extractQuotes(docOf(source)));
  });

  it('builds no message when nothing listens', () => {
    expect(() => note(undefined, 'x', () => { throw new Error('built'); })).not.toThrow();
  });
});

describe('attribution steps: each runs alone', () => {
  /** cue [subject] content, as the step found them */
  function showAttribution(source: string, a: Attribution): string {
    const subject = a.subject ? source.slice(a.subject.span.start, a.subject.span.end) : '-';
    return `${source.slice(a.cue.start, a.cue.end)} [${subject}] ${source.slice(a.content.start, a.content.end)}${a.nested ? ' (nested)' : ''}`;
  }

  // [step, steps run before it, source (headline first), the sentence holding this text, what it returns]
  const table: Array<[AttributionStep, AttributionStep[], string, string, string[]]> = [
    [speakerLabel, [], TITLE + 'PENCE: Well, look, we will win this election.', 'PENCE', [': [PENCE] Well, look, we will win this election']],
    [headlineColon, [], 'A lesson from Loretta Lynch: "Be the voice of the people"\n\nShe spoke on Monday.', 'A lesson', [': [Loretta Lynch] "Be the voice of the people"']],
    [accordingTo, [], TITLE + 'According to Kyodo News, a meeting is likely to take place.', 'According', ['According to [Kyodo News] a meeting is likely to take place']],
    [accordingTo, [], TITLE + 'A meeting is likely to take place, according to Kyodo News.', 'A meeting', ['according to [Kyodo News] A meeting is likely to take place']],
    [reportingNouns, [], TITLE + "Officials rejected Trump's claim that the vote was rigged.", 'Officials', ["claim [Trump] the vote was rigged"]],
    [verbCues, [], TITLE + 'Kishida told Asian leaders that the regime is taking provocative actions.', 'Kishida', ['told [Kishida] the regime is taking provocative actions']],
    [verbCues, [], TITLE + 'The two leaders were on the same page, said Daniel Russel, an analyst.', 'The two', ['said [Daniel Russel] The two leaders were on the same page']],
    // a cue in a relative clause set off by commas reports up to where the main clause's verb resumes
    [verbCues, [], TITLE + 'The mayor, who said the city was safe, left early.', 'The mayor', ['said [The mayor] the city was safe']],
    [verbCues, [], TITLE + 'The senator, who has argued that taxes are too high, left the party in May.', 'The senator', ['argued [The senator] taxes are too high']],
    [verbCues, [], TITLE + 'The minister, who said that prices, wages and rents would rise, resigned on Friday.', 'The minister', ['said [The minister] prices, wages and rents would rise']],
    [verbCues, [], TITLE + 'The agency, which warned that the river would flood, has since closed the road.', 'The agency', ['warned [The agency] the river would flood']],
    // an addressee ends where the reported clause starts: at "that" (wink may tag it a determiner) or at a new determiner
    [verbCues, [], TITLE + 'Smith told investors that profits would fall next year.', 'Smith', ['told [Smith] profits would fall next year']],
    [verbCues, [], TITLE + 'The minister told reporters the plan would fail.', 'The minister', ['told [The minister] the plan would fail']],
    [verbCues, [], TITLE + 'The president told CNN the deal was dead.', 'The president', ['told [The president] the deal was dead']],
    // a sentence adverb between commas does not hide the subject
    [verbCues, [], TITLE + 'Mr. Smith, however, said the plan would fail.', 'Mr. Smith', ['said [Mr. Smith] the plan would fail']],
    [verbCues, [], TITLE + 'The governor, meanwhile, warned that the roads would close.', 'The governor', ['warned [The governor] the roads would close']],
    // an addressee keeps its "of" phrases before the content
    [verbCues, [], TITLE + 'The senator told a group of reporters in Washington that the bill would pass.', 'The senator', ['told [The senator] the bill would pass']],
    [verbCues, [], TITLE + 'The chief told the families of the victims on Monday that the inquiry would reopen.', 'The chief', ['told [The chief] the inquiry would reopen']],
    [verbCues, [], TITLE + 'Kishida told a meeting of Pacific Island leaders that few people understood the stakes.', 'Kishida', ['told [Kishida] few people understood the stakes']],
    [verbCues, [], TITLE + 'Ms. Lee told members of the committee she would not resign.', 'Ms. Lee', ['told [Ms. Lee] she would not resign']],
    // a subject with its apposition between dashes; a clause between dashes is not one
    [verbCues, [], TITLE + 'Kall -- co-editor of Debating The Donald, a book analyzing debates -- said the candidate tended to make announcements.', 'Kall', ['said [Kall] the candidate tended to make announcements']],
    [verbCues, [], TITLE + 'Ann Lee — a spokeswoman for the group — said the talks had failed.', 'Ann Lee', ['said [Ann Lee] the talks had failed']],
    [verbCues, [], TITLE + 'The company -- which makes chips -- warned that profits would fall.', 'The company', ['warned [The company] profits would fall']],
    // a clause between dashes is no apposition, but the subject before the aside still speaks for the cue after it (inverted-subject.ts)
    [verbCues, [], TITLE + 'Trump — even as he campaigns in Ohio — has claimed that taxes are too high.', 'Trump', ['claimed [Trump] taxes are too high']],
    // after a possessive the addressee is what is possessed: a phrase or a title in marks
    [verbCues, [], TITLE + 'Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.', 'Sanders', ['told [Sanders] nobody would question her intelligence', 'question [nobody] her intelligence']],
    [verbCues, [], TITLE + 'Ms. Lee told the BBC’s Today programme that the talks were over.', 'Ms. Lee', ['told [Ms. Lee] the talks were over']],
    [verbCues, [], TITLE + 'Smith told the magazine\'s editors on Friday that the story was false.', 'Smith', ['told [Smith] the story was false']],
    // a cue in an opening subordinate clause reports up to the comma where the main clause starts
    [verbCues, [], TITLE + 'After the mayor said that the city was safe, residents returned.', 'After', ['said [the mayor] the city was safe']],
    [verbCues, [], TITLE + 'Although the company warned that profits would fall, its shares rose.', 'Although', ['warned [the company] profits would fall']],
    [verbCues, [], TITLE + 'Because officials said the bridge, the road and the tunnel were unsafe, they were closed.', 'Because', ['said [officials] the bridge, the road and the tunnel were unsafe']],
    [nested, [verbCues], TITLE + 'Fowler said he expects Clinton to win the state.', 'Fowler', ['said [Fowler] he expects Clinton to win the state', 'expects [he] Clinton to win the state (nested)']],
  ];

  const rows = table.map(([step, before, source, opening, expected]) => {
    const line = source.slice(source.indexOf(opening)).split('\n')[0]!;
    return [step.name, line, step, before, source, opening, expected] as const;
  });
  it.each(rows)('%s: %s', (_name, _line, step, before, source, opening, expected) => {
    const doc = docOf(source);
    const s = sentenceAt(doc.tokens!.sentences, source.indexOf(opening));
    const ctx = sentenceContext({ source, tokens: doc.tokens!.tokens, sentences: doc.tokens!.sentences }, s);
    let found: Attribution[] = [];
    for (const b of before) found = b.run(ctx, found);
    expect(step.run(ctx, found).map((a) => showAttribution(source, a))).toEqual(expected);
  });

  it('reads a transcript turn by its label alone: the cues inside are the speaker\'s words', () => {
    const source = TITLE + 'PENCE: I said that we will win this election.';
    const doc = docOf(source);
    const layer = { source, tokens: doc.tokens!.tokens, sentences: doc.tokens!.sentences };
    const s = sentenceAt(layer.sentences, source.indexOf('PENCE'));
    expect(sentenceContext(layer, s).cues.length).toBeGreaterThan(0);
    expect(findAttributions(layer, s).map((a) => [showAttribution(source, a), a.label])).toEqual([[': [PENCE] I said that we will win this election', true]]);
  });
});
