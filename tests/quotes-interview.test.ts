import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { readInterview, withoutTurnLabel } from '../src/stages/quotes/interview';

/** every quote the stage outputs, as 'speaker name: text' (no name: '') */
function quotesOf(text: string): string[] {
  const doc = runUntil(createDoc(text, '2026-12-01'), 'quotes');
  return doc.quotes!.quotes.map((q) => `${q.speaker.name ?? ''}: ${q.text}`);
}

const INTRO =
  'A farmer on the drought\n\n' +
  "Nomvula Dlamini grows maize and beans on 40 hectares near Mahikeng. After the region's third failed rainy season, she has sold most of her cattle. " +
  'She spoke to our agriculture correspondent, Pieter van Rooyen, in Johannesburg on Friday.\n\n';

describe('a Q&A interview: answers speak for the interviewee the introduction names (interview.ts)', () => {
  const answers: Array<[string, string, string]> = [
    ["'I' inside an 'A:' turn", 'Q: Has the relief reached you?\n\nA: Some vouchers came in May. I think many small farmers gave up.', 'Nomvula Dlamini: many small farmers gave up'],
    ["'I' inside an 'Answer:' turn", 'Question: What did you do with the cattle?\n\nAnswer: We sold them in March. I think the price will not come back.', 'Nomvula Dlamini: the price will not come back'],
    ["'you' as a question's subject", 'Q: You said last year that the co-op would fail. Has it?\n\nA: Not yet.', 'Nomvula Dlamini: the co-op would fail'],
    // a question to the interviewee is no question to the reader (reported-steps/reader-questions.ts): PolNeAR marks its 'you'
    ["'you' in a question turn's question", 'Q: But the co-op is broke. Do you think the co-op will fail?\n\nA: Not yet.', 'Nomvula Dlamini: the co-op will fail'],
  ];
  it.each(answers)('%s is the interviewee\'s', (_title, turns, expected) => {
    const quotes = quotesOf(INTRO + turns);
    expect(quotes.some((q) => q.startsWith(expected)), JSON.stringify(quotes)).toBe(true);
  });

  const notHers: Array<[string, string, string]> = [
    ['a question', 'Q: Did the government package reach your district in time?\n\nA: Some vouchers came in May, and that helped a little.', 'Did the government'],
    ['narration after the last answer', 'Q: Are you hopeful?\n\nA: I am a farmer, and every year I am hopeful in October.\n\nThe weather service said on Thursday that it expected normal rainfall.', 'it expected normal rainfall'],
  ];
  it.each(notHers)('%s is not the interviewee\'s', (_title, turns, words) => {
    const quotes = quotesOf(INTRO + turns);
    expect(quotes.filter((q) => q.includes(words) && q.startsWith('Nomvula')), JSON.stringify(quotes)).toEqual([]);
    expect(quotes.filter((q) => q.includes(words) && q.startsWith('Pieter')), JSON.stringify(quotes)).toEqual([]);
  });

  // review rev24-a finding 3: an answer holding no report of its own is the certain interviewee's words, as on the start
  // commit (the label still names no one: the speaker carries no mention); an answer holding a report is not output whole
  const wholeAnswers: Array<[string, string, string]> = [
    ["an 'A:' turn's words as a whole", 'Q: What did you do with the cattle?\n\nA: We sold them in March, most of them, because the price was falling every week.', 'Nomvula Dlamini: We sold them in March'],
    ["an 'Answer:' turn's words as a whole", 'Question: What did you do with the cattle?\n\nAnswer: We sold them in March, most of them, because the price was falling every week.', 'Nomvula Dlamini: We sold them in March'],
  ];
  it.each(wholeAnswers)("%s is the announced interviewee's", (_title, turns, expected) => {
    const quotes = quotesOf(INTRO + turns);
    expect(quotes.some((q) => q.startsWith(expected)), JSON.stringify(quotes)).toBe(true);
  });
  it("a headline-named interviewee's answer with no report in it is hers; an answerer left unknown gets no whole answer", () => {
    const named = quotesOf('Interview: Ada Okafor\n\nAda Okafor has run the co-op for ten years.\n\nQ: Is the levy fair?\n\nA: No. The levy is unfair to farmers, and it will ruin the small co-ops by March.');
    expect(named.some((q) => q.startsWith('Ada Okafor: No. The levy is unfair to farmers')), JSON.stringify(named)).toBe(true);
    const unknown = quotesOf('Levy vote\n\nMayor Ada Okafor won the vote on Thursday. She spoke to Tom Ashdown after it.\n\nQ: Is the levy fair?\n\nA: No. The levy is unfair to farmers, and it will ruin the small co-ops by March.');
    expect(unknown.filter((q) => q.includes('The levy is unfair')), JSON.stringify(unknown)).toEqual([]);
    const holdsReport = quotesOf(INTRO + 'Q: What did you do?\n\nA: We sold them. I think the price will not come back.');
    expect(holdsReport.filter((q) => q.includes('We sold them')), JSON.stringify(holdsReport)).toEqual([]);
  });

  it('the journalist named with a title in the introduction is never the one who answers', () => {
    const text =
      'Q&A with the mayor\n\nWe spoke with our correspondent Michael Grunwald and Mayor Ada Okafor about the levy. Grunwald asked first.\n\n' +
      'Q: Is the levy fair?\n\nA: I think it is fair, and the farmers know it will pay for the new roads.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.startsWith('Ada Okafor: it is fair')), JSON.stringify(quotes)).toBe(true);
  });

  it("a report inside a question's first sentence is read: the minister's quoted words are the minister's", () => {
    const quotes = quotesOf(
      INTRO + 'Q: The agriculture minister, John Steenhuisen, said last month that the relief had reached "every district that asked for it." Is that fair?\n\nA: Maybe every district asked. But a district is not a farmer.',
    );
    expect(quotes.some((q) => q.startsWith('John Steenhuisen:') && q.includes('every district that asked for it')), JSON.stringify(quotes)).toBe(true);
  });

  it("an 'A:' line with no question turn in the document is no interview: no speaker is made up", () => {
    const quotes = quotesOf(INTRO + 'A: We sold them in March, most of them, because the price was falling every week.');
    expect(quotes.filter((q) => q.startsWith('Nomvula')), JSON.stringify(quotes)).toEqual([]);
  });

  // review findings: documents or turns where the interview reader must step aside and the ordinary reading stands
  const kept: Array<[string, string, string]> = [
    [
      "the headline's interviewee answers",
      'Interview: Ada Okafor\n\nAda Okafor has run the co-op for ten years. Her rival John Smith wants her job. Smith has called the co-op a failure, and Smith says he will stand in March. Smith is popular.\n\nQ: Is Smith right?\n\nA: I think he is wrong about the co-op.',
      'Ada Okafor: he is wrong about the co-op',
    ],
    // a report inside a turn's first sentence is output, not hidden under the turn's label (finding 5)
    ["a report in an answer's first sentence is the ministry's", INTRO + 'Q: The minister said last month that the relief was late. Is that fair?\n\nA: The ministry said on Friday that prices would rise in January. I do not believe it.', 'The ministry: prices would rise in January'],
    ["a report in a question's first sentence is the minister's", INTRO + 'Q: The minister said last month that the relief was late. Is that fair?\n\nA: The ministry said on Friday that prices would rise in January. I do not believe it.', 'The minister: the relief was late'],
    ["an answer's quotation with its own cue stays the neighbour's", INTRO + 'Q: What did your neighbour say?\n\nA: My neighbour told me, "When I said we would sell, I meant it." I think she was right.', 'My neighbour: When I said we would sell'],
    ["an 'A:' report line with no question turn: the 'A' is an article, the ministry's report is kept (finding 4)", 'Levy row\n\nOkafor spoke at the meeting.\n\nA: The ministry said on Friday that prices would rise in January.', 'The ministry: prices would rise in January'],
  ];
  // a newsroom's FAQ answers its own questions: no interview word, no conversation in the introduction (finding 1)
  const FAQ =
    'What the new levy means for you\n\nChancellor Rachel Reeves announced a fuel levy on Wednesday. Reeves said the money would pay for roads. Reeves told MPs the levy was fair.\n\n' +
    'Q: Do I have to pay the levy?\n\nA: Yes. I think most drivers will pay about £40 a year, the Treasury estimates.\n\nQ: When does it start?\n\nA: It starts in April, officials said.';
  const notTheirs: Array<[string, string, string, string]> = [
    ["an FAQ's answer is not the official its introduction names most", FAQ, 'Rachel Reeves', 'most drivers will pay'],
    ["an FAQ's answer reporting officials is not the official its introduction names most", FAQ, 'Rachel Reeves', 'It starts in April'],
    // the headline names the interviewee (resolve/first-person.ts resolveInterviewee): a rival the introduction names more is not (finding 3)
    [
      'a headline-named interviewee keeps her answers against a more-mentioned rival',
      'Interview: Ada Okafor\n\nAda Okafor has run the co-op for ten years. Her rival John Smith wants her job. Smith has called the co-op a failure, and Smith says he will stand in March. Smith is popular.\n\nQ: Is Smith right?\n\nA: I think he is wrong about the co-op.',
      'John Smith',
      'he is wrong about the co-op',
    ],
    // a writer's or editor's title marks no asker: authors are the ones interviewed (finding 2)
    [
      "the writer interviewed keeps her answer: the other person her introduction names does not get it",
      "Zadie Smith on her new novel\n\nThe writer Zadie Smith has a new novel out this week. She talked about it with Barack Obama's former speechwriter, Jon Favreau, at a festival in London. Favreau praised the book.\n\nQ: Why this story now?\n\nA: I think it was the only story I had left.",
      'Jon Favreau',
      'the only story I had left',
    ],
    // an answer quoting someone else with a cue of their own: the quoted words are not the interviewee's (finding 6)
    [
      "an answer's quotation with its own cue is not the interviewee's partial quote",
      INTRO + 'Q: What did your neighbour say?\n\nA: My neighbour told me, "When I said we would sell, I meant it." I think she was right.',
      'Nomvula Dlamini',
      'When I said we would sell',
    ],
  ];
  it.each(notTheirs)('%s', (_title, text, speaker, words) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.startsWith(`${speaker}:`) && q.includes(words)), JSON.stringify(quotes)).toEqual([]);
  });

  it.each(kept)('%s', (_title, text, expected) => {
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.startsWith(expected)), JSON.stringify(quotes)).toBe(true);
  });

  it("an answer's 'I' is the interviewee's mention: the speaker's mention is one of the entity's mentions", () => {
    const doc = runUntil(createDoc(INTRO + 'Q: What did you do with the cattle?\n\nA: I think we sold them too late.', '2026-12-01'), 'quotes');
    const answer = doc.quotes!.quotes.find((q) => q.text.startsWith('we sold them'));
    expect(answer?.speaker.name).toBe('Nomvula Dlamini');
    const entity = doc.resolve!.entities.find((e) => e.id === answer!.speaker.entityId)!;
    const mention = answer!.speaker.mention!;
    expect(doc.source.slice(mention.start, mention.end)).toBe('I');
    expect(entity.mentions.some((m) => m.start === mention.start && m.end === mention.end)).toBe(true);
  });

  it("a question, and the last answer, run to the end of their paragraph as the clean layer gives it", () => {
    const text = INTRO + 'Q: Are you hopeful?\n\nA: I am a farmer. Every year I am hopeful in October.\n\nThe weather service said on Thursday that it expected normal rainfall.';
    const doc = runUntil(createDoc(text, '2026-12-01'), 'resolve');
    const interview = readInterview(doc)!;
    const paragraphs = doc.clean!.paragraphs;
    const ending = (words: string) => paragraphs.find((p) => text.slice(p.start, p.end).endsWith(words))!.end;
    expect(interview.questions.map((q) => q.end)).toEqual([ending('Are you hopeful?')]);
    expect(interview.answers.map((a) => a.end)).toEqual([ending('hopeful in October.')]);
  });
});

