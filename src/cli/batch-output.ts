import { appendFileSync, closeSync, createWriteStream, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/**
 * Where JSONL results go: standard output, or a file appended to. Writes
 * wait for the stream to drain (memory stays flat on a slow disk or pipe);
 * `closed` turns true when the reader went away (EPIPE, e.g. `| head -1`).
 */
export interface BatchOutput {
  write(line: string): Promise<void>;
  end(): Promise<void>;
  readonly closed: boolean;
}

export function openOutput(file: string | undefined): BatchOutput {
  if (file && existsSync(file) && !endsWithNewline(file)) {
    // a run killed mid-line left half a record: start on a fresh line (the half line is skipped on resume)
    appendFileSync(file, '\n');
  }
  const stream: NodeJS.WritableStream = file ? createWriteStream(file, { flags: 'a' }) : process.stdout;
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`newsbrief: cannot write ${file ?? 'standard output'}: ${error.message}\n`);
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    write(line) {
      if (closed) return Promise.resolve();
      if (stream.write(`${line}\n`)) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    },
    end() {
      if (!file || closed) return Promise.resolve();
      return new Promise((resolve) => stream.end(resolve));
    },
  };
}

/** The ids already in an output file (briefings and errors alike), for --output resume. */
export function idsInOutput(file: string | undefined): Set<string> {
  const ids = new Set<string>();
  if (!file || !existsSync(file)) return ids;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const record = JSON.parse(line) as { id?: unknown };
      if (record.id !== undefined) ids.add(idKey(record.id));
    } catch {
      // a half-written last line from an interrupted run: that article runs again
    }
  }
  return ids;
}

/** Ids compare as JSON, so the string "7" and the number 7 stay distinct. */
export function idKey(id: unknown): string {
  return JSON.stringify(id);
}

function endsWithNewline(file: string): boolean {
  const size = statSync(file).size;
  if (size === 0) return true;
  const fd = openSync(file, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
