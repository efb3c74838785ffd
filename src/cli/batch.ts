import { type BatchProgress, type BatchResult, extractBriefings } from '../index';
import { type BatchArticle, batchSource } from './batch-inputs';
import { type BatchOutput, idKey, idsInOutput, openOutput } from './batch-output';
import { progressBar } from './progress-bar';
import { type Command, parseCommand, usageError } from './args';

const BATCH_USAGE = `Usage: newsbrief batch [options] [input...]

Briefings for many articles, one JSON line each: {"id", "briefing"} or {"id", "error"}.
Inputs: article files (the path is the id), folders (every .txt/.md/.html and .jsonl file in
them), .jsonl files and, with - or no input, JSONL on standard input; a JSONL line is
{"id": "...", "text": "...", "publishedAt": "YYYY-MM-DD"} (id and publishedAt optional).

Options:
  -o, --output <file>           append results to this file; ids already in it are skipped (resume)
  -c, --concurrency <n>         worker threads (default: the number of CPU cores)
  -p, --published <YYYY-MM-DD>  publication date for inputs that give none
      --no-progress             no progress bar (it is shown only when standard error is a terminal)
  -h, --help                    show this help

Exit codes: 0 all done, 1 some articles failed, 2 bad usage, 130 interrupted (rerun with the same --output to resume).`;

const COMMAND: Command = { name: 'newsbrief batch', usage: BATCH_USAGE };

interface BatchCliOptions {
  output: string | undefined;
  concurrency: number | undefined;
  published: string | undefined;
  progress: boolean;
  operands: string[];
}

/** `newsbrief batch`: returns the exit code. */
export async function runBatchCli(argv: string[]): Promise<number> {
  const options = parseBatchArgs(argv);
  if (typeof options === 'number') return options;
  let source;
  try {
    source = batchSource(options.operands);
  } catch (error) {
    return usageError(COMMAND, (error as Error).message);
  }
  const done = idsInOutput(options.output);
  const output = openOutput(options.output);
  const stopper = interruptHandler();
  const bar = options.progress && process.stderr.isTTY ? progressBar(process.stderr, source.totalBytes, done.size) : null;
  let last: BatchProgress = { done: 0, failed: 0, bytes: 0, elapsedMs: 0 };
  let skipped = 0;
  const written = { done: 0, failed: 0 };
  const pending = skipDone(source.articles, done, () => skipped++);
  try {
    const results = extractBriefings(pending, {
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.published ? { publishedAt: options.published } : {}),
      onProgress: (p) => {
        last = p;
        bar?.update(p);
      },
    });
    for await (const result of results) {
      await output.write(resultLine(result));
      written.done++;
      if (result.error) written.failed++;
      if (output.closed || stopper.interrupted) break;
    }
  } catch (error) {
    bar?.clear();
    process.stderr.write(`newsbrief: ${(error as Error).message}\n`);
    return 2;
  } finally {
    stopper.remove();
    await output.end();
  }
  bar?.finish(last);
  bar?.clear();
  return summary({ ...last, ...written }, skipped, output, stopper.interrupted, options.output);
}

/** The closing line on standard error (terminal or interrupted only) and the exit code; counts are of results written. */
function summary(last: BatchProgress, skipped: number, output: BatchOutput, interrupted: boolean, file: string | undefined): number {
  if (output.closed && !interrupted) return 0; // the reader left (| head): not an error
  const mb = last.bytes / 1e6;
  const rate = last.elapsedMs > 0 ? mb / (last.elapsedMs / 1000) : 0;
  const parts = [`${last.done} articles written`, `${last.failed} failed`, `${mb.toFixed(2)} MB read at ${rate.toFixed(2)} MB/s`];
  if (skipped) parts.push(`${skipped} already in ${file}`);
  if (process.stderr.isTTY || interrupted) process.stderr.write(`newsbrief: ${parts.join(', ')}\n`);
  if (interrupted) {
    process.stderr.write(file ? `newsbrief: interrupted; rerun with --output ${file} to go on\n` : 'newsbrief: interrupted\n');
    return 130;
  }
  return last.failed > 0 ? 1 : 0;
}

function resultLine(result: BatchResult): string {
  if (result.briefing) return JSON.stringify({ id: result.id, briefing: result.briefing });
  return JSON.stringify({ id: result.id, error: { code: result.error.code, message: result.error.message } });
}

async function* skipDone(articles: AsyncIterable<BatchArticle>, done: Set<string>, onSkip: () => void): AsyncGenerator<BatchArticle> {
  for await (const article of articles) {
    if (done.has(idKey(article.id))) onSkip();
    else yield article;
  }
}

/** The first Ctrl-C stops cleanly after the article being written; a second one exits at once. */
function interruptHandler() {
  const state = { interrupted: false, remove: () => {} };
  const onSignal = () => {
    if (state.interrupted) process.exit(130);
    state.interrupted = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  state.remove = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  return state;
}

function parseBatchArgs(argv: string[]): BatchCliOptions | number {
  const parsed = parseCommand(COMMAND, {
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      output: { type: 'string', short: 'o' },
      concurrency: { type: 'string', short: 'c' },
      published: { type: 'string', short: 'p' },
      progress: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    return usageError(COMMAND, `--concurrency must be a whole number of at least 1, got "${values.concurrency}"`);
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    return usageError(COMMAND, `--published must look like 2022-11-13, got "${values.published}"`);
  }
  return { output: values.output, concurrency, published: values.published, progress: values.progress, operands: positionals };
}

