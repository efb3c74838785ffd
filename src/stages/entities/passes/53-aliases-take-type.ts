import { closesAlias, knownAs, knownAsTriggers } from '../known-as';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf, taggedSpan } from './shared';

/**
 * "The Monetary Policy Committee, known as Copom, voted": the name after
 * ", known as" (or "aka", ", nicknamed": data/entities/known-as.json) is
 * another name of the one before it, so it is the same kind of thing: an
 * organization's alias is an organization even when the tagger read the
 * unknown word as a person ("Copom"), and a person's nickname the tagger
 * missed is a person ("Mohamed Hamdan Dagalo, known as Hemedti,"). The alias
 * must close the phrase (a comma, stop, bracket or quote after it), as in
 * coreference (resolve/cluster.ts), so "Kigali, dubbed the Singapore of
 * Africa" gives Singapore nothing. Other mentions of the alias, word for
 * word, take the type with it.
 */
// the cue must stand between a name and its alias, so an article without one of its words changes nothing (the pass
// tested the cue's expression on the text after every name)
export const aliasesTakeType: EntityPass = { name: 'aliases-take-type', triggers: knownAsTriggers, run };

/** the longest alias added where the tagger found none */
const maxAliasWords = 3;
/** tokens of the cue between a name and its alias at most (", also better known as the") */
const maxCueTokens = 7;

function run({ source, tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const covered = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => covered.fill(i, s.tokenStart, s.tokenEnd));
  const retyped = new Map<string, TaggedSpan['type']>();
  const added: TaggedSpan[] = [];
  for (const a of spans) {
    const from = tokens[a.tokenEnd - 1]!.end;
    for (let k = a.tokenEnd + 1; k < tokens.length && k <= a.tokenEnd + maxCueTokens; k++) {
      if (tokens[k]!.sentence !== tokens[a.tokenStart]!.sentence) break;
      if (!/^[A-Z]/.test(tokens[k]!.text) || !knownAs.test(source.slice(from, tokens[k]!.start))) continue;
      const i = covered[k]!;
      if (i >= 0) {
        const b = spans[i]!;
        if (b.tokenStart === k && b.type !== a.type && closesAlias(source, tokens[b.tokenEnd - 1]!.end)) retyped.set(keyOf(tokens, b.tokenStart, b.tokenEnd), a.type);
      } else {
        let e = k;
        while (e < tokens.length && e - k < maxAliasWords && covered[e]! < 0 && /^[A-Z][a-z]/.test(tokens[e]!.text) && (e === k || tokens[e]!.start === tokens[e - 1]!.end + 1)) e++;
        if (e > k && closesAlias(source, tokens[e - 1]!.end)) added.push(taggedSpan(k, e, a.type));
      }
      break;
    }
  }
  if (retyped.size === 0 && added.length === 0) return spans;
  const out = spans.map((s) => {
    const type = retyped.get(keyOf(tokens, s.tokenStart, s.tokenEnd));
    return type === undefined || type === s.type ? s : taggedSpan(s.tokenStart, s.tokenEnd, type);
  });
  return [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}
