import knownAsCues from '../../data/entities/known-as.json';

/**
 * The phrase that gives a name's other name, read by the entity passes
 * (passes/53-aliases-take-type.ts: the alias takes the name's type) and by
 * coreference (resolve/cluster.ts: the two are one entity). Cues:
 * data/entities/known-as.json.
 */

/** what must follow the other name, so that it is the whole phrase */
const aliasClosers: ReadonlySet<string> = new Set(knownAsCues.closers);

/** Does an alias ending at character `end` close the phrase: a closer (comma, stop, bracket, quote) or the end of the text? */
export const closesAlias = (source: string, end: number): boolean => end >= source.length || aliasClosers.has(source[end]!);
const escapeWords = (phrase: string): string => phrase.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s');
/** what stands between a name and its other name: ", (also / better / widely ...) known as", "(aka", ", nicknamed" (data/entities/known-as.json) */
// (not "the main town of Neiafu (known as the Port of Refuge Harbour)": a bracketed "known as" may name the phrase around the name)
/**
 * The words one of which the article must write for knownAs to match anywhere, as the tokens' lower case reads them:
 * each cue's first word ("known", "nicknamed", "dubbed") and the abbreviation as wink keeps it whole ("aka",
 * "a.k.a.", "a.k.a"). Pass 53 is skipped where none occurs.
 */
export const knownAsTriggers: ReadonlySet<string> = new Set([...knownAsCues.cues.map((c) => c.split(' ')[0]!.toLowerCase()), 'aka', 'a.k.a', 'a.k.a.']);
export const knownAs = new RegExp(
  `^(?:,\\s{1,2}(?:(?:${knownAsCues.modifiers.map(escapeWords).join('|')})\\s)?(?:${knownAsCues.cues.map(escapeWords).join('|')})|,?\\s{1,2}\\(?a\\.k\\.a\\.?|,?\\s{1,2}\\(?aka)\\s{1,2}["“']?(?:the\\s)?$`,
  'i',
);
