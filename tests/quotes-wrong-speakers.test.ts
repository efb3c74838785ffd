import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { quoteLines, storyQuotes, quoteStageSources } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

/** The part of speech the token layer gives the first token reading `word` in `text`. */
function posOf(text: string, word: string): string | undefined {
  const doc = runUntil(createDoc(text, '2026-12-05'), 'tokens');
  return doc.tokens!.tokens.find((t) => t.text === word)?.pos;
}

describe('the token layer: a title modifier the tagger reads as a verb', () => {
  it.each([
    ['"It was," said lead researcher Professor Anna Berg.', 'lead', 'ADJ'],
    ['"It was," said lead author Dr Fiona MacLeod of the University of Edinburgh.', 'lead', 'ADJ'],
    ['"Yes," said managing director Tom Hill.', 'managing', 'ADJ'],
    ['"Fine," said lead study author Kim Ode.', 'lead', 'ADJ'],
    ['Lead researcher Anna Berg said it worked.', 'Lead', 'ADJ'],
    // a verb stays a verb: after an auxiliary, before a plural or no role word, with no name after the role
    ['He will lead researchers to the site.', 'lead', 'VERB'],
    ['They lead talks with the union.', 'lead', 'VERB'],
    ['She agreed to lead director searches for the board.', 'lead', 'VERB'],
  ])('%s: %s is %s', (text, word, pos) => {
    expect(posOf(text, word)).toBe(pos);
  });
});

