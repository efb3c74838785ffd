import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BatchInput } from '../index';

/** The articles a batch reads, and their total size when it is known in advance (for the ETA). */
export interface BatchSource {
  articles: AsyncIterable<BatchArticle>;
  totalBytes: number | null;
}

export type BatchArticle = Exclude<BatchInput, string> & { id: string | number };

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm']);

/**
 * Articles from the command line's operands: a .jsonl file (one
 * `{ "id", "text", "publishedAt"? }` per line), an article file (its path is its
 * id), a folder (every article and .jsonl file under it, sorted), or `-` / no
 * operand for JSONL on standard input. Read lazily: a huge folder or file is
 * never held in memory at once.
 */
export function batchSource(operands: string[]): BatchSource {
  if (operands.length === 0 || (operands.length === 1 && operands[0] === '-')) {
    return { articles: jsonlLines(createReadStream('', { fd: 0 }), 'stdin'), totalBytes: null };
  }
  const files = operands.flatMap((operand) => (operand !== '-' && statSync(operand).isDirectory() ? folderFiles(operand) : [operand]));
  const totalBytes = files.includes('-') ? null : files.reduce((sum, f) => sum + statSync(f).size, 0);
  return { articles: fromFiles(files), totalBytes };
}

async function* fromFiles(files: string[]): AsyncGenerator<BatchArticle> {
  for (const file of files) {
    if (file === '-') yield* jsonlLines(createReadStream('', { fd: 0 }), 'stdin');
    else if (extname(file).toLowerCase() === '.jsonl') yield* jsonlLines(createReadStream(file), file);
    else yield { id: file, text: readFileSync(file, 'utf8') };
  }
}

function folderFiles(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[])
    .map((name) => join(folder, name))
    .filter((path) => {
      const ext = extname(path).toLowerCase();
      return (ARTICLE_EXTENSIONS.has(ext) || ext === '.jsonl') && statSync(path).isFile();
    })
    .sort();
}

/**
 * One article per JSONL line. A line that is not a JSON object with a text
 * string still yields an article (with no text), so the batch reports it as
 * an error under its line's id instead of dropping it silently.
 */
async function* jsonlLines(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<BatchArticle> {
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : `${name}:${line}`;
    const publishedAt = typeof record.publishedAt === 'string' ? { publishedAt: record.publishedAt } : {};
    yield { id, text: record.text as string, ...publishedAt };
  }
}
