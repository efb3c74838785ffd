import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteMentions, quoteStageSources } from './helpers/quotes';

/** every quote the rules find (none dropped under the model's thresholds): [content, speaker mention] */
const found = (body: string): Array<[string, string]> => quoteMentions(body, { title: 'Harbour levy' });

describe('one main-clause subject scan (main-clause-subject.ts) for participle and coordinated cues', () => {
  it('a coordinated cue with no cue before it takes the first verb subject anywhere in the sentence', () => {
    expect(found('Councillor Brannagh urged the board to delay the levy and said the harbour fund was nearly empty.')).toContainEqual([
      'the harbour fund was nearly empty',
      'Councillor Brannagh',
    ]);
  });

  it('a participle cue skips the subject of an opening subordinate clause', () => {
    expect(found('When the auditors arrived, Councillor Brannagh defended the levy, insisting that the harbour fund was nearly empty.')).toContainEqual([
      'the harbour fund was nearly empty',
      'Councillor Brannagh',
    ]);
  });
});

describe('relative pronouns come from named subsets in src/nlp/pronouns.ts', () => {
  it('no quote-stage file writes its own set of relative words', () => {
    const inline = /new Set\(\[[^\]]*'(?:who|which|whom|whose)'/;
    const offenders = quoteStageSources().filter((f) => inline.test(readFileSync(f, 'utf8')));
    // asked-by.ts lists question words ('whether', 'how', 'who'), a different closed class
    expect(offenders.map((f) => f.split('/').pop())).toEqual(['asked-by.ts']);
  });
});
