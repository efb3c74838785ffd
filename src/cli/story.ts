import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractBriefing, mergeBriefings, NewsbriefError, renderStoryHtml, type StoryViewArticle } from '../index';
import { storyToMarkdown } from './story-markdown';
import { type Command, parseCommand, usageError } from './args';

const STORY_USAGE = `Usage: newsbrief story [options] <file> <file...>

Merges articles on one story: the people once, each statement with the
outlets that reported it, the events on one timeline, and where they disagree.
An article's id is its file name without the extension ("a" for a.txt).

Options:
  -f, --format <json|markdown|html> output format (default: json); html is one self-contained page
  -p, --published <id=YYYY-MM-DD> an article's publication date; repeat per article
      --html                     treat every input as HTML (auto-detected for .html files)
  -h, --help                     show this help

Exit codes: 0 ok, 1 an input could not be processed, 2 bad usage.`;

const COMMAND: Command = { name: 'newsbrief story', usage: STORY_USAGE };

/** `newsbrief story ...`: returns the exit code. */
export function storyMain(argv: string[]): number {
  const parsed = parseCommand(COMMAND, {
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      published: { type: 'string', short: 'p', multiple: true, default: [] },
      html: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(COMMAND, 'no input file given');
  if (!['json', 'markdown', 'html'].includes(values.format)) return usageError(COMMAND, `unknown format "${values.format}" (use json, markdown or html)`);
  const ids = positionals.map(articleId);
  if (new Set(ids).size !== ids.length) return usageError(COMMAND, 'two input files have the same name; article ids come from file names');
  const published = new Map<string, string>();
  for (const entry of values.published) {
    const m = /^(.+)=(\d{4}-\d{2}-\d{2})$/.exec(entry);
    if (!m) return usageError(COMMAND, `--published must look like a=2022-11-13, got "${entry}"`);
    const id = ids.includes(m[1]!) ? m[1]! : articleId(m[1]!);
    if (!ids.includes(id)) return usageError(COMMAND, `--published names "${m[1]}", which is none of the input files`);
    published.set(id, m[2]!);
  }

  // text only for plain-text input: the checks that read between items need the words the spans index into
  const articles: Array<StoryViewArticle & { text?: string }> = [];
  let failures = 0;
  for (const [i, file] of positionals.entries()) {
    const id = ids[i]!;
    try {
      const text = readFileSync(file, 'utf8');
      const html = values.html || ['.html', '.htm'].includes(extname(file).toLowerCase());
      const date = published.get(id);
      const briefing = extractBriefing(text, { ...(date ? { publishedAt: date } : {}), format: html ? 'html' : 'auto' });
      articles.push(html ? { id, briefing, input: text } : { id, briefing, text, input: text });
    } catch (error) {
      failures++;
      const message = error instanceof NewsbriefError ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      process.stderr.write(`newsbrief: ${file}: ${message}\n`);
    }
  }
  if (articles.length === 0) return 1;
  const story = mergeBriefings(articles);
  const output = { json: () => `${JSON.stringify(story, null, 2)}\n`, markdown: () => storyToMarkdown(story), html: () => renderStoryHtml(story, articles) };
  process.stdout.write(output[values.format as keyof typeof output]());
  return failures > 0 ? 1 : 0;
}

/** "fixtures/000_abc.txt" -> "000_abc" */
function articleId(file: string): string {
  return basename(file, extname(file));
}

