/**
 * Reading node's --trace-opt --trace-deopt output: one event per TurboFan
 * compilation or deoptimization, and per-function totals of them. Shared by
 * scripts/jit-profile.ts (where the compile time goes) and scripts/jit-cost.ts
 * (what a cold process pays per phase).
 */

export type TraceEvent = { kind: 'compile'; name: string; ms: number } | { kind: 'deopt'; name: string; reason: string };

const COMPILED = /completed compiling 0x[0-9a-f]+ <JSFunction ([^(]*)\(sfi[^>]*>.*target TURBOFAN\) - took ([\d.]+), ([\d.]+), ([\d.]+) ms/;
const DEOPT = /bailout \(kind: ([^,]+), reason: ([^)]+)\): begin. deoptimizing 0x[0-9a-f]+ <JSFunction ([^(]*)\(sfi/;

const nameOf = (raw: string): string => raw.trim() || '(anonymous)';

/** The compilation (its three phases' ms added) or deoptimization a trace line reports; null for any other line. */
export function traceEvent(line: string): TraceEvent | null {
  const c = COMPILED.exec(line);
  if (c) return { kind: 'compile', name: nameOf(c[1]!), ms: Number(c[2]) + Number(c[3]) + Number(c[4]) };
  const d = DEOPT.exec(line);
  if (d) return { kind: 'deopt', name: nameOf(d[3]!), reason: `${d[1]}: ${d[2]}` };
  return null;
}

export interface FunctionCost {
  ms: number;
  compiles: number;
  deopts: number;
  reasons: Map<string, number>;
}

/** Compilations, their ms and deopts (with reasons) per function name. */
export class FunctionCosts {
  readonly byName = new Map<string, FunctionCost>();

  add(event: TraceEvent): void {
    let cost = this.byName.get(event.name);
    if (cost === undefined) {
      cost = { ms: 0, compiles: 0, deopts: 0, reasons: new Map() };
      this.byName.set(event.name, cost);
    }
    if (event.kind === 'compile') {
      cost.ms += event.ms;
      cost.compiles += 1;
    } else {
      cost.deopts += 1;
      cost.reasons.set(event.reason, (cost.reasons.get(event.reason) ?? 0) + 1);
    }
  }
}

/** "reason xN; reason xM": a function's most frequent deopt reasons. */
export function topReasons(cost: FunctionCost, count = 2): string {
  return [...cost.reasons.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([reason, n]) => `${reason} x${n}`)
    .join('; ');
}
