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