describe("an interview's 'I' and 'you' in the turns are the interviewee's entity (resolve/interview-turns.ts)", () => {
  // a title line ending like a sentence is no headline (the clean stage's reading), as in PolNeAR's texts
  const TITLED =
    'Q&A with Mayor Ada Okafor.\n\nMayor Ada Okafor spent Thursday at the depot in Mahikeng. Okafor talked with us about the levy and her rival, John Smith.\n\n' +
    'Q: Do you think the levy is fair? I ask because Smith says it is not.\n\nA: I think it is fair. My staff told me the roads need it.\n\nI asked her later about the roads.';
  /** the text of every resolved person's mentions, by entity name */
  function personAt(text: string, from: number, word: string): string | null {
    const doc = runUntil(createDoc(text, '2026-12-01'), 'resolve');
    const start = text.indexOf(word, from);
    const e = doc.resolve!.entities.find((x) => x.mentions.some((m) => m.start === start && m.end === start + word.length));
    return e?.name ?? null;
  }
  const cases: Array<[string, string, number, string, string | null]> = [
    ["an answer's 'I'", TITLED, TITLED.indexOf('A: I'), 'I', 'Ada Okafor'],
    ["a question's 'you'", TITLED, TITLED.indexOf('Q: Do you'), 'you', 'Ada Okafor'],
    // nearby words that must stay no one's: the asker's own 'I' in a question, narration after the last answer
    ["the asker's 'I' in a question", TITLED, TITLED.indexOf('I ask'), 'I', null],
    ["narration's 'I' after the last answer", TITLED, TITLED.indexOf('I asked her later'), 'I', null],
  ];
  it.each(cases)('%s', (_title, text, from, word, expected) => {
    expect(personAt(text, from, word)).toBe(expected);
  });

  it("a report in an answer speaks for the interviewee through its 'I'; another subject in the answer keeps its own words", () => {
    const quotes = quotesOf(TITLED);
    expect(quotes.some((q) => q.startsWith('Ada Okafor: it is fair')), JSON.stringify(quotes)).toBe(true);
    expect(quotes.filter((q) => q.startsWith('Ada Okafor:') && q.includes('the roads need it')), JSON.stringify(quotes)).toEqual([]);
  });

  it("an FAQ's 'I' (no interview announced) is no one's", () => {
    const faq = 'What the new levy means for you\n\nChancellor Rachel Reeves announced a fuel levy on Wednesday. Reeves said the money would pay for roads.\n\nQ: Do I have to pay the levy?\n\nA: Yes. I think most drivers will pay about £40 a year.';
    expect(personAt(faq, faq.indexOf('A: Yes'), 'I')).toBe(null);
  });
});

