import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { featureContext } from '../src/stages/entities/features';
import { entityPassContext, runPass, writesAnyOf, type EntityPass, type EntityPassContext } from '../src/stages/entities/pass';
import { entityPasses } from '../src/stages/entities/passes';
import type { TaggedSpan } from '../src/stages/entities/tagger';
import { TriggerTable, triggerTableOf } from '../src/stages/entities/trigger-table';
import type { WordIndex } from '../src/stages/entities/word-index';

/**
 * A pass may name trigger words (EntityPass.triggers): runPass skips it on an article where none occurs. The
 * skip must never change what the chain finds, so each text below runs the chain twice, with the triggers and
 * with every pass run regardless, and the spans must agree. Each gated pass gets a text where it changes
 * something (its trigger present) and the articles where it is skipped change nothing.
 */
function contextOf(text: string): { ctx: EntityPassContext; doc: ReturnType<typeof runUntil> } {
  const doc = runUntil(createDoc(text), 'tokens');
  const { tokens, sentences } = doc.tokens!;
  return { doc, ctx: entityPassContext(featureContext(doc.source, tokens, sentences)) };
}

const ungated: EntityPass[] = entityPasses.map((p) => ({ name: p.name, run: (ctx, spans) => p.run(ctx, spans) }));

describe('entity pass triggers', () => {
  it('the context holds the lower case of every token', () => {
    const { ctx } = contextOf('BBC Radio 4 said the Lords would vote.');
    for (const w of ['bbc', 'radio', '4', 'lords', 'vote', '.']) expect(ctx.words.has(w)).toBe(true);
    expect(ctx.words.has('Lords')).toBe(false);
  });

  it('runPass skips a pass none of whose triggers occurs, and hands on the very spans it was given (no copy)', () => {
    const { ctx } = contextOf('The minister visited Paris on Monday.');
    const spans: TaggedSpan[] = [{ tokenStart: 3, tokenEnd: 4, type: 'LOC' }];
    const throwing: EntityPass = {
      name: 'never-run',
      triggers: new Set(['channel']),
      run: () => {
        throw new Error('ran without its trigger');
      },
    };
    const out = runPass(throwing, ctx, spans);
    expect(out).toBe(spans);
    // with a trace, the skipped pass reports no change
    const reports: Array<{ added: unknown[]; dropped: unknown[] }> = [];
    runPass(throwing, ctx, spans, (r) => reports.push(r));
    expect(reports).toEqual([{ pass: 'never-run', added: [], dropped: [] }]);
  });

  it('runPass runs a pass when one of its triggers occurs', () => {
    const { ctx } = contextOf('He spoke on Channel 4 News.');
    let ran = false;
    const pass: EntityPass = {
      name: 'runs',
      triggers: new Set(['radio', 'channel']),
      run: (_, spans) => {
        ran = true;
        return [...spans];
      },
    };
    runPass(pass, ctx, []);
    expect(ran).toBe(true);
  });

  it('the passes that name triggers are the gated ones', () => {
    const gated = entityPasses.filter((p) => p.triggers !== undefined).map((p) => p.name);
    expect(gated.sort()).toEqual(
      [
        'acronyms-joined-to-organizations',
        'add-listed-organizations',
        'airlines-before-flight-numbers',
        'aliases-take-type',
        'broadcasters-named-for-places',
        'businesses-named-in-possessive',
        'code-letters-out-of-names',
        'common-word-brands-listed-with-companies',
        'companies-before-legal-suffixes',
        'companies-by-executives-and-shares',
        'currencies-quoted-at-rates',
        'data-sources',
        'drop-coloured-products',
        'drop-currency-qualifiers',
        'drop-kind-acronyms',
        'drop-named-artifacts',
        'drop-storms-and-postnominals',
        'facilities-before-nouns',
        'hyphenated-place-names',
        'institutions-named-alone',
        'join-ampersand-names',
        'join-possessive-names',
        'korean-family-names',
        'names-after-kind-nouns',
        'names-bodies-give-themselves',
        'numbered-broadcasters',
        'offices-of-title-holders',
        'organizations-after-based',
        'organizations-of-the-named',
        'outlets-after-the',
        'outlets-by-cues',
        'outlets-named-with-articles',
        'party-member-phrases',
        'party-plurals-after-the',
        'party-words-out-of-names',
        'persons-after-kin-nouns',
        'places-by-route-and-feature-heads',
        'places-of-residence',
        'players-after-positions',
        'possessive-place-names',
        'split-hyphenated-name-pairs',
        'title-abbreviations-out-of-persons',
      ].sort(),
    );
    // trigger words are lower case: they are read against the tokens' lower case
    for (const p of entityPasses) for (const w of p.triggers ?? []) expect(w).toBe(w.toLowerCase());
  });

  // each gated pass's own kind of text (trigger present), and texts with none of the triggers
  const texts = [
    'He told Channel 4 News that BBC Radio 4 had the story first.',
    'The station, Radio Lagos, reported the fire.',
    'The Lords could delay the bill, which returns to the Commons next week.',
    'Data from Cox Automotive showed prices rose, according to Kelley Blue Book.',
    'Analysts polled by Visible Alpha expected a loss.',
    'Verdanta BioSystems, Inc. filed its Form 10-K. Verdanta said sales rose.',
    'Novo Chief Executive Maziar Doustdar said Novo shares rose 6%.',
    'The losses of Adam Air Flight 574 and Garuda Indonesia Flight 200 were investigated.',
    'The minister visited Paris and met President Emmanuel Macron on Monday.',
    'Smith said the plan would help families in Leeds and Bradford.',
    'It was built by Thales Alenia Space and OHB in Bremen.',
    "The Information Commissioner's Office fined the firm.",
    "Cyclone Phailin hit Odisha on Saturday. Phailin's winds reached 200 km/h.",
    'Mark Tedeschi, QC, said the deadly 2018 Camp Fire was no accident.',
    'Dublin-based Shire called off the deal with Paris-based Les Films du Worso.',
    'Officials in Miami-Dade said the storm had flooded hundreds of homes.',
    'Hendricks donated $5 million to a super PAC supporting the governor. The PAC spent it on ads.',
    'He read an article in Time magazine, and Yonhap news agency said so.',
    'Snow closed the road over Carson Pass, and a shelter opened at 980 W. Monroe St. on Friday.',
    'Son Heung-min scored twice. Chief Executive Park Jin-soo and Ji-woo Baek watched.',
    'Ha-joon Chang and Jae-in spoke in Seoul.',
    'Johnson & Johnson said profits rose.',
    'He told the Guardian that he would resign.',
    'Sterling was steady at $1.6210. The International Committee of the Red Cross flew in. The Greens took 7 percent of the seats.',
    'Trump told Newsmax that a Breitbart reporter had asked, according to Variety.',
    'The Brazilian forward Richarlison missed a penalty.',
    'Codelco halted work at its El Teniente mine.',
    'The James Webb Space Telescope took new images.',
    'She bought a red Ferrari and a white Ford.',
    'Brand told De Telegraaf on Sunday that the deal was off.',
    'The Monetary Policy Committee, known as Copom, voted.',
    'Her mother, Folake, sold phone cards in Ikeja.',
    'Also fined were Oliver Grant, 34, of Dilton Marsh and Hannah Wells, 29, from Chapmanslade.',
    'Dwayne Johnson (aka Rock) said so.',
    'Maryland Democrat Ben Cardin said so.',
    'The Democratic Senate passed the bill.',
    'Microsoft-Activision talks stalled, Microsoft said. Activision declined to comment.',
    "Britain's PM Rishi Sunak met Irish PM Leo Varadkar at 5 PM Monday.",
    // the passes that visit only their words' places (wordIndex): possessive marks, listed names' first words
    "The Kurdistan Workers' Party (PKK) and the Farmers' Union met at St John's College.",
    "Flooding hit Cox's Bazar, and fans gathered at Franklin's Gardens.",
    'After Labour councillors voted, the Alternative for Germany (AfD) and Save the Children warned.',
    'Politico reported it first; Labour costs rose.',
  ];
  it.each(texts)('the chain finds the same spans with and without triggers: %s', (text) => {
    const gated = findNameSpans(runUntil(createDoc(text), 'tokens'));
    const every = findNameSpans(runUntil(createDoc(text), 'tokens'), { passes: ungated });
    expect(gated).toEqual(every);
  });
});

