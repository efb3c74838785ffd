import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Checks that keep the code base easy to change: no import circles, no file
 * over MAX_FILE_LINES, no function over MAX_FUNCTION_LINES, and one binary
 * search (src/nlp/search.ts). Each check is a plain function over source
 * text, tested on small cases first, then run over every .ts file in src/.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const MAX_FILE_LINES = 600;
const MAX_FUNCTION_LINES = 120;
/** the one place a binary search is written out */
const SEARCH_MODULE = 'src/nlp/search.ts';

interface SourceFile {
  /** path from the repository root, with forward slashes */
  path: string;
  text: string;
}

function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts')) out.push({ path: relative(ROOT, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function parse(file: SourceFile): ts.SourceFile {
  return ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

// ---- imports and circles ---------------------------------------------------

/** The module specifiers of a file's import and export-from statements, type-only ones included. */
function importSpecifiers(file: SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of parse(file).statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/**
 * The repository path a relative specifier names: `x.ts` or `x/index.ts`;
 * null for packages and for data files (JSON), which import nothing back.
 */
function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string | null | 'unresolved' {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier).split('\\').join('/');
  if (/\.json$/.test(base)) return exists(base) ? null : 'unresolved';
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`]) if (candidate.endsWith('.ts') && exists(candidate)) return candidate;
  return 'unresolved';
}

/** Every import circle of a graph (module -> modules it imports), each listed once, starting at its first module in sort order. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const first = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        cycles.set(rotated.join(' -> '), rotated);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}

// ---- sizes -----------------------------------------------------------------

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

interface FunctionSpan {
  /** path#name: the function and the file it stands in */
  key: string;
  line: number;
  lines: number;
}

/** The name a function goes by: its own, or the variable, property or class member it is assigned to. */
function functionName(node: ts.Node, file: ts.SourceFile): string {
  const named = node as { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name) || ts.isPrivateIdentifier(named.name))) return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return `<anonymous:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}>`;
}

/** Every function declaration, method, constructor, accessor, arrow function and function expression, with its line span. */
function functionSpans(file: SourceFile): FunctionSpan[] {
  const sf = parse(file);
  const out: FunctionSpan[] = [];
  const walk = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)
    ) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ key: `${file.path}#${functionName(node, sf)}`, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return out;
}

// ---- binary searches -------------------------------------------------------

const HALVING: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

function isLoop(node: ts.Node): boolean {
  return ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node);
}

function inLoop(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (isLoop(p)) return true;
    if (ts.isFunctionLike(p)) return false;
  }
  return false;
}

const isOne = (node: ts.Node): boolean => ts.isNumericLiteral(node) && node.text === '1';
const isTwo = (node: ts.Node): boolean => ts.isNumericLiteral(node) && node.text === '2';

/**
 * Lines (1-based) where a loop halves a range by hand: `x >> 1` or `x >>> 1`
 * (or `>>=`), or `Math.floor(x / 2)`, inside a while, do or for loop.
 */