describe('review rev24-a: the interviewee is the one the announcing sentence or the question names, else no one', () => {
  /** the name of the entity holding the mention `word` found at or after `from`, or null */
  function ownerOf(text: string, from: string, word: string): string | null {
    const doc = runUntil(createDoc(text, '2026-12-01'), 'resolve');
    const start = text.indexOf(word, text.indexOf(from));
    const e = doc.resolve!.entities.find((x) => x.mentions.some((m) => m.start === start && m.end === start + word.length));
    return e?.name ?? null;
  }
  const STORY_QA =
    "Levy vote splits council\n\nCouncil member John Smith said on Thursday that the levy was unfair. Smith has led the opposition for a year, and Smith plans to run for mayor. Smith's allies agree.\n\n" +
    'Mayor Ada Okafor spoke with us after the vote.\n\nQ: Will the levy pass?\n\nA: I think it will pass easily. My staff counted the votes.';
  const ASKER_NAMED_MOST =
    'Q&A: the levy\n\nJane Hill has covered Mahikeng for years. Hill spoke with Mayor Ada Okafor on Thursday. Hill asked about the levy.\n\nQ: Is the levy fair?\n\nA: I think it is fair, and I believe the roads will be built. My staff agree.';
  const TWO_MAYORS =
    'Interview: Two mayors on the levy\n\nMayor Ada Okafor and Mayor John Smith met our reporter on Thursday. Okafor runs Mahikeng; Smith runs Vryburg. Okafor spoke first. Okafor has run the town for ten years.\n\n' +
    'Q: Mr Smith, is the levy fair?\n\nA: I think it is unfair to farmers.\n\nQ: Do you agree, Ms Okafor?\n\nA: I said last week that the levy was fair.';
  const ASHDOWN = (partner: string) =>
    `Levy vote splits council\n\nMayor Ada Okafor won the vote on Thursday. She spoke to ${partner} after the vote.\n\nQ: Will the levy pass?\n\nA: I think it will pass easily.`;
  const rows: Array<[string, string, string, string, string | null]> = [
    // (a) the story names the opponent most; the sentence announcing the interview names the mayor
    ["the announcing sentence's subject, not the person named most", STORY_QA, 'A: I', 'I', 'Ada Okafor'],
    ['the opponent named most does not get the answer', STORY_QA, 'My staff', 'My', 'Ada Okafor'],
    // (b) the writer named most talks with a named person: no announcement names one, so no one
    ['the writer named most is not the interviewee', ASKER_NAMED_MOST, 'A: I', 'I', null],
    // (c) two interviewees: each question's addressee answers it; the unaddressed question's 'you' is no one's
    ["the answer after 'Mr Smith, ...' is Smith's", TWO_MAYORS, 'A: I think', 'I', 'John Smith'],
    ['an unaddressed question between two interviewees is no one\'s', TWO_MAYORS, 'Q: Do you', 'you', null],
    ['its answer is no one\'s', TWO_MAYORS, 'A: I said', 'I', null],
    // the interviewer is never the interviewee: a named partner announces nothing, the publication's reporter does
    ['she spoke to a named person: no one', ASHDOWN('Tom Ashdown'), 'A: I', 'I', null],
    ['she spoke to our reporter: hers', ASHDOWN('our reporter Tom Ashdown'), 'A: I', 'I', 'Ada Okafor'],
    ['the publication spoke with her: hers', 'Levy vote\n\nWe spoke with Mayor Ada Okafor on Thursday.\n\nQ: Will it pass?\n\nA: I think it will pass.', 'A: I', 'I', 'Ada Okafor'],
  ];
  it.each(rows)('%s', (_title, text, from, word, expected) => {
    expect(ownerOf(text, from, word)).toBe(expected);
  });

  // review finding 2: an explainer or FAQ is no interview though its story tells of talk with reporters or cites an interview
  const FAQS: Array<[string, string, string]> = [
    [
      "'spoke to reporters' announces no interview: the reader's 'you' is nobody's",
      'Explainer: the levy\n\nChancellor Rachel Reeves spoke to reporters on Wednesday. Reeves said the levy would start in April.\n\nQ: Do you think prices will rise?\n\nA: Economists expect prices to rise slightly.\n\nQ: What did you say about renters?\n\nA: Renters will not pay.',
      'Q: Do you',
    ],
    [
      "'in an interview with the BBC' cites another outlet: the answer's 'I' is nobody's",
      'What the new levy means for you\n\nIn an interview with the BBC on Wednesday, Chancellor Rachel Reeves announced a fuel levy. Reeves said the money would pay for roads.\n\nQ: Do you have to pay if you rent?\n\nA: Yes. Most drivers will pay about £40 a year, and I think landlords cannot pass it on.',
      'Q: Do you',
    ],
  ];
  it.each(FAQS)('%s', (_title, text, from) => {
    expect(ownerOf(text, from, 'you')).toBe(null);
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.startsWith('Rachel Reeves:') && /prices will rise|landlords/.test(q)), JSON.stringify(quotes)).toEqual([]);
    // the story's own report nearby is kept
    expect(quotes.some((q) => q.startsWith('Rachel Reeves:') && /the levy would start|the money would pay/.test(q)), JSON.stringify(quotes)).toBe(true);
  });
});

