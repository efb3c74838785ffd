/**
 * Word classes for the tagger's features (src/data/entities/word-clusters.json,
 * built by scripts/build-word-clusters.ts from unlabeled training text): words
 * used in the same contexts share a class ("baghdad", "belgium", "berlin";
 * "ailes", "assad", "comey"), so a name the labeled data never showed still
 * looks like the names it did. Each class has a bit string (its path in the
 * merge tree); its prefixes are coarser classes, and each prefix length is a
 * feature of its own.
 */
import clusterData from '../../data/entities/word-clusters.json';
import { featureHash } from './feature-hash';

/** Bit-string prefix lengths given as features, coarse to fine; the whole string is the last one. */
const PREFIX_LENGTHS = [4, 6, 10] as const;
/** Value hashes per class: one per prefix length, then the whole bit string. */
export const CLUSTER_LEVELS = PREFIX_LENGTHS.length + 1;

interface ClusterTable {
  classOf: Map<string, number>;
  /** class c's value hashes are levels[c * CLUSTER_LEVELS ...] */
  levels: Uint32Array;
}

let table: ClusterTable | undefined;

function load(): ClusterTable {
  const classOf = new Map<string, number>();
  const levels = new Uint32Array(clusterData.classes.length * CLUSTER_LEVELS);
  clusterData.classes.forEach((bits, c) => {
    for (const w of clusterData.words[c]!.split(' ')) classOf.set(w, c);
    PREFIX_LENGTHS.forEach((n, i) => {
      levels[c * CLUSTER_LEVELS + i] = featureHash(n + ':' + bits.slice(0, n));
    });
    levels[c * CLUSTER_LEVELS + PREFIX_LENGTHS.length] = featureHash('all:' + bits);
  });
  return { classOf, levels };
}

/** The class of a lower-case word, or -1 when the table does not hold it. */
export function wordClusterOf(lower: string): number {
  table ??= load();
  return table.classOf.get(lower) ?? -1;
}

/** The value hash of class `cluster` at `level` (0 .. CLUSTER_LEVELS - 1: prefixes coarse to fine, then the whole bit string). */
export function clusterLevelHash(cluster: number, level: number): number {
  table ??= load();
  return table.levels[cluster * CLUSTER_LEVELS + level]!;
}
