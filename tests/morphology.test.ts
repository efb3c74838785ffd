import { describe, expect, it } from 'vitest';
import { inflections, isIngForm, isParticipleForm, isPastForm, lemmaCandidates, singularCandidates, verbForms } from '../src/nlp/morphology';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { finiteVerbAt } from '../src/stages/quotes/finite-verbs';
import { isPluralOfCommonWord } from '../src/nlp/common-words';
import { hasSpeechRole, speechVerbsOf } from '../src/nlp/speech-verbs';

describe('verb forms: the rules and the irregular table', () => {
  it.each([
    ['announce', 'announces', 'announced', 'announced', 'announcing'],
    ['say', 'says', 'said', 'said', 'saying'],
    ['deny', 'denies', 'denied', 'denied', 'denying'],
    ['ban', 'bans', 'banned', 'banned', 'banning'],
    ['quip', 'quips', 'quipped', 'quipped', 'quipping'],
    ['target', 'targets', 'targeted', 'targeted', 'targeting'],
    ['admit', 'admits', 'admitted', 'admitted', 'admitting'],
    ['agree', 'agrees', 'agreed', 'agreed', 'agreeing'],
    ['tie', 'ties', 'tied', 'tied', 'tying'],
    ['go', 'goes', 'went', 'gone', 'going'],
    ['be', 'is', 'was', 'been', 'being'],
    ['have', 'has', 'had', 'had', 'having'],
    ['put', 'puts', 'put', 'put', 'putting'],
    ['seek', 'seeks', 'sought', 'sought', 'seeking'],
    ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  ])('%s -> %s, %s, %s, %s', (lemma, third, past, participle, gerund) => {
    expect(verbForms(lemma)).toEqual({ third, past, participle, gerund });
  });

  it.each([
    ['signal', ['signaled', 'signalled', 'signaling', 'signalling']],
    ['strike', ['struck', 'stricken']],
    ['be', ['am', 'are', 'were']],
    ['learn', ['learned', 'learnt']],
  ])('inflections(%s) holds the variants %j', (lemma, variants) => {
    expect(inflections(lemma)).toEqual(expect.arrayContaining([lemma, ...variants]));
  });
});

describe('lemma candidates', () => {
  it.each([
    ['announced', 'announce'],
    ['planned', 'plan'],
    ['held', 'hold'],
    ['left', 'leave'],
    ['talks', 'talk'],
    ['bombings', 'bombing'],
    ['firing', 'fire'],
    ['denies', 'deny'],
  ])('%s -> %s', (word, lemma) => {
    expect(lemmaCandidates(word)).toContain(lemma);
  });

  it('puts the word itself first', () => {
    expect(lemmaCandidates('meeting')[0]).toBe('meeting');
  });
});

describe('past forms', () => {
  it.each([
    ['said', true],
    ['met', true],
    ['announced', true],
    ['put', true],
    ['were', true],
    ['been', true],
    ['run', false],
    ['come', false],
    ['need', false],
    ['proceed', false],
    ['red', false],
    ['says', false],
    ['meeting', false],
  ])('%s -> %s', (word, past) => {
    expect(isPastForm(word)).toBe(past);
  });
});

describe('the shared speech-verb lexicon', () => {
  const token = (lower: string, lemma = lower) => ({ lower, lemma });
  it.each([
    [token('said', 'say'), 'speech', true],
    [token('announced', 'announce'), 'act', true],
    [token('told', 'tell'), 'reporting', true],
    [token('pledged', 'pledge'), 'intent', true],
    // no token lemma: the candidates find it
    [token('warned'), 'speech', true],
    [token('walked', 'walk'), 'speech', false],
  ] as const)('%j has role %s: %s', (t, role, expected) => {
    expect(hasSpeechRole(t, role)).toBe(expected);
  });

  it('lists multi-word cues before their first word', () => {
    const keys = speechVerbsOf('call').map((v) => [v.lemma, ...v.rest].join(' '));
    expect(keys).toHaveLength(3);
    expect(keys.at(-1)).toBe('call');
  });
});

describe('plurals: one test for the entity passes (02, 12, possessive names)', () => {
  it.each([
    ['parties', ['parties', 'partie', 'party', 'parti']],
    ['boxes', ['boxes', 'boxe', 'box']],
    ['workers', ['workers', 'worker']],
    ['worker', []],
  ])('singular candidates of %s', (word, expected) => {
    expect(singularCandidates(word)).toEqual(expected);
  });

  it.each([
    ['workers', true],
    ['residents', true],
    ['parties', true],
    ['churches', true],
    ['news', true],
    ['kishida', false],
    ['sanders', false],
  ])('%s is a common word or the plural of one: %s', (word, expected) => {
    expect(isPluralOfCommonWord(word)).toBe(expected);
  });
});

describe('participles and finite verbs: one test for the quote rules', () => {
  it.each([
    ['speaking', true, true],
    ['bring', false, false],
    ['spring', false, false],
    ['based', false, true],
    ['held', false, true],
    ['known', false, true],
    ['born', false, true],
    ['says', false, false],
    ['happen', false, false],
  ])('%s: -ing form %s, participle %s', (word, ing, participle) => {
    expect(isIngForm(word)).toBe(ing);
    expect(isParticipleForm(word)).toBe(participle);
  });

  it.each([
    ['He said they would go.', 'would', true],
    ['He said they would go.', 'said', true],
    ['They want to go home.', 'go', false],
    ['Vowing to fight, he left.', 'Vowing', false],
  ])('%s: "%s" heads a clause: %s', (text, word, expected) => {
    const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
    expect(finiteVerbAt(tokens, tokens.findIndex((t) => t.text === word))).toBe(expected);
  });
});
