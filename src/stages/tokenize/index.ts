import type { Doc, Sentence, Span, Token, TokenLayer } from '../../document';
import type { Stage } from '../../pipeline';
import { wink } from '../../nlp/wink';

/**
 * Tokens, POS tags and sentences for the headline and every story paragraph,
 * read once with wink-nlp; every later stage reads these. Boilerplate that
 * the clean stage removed is never tokenized.
 */
export const tokenizeStage: Stage<'tokens'> = {
  name: 'tokens',
  requires: ['clean'],
  run(doc: Doc): TokenLayer {
    const clean = doc.clean!;
    const regions: Array<{ span: Span; paragraph: number }> = [];
    if (clean.headline) regions.push({ span: clean.headline, paragraph: -1 });
    clean.paragraphs.forEach((span, paragraph) => regions.push({ span, paragraph }));
    const layer: TokenLayer = { tokens: [], sentences: [] };
    for (const region of regions) tokenizeRegion(doc.source, region.span, region.paragraph, layer);
    return layer;
  },
};

function tokenizeRegion(source: string, region: Span, paragraph: number, layer: TokenLayer): void {
  const nlp = wink();
  const its = nlp.its;
  const text = source.slice(region.start, region.end);
  if (text.trim() === '') return;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const shapes = wdoc.tokens().out(its.shape) as string[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;

  // wink's token index -> our token index (whitespace tokens are dropped)
  const indexOf = new Array<number>(values.length);
  let cursor = 0;
  let lastEnd = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    indexOf[i] = layer.tokens.length;
    const start = locate(text, value, cursor);
    if (start < 0 || value.trim() === '') continue;
    const end = start + value.length;
    cursor = end;
    layer.tokens.push({
      start: region.start + start,
      end: region.start + end,
      text: value,
      lower: value.toLowerCase(),
      pos: tags[i] ?? 'X',
      shape: shapes[i] ?? '',
      sentence: -1,
      lineStart: lastEnd < 0 || /[\n\r]/.test(text.slice(lastEnd, start)),
    });
    lastEnd = end;
  }
  const after = layer.tokens.length;

  for (const [first, last] of sentenceSpans) {
    const tokenStart = indexOf[first] ?? after;
    const tokenEnd = last + 1 < values.length ? indexOf[last + 1]! : after;
    if (tokenEnd <= tokenStart) continue;
    const sentence: Sentence = {
      start: layer.tokens[tokenStart]!.start,
      end: layer.tokens[tokenEnd - 1]!.end,
      tokenStart,
      tokenEnd,
      paragraph,
    };
    const index = layer.sentences.length;
    for (let t = tokenStart; t < tokenEnd; t++) layer.tokens[t]!.sentence = index;
    layer.sentences.push(sentence);
  }
}

/**
 * Where wink's token value sits in the text, at or after `cursor`. wink keeps
 * the text's characters, so this is nearly always `cursor` plus whitespace;
 * the bounded search guards against any normalization it might apply.
 */
function locate(text: string, value: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && /\s/.test(text[i]!) && !text.startsWith(value, i)) i++;
  if (text.startsWith(value, i)) return i;
  const found = text.indexOf(value, cursor);
  return found >= 0 && found - cursor < 64 ? found : -1;
}