describe("review rev24-a finding 4: an answer's quotation with a pronoun speaker of its own is not the interviewee's", () => {
  const PROMISE =
    'Interview: Ada Okafor\n\nAda Okafor has run the co-op for ten years.\n\nQ: What did the minister tell you?\n\nA: He told me, "I will fix this by March." I doubt it.';
  it("the minister's promise is not Okafor's, and is kept as quoted words", () => {
    const doc = runUntil(createDoc(PROMISE, '2026-12-01'), 'quotes');
    const quotes = doc.quotes!.quotes;
    expect(quotes.filter((q) => q.speaker.name === 'Ada Okafor' && q.text.includes('I will fix this')), JSON.stringify(quotes)).toEqual([]);
    expect(quotes.some((q) => q.kind === 'direct' && q.text === 'I will fix this by March.'), JSON.stringify(quotes)).toBe(true);
    expect(quotes.filter((q) => PROMISE.slice(q.span.start).startsWith('A:')), JSON.stringify(quotes)).toEqual([]);
  });

  it("a span opening at a turn's 'A:' label starts after its colon; a span elsewhere is unchanged", () => {
    const doc = runUntil(createDoc(PROMISE, '2026-12-01'), 'resolve');
    const interview = readInterview(doc);
    const label = PROMISE.indexOf('A: He');
    const end = PROMISE.indexOf('I doubt');
    expect(withoutTurnLabel({ start: label, end }, doc.tokens!.tokens, interview)).toEqual({ start: label + 3, end });
    const inside = PROMISE.indexOf('He told');
    expect(withoutTurnLabel({ start: inside, end }, doc.tokens!.tokens, interview)).toEqual({ start: inside, end });
    // not an interview: the 'A' is left alone
    expect(withoutTurnLabel({ start: label, end }, doc.tokens!.tokens, null)).toEqual({ start: label, end });
  });
});
