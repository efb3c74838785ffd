import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { cueAt, stanceAt } from '../src/stages/quotes/lexicon';

/** the cue found at the first token reading `word` in `sentence`, as its text and frames */
function cueOf(sentence: string, word: string): string | null {
  const tokens = runUntil(createDoc(sentence), 'tokens').tokens!.tokens;
  const i = tokens.findIndex((t) => t.text === word);
  const cue = stanceAt(tokens, i) ?? cueAt(tokens, i);
  if (!cue) return null;
  return `${tokens.slice(cue.start, cue.end).map((t) => t.text).join(' ')}: ${cue.frames.join(',')}`;
}

describe('reporting cues are matched by lemma', () => {
  it.each([
    ['The minister said the talks would resume.', 'said', 'said: clause'],
    ['Beijing does not recognise the zone.', 'recognise', 'recognise: clause'],
    ['She quipped that the plan was dead.', 'quipped', 'quipped: clause'],
    ['Officials pointed out that the deal was signed.', 'pointed', 'pointed out: clause'],
    ['He laid out a plan for the region.', 'laid', 'laid out: object'],
    ['They told reporters that it was over.', 'told', 'told: objectClause,objectTo'],
    ['Other studies have shown that poverty is rising.', 'shown', 'shown: clause,object'],
    ['Polls showing Trump ahead were published.', 'showing', 'showing: object'],
    ['He is hoping that the bill will pass.', 'hoping', 'hoping: clause,infinitive'],
    ['The senator was accused of lying.', 'accused', 'accused of: object'],
    ['Critics railed against the plan.', 'railed', 'railed against: object'],
    ['She is critical of the deal.', 'critical', 'critical of: object'],
    // a stated position toward a thing (PolNeAR train: 'lash out at' a cue 6 of 6 times, 'take aim at' 5 of 8)
    ['Trump lashed out at his critics.', 'lashed', 'lashed out at: object'],
    ['Sanders took aim at the provision.', 'took', 'took aim at: object'],
    ['Residents complained about the noise.', 'complained', 'complained about: object'],
    ['She hinted at a run for the Senate.', 'hinted', 'hinted at: object'],
  ])('%s (%s) -> %s', (sentence, word, expected) => {
    expect(cueOf(sentence, word)).toBe(expected);
  });

  it.each([
    ['The town, known as the gateway, grew.', 'known'],
    ['As shown in the chart, prices rose.', 'shown'],
    ['The fight against corruption goes on.', 'fight'],
    ['The walkers walked home.', 'walked'],
    // a gesture, not a stated position (issue 12): 'point to' is a cue 41 of 64 times on PolNeAR train, but not here
    ['Mr Obama pointed to the window.', 'pointed'],
  ])('%s (%s) is no cue', (sentence, word) => {
    expect(cueOf(sentence, word)).toBeNull();
  });
});