function handWrittenBinarySearches(file: SourceFile): number[] {
  const sf = parse(file);
  const lines: number[] = [];
  const walk = (node: ts.Node): void => {
    const halves =
      (ts.isBinaryExpression(node) && HALVING.has(node.operatorToken.kind) && isOne(node.right)) ||
      (ts.isCallExpression(node) &&
        /^Math\.(?:floor|trunc)$/.test(node.expression.getText(sf)) &&
        node.arguments.length === 1 &&
        ts.isBinaryExpression(skipParens(node.arguments[0]!)) &&
        (skipParens(node.arguments[0]!) as ts.BinaryExpression).operatorToken.kind === ts.SyntaxKind.SlashToken &&
        isTwo((skipParens(node.arguments[0]!) as ts.BinaryExpression).right));
    if (halves && inLoop(node)) lines.push(sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1);
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return lines;
}

function skipParens(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? skipParens(node.expression) : node;
}

// ---- the checks on small cases ---------------------------------------------

describe('architecture checks: the checkers themselves', () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['no circle', { a: ['b'], b: ['c'], c: [] }, []],
    ['two modules', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['three modules, found from anywhere', { x: ['a'], b: ['c'], c: ['a'], a: ['b'] }, [['a', 'b', 'c']]],
    ['a module importing itself', { a: ['a'] }, [['a']]],
    ['two circles', { a: ['b'], b: ['a', 'c'], c: ['d'], d: ['c'] }, [['a', 'b'], ['c', 'd']]],
  ])('cycles: %s', (_name, graph, expected) => {
    expect(findCycles(new Map(Object.entries(graph)))).toEqual(expected);
  });

  it('reads import, import type and export-from statements, not strings or dynamic imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import data from '../data/x.json';",
      "import ts from 'typescript';",
      "const s = \"import { e } from './e'\";",
      "const lazy = () => import('./f');",
    ].join('\n');
    expect(importSpecifiers({ path: 'src/x.ts', text })).toEqual(['./a', '../b', './c', './d', '../data/x.json', 'typescript']);
  });

  it('resolves relative specifiers to files and folders, and skips packages and data', () => {
    const files = new Set(['src/a.ts', 'src/stages/b/index.ts', 'src/data/x.json']);
    const exists = (p: string): boolean => files.has(p);
    expect(resolveSpecifier('src/stages/c.ts', '../a', exists)).toBe('src/a.ts');
    expect(resolveSpecifier('src/x.ts', './stages/b', exists)).toBe('src/stages/b/index.ts');
    expect(resolveSpecifier('src/x.ts', './data/x.json', exists)).toBeNull();
    expect(resolveSpecifier('src/x.ts', 'zod', exists)).toBeNull();
    expect(resolveSpecifier('src/x.ts', './missing', exists)).toBe('unresolved');
  });

  it('measures every kind of function, named by what holds it', () => {
    const text = [
      'export function declared(): void {', // 1
      '  const arrow = (x: number) => {', // 2
      '    return x;', // 3
      '  };', // 4
      '}', // 5
      'class C {', // 6
      '  constructor() {}', // 7
      '  method(): number {', // 8
      '    return 1;', // 9
      '  }', // 10
      '  get size(): number { return 0; }', // 11
      '}', // 12
      'const stage = { run(doc: unknown) { return doc; }, f: function () {} };', // 13
      '[1].map((n) => n);', // 14
    ].join('\n');
    const spans = functionSpans({ path: 'src/x.ts', text }).map((f) => [f.key.replace('src/x.ts#', ''), f.line, f.lines]);
    expect(spans).toEqual([
      ['declared', 1, 5],
      ['arrow', 2, 3],
      ['constructor', 7, 1],
      ['method', 8, 3],
      ['size', 11, 1],
      ['run', 13, 1],
      ['f', 13, 1],
      ['<anonymous:14>', 14, 1],
    ]);
  });

  it.each<[string, string, number[]]>([
    ['shift in a while loop', 'while (lo < hi) {\n  const mid = (lo + hi) >> 1;\n}', [2]],
    ['unsigned shift in a for loop', 'for (;;) {\n  const mid = (lo + hi) >>> 1;\n}', [2]],
    ['shift-assign in a do loop', 'do {\n  hi >>= 1;\n} while (hi > 0);', [2]],
    ['Math.floor of a half in a loop', 'while (lo < hi) {\n  const mid = Math.floor((lo + hi) / 2);\n}', [2]],
    ['a shift outside any loop', 'const half = n >> 1;', []],
    ['a shift by another amount', 'while (x) {\n  x = x >> 2;\n}', []],
    ['a shift in a function defined inside a loop', 'while (x) {\n  const f = () => n >> 1;\n}', []],
  ])('binary search: %s', (_name, text, lines) => {
    expect(handWrittenBinarySearches({ path: 'src/x.ts', text })).toEqual(lines);
  });
});

// ---- the checks on src/ ----------------------------------------------------

describe('architecture', () => {
  const files = sourceFiles(SRC);
  const known = new Set(files.map((f) => f.path));
  const exists = (path: string): boolean => known.has(path) || existsSync(join(ROOT, path));
  const longFiles = files.filter((f) => lineCount(f.text) > MAX_FILE_LINES).map((f) => ({ what: `${f.path}: ${lineCount(f.text)} lines` }));
  const longFunctions = files
    .flatMap(functionSpans)
    .filter((f) => f.lines > MAX_FUNCTION_LINES)
    .map((f) => ({ what: `${f.key} (line ${f.line}): ${f.lines} lines` }));

  it('reads the whole of src/', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(known.has(SEARCH_MODULE)).toBe(true);
  });

  it('has no import circles in src/', () => {
    const graph = new Map<string, string[]>();
    const unresolved: string[] = [];
    for (const file of files) {
      const targets: string[] = [];
      for (const specifier of importSpecifiers(file)) {
        const target = resolveSpecifier(file.path, specifier, exists);
        if (target === 'unresolved') unresolved.push(`${file.path}: '${specifier}'`);
        else if (target !== null) targets.push(target);
      }
      graph.set(file.path, targets);
    }
    expect(unresolved, 'relative imports that name no file').toEqual([]);
    const cycles = findCycles(graph).map((cycle) => [...cycle, cycle[0]].join(' -> '));
    expect(cycles, 'import circles (each module imports the next)').toEqual([]);
  });

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    expect(longFiles.map((f) => f.what)).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(longFunctions.map((f) => f.what)).toEqual([]);
  });

  it(`writes a binary search out only in ${SEARCH_MODULE} (use firstNotBefore)`, () => {
    const found = files
      .filter((f) => f.path !== SEARCH_MODULE)
      .flatMap((f) => handWrittenBinarySearches(f).map((line) => `${f.path}:${line}`));
    expect(found).toEqual([]);
    expect(handWrittenBinarySearches(files.find((f) => f.path === SEARCH_MODULE)!)).not.toEqual([]);
  });
});
