import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { extractBriefing } from '../src/index';
import type { EntityPassReport } from '../src/stages/entities/pass';

/** The names the passes' chain gives, as "text/TYPE". */
function spans(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  return findNameSpans(doc).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// pass 77 (names-after-kind-nouns): a name the tagger left out after "the" + a kind noun, and its later mentions
describe('a name in apposition after a kind of organization', () => {
  it.each([
    ['a union', 'The strike, called by the union Unite, follows months of talks.', ['Unite/ORG']],
    ['a modifier before the noun', 'Talks broke down at the conciliation service Acas on Friday evening.', ['Acas/ORG']],
    ['later mentions', 'The strike was called by the union Unite, officials said. Unite has warned of more action, said Unite organiser Darren Pocock.', ['Unite/ORG', 'Unite/ORG', 'Unite/ORG', 'Darren Pocock/PER']],
  ])('%s: %s', (_kind, text, names) => {
    expect(spans(text)).toEqual(names);
  });

  it.each([
    ['a weekday', 'Mourners gathered for the memorial service Sunday in the town.'],
    ['a word the article writes in lower case', 'Protesters will unite today. The union Unite, formed in 2007, called the strike.'],
  ])('adds nothing: %s', (_kind, text) => {
    expect(spans(text).filter((n) => /^(Sunday|Unite)\//.test(n))).toEqual([]);
  });

  it('adds the same apposition where the word is a name only', () => {
    expect(spans('The union Unite, formed in 2007, called the strike.')).toEqual(['Unite/ORG']);
  });
});

// pass 74 (organizations-by-head-words): "Tribunal" heads a body's name
describe('a tribunal', () => {
  it('is an organization', () => {
    expect(spans("Britain's Competition Appeal Tribunal on Thursday quashed the decision.")).toContain('Competition Appeal Tribunal/ORG');
  });
});

// pass 35 (drop-named-artifacts): an engine or rocket named after a person is no person
describe('an engine or rocket named like a person', () => {
  it.each([
    ['engine', 'The Vinci engine has reignited for its second burn.', 'Vinci'],
    ['rocket', 'Engineers fuelled the Vega rocket overnight.', 'Vega'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text).filter((n) => n.startsWith(`${name}/`))).toEqual([]);
  });
});

// pass 64 (persons-ending-in-company-words): "Space" and "Aerospace" end companies' names, no person's
describe('a company ending in Space', () => {
  it('is an organization', () => {
    expect(spans('It was built by Thales Alenia Space and OHB in Bremen.')).toContain('Thales Alenia Space/ORG');
  });
});

// pass 42 (organization-boundaries): a country with a possessive after "and"; a body's name going on over "and"
describe('organization edges at "and"', () => {
  it('splits a body from the country after "and"', () => {
    expect(spans("The deal was agreed between the German Foreign Office and Nigeria's museums body last year.")).toEqual([
      'German Foreign Office/ORG',
      'Nigeria/LOC',
    ]);
  });

  it('keeps "and Monuments" in the name', () => {
    expect(spans("It was signed with Nigeria's National Commission for Museums and Monuments last year.")).toContain(
      'National Commission for Museums and Monuments/ORG',
    );
  });

  it('does not join two bodies after a place', () => {
    expect(spans('The suit was filed by the American Civil Liberties Union of Ohio and Demos on behalf of voters.')).not.toContain(
      'American Civil Liberties Union of Ohio and Demos/ORG',
    );
  });

  it('does not swallow a place after "and"', () => {
    expect(spans('It met the National Commission for Museums and Lagos on Monday.')).toEqual(['National Commission for Museums/ORG', 'Lagos/LOC']);
  });
});

// subtype.ts: "World" as a name's head gives no international organization
describe('an organization ending in World', () => {
  it('is no international organization', () => {
    const b = extractBriefing('Shipping lines diverted, while the logistics group DP World said its terminal was busy. The World Health Organization said nothing.');
    const sub = (name: string): string | null | undefined => b.entities.find((e) => e.name === name)?.subtype;
    expect(sub('DP World')).toBeNull();
    expect(sub('World Health Organization')).toBe('international-organization');
  });
});

// pass 07 (type-by-evidence): a place-opened two-word name that speaks and is then "she" or "he" stays a person
describe('a speaker whose given name is also a region', () => {
  it.each([
    ['subject of said', 'Ngozi Okafor said she had waited for hours at the clinic.'],
    ['after said', '"We waited for hours," said Ngozi Okafor. She added that the clinic had closed.'],
  ])('%s: %s', (_kind, text) => {
    expect(spans(text)).toContain('Ngozi Okafor/PER');
  });
});

// pass 07 (siteName): "County" before a word that is common but a place the gazetteer knows
describe('"County" before a place that is also a common word', () => {
  it.each([
    ['subject', 'County Cork was hit hardest by the storm, officials said.'],
    ['between commas', 'The farmer, from County Cork, said the fields were flooded.'],
  ])('%s: %s', (_kind, text) => {
    expect(spans(text)).toContain('County Cork/LOC');
  });

  it('keeps a common word after County out', () => {
    expect(spans('Yorkshire won the County Championship on Friday.')).not.toContain('County Championship/LOC');
  });
});

// pass 07 (unlistedPlacesThatAct): a word read as a place that acts is an organization at every mention
describe('an unlisted "place" that speaks', () => {
  it('is an organization', () => {
    expect(spans('Confirmation from Arianespace: the satellite has separated. Arianespace said the fault had been fixed.')).toEqual([
      'Arianespace/ORG',
      'Arianespace/ORG',
    ]);
  });

  it('leaves a person the article names in full alone (type-by-evidence makes no organization of him)', () => {
    const doc = runUntil(createDoc('Donald Trump spoke in Ohio. The report said $1 billion in Trump company losses may have let him pay no tax. Trump said he was smart.'), 'tokens');
    const reports: EntityPassReport[] = [];
    findNameSpans(doc, { trace: (r) => reports.push(r) });
    const added = reports.find((r) => r.pass === 'type-by-evidence')?.added ?? [];
    expect(added.filter((s) => s.text === 'Trump' && s.type === 'ORG')).toEqual([]);
  });

  it('leaves a listed place that speaks alone', () => {
    expect(spans('Officials in Kyiv met on Monday. Kyiv said the talks would go on.')).toEqual(['Kyiv/LOC', 'Kyiv/LOC']);
  });
});

// name-evidence typeFromContext (lexicon contextTypes.orgAfterPossessive): a director general is an organization's
describe("a name before its director general", () => {
  it('is an organization', () => {
    expect(spans("Eumetsat's director general, Phil Evans, said the data would help.")).toEqual(['Eumetsat/ORG', 'Phil Evans/PER']);
  });
});

// pass 07 (siteName, lexicon streetWords): "Side" ends a district's name after a word that is no given name
describe('a district ending in Side', () => {
  it.each([
    ['in a list', 'Children in Wythenshawe and Moss Side who had never seen a violin are now playing.'],
    ['alone', 'Police were called to Moss Side on Friday night.'],
  ])('%s: %s', (_kind, text) => {
    expect(spans(text)).toContain('Moss Side/LOC');
  });
});
