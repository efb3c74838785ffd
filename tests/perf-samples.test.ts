import { describe, expect, it } from 'vitest';
import { jsFrame, perfSamples } from '../scripts/lib/perf-samples';

/** `perf script -F tid,time,ip,sym` of a node run with --perf-basic-prof-only-functions: leaf first, callers below. */
const SCRIPT = [
  '100  10.000100: ',
  '\t    7f00 Builtins_FindOrderedHashMapEntry',
  '\t    7f01 JS:*rawScore file:///x/dist/index.js:30441:20',
  '\t    7f02 JS:^judgeQuotes file:///x/dist/index.js:30699:10',
  '',
  '100  10.000200: ',
  '\t    7f03 JS:*addRow file:///x/dist/index.js:7607:9',
  '\t    7f04 JS:*tagSentence file:///x/dist/index.js:16088:21',
  '',
  '101  10.000300: ',
  '\t    7f05 v8::internal::compiler::GraphReducer::ReduceTop+0x1a',
  '',
  '100  10.000400: ',
  '\t    7f06 _int_malloc+0x3c',
  '\t    7f07 [unknown]',
  '',
  '100  11.500000: ',
  '\t    7f08 JS:*tokenize file:///x/dist/index.js:1753:30',
  '',
].join('\n');

describe('perfSamples', () => {
  it.each([
    // the main thread in the window: a builtin is charged to its JavaScript caller, a native stack keeps its leaf
    [100, 10, 11, ['*rawScore file:///x/dist/index.js:30441:20', '*addRow file:///x/dist/index.js:7607:9', '_int_malloc']],
    // another thread (V8's compiler) is not the work a caller waits for
    [101, 10, 11, ['v8::internal::compiler::GraphReducer::ReduceTop']],
    // samples outside [from, to) belong to the warm-up or the timed passes
    [100, 11, 12, ['*tokenize file:///x/dist/index.js:1753:30']],
    [100, 12, 13, []],
  ])('thread %i in [%d, %d) gives %j', (tid, from, to, frames) => {
    expect(perfSamples(SCRIPT, tid, from, to).map((s) => s.frame)).toEqual(frames);
  });
});

describe('jsFrame', () => {
  it.each([
    ['*rawScore file:///x/dist/index.js:30441:20', { name: 'rawScore', url: 'file:///x/dist/index.js', line: 30440 }],
    ['^ file:///x/dist/index.js:24184:27', { name: '(anonymous)', url: 'file:///x/dist/index.js', line: 24183 }],
    ['*transformers.<computed> /x/node_modules/m/pos.js:1:73', { name: 'transformers.<computed>', url: 'file:///x/node_modules/m/pos.js', line: 0 }],
    ['*/x/dist/index.js:5:1', { name: '(anonymous)', url: 'file:///x/dist/index.js', line: 4 }],
    ['*name relative/index.js:5:1', null],
    ['_int_malloc', null],
  ])('%s', (frame, expected) => {
    expect(jsFrame(frame)).toEqual(expected);
  });

  it('reads a long frame that does not end in a location in linear time (no backtracking over its slashes)', () => {
    // a lazy name and a lazy path that both take '/' made this about 4 s (40,000 characters); linear, it is well under a millisecond
    const frame = '*x ' + '/a:1'.repeat(10_000) + ':2 y';
    const t0 = performance.now();
    expect(jsFrame(frame)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