// runPass walks the smaller of the trigger list and the article's words: both ways must find the same
describe('entity pass triggers longer than the article', () => {
  const longList = new Set([...Array.from({ length: 500 }, (_, i) => `word${i}`), 'channel']);
  it.each([
    ['a long trigger list with a word of the article', 'He spoke on Channel 4 News.', true],
    ['a long trigger list with none of its words', 'The minister visited Paris on Monday.', false],
  ])('%s', (_, text, expected) => {
    const { ctx } = contextOf(text);
    expect(ctx.words.size).toBeLessThan(longList.size);
    let ran = false;
    const pass: EntityPass = {
      name: 'long-list',
      triggers: longList,
      run: (_c, spans) => {
        ran = true;
        return [...spans];
      },
    };
    runPass(pass, ctx, []);
    expect(ran).toBe(expected);
  });
});

// a pass may skip a step of its own that only some words start (drop-modifier-names: its eponyms and awards)
describe('writesAnyOf and the passes that gate a step on it', () => {
  it.each([
    ['Patients with Alzheimer’s disease were treated.', ['disease', 'prize'], true],
    ['The minister visited Paris on Monday.', ['disease', 'prize'], false],
  ])('%s', (text, list, expected) => {
    expect(writesAnyOf(contextOf(text).ctx, new Set(list))).toBe(expected);
  });

  const modifierPass = entityPasses.find((p) => p.name === 'drop-modifier-names')!;
  const lone = (ctx: EntityPassContext, word: string, type: TaggedSpan['type']): TaggedSpan[] => {
    const t = ctx.tokens.findIndex((k) => k.text === word);
    return [{ tokenStart: t, tokenEnd: t + 1, type }];
  };
  it('drop-modifier-names still drops an eponym where the article names its disease', () => {
    const { ctx } = contextOf("Roche's drug slowed Alzheimer's disease, and Alzheimer was named.");
    const spans = lone(ctx, 'Alzheimer', 'PER');
    expect(modifierPass.run(ctx, spans)).toEqual([]);
  });
  it('drop-modifier-names keeps the name, and still drops a country used as a demonym, where no disease or award is named', () => {
    const { ctx } = contextOf('Alzheimer met Saudi ministers on Monday.');
    const person = lone(ctx, 'Alzheimer', 'PER');
    expect(modifierPass.run(ctx, person)).toEqual(person);
    expect(modifierPass.run(ctx, lone(ctx, 'Saudi', 'LOC'))).toEqual([]);
  });
});

