import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { internedString } from '../src/nlp/interned-string';

const root = resolve(import.meta.dirname, '..');

/** Runs `script` (an ES module that may use V8's %-natives) in a child process from the repository root; its last line. */
function inChild(script: string, flags: string[] = []): string {
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', ...flags, '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.trim().split('\n').pop()!;
}

const samples = ['', 'a', 'of', '2024', '4294967294', '12345678901', 'état', '’s', 'a"b\\c', '\t', '\ud800', 'Procter & Gamble', 'x'.repeat(300)];

describe('internedString', () => {
  it.each(samples.map((s) => [s]))('gives the same text: %j', (text) => {
    expect(internedString(text)).toBe(text);
  });

  // (a string made by slicing or concatenation is not internalized; the interned copy is, array-index strings too)
  it('gives an internalized string for slices, short and long, array indexes included', () => {
    const script = `
      import { internedString } from './src/nlp/interned-string.ts';
      const samples = ${JSON.stringify(samples)};
      const made = (s) => (' ' + s).slice(1);
      const isInternalized = new Function('s', 'return %IsInternalizedString(s)');
      console.log(JSON.stringify(samples.map((s) => [isInternalized(made(s)) && s.length > 1, isInternalized(internedString(made(s)))])));`;
    const flags = JSON.parse(inChild(script)) as [boolean, boolean][];
    expect(flags.filter(([before]) => before)).toEqual([]);
    expect(flags.map(([, after]) => after)).toEqual(samples.map(() => true));
  }, 60_000);

  it('keeps no article alive (the interned copy owns its characters)', () => {
    const script = `
      import { internedString } from './src/nlp/interned-string.ts';
      const kept = [];
      for (let i = 0; i < 200; i++) {
        const text = ('Procter & Gamble said ' + i + ' ').repeat(45000);
        kept.push(internedString(text.slice(0, 17) + i), internedString(text.slice(100, 106) + i));
      }
      globalThis.gc(); globalThis.gc();
      console.log(process.memoryUsage().heapUsed);`;
    expect(Number(inChild(script, ['--expose-gc'])) / 1e6).toBeLessThan(40);
  }, 60_000);

  // what the tokens stage does with it: every token's text, lower case, lemma and shape is internalized, so a site
  // comparing them with a literal meets one kind of string (before: about 17% of tokens' texts or lower cases were not)
  it('makes every token string internalized', () => {
    const script = `
      import { createDoc } from './src/document.ts';
      import { runUntil } from './src/pipeline.ts';
      const isInternalized = new Function('s', 'return %IsInternalizedString(s)');
      const text = 'ZURICH (Reuters) - Procter & Gamble’s chief executive said on Tuesday the U.S. company expects 2024 sales to rise 4-5%. "We are well-positioned," Jon R. Moeller told analysts.\\n\\nShares of P&G rose 1.2% to $151.30 in pre-market trading.';
      const tokens = runUntil(createDoc(text), 'tokens').tokens.tokens;
      const not = tokens.filter((t) => ![t.text, t.lower, t.lemma, t.shape].every(isInternalized)).map((t) => t.text);
      console.log(JSON.stringify({ tokens: tokens.length, not }));`;
    const { tokens, not } = JSON.parse(inChild(script)) as { tokens: number; not: string[] };
    expect(tokens).toBeGreaterThan(40);
    expect(not).toEqual([]);
  }, 60_000);
});
