/** A word with a character that is no letter or digit: an apostrophe, hyphen, period, slash. */
export const COMPOUND = /[^\p{L}\p{N}]/u;

/** An entry of wink's `getFeaturesIndex`: `[1 when just learned else 0, lexeme id]`. */
type FeatureIndex = readonly [isNew: number, id: number];

/**
 * The compound words wink learned from earlier texts, kept in its lexicon but hidden from its tokenizer: what the
 * bundle's wink does instead of forgetting them after each text (src/nlp/wink.ts forgetCompoundWords), so that a
 * text re-reads them without learning them again.
 *
 * Why: wink keeps a word it finds in its lexicon whole, and some paths learn compounds whole ("Trump's." is
 * learned as "Trump's"), so a compound learned from one text must look unknown to the next text's tokenizer.
 * Deleting it from the hash did that, but each later text that met the word learned it again under a new id:
 * wink's `add` extracted its features anew and the lexicon grew by that word again (2,729 compounds relearned
 * in one pass over the 420 texts of the bench corpus, every word wink learned after the first pass). Hidden instead,
 * a compound is unknown to wink's `lookup` (the tokenizer's "is this a word I know", its lemmatizer's questions)
 * until `add` is asked for it in the current text, which makes it known again for the rest of that text, as a fresh
 * learning would, and returns its old id.
 *
 * The old entry is reused only where a fresh learning would give an entry of the same text and features: wink packs
 * the token's category (word, punctuation, unknown ...) with the word and points it at the entry of its lower case,
 * and the same text is met under other categories on other paths of the tokenizer. Where either differs the word
 * is forgotten as before and learned afresh. wink's cache.js calls `hides` from `lookup`, `reveal` at the start of
 * `add` and `learned` at its end (scripts/lib/wink-map-hash-plugin.ts); tests/wink-learned-compounds.test.ts reads
 * texts through the patched cache and through a fresh instance each and compares the tokens.
 */
export class LearnedCompounds {
  /** ids of compounds learned from earlier texts and not asked for again in this one */
  private readonly hidden = new Set<number>();
  /** ids made known again in this text, hidden again when it ends */
  private readonly revealed: number[] = [];
  /** per learned compound id: the category it was learned under */
  private readonly categories = new Map<number, number>();
  /** per learned compound id: the id of its lower case (its `normal`), as wink packed it */
  private readonly normals = new Map<number, number>();

  constructor(
    private readonly list: readonly string[],
    private readonly hash: Map<string, number>,
  ) {}

  /** wink's `lookup`: is lexeme `id` (one of the learned ones) unknown to the text being read? */
  hides(id: number): boolean {
    return this.hidden.has(id);
  }

  /**
   * wink's `add(text, category)`, before it looks the word up: a hidden word is made known again when a fresh
   * learning would give the same entry, else it is dropped from the hash, to be learned again under a new id.
   */
  reveal(text: string, lower: string, category: number): void {
    const id = this.hash.get(text);
    if (id !== undefined && this.hidden.has(id)) {
      if (this.reusable(id, text, lower, category)) this.show(id);
      else this.forget(text, id);
    }
    if (lower === text) return;
    const normal = this.hash.get(lower);
    if (normal === undefined || !this.hidden.has(normal)) return;
    if (this.categories.get(normal) === category) this.show(normal);
    else this.forget(lower, normal);
  }

  /** wink's `add`, at its end: notes the category and the normal of a compound it has just learned. */
  learned(text: FeatureIndex, normal: FeatureIndex, category: number): void {
    if (text[0] === 1) this.note(text[1], normal[1], category);
    if (normal[0] === 1 && normal[1] !== text[1]) this.note(normal[1], normal[1], category);
  }

  /** After a text: every compound it learned (ids from `from` on) or made known again is hidden from the next. */
  endText(from: number): void {
    for (const id of this.revealed) this.hidden.add(id);
    this.revealed.length = 0;
    const list = this.list;
    for (let id = from; id < list.length; id++) {
      const word = list[id]!;
      if (COMPOUND.test(word) && this.hash.get(word) === id) this.hidden.add(id);
    }
  }

  /**
   * A fresh learning of `text` as `category` would give an entry of that category whose normal is the entry its
   * lower case then has: the lower case's current entry when known to this text, else a fresh one of `category`.
   */
  private reusable(id: number, text: string, lower: string, category: number): boolean {
    if (this.categories.get(id) !== category) return false;
    if (lower === text) return true;
    const normal = this.hash.get(lower);
    if (normal === undefined || this.normals.get(id) !== normal) return false;
    return !this.hidden.has(normal) || this.categories.get(normal) === category;
  }

  private show(id: number): void {
    this.hidden.delete(id);
    this.revealed.push(id);
  }

  private forget(word: string, id: number): void {
    this.hidden.delete(id);
    this.hash.delete(word);
    this.categories.delete(id);
    this.normals.delete(id);
  }

  private note(id: number, normal: number, category: number): void {
    if (!COMPOUND.test(this.list[id]!)) return;
    this.categories.set(id, category);
    this.normals.set(id, normal);
  }
}