// the article's word index (word-index.ts) and the trigger table (trigger-table.ts): what the runner and the passes read
describe('the word index and the trigger table', () => {
  it('gives every place of a word, ascending, and of several words merged in token order', () => {
    const { ctx } = contextOf("Labour's leader said Labour's plan and the party's plan differ.");
    const places = (w: string): number[] => ctx.tokens.flatMap((t, i) => (t.lower === w ? [i] : []));
    expect(ctx.wordIndex.of('labour')).toEqual(places('labour'));
    expect(ctx.wordIndex.of('plan')).toEqual(places('plan'));
    expect(ctx.wordIndex.of('absent')).toEqual([]);
    const marks = ctx.wordIndex.ofAny(new Set(["'s", '’s', 'plan']));
    expect(marks).toEqual([...places("'s"), ...places('plan')].sort((a, b) => a - b));
    expect(ctx.wordIndex.where((w) => w.startsWith('pla'))).toEqual(places('plan'));
  });

  it('asks a long word list by the article\'s words, with the same answer', () => {
    const { ctx } = contextOf('He spoke on Channel 4 News.');
    const long = new Set([...Array.from({ length: 500 }, (_, i) => `word${i}`), 'channel', 'news']);
    expect(ctx.wordIndex.ofAny(long)).toEqual([3, 5]);
  });

  it('marks the passes without triggers and those whose trigger occurs, and only them', () => {
    const { ctx } = contextOf('He spoke on Channel 4 News.');
    const pass = (name: string, triggers?: string[]): EntityPass => ({ name, ...(triggers ? { triggers: new Set(triggers) } : {}), run: (_c, s) => s });
    const table = new TriggerTable([pass('always'), pass('radio', ['radio']), pass('channel', ['radio', 'channel']), pass('paris', ['paris'])]);
    expect([...table.mayRun(ctx.words)]).toEqual([1, 0, 1, 0]);
  });

  it('rebuilds the table of a list that grew after its first use (a stale table would skip the new pass)', () => {
    const { ctx } = contextOf('He spoke on Channel 4 News.');
    const list: EntityPass[] = [{ name: 'always', run: (_c, s) => s }];
    expect([...triggerTableOf(list).mayRun(ctx.words)]).toEqual([1]);
    list.push({ name: 'channel', triggers: new Set(['channel']), run: (_c, s) => s });
    expect([...triggerTableOf(list).mayRun(ctx.words)]).toEqual([1, 1]);
  });

  it('the stage runs a pass exactly where its own trigger test would', () => {
    const sample = [
      'He told Channel 4 News that BBC Radio 4 had the story first.',
      "The Kurdistan Workers' Party (PKK) met at St John's College.",
      'Son Heung-min scored twice. Chief Executive Park Jin-soo and Ji-woo Baek watched.',
      'The minister visited Paris on Monday.',
    ];
    for (const text of sample) {
      const { ctx } = contextOf(text);
      const runs = triggerTableOf(entityPasses).mayRun(ctx.words);
      entityPasses.forEach((p, i) => expect(runs[i] === 1).toBe(p.triggers === undefined || writesAnyOf(ctx, p.triggers)));
    }
  });
});

