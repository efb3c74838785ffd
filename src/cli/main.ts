import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { extractBriefing, NewsbriefError, renderBriefingHtml } from '../index';
import { toMarkdown } from './markdown';
import { storyMain } from './story';
import { runBatchCli } from './batch';
import { version } from '../../package.json';
import { type Command, parseCommand, usageError } from './args';

const USAGE = `Usage: newsbrief [options] <file...>   (use - to read standard input)

Turns English news articles into briefings: entities, quotes, events, times.

       newsbrief story [options] <file...>   (several articles on one story; newsbrief story --help)

Options:
  -f, --format <json|markdown|html>  output format (default: json); html: one self-contained page, one file at a time
  -p, --published <YYYY-MM-DD>  publication date, anchors "on Friday", "last year"
      --html                    treat the input as HTML (auto-detected for .html files)
  -v, --version                 print the version
  -h, --help                    show this help

       newsbrief batch [options] [input...]   many articles to JSONL, on worker threads (see newsbrief batch --help)

Exit codes: 0 ok, 1 an input could not be processed, 2 bad usage.`;

const COMMAND: Command = { name: 'newsbrief', usage: USAGE };

function main(argv: string[]): number {
  const parsed = parseCommand(COMMAND, {
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      published: { type: 'string', short: 'p' },
      html: { type: 'boolean', default: false },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (positionals.length === 0) return usageError(COMMAND, 'no input file given');
  if (values.format !== 'json' && values.format !== 'markdown' && values.format !== 'html') {
    return usageError(COMMAND, `unknown format "${values.format}" (use json, markdown or html)`);
  }
  if (values.format === 'html' && positionals.length > 1) return usageError(COMMAND, '--format html renders one file at a time');
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    return usageError(COMMAND, `--published must look like 2022-11-13, got "${values.published}"`);
  }

  let failures = 0;
  const outputs: string[] = [];
  const briefings: unknown[] = [];
  for (const file of positionals) {
    const input = readInput(file);
    if (input === null) {
      failures++;
      continue;
    }
    const html = values.html || ['.html', '.htm'].includes(extname(file).toLowerCase());
    try {
      const briefing = extractBriefing(input, {
        ...(values.published ? { publishedAt: values.published } : {}),
        format: html ? 'html' : 'auto',
      });
      if (values.format === 'markdown') outputs.push(toMarkdown(briefing));
      else if (values.format === 'html') outputs.push(renderBriefingHtml(briefing, input));
      else briefings.push(positionals.length > 1 ? { file, briefing } : briefing);
    } catch (error) {
      failures++;
      const message = error instanceof NewsbriefError ? error.message : `unexpected failure: ${String(error)}`;
      process.stderr.write(`newsbrief: ${file}: ${message}\n`);
    }
  }
  if (values.format === 'markdown') process.stdout.write(outputs.join('\n---\n\n'));
  else if (values.format === 'html') process.stdout.write(outputs.join(''));
  else if (briefings.length > 0) {
    const value = positionals.length > 1 ? briefings : briefings[0];
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  return failures > 0 ? 1 : 0;
}

function readInput(file: string): string | null {
  try {
    if (file === '-') return readFileSync(0, 'utf8');
    if (statSync(file).isDirectory()) {
      process.stderr.write(`newsbrief: ${file}: is a directory; pass the article files inside it\n`);
      return null;
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    process.stderr.write(`newsbrief: ${file}: ${reason}\n`);
    return null;
  }
}


const args = process.argv.slice(2);
// `newsbrief batch ...` (src/cli/batch.ts) and `newsbrief story a.txt b.txt` (src/cli/story.ts); else one article at a time
if (args[0] === 'batch') void runBatchCli(args.slice(1)).then((code) => (process.exitCode = code));
else process.exitCode = args[0] === 'story' ? storyMain(args.slice(1)) : main(args);
