import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { timeStage } from '../src/stages/time';

const REFERENCE = '2026-06-10';

function valueOf(text: string, expression: string): string | null | undefined {
  const times = timeStage.run(runUntil(createDoc(text, REFERENCE), 'tokens')).timeExpressions;
  return times.find((t) => t.text === expression)?.value;
}

// a bare month after the object of a verb whose object lies ahead dates that object: the coming month
describe('time: a month dating the object of a prospective verb', () => {
  it.each([
    ['The central bank signalled a rate cut in February, officials said.', 'February', '2027-02'],
    ['The government forecast slower growth in March.', 'March', '2027-03'],
    ['The regulator has signaled a decision in January.', 'January', '2027-01'],
    // the verb's own date keeps its tense
    ['The central bank signalled on Tuesday that it would wait.', 'Tuesday', '2026-06-09'],
    ['The central bank cut rates in February.', 'February', '2026-02'],
    ['The central bank announced a rate cut in February.', 'February', '2026-02'],
  ])('%s -> %s %s', (text, expression, value) => {
    expect(valueOf(text, expression)).toBe(value);
  });
});
