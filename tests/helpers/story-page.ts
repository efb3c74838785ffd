import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBriefing, mergeBriefings, renderStoryHtml, type Story, type StoryViewArticle } from '../../src/index';
import { FIXTURES_DIR } from './golden';

/** The seeds are one story told by three outlets; their publication dates as in tests/story.test.ts. */
const SEEDS: Array<[string, string, string]> = [
  ['000', '000_7e900412ea3fc38b.txt', '2022-11-13'],
  ['001', '001_8f0d947e317f6e2e.txt', '2022-11-12'],
  ['003', '003_0652192402b9b5df.txt', '2022-01-20'],
];

export interface StoryPage {
  articles: StoryViewArticle[];
  story: Story;
  html: string;
}

/** The seeds' story and its HTML view. */
export function seedStoryPage(): StoryPage {
  const articles = SEEDS.map(([id, file, publishedAt]) => {
    const input = readFileSync(join(FIXTURES_DIR, file), 'utf8');
    return { id, input, briefing: extractBriefing(input, { publishedAt }) };
  });
  const story = mergeBriefings(articles.map((a) => ({ ...a, text: a.input })));
  return { articles, story, html: renderStoryHtml(story, articles) };
}