/**
 * Review rev26-d: the rows above contain their passes' trigger words, and both sides read the same word index, so
 * they could not catch a pass that visits too few places. Here the reference side runs every pass (no triggers) and
 * hands each a word index that answers by walking every token (the walk the passes did before the index); the texts
 * hold only the rarer form of a pass's word (a curly mark alone, a listed name as the text's last words, a
 * possessive opening a sentence), and the spans are checked against what a reader expects, not only each other.
 */
describe('the index-driven passes against a walk over every token', () => {
  function walkingIndex(tokens: readonly { lower: string }[]): WordIndex {
    const where = (test: (w: string) => boolean): number[] => tokens.flatMap((t, i) => (test(t.lower) ? [i] : []));
    return { of: (w: string) => where((x) => x === w), ofAny: (ws: ReadonlySet<string>) => where((x) => ws.has(x)), where } as unknown as WordIndex;
  }
  const reference: EntityPass[] = entityPasses.map((p) => ({ name: p.name, run: (ctx, spans) => p.run({ ...ctx, wordIndex: walkingIndex(ctx.tokens) }, spans) }));

  it.each([
    ['Flooding hit Cox’s Bazar on Monday.', 'Cox’s Bazar/LOC'],
    ['The Farmers’ Union met on Monday.', 'Farmers’ Union/ORG'],
    ["Labour's leader resigned on Monday.", 'Labour/ORG'],
    ['After the vote, the charity Save the Children.', 'Save the Children/ORG'],
  ])('%s', (text, expected) => {
    const doc = runUntil(createDoc(text), 'tokens');
    const tokens = doc.tokens!.tokens;
    const named = (spans: readonly TaggedSpan[]): string[] => spans.map((x) => `${text.slice(tokens[x.tokenStart]!.start, tokens[x.tokenEnd - 1]!.end)}/${x.type}`);
    const gated = findNameSpans(doc);
    expect(gated).toEqual(findNameSpans(runUntil(createDoc(text), 'tokens'), { passes: reference }));
    expect(named(gated)).toContain(expected);
  });
});
