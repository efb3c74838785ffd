import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { titleAbbreviationsInCapitals } from './words';

/**
 * "In Iraqi society, PM Allawi is responsible", "Britain's PM Rishi Sunak met ...": a title written as its capitals
 * (rule-words.json titleAbbreviationsInCapitals) opening a person is the title, not the name's first word
 * (CoNLL-style: no titles in names), so the person starts after it. After a clock time or a number it is no title
 * ("03/26/2001 08:58 PM Mary Hain"), and the span is left as the tagger gave it.
 * Counts, honestly: on the train portions of GUM, wikigold and UNER-EWT a person opened with "PM" once ("PM Allawi"),
 * and the gold was the name after it: n=1, not measured as a rate. Review rev25-a ran 16 texts with "PM" in them and
 * found none worse ("PM Albanese", "Caretaker PM Anwar Kakar" better), which is a check, not a count on a corpus.
 */
export const titleAbbreviationsOutOfPersons: EntityPass = {
  name: 'title-abbreviations-out-of-persons',
  triggers: new Set([...titleAbbreviationsInCapitals].map((w) => w.toLowerCase())),
  run,
};

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let out: TaggedSpan[] | undefined;
  spans.forEach((s, i) => {
    if (!opensWithTitle(tokens, s)) return;
    out ??= [...spans];
    out[i] = taggedSpan(s.tokenStart + 1, s.tokenEnd, 'PER');
  });
  return out ?? spans;
}

/** A person of two words or more whose first is a title in capitals, not after a clock time or a number. */
function opensWithTitle(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2) return false;
  const first = tokens[s.tokenStart]!;
  const next = tokens[s.tokenStart + 1]!;
  const before = tokens[s.tokenStart - 1];
  return titleAbbreviationsInCapitals.has(first.text) && /^\p{Lu}/u.test(next.text) && !(before !== undefined && /\d/.test(before.text));
}
