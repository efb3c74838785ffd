import type { EntityType, MentionKind } from '../../schema';
import type { NameOrigin } from '../../document';

/** A mention while entities are being built: a public Mention plus its token range. */
export interface DraftMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** first and last+1 token index */
  tokenStart: number;
  tokenEnd: number;
  metonymy?: 'government' | undefined;
}

/** A name mention ready for clustering: possessive and leading titles trimmed, lookup key computed. */
export interface NameDraft extends DraftMention {
  type: EntityType;
  subtype: string | null;
  /** lower-cased, honorifics, leading "the" and dots of abbreviations removed: "fumio kishida", "us" */
  key: string;
  /** the key's words, split once here for every rule that reads them (cluster.ts, gender.ts) */
  keyWords: readonly string[];
  /** canonical country name when the mention names a country ("U.S." -> "United States") */
  country: string | null;
  /** the tagger's probability that this is a name of its type (NameMention.taggerScore) */
  taggerScore?: number | undefined;
  /** the tagger's probability that this is a name of any type (NameMention.taggerAnyName) */
  taggerAnyName?: number | undefined;
  /** the tagger, or the kind of evidence of the rule that made the span (NameMention.origin) */
  origin?: NameOrigin | undefined;
}

export interface TitleRecord {
  text: string;
  /** where the title was stated: nominals only match titles stated before them */
  start: number;
}

/** One real-world referent under construction. */
export interface Cluster {
  type: EntityType;
  subtype: string | null;
  country: string | null;
  names: NameDraft[];
  /** pronoun, nominal and demonym mentions attached after clustering */
  others: DraftMention[];
  titles: TitleRecord[];
  affiliations: Set<Cluster>;
  gender: 'male' | 'female' | null;
}

export function newCluster(type: EntityType, subtype: string | null, country: string | null): Cluster {
  return { type, subtype, country, names: [], others: [], titles: [], affiliations: new Set(), gender: null };
}