describe('quotes: an inverted subject after a speech verb that opens with a title', () => {
  it.each([
    [
      'Researchers at Lund University said the drug cut relapse rates by a third. "We were surprised by how large the effect was," said lead researcher Professor Anna Berg.',
      'direct [Anna Berg] We were surprised by how large the effect was,',
    ],
    [
      'Dr Tom Hale, a marine biologist, said the reef was recovering. "It is a good sign," he said.\n\n"The data are clear," said lead author Dr Fiona MacLeod of the University of Edinburgh.',
      'direct [Fiona MacLeod] The data are clear,',
    ],
    ['"We will keep investing in the plant," said managing director Tom Hill.', 'direct [Tom Hill] We will keep investing in the plant,'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: quoted words with a cue of their own that cannot be read go to no earlier speaker', () => {
  it.each([
    // the inverted subject is a role the title list lacks ('investigator'): no speaker, rather than the researchers
    [
      'Researchers at Lund University said the drug cut relapse rates by a third. "We were surprised by how large the effect was," added lead investigator Sam Reed.',
      'Researchers',
    ],
    [
      'Researchers at Lund University said the drug cut relapse rates by a third.\n\n"We were surprised by how large the effect was," says lead investigator Sam Reed.',
      'Researchers',
    ],
    // nor is it joined to the quote before it as the second half of one interrupted quote
    ['Dr Tom Hale said the reef was recovering. "It is a good sign," he said. "We were surprised," said lead investigator Sam Reed of Lund University.', 'Tom Hale'],
    ['Dr Tom Hale said the reef was recovering. "It is a good sign," he said. "We were surprised," lead investigator Sam Reed said.', 'Tom Hale'],
  ])('%s', (text, earlier) => {
    const found = quotes(text);
    expect(found.filter((q) => q.includes('We were surprised') && q.includes(`[${earlier}]`))).toEqual([]);
  });

  it('lets a bare paragraph after such a quote continue no one', () => {
    const found = quotes(
      'Dr Tom Hale said the reef was recovering.\n\n"We were surprised by how large the effect was," added lead investigator Sam Reed.\n\n"It could change how reefs are managed for decades."',
    );
    expect(found.some((q) => q.startsWith('direct [Tom Hale] It could change'))).toBe(false);
  });

  it('keeps a pronoun cue the rules cannot read with the speaker in focus', () => {
    const found = quotes('"The company lost $8.8 billion," the Times wrote.\n\n"But since then, his fortunes have changed," it further wrote.');
    expect(found).toContain('direct [Times] But since then, his fortunes have changed,');
  });

  it('takes no cue for a scare quote from a clause that a preposition or subordinator opens after it', () => {
    expect(quotes('It became known as the "Buffett rule" after Warren Buffett, the billionaire investor, complained that he paid less tax than his secretary.')).toContain(
      'indirect [Warren Buffett] he paid less tax than his secretary',
    );
  });
});

describe('quotes: the subject of a subordinate clause, not its apposition or the main clause', () => {
  it.each([
    ['The coalition collapsed after Mark Rutte, leader of the VVD, said his partners had broken promises.', 'indirect [Mark Rutte] his partners had broken promises'],
    [
      'Talks collapsed after Pieter Omtzigt, leader of the New Social Contract party, walked out of negotiations, accusing his partners of breaking promises on asylum policy.',
      'indirect [Pieter Omtzigt] his partners of breaking promises on asylum policy',
    ],
    ['Talks collapsed when Anna Berg, the party\'s leader, walked out, saying her partners had broken promises.', 'indirect [Anna Berg] her partners had broken promises'],
    [
      'For those with incomes above $1 million, she would install a 30 percent rate, known as the "Buffett rule" after Warren E. Buffett, the billionaire investor, complained that he paid taxes at a lower rate than his secretary.',
      'indirect [Warren E. Buffett] he paid taxes at a lower rate than his secretary',
    ],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  it('keeps the main clause\'s subject when the participle follows the main clause itself', () => {
    expect(quotes('Trump has indicated he would curb critics, vowing to "open up" libel laws.')).toContain('partial [Trump] to "open up" libel laws');
  });
});

describe('quotes: a topic cue with a bare object names what was talked about, not what was said', () => {
  /** Each quote of the default output with its confidence. */
  function confidences(body: string): Array<[string, number]> {
    const { source, quotes: found } = storyQuotes(body, { title: 'Wire notes', publishedAt: '2026-12-05', keepAll: false });
    return found.map((q) => [source.slice(q.span.start, q.span.end), q.confidence]);
  }

  it.each([['Residents of Mingora described scenes of devastation.', 'scenes of devastation']])('caps %s', (text, content) => {
    const found = confidences(text).find(([c]) => c === content);
    expect(found).toBeDefined();
    expect(found![1]).toBeLessThanOrEqual(0.5);
  });

  it.each([
    ['The mayor described the plan as "reckless" and unworkable.', 'the plan as "reckless" and unworkable'],
    ['Residents of Mingora described how the water rose within minutes.', 'how the water rose within minutes'],
  ])('leaves a label or a clause alone: %s', (text, content) => {
    const found = confidences(text).find(([c]) => c === content);
    expect(found).toBeDefined();
    expect(found![1]).toBeGreaterThan(0.5);
  });
});

describe('quotes: a participle cue after a comma speaks for the clause before it', () => {
  it.each([
    [
      'On Thursday, after remaining neutral throughout the primary process, Warren appeared with Rachel Maddow and officially endorsed Clinton, saying, "I think having a fighter in the lead is exactly what this country needs."',
      'direct [Warren] I think having a fighter in the lead is exactly what this country needs.',
    ],
    // after a trailing attribution its subject speaks on
    ['Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down and have a good talk."', 'direct [Spicer] They need to sit down and have a good talk.'],
    // a verb with its own subject before it has an object after it, no inverted subject
    [
      'Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, saying, "He has consistently demonstrated his deep commitment to conservative principles."',
      'direct [Morton Blackwell] He has consistently demonstrated his deep commitment to conservative principles.',
    ],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: a prepositional setting opening the sentence with no comma ends where the subject starts', () => {
  it.each([
    ['In a statement the company said it would appeal.', 'indirect [the company] it would appeal'],
    ['In a meeting with reporters Trump said the plan would fail.', 'indirect [Trump] the plan would fail'],
    ['In an interview with CNN on Sunday the senator said the bill was dead.', 'indirect [the senator] the bill was dead'],
    ['At a news conference Smith said the talks had failed.', 'indirect [Smith] the talks had failed'],
    ['In a letter his lawyer said the case was weak.', 'indirect [his lawyer] the case was weak'],
    ['In a statement the company said: "We will appeal the ruling."', 'direct [the company] We will appeal the ruling.'],
    // a subordinator opens a clause whose subject follows it at once; a phrase after a preposition inside the subject stays
    ['As White House press secretary Josh Earnest explained, three taxes were postponed in the budget deal.', 'indirect [Josh Earnest] three taxes were postponed in the budget deal'],
    ['Officials in Tokyo said the talks had failed.', 'indirect [Officials] the talks had failed'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: a time phrase is never a speaker', () => {
  it.each([
    // a time phrase cut off from the document it dates: no paraphrase with it as speaker
    ['But research to be released this week by three economists suggests that the damage to factory jobs was large.', '[this week]'],
    ['Still, none of the lawyers I interviewed this week thought a deal was likely.', '[this week]'],
    ['There were also emails that night showing that officials knew who was behind the attack.', '[night]'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).filter((l) => l.includes(speaker))).toEqual([]);
  });

  it.each([
    // the time setting after the subject is cut off (tests/quotes-speaker-phrase-settings.test.ts); a name is left
    ['Trump this week said he would consider naming Lee as his running mate.', 'indirect [Trump] he would consider naming Lee as his running mate'],
    ['The 34-year-old mother said the law was meant to help families.', 'indirect [The 34-year-old mother] the law was meant to help families'],
  ])('a speaker with a time in it keeps its subject: %s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: a relative clause with an infinitive before the cue: its noun speaks, not the infinitive\'s object', () => {
  it.each([
    [
      'A White House official who spoke anonymously to discuss internal strategy said, "Certainly there are discussions."',
      'direct [A White House official] Certainly there are discussions.',
    ],
    ['An official who was not authorized to discuss the matter said the talks would resume.', 'indirect [An official] the talks would resume'],
    // no infinitive: the relative clause's own object rule as before
    ['Still, people who have battled other online threats say the company could do more.', 'indirect [people] the company could do more'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: a speech cue after "and" shares the subject of the speech cue it joins', () => {
  it.each([
    ['Mayor Ruth Okafor said the move was made by the police commissioner and said, "Who are you going to trust?"', 'direct [Ruth Okafor] Who are you going to trust?'],
    // a speech cue in a clause before a comma is another clause's: the nearest verb's subject speaks
    ['When my mother mentioned the devil to me, I laughed and said, "I do not believe in the devil."', 'direct [-] I do not believe in the devil.'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('the words opening a subordinate clause are read through one helper (subordinators.ts)', () => {
  it('no other quote-stage file builds its own set from words.json sentenceSubordinators', () => {
    const ownSet = /new Set\(words\.sentenceSubordinators\.words\)/;
    const offenders = quoteStageSources().filter((f) => ownSet.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.split('/').pop())).toEqual(['subordinators.ts']);
  });
});

describe('quotes: a floating quantifier after the subject is no speaker (words.json floatingQuantifiers)', () => {
  it.each([
    ['Trump and Sanders have both argued that blue-collar workers lost jobs to bad trade rules.', 'indirect [Trump and Sanders] blue-collar workers lost jobs to bad trade rules'],
    ['Bolton and Gorka were both critical of the plan to cut taxes.', 'indirect [Bolton and Gorka] the plan to cut taxes'],
    ['The two leaders each said the talks had failed.', 'indirect [The two leaders] the talks had failed'],
    // a quantifier opening the sentence is the subject itself
    ['Both said the talks had failed.', 'indirect [Both] the talks had failed'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: an apposition holding a relative clause speaks through the name before it (phrases.ts relativeClauseInside, nameWithItsPlace)', () => {
  it.each([
    // the name inside the apposition's relative clause is no speaker: the head before the apposition is
    ['Gov. Ada Kerr of Ohio, a Republican who has refused to endorse Mr. Hale, said: "We need to move on from this."', 'direct [Ada Kerr] We need to move on from this.'],
    ['Gov. Ada Kerr, a Republican who has refused to endorse Mr. Hale, said, "I will not vote for him."', 'direct [Ada Kerr] I will not vote for him.'],
    // a name with its place after "of" before a plain apposition: the name speaks, not the apposition
    ['Gov. Ada Kerr of Ohio, a Republican, said: "We need to move on from this."', 'direct [Ada Kerr] We need to move on from this.'],
    // kept: the inverted order and the relative clause set off by commas read as before
    ['"I will not vote for him," said Gov. Ada Kerr of Ohio, a Republican who has refused to endorse Mr. Hale.', 'direct [Ada Kerr] I will not vote for him,'],
    ['Gov. Ada Kerr of Ohio, who has refused to endorse Mr. Hale, said: "We need to move on from this."', 'direct [Ada Kerr] We need to move on from this.'],
    // a name with its place or body: the name speaks, not the apposition or the place
    ['Jane Doe of Reuters, a reporter who covered the trial, said: "It was long."', 'direct [Jane Doe] It was long.'],
    ['Acme Corp. of Dayton, Ohio, said the plant would close.', 'indirect [Acme Corp. of Dayton] the plant would close'],
    // a town's state or country after its comma is no apposition of the person's, with or without a comma after it
    ['Stacy Baker of Columbia, South Carolina says "I will vote for him because he speaks his mind."', 'direct [Stacy Baker] I will vote for him because he speaks his mind.'],
    ['Stacy Baker of Columbia, South Carolina, said "I will vote for him because he speaks his mind."', 'direct [Stacy Baker] I will vote for him because he speaks his mind.'],
    ['Mary Holt of Austin, Texas told reporters that she would vote.', 'indirect [Mary Holt] she would vote'],
    // a federal district stands where a state would (words.json districtRegions; review rev24-a: 'D.C.' spoke)
    ['Ann Lee of Washington, D.C. said the plan was dead.', 'indirect [Ann Lee] the plan was dead'],
    ['Residents of Washington, DC said the plan was dead.', 'indirect [Residents] the plan was dead'],
    // a hyphenated region reads as written ('Baden-Württemberg', not 'Baden - Württemberg': nlp/words-text.ts)
    ['Karl Weber of Stuttgart, Baden-Württemberg said the plan was dead.', 'indirect [Karl Weber] the plan was dead'],
    ['Anna Rossi of Bologna, Emilia-Romagna said "We are ready."', 'direct [Anna Rossi] We are ready.'],
    // kept: a district set off by its own comma, as before
    ['Ann Lee of Washington, D.C., said the plan was dead.', 'indirect [Ann Lee] the plan was dead'],
    // the person's own name after the comma still speaks, and a setting before the comma is no name
    ['The director of the Federal Bureau of Investigation, James B. Comey, said "We will look."', 'direct [James B. Comey] We will look.'],
    ['In a speech in Columbia, South Carolina Gov. Nikki Haley said "We are ready."', 'direct [Nikki Haley] We are ready.'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: a possessive role with its place before an apposition is no name; the name in the apposition speaks (phrases.ts nameWithItsPlace)', () => {
  it.each([
    ['Mrs. Clinton\'s director of communications, Jennifer Palmieri, said: "This is a distraction."', 'direct [Jennifer Palmieri] This is a distraction.', "Mrs. Clinton's director"],
    ['Angela Merkel\'s spokesman in Berlin, Steffen Seibert, said: "The chancellor is confident."', 'direct [Steffen Seibert] The chancellor is confident.', "Angela Merkel's spokesman"],
    ['Mr. Hale\'s lawyer in New York, Tom Reed, said the payments were legal.', 'indirect [Tom Reed] the payments were legal', "Mr. Hale's lawyer"],
    ['Mr. Obama\'s ambassador to Russia, Michael McFaul, said: "The Kremlin is nervous."', 'direct [Michael McFaul] The Kremlin is nervous.', "Mr. Obama's ambassador"],
  ])('%s', (text, line, wrong) => {
    const got = quotes(text);
    expect(got).toContain(line);
    expect(got.some((l) => l.includes(`[${wrong}]`))).toBe(false);
  });
});

describe("quotes: 'since' between an auxiliary and the cue is an adverb, no subordinator ending the subject (phrases.ts adverbialSince)", () => {
  it.each([
    ['The company has since told investors that it will cut 200 jobs.', 'indirect [The company] it will cut 200 jobs'],
    ['Ms. Reyes has since said that she regrets using the private server.', 'indirect [Reyes] she regrets using the private server'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe("quotes: 'made it clear that' is one cue from 'make'; the expletive 'it' is no speaker (expletive-object-cue.ts)", () => {
  it.each([
    ["In the interview, Jane Sanders made it clear that her husband's supporters won't simply fall in line.", "indirect [Jane Sanders] her husband's supporters won't simply fall in line"],
    ['Biden mocked the Republican contenders, and made it clear that the White House will not pick a liberal firebrand.', 'indirect [Biden] the White House will not pick a liberal firebrand'],
    ['Tad Devine made it very clear that his boss wanted something firmer.', 'indirect [Tad Devine] his boss wanted something firmer'],
    ['Clinton endorsed the deal, although she made it clear that she has serious concerns.', 'indirect [Clinton] she has serious concerns'],
  ])('%s', (text, line) => {
    const got = quotes(text);
    expect(got).toContain(line);
    expect(got.some((l) => l.includes('[it]'))).toBe(false);
  });

  // nearby shapes that stay: a plain speech verb after the same subject, 'clear' after a copula inside its content
  it.each([
    ['Jane Sanders said that her husband would stay in the race.', 'indirect [Jane Sanders] her husband would stay in the race'],
    ['Devine said it was clear that his boss wanted something firmer.', 'indirect [Devine] it was clear that his boss wanted something firmer'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  // review rev26-d: a thing before 'make' shows it, no one says it, and a negated 'make' conveyed nothing: the
  // adjective's cue with no speaker, as before the cue; an actor noun nearby still speaks
  it.each([
    ['The New York primary made it clear that Sanders could not win.', 'indirect [-] Sanders could not win', 'The New York primary'],
    ['The number made it clear that turnout had collapsed.', 'indirect [-] turnout had collapsed', 'The number'],
    ['The answer made it clear that the deal was dead.', 'indirect [-] the deal was dead', 'The answer'],
    ['The disaster made it clear that the levees had failed.', 'indirect [-] the levees had failed', 'The disaster'],
    ['The encounter made it clear that the two leaders disliked each other.', 'indirect [-] the two leaders disliked each other', 'The encounter'],
    ['Biden never made it clear that he would run.', 'indirect [-] he would run', 'Biden'],
    ['Clinton did not make it clear that she would sign the bill.', 'indirect [-] she would sign the bill', 'Clinton'],
  ])('no speaker: %s', (text, line, wrong) => {
    const got = quotes(text);
    expect(got).toContain(line);
    expect(got.some((l) => l.includes(`[${wrong}]`))).toBe(false);
  });

  it.each([
    ['The senator made it clear that he opposed the bill.', 'indirect [The senator] he opposed the bill'],
    ['Sanders supporters made it clear that they would not back Clinton.', 'indirect [Sanders supporters] they would not back Clinton'],
  ])('an actor noun speaks: %s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  it('reports nothing for a make-it-adjective with no that-clause', () => {
    expect(quotes('The ruling made it easier for Sanders to win.')).toEqual([]);
  });

  // round 29: with no 'it' ('made clear that'), and past an addressee or a setting before 'that' (to-addressee.ts)
  it.each([
    ['Emanuel also made clear that he has not considered resigning.', 'indirect [Emanuel] he has not considered resigning'],
    ['Twitter has now made clear that it was stepping up its fight.', 'indirect [Twitter] it was stepping up its fight'],
    ['Mr. Obama made clear over the weekend that the visits had an impact.', 'indirect [Obama] the visits had an impact'],
    ['Mayor John Smith made it clear to reporters that he would not resign.', 'indirect [John Smith] he would not resign'],
    ['Hillary Clinton made it clear to House Democrats on Wednesday that she has their backs.', 'indirect [Hillary Clinton] she has their backs'],
  ])('without the expletive, or past an addressee: %s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  it.each([
    ['The crash made clear that the levees had failed.', 'The crash'],
    ['Biden never made clear that he would run.', 'Biden'],
    ['The ruling made clear the court was split.', 'The ruling'],
  ])('still no speaker for a thing or a negated make: %s', (text, wrong) => {
    expect(quotes(text).some((l) => l.includes(`[${wrong}]`))).toBe(false);
  });

  // review rev27-quotes finding 3: only an addressee or a setting stands between 'made clear' and 'that'
  it.each([
    ['Workers made clear paths that the trucks could use.'],
    ['The students made plain cotton bags that the shop now sells.'],
    ['Engineers made clear plastic panels that let light into the station.'],
    ['Volunteers made clear lanes through the rubble that rescuers could use.'],
    ['The minister made clear on that point his opposition to the plan.'],
    ['The minister made clear the conditions that the union must meet.'],
    ['He made clear the reasons that the talks failed.'],
  ])('an object before a relative clause is no report: %s', (text) => {
    expect(storyQuotes(text, { keepAll: true }).quotes.map((q) => q.cue?.text)).not.toContain(text.match(/made (clear|plain)/)![0]);
  });

  it("'made clear his view that' leaves the clause to the view", () => {
    expect(quotes('Johnson made clear his view that the treaty was dead.')).toContain('indirect [Johnson] the treaty was dead');
  });

  it.each([
    ['Clinton made clear during the debate that she supports the deal.', 'indirect [Clinton] she supports the deal'],
    ['Ms. Warren made it very clear Sunday that she would not run.', 'indirect [Warren] she would not run'],
  ])('a setting before that still reports: %s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  // review rev27-quotes finding 4: 'It/This made clear that' names a thing as often as an actor
  it.each([
    ['The storm hit the coast on Monday. It made clear that the levees were too low.'],
    ['The storm hit the coast on Monday. This made clear that the levees were too low.'],
    ['The ruling was issued Friday. It made clear that states may set their own limits.'],
  ])('no quote for a thing pronoun that made clear: %s', (text) => {
    expect(storyQuotes(text, { keepAll: true }).quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe("quotes: whom the words were said to, between a clause cue and 'that' (to-addressee.ts)", () => {
  it.each([
    ['But the foundation reported to the IRS that his full-time salary was $31,592.', 'indirect [the foundation] his full-time salary was $31,592'],
    ['The American Legion wrote to Sanders’ Senate office that it did not have permission to use the emblem.', 'indirect [American Legion] it did not have permission to use the emblem'],
    ['Smith said to them that he would go.', 'indirect [Smith] he would go'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  // no addressee: a noun with its own clause, or more words after the phrase than a setting
  it.each([
    ['The senator pointed to reports that the deal was dead.', 'the deal was dead'],
    ['The company agreed to a $7 million settlement with the attorney general over allegations that the firm falsely marketed its pills.', 'the firm falsely marketed its pills'],
  ])('%s', (text, content) => {
    expect(quotes(text).some((l) => l.endsWith(`] ${content}`))).toBe(false);
  });

  // review rev27-quotes finding 1: what a plural possessive names ('the prosecutors' request') is no addressee
  it.each([
    ['The judge agreed to the prosecutors’ request that the trial be delayed.', 'the trial be delayed'],
    ["The board agreed to the investors' proposal that the company split in two.", 'the company split in two'],
    ["The court agreed to the defense lawyers' motion that the evidence be thrown out.", 'the evidence be thrown out'],
    ["Officials responded to the protesters' charge that police had used excessive force.", 'police had used excessive force'],
    ["The mayor responded to the residents' complaint that the water smelled.", 'the water smelled'],
  ])('a possessed thing is no addressee: %s', (text, content) => {
    const subject = text.split(' responded')[0]!.split(' agreed')[0]!;
    expect(quotes(text)).not.toContain(`indirect [${subject.replace(/^The /, '').replace(/^the /, '')}] ${content}`);
    expect(quotes(text).some((l) => l.startsWith(`indirect [${subject}]`) || l.startsWith(`indirect [${subject.replace(/^The /, '')}]`))).toBe(false);
  });

  // review rev27-quotes finding 2: after a common noun, 'that' with a gap in its clause is a relative clause
  it.each([
    ['He wrote to the families that the storm had left homeless.', 'the storm had left homeless'],
    ['The ministry reported to the lawmakers that the committee had summoned.', 'the committee had summoned'],
    ['Jones replied to the fans that the club had banned with a letter.', 'the club had banned with a letter'],
    ['She responded to the critics that the mayor had named in his speech.', 'the mayor had named in his speech'],
    ['Officials wrote to everyone that the city had evacuated, warning of more rain.', 'the city had evacuated'],
  ])('a relative clause on the addressee is no content: %s', (text, content) => {
    expect(quotes(text).some((l) => l.endsWith(`] ${content}`))).toBe(false);
  });

  it.each([
    ['The board announced to the staff that it had hired a new chief.', 'indirect [The board] it had hired a new chief'],
    ['Clinton replied to Sanders that his plan would cost too much.', 'indirect [Clinton] his plan would cost too much'],
    ['She complained to the manager that the room was dirty.', 'indirect [-] the room was dirty'],
    ['He explained to the judge that he had been out of the country.', 'indirect [-] he had been out of the country'],
    ['Merkel has made clear to her partners in the coalition that she will not back down.', 'indirect [Merkel] she will not back down'],
  ])('a complete clause, or a named addressee, still reports: %s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe("quotes: a bare participle after the object of a verb that starts or puts it out speaks for the verb's subject (object-before-participle.ts)", () => {
  it.each([
    ['Sanders started a petition this week calling on Democratic candidates to support the $15 minimum wage.', 'Sanders', 'a petition this week'],
    ['Sanders supporters have launched petitions calling on superdelegates to back the will of voters.', 'Sanders supporters', 'petitions'],
    ['Clinton delivered the speech outlining her foreign policy vision on July 15.', 'Clinton', 'the speech'],
  ])('%s', (text, speaker, wrong) => {
    const got = quotes(text);
    expect(got.some((l) => l.startsWith(`indirect [${speaker}]`))).toBe(true);
    expect(got.some((l) => l.includes(`[${wrong}]`))).toBe(false);
  });

  // nearby shapes that stay: a verb of having keeps the object's own words, and a person object may be the one speaking
  it.each([
    ['Many carried placards supporting Sanders or slamming the committee.', 'indirect [placards] Sanders or slamming the committee'],
    ['Police arrested a man claiming that he was a diplomat.', 'indirect [a man] he was a diplomat'],
    // review rev26-d: 'draw' (others' criticism, warnings, protests) is no originating verb, and a subject that names
    // no actor does not take the object's words: the object's reading as before
    ['The merger drew warnings claiming that prices would rise.', 'indirect [warnings] prices would rise'],
    ['The decision drew protests demanding that the law be repealed.', 'indirect [protests] the law be repealed'],
    ['The tragedy started a campaign calling on Congress to act.', 'indirect [a campaign] Congress to act'],
    // kept: an actor subject speaks through its object
    ['The council approved a resolution calling on the governor to resign.', 'indirect [The council] the governor to resign'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  it.each([
    ['Her remarks drew a backlash accusing her of racism.', 'Her remarks'],
    ['The announcement drew criticism saying that the plan was too late.', 'The announcement'],
    ['The ad campaign started a backlash accusing the brand of sexism.', 'The ad campaign'],
  ])('a thing that drew or started others\' words does not say them: %s', (text, wrong) => {
    expect(quotes(text).some((l) => l.includes(`[${wrong}]`))).toBe(false);
  });

  // round 29: 'it' names a thing as often as a group: no speaker moved to it ('The storm hit Texas. It started ...')
  it.each([
    ['The storm hit Texas on Monday. It started a campaign calling for lower taxes.'],
    ['The tragedy shocked the town. This started a petition demanding that the mayor resign.'],
  ])('a thing pronoun does not speak through its object: %s', (text) => {
    const { source, quotes: found } = storyQuotes(text, { title: 'Wire notes', publishedAt: '2026-12-05' });
    const mentions = found.map((q) => (q.speaker.mention ? source.slice(q.speaker.mention.start, q.speaker.mention.end) : '-'));
    expect(mentions.filter((m) => m === 'It' || m === 'This')).toEqual([]);
  });

  it('reads no time phrase as the object (a time is no thing started)', () => {
    expect(quotes('It was a petition she started this week calling for a recount.').filter((l) => l.includes('a recount'))).toEqual([]);
  });
});

describe("quotes: a document made 'by' or 'from' a group nominal speaks for that group (document-agent.ts)", () => {
  it.each([
    ['About 40,000 people have died, according to estimates by the health ministry.', 'indirect [the health ministry] About 40,000 people have died'],
    ['Unemployment rose to 7 percent, according to figures from the statistics office.', 'indirect [the statistics office] Unemployment rose to 7 percent'],
  ])('%s', (text, line) => {
    const got = quotes(text);
    expect(got).toContain(line);
    expect(got.some((l) => /\[(estimates|figures) /.test(l))).toBe(false);
  });

  // nearby shapes that stay: a named publisher after 'by' is read as before, and a possessive agent is left as it was
  it.each([
    ['Prices rose, according to a report by the Pew Research Center.', 'indirect [Pew Research Center] Prices rose'],
    ["Prices rose, according to estimates from the ministry's own economists.", "indirect [estimates from the ministry's own economists] Prices rose"],
    // review rev26-d: a time, a place or a thing after 'from'/'by' is no agent; the document phrase stays the speaker
    ['The death toll reached 300, according to figures from the first quarter.', 'indirect [figures from the first quarter] The death toll reached 300'],
    ['Inflation hit 9 percent, according to figures from the border.', 'indirect [figures from the border] Inflation hit 9 percent'],
    ['Inflation hit 9 percent, according to figures from the sector.', 'indirect [figures from the sector] Inflation hit 9 percent'],
    ['Sales fell 5 percent, according to estimates by the center.', 'indirect [estimates by the center] Sales fell 5 percent'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});
