/** Disjoint sets over 0..n-1 with a veto on each union: clusters grow by greedy merging. */
export class Clusters {
  private readonly parent: number[];
  readonly members: Map<number, number[]>;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins the sets of a and b unless `allowed` says no to their member lists; returns whether they are one set now. */
  union(a: number, b: number, allowed: (left: readonly number[], right: readonly number[]) => boolean = () => true): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const left = this.members.get(ra)!;
    const right = this.members.get(rb)!;
    if (!allowed(left, right)) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.members.set(root, [...this.members.get(root)!, ...this.members.get(child)!].sort((x, y) => x - y));
    this.members.delete(child);
    return true;
  }

  /** The sets, each sorted, in order of their smallest member. */
  groups(): number[][] {
    return [...this.members.values()].sort((x, y) => x[0]! - y[0]!);
  }
}

/**
 * Visits every pair (a, b), a < b, of the items 0..count-1 that share a key, once each: the only pairs worth comparing
 * when items with no key in common can never join. `keysOf(i)` lists item i's keys. Pairs are visited in no useful
 * order and not collected, so a caller that keeps few of them holds no array of all of them (a story of 600 articles
 * has millions of candidate pairs); a caller that needs an order sorts what it keeps.
 */
export function forEachPairSharingAKey(
  count: number,
  keysOf: (i: number) => Iterable<string>,
  visit: (a: number, b: number) => void,
): void {
  const postings = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    for (const key of new Set(keysOf(i))) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  }
  const seen = new Set<number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x]! * count + list[y]!;
        if (seen.has(pair)) continue;
        seen.add(pair);
        visit(list[x]!, list[y]!);
      }
    }
  }
}
