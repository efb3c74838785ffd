/**
 * Builds src/data/entities/news-outlets.json: the newspapers, magazines, broadcasters and news sites English news
 * copy cites by name ("told the Daily Beast", "according to Variety", "NME said"), for entity pass 165
 * (outlets-by-cues). The names below are hand-listed mastheads, as each outlet writes its own name: the national
 * and largest regional daily newspapers of the United States, Britain, Ireland, Canada, Australia, New Zealand,
 * India and other English-language presses, the broadcasters and cable networks, news magazines, trade and
 * entertainment magazines, and news and opinion sites. No name comes from the evaluation data. A name written with
 * "The" is matched only after "the"/"The" ("The Hill", "The Atlantic", "The Ledger"). Left out: "The Nation", which a
 * speech writes for the country ("as I told the Nation", GUM train), and "The State" and "The National", which name
 * a government and a body's first word as often.
 *
 * What this script decides, reproducibly: which names may be spread from a cited mention to the article's other
 * mentions (`names`) and which count only where cited (`citedOnly`). A name is cited-only when it reads as
 * something else: one word (without its "The") that is a common English word in SUBTLEX-US (common-words.json:
 * "Hill", "Guardian"), a given or family name of the gazetteer, or a known place ("Atlantic"). A bare one-word
 * name (no "The") that is a given name ("Dawn", "Elle") or a family name (the gazetteer's, and "Forbes"
 * hand-listed: the gazetteer lacks it) is cited only strongly (`citedStrongly`); one that is a common word
 * ("Variety", "Time", "People", "Billboard") only by the words before it or an outlet noun (`citedBeforeOnly`); an
 * acronym in capitals ("ANI", "STAT") is neither.
 *
 *   npx tsx scripts/build-news-outlets.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCommonWord } from '../src/nlp/common-words';
import { isFamilyName, isGivenName, placeKind } from '../src/stages/entities/gazetteer';

const mastheads: Record<string, string[]> = {
  'US newspapers': [
    'New York Times', 'Wall Street Journal', 'USA Today', 'Washington Times', 'New York Post', 'New York Daily News',
    'Newsday', 'Chicago Tribune', 'Chicago Sun-Times', 'Boston Globe', 'Boston Herald', 'Miami Herald',
    'Houston Chronicle', 'San Francisco Chronicle', 'Dallas Morning News', 'Philadelphia Inquirer', 'Star Tribune',
    'Denver Post', 'Seattle Times', 'Arizona Republic', 'Atlanta Journal-Constitution', 'Tampa Bay Times',
    'Orlando Sentinel', 'Des Moines Register', 'Detroit Free Press', 'Detroit News', 'Las Vegas Sun',
    'Las Vegas Review-Journal', 'San Diego Union-Tribune', 'Sacramento Bee', 'Baltimore Sun', 'Oregonian',
    'Plain Dealer', 'Star-Ledger', 'Kansas City Star', 'St. Louis Post-Dispatch', 'Milwaukee Journal Sentinel',
    'Pittsburgh Post-Gazette', 'Charlotte Observer', 'Spokesman-Review', 'Salt Lake Tribune', 'Deseret News',
    'Austin American-Statesman', 'Texas Tribune', 'Hartford Courant', 'Union Leader', 'Post and Courier',
    'Times-Picayune', 'Honolulu Star-Advertiser', 'Anchorage Daily News', 'Christian Science Monitor',
    'The Ledger', 'The Oklahoman', 'The Tennessean', 'The Star',
  ],
  'British and Irish newspapers': [
    'Financial Times', 'Daily Mirror', 'Daily Express', 'Daily Star', 'Sunday Times', 'Mail on Sunday',
    'Evening Standard', 'London Evening Standard', 'Morning Star', 'Yorkshire Post', 'Manchester Evening News',
    'Liverpool Echo', 'Birmingham Mail', 'Belfast Telegraph', 'Irish News', 'Irish Independent', 'Irish Examiner',
    'Daily Record', 'The Herald', 'The Scotsman', 'The Sun', 'The Times', 'The Guardian',
    'The Observer', 'The Independent', 'The Telegraph', 'The Mirror',
  ],
  'other English-language newspapers': [
    'National Post', 'Toronto Star', 'Ottawa Citizen', 'Montreal Gazette', 'Vancouver Sun', 'The Australian',
    'The Age', 'Herald Sun', 'Daily Telegraph', 'Courier-Mail', 'Australian Financial Review', 'New Zealand Herald',
    'The Hindu', 'Indian Express', 'Economic Times', 'Deccan Herald', 'Dawn',
    'Daily Nation', 'Mail & Guardian', 'Business Day', 'Premium Times', 'Punch', 'Vanguard',
    'Philippine Star', 'Philippine Daily Inquirer', 'Manila Bulletin', 'Korea Herald', 'Korea Times',
    'Japan Times', 'Taipei Times', 'China Daily', 'Gulf News', 'Khaleej Times', 'Arab News', 'Daily Sabah',
    'Kyiv Independent', 'Kyiv Post', 'Moscow Times',
  ],
  'broadcasters and networks': [
    'CNN', 'CNBC', 'MSNBC', 'NPR', 'PBS', 'C-SPAN', 'NBC', 'CBS', 'ABC', 'Fox Business', 'Fox Business Network',
    'Fox News Channel', 'Fox News Sunday', 'Newsmax', 'One America News', 'OANN', 'Univision', 'Telemundo',
    'Sirius XM', 'SiriusXM', 'BBC', 'BBC News', 'ITV', 'ITV News', 'Channel 4 News', 'GB News', 'LBC', 'RTE',
    'CBC', 'CBC News', 'CTV', 'CTV News', 'Global News', 'ABC News', 'SBS', 'RNZ', 'NDTV', 'Al Jazeera', 'RT',
    'Sputnik', 'Deutsche Welle', 'DW', 'France 24', 'Euronews', 'Voice of America', 'Radio Free Europe',
    'RFE/RL', 'TMZ', 'NowThis', 'Bloomberg TV', 'Bloomberg Television', 'WNYC',
  ],
  'news agencies': [
    'Associated Press', 'AP', 'Reuters', 'AFP', 'Agence France-Presse', 'UPI', 'United Press International',
    'Bloomberg News', 'Dow Jones Newswires', 'Xinhua', 'TASS', 'Interfax', 'Yonhap', 'Kyodo', 'ANSA', 'EFE', 'dpa',
    'Press Association', 'PA Media', 'Canadian Press', 'Australian Associated Press', 'Press Trust of India', 'ANI',
  ],
  'magazines': [
    'Newsweek', 'Time', 'Forbes', 'Fortune', 'The Economist', 'The Atlantic', 'The New Yorker', 'New Yorker',
    'New York Magazine', 'Vanity Fair', 'Rolling Stone', 'Billboard', 'Variety', 'The Hollywood Reporter',
    'Hollywood Reporter', 'Deadline', 'Entertainment Weekly', 'People', 'Us Weekly', 'NME', 'Kerrang', 'Pitchfork',
    'Wired', 'Mother Jones', 'National Review', 'The New Republic', 'New Republic', 'The Spectator',
    'New Statesman', 'Private Eye', 'The Week', 'Harper’s', "Harper's", 'Harper’s Bazaar', "Harper's Bazaar",
    'Vogue', 'Teen Vogue', 'Elle', 'GQ', 'Esquire', 'Cosmopolitan', 'Playboy', 'Bustle', 'Refinery29',
    'Weekly Standard', 'The Weekly Standard', 'American Conservative', 'The American Conservative', 'Reason',
    'Barron’s', "Barron's", 'Foreign Policy', 'Foreign Affairs', 'Scientific American', 'Nature', 'Science',
    'The Lancet', 'Sports Illustrated', 'ESPN The Magazine', 'Der Spiegel', 'Maclean’s', "Maclean's",
    // trade press wire copy cites for shipping, insurance and energy
    'Lloyd’s List', "Lloyd's List", 'TradeWinds', 'Platts', 'Argus Media',
  ],
  'news and opinion sites': [
    'Politico', 'Axios', 'The Hill', 'Roll Call', 'Daily Beast', 'The Daily Beast', 'Daily Caller',
    'The Daily Caller', 'Daily Wire', 'The Daily Wire', 'Daily Signal', 'Daily Kos', 'BuzzFeed', 'BuzzFeed News',
    'HuffPost', 'HuffPo', 'Huffington Post', 'The Huffington Post', 'Vox', 'Slate', 'Salon', 'The Intercept',
    'ProPublica', 'Breitbart', 'Breitbart News', 'The Blaze', 'TheBlaze', 'The Federalist', 'Washington Examiner',
    'Washington Free Beacon', 'Free Beacon', 'Talking Points Memo', 'Raw Story', 'Mediaite', 'Drudge Report',
    'Infowars', 'Townhall', 'RedState', 'RealClearPolitics', 'Real Clear Politics', 'FiveThirtyEight',
    'Business Insider', 'Insider', 'MarketWatch', 'Quartz', 'Semafor', 'Punchbowl News', 'Vice', 'Vice News',
    'The Verge', 'TechCrunch', 'Engadget', 'Ars Technica', 'Gizmodo', 'Mashable', 'Recode', 'CNET', 'ZDNet',
    'Yahoo News', 'Yahoo Finance', 'Al-Monitor', 'Middle East Eye', 'Rappler', 'Western Journalism',
    'Factcheck.org', 'FactCheck.org', 'PolitiFact', 'Snopes', 'Kaiser Health News', 'KFF Health News', 'STAT',
    'Stat News', 'Bellingcat', 'The Conversation', 'Grist', 'Deadspin', 'The Athletic', 'Bleacher Report',
    'AZCentral', 'Newsmax', 'Fusion', 'Jezebel', 'Gawker', 'Bloomberg Businessweek', 'Businessweek',
  ],
};

/**
 * Family names the gazetteer does not list that are also mastheads: "Forbes" (Steve Forbes, Kate Forbes). Hand-listed.
 */
const alsoPersonNames = ['Forbes'];

/** A bare one-word name (no "The"; an acronym in capitals, "ANI", "STAT", reads as no word and no person). */
const bareWord = (name: string): boolean => !name.startsWith('The ') && !name.includes(' ') && !/^[A-Z0-9]+$/.test(name);

/** A bare one-word name that is also a person's given or family name ("Dawn", "Elle", "Forbes"). */
function readsAsPerson(name: string): boolean {
  const lower = name.toLowerCase();
  return bareWord(name) && (alsoPersonNames.includes(name) || isGivenName(lower) || isFamilyName(lower));
}

/**
 * A name that reads as something else is trusted only where it is cited (`citedOnly`). A bare one-word name that is
 * also a given or family name only where strongly cited (`citedStrongly`: "the" before it, an outlet noun after it,
 * or a strong cue before it): "told Dawn", "Dawn reported" name a person as often. A bare one-word name that is a
 * common word is cited by the words before it ("told Variety", "told People") but not by a bare report after it
 * (`citedBeforeOnly`): "People reported feeling dizzy" opens a sentence with the word.
 */
function group(name: string): 'names' | 'citedOnly' | 'citedStrongly' | 'citedBeforeOnly' {
  const bare = name.replace(/^The /, '');
  if (readsAsPerson(name)) return 'citedStrongly';
  if (bareWord(name) && isCommonWord(name.toLowerCase())) return 'citedBeforeOnly';
  if (placeKind(bare) !== null) return 'citedOnly';
  if (bare.includes(' ')) return 'names';
  const lower = bare.toLowerCase();
  return isCommonWord(lower) || isGivenName(lower) || isFamilyName(lower) ? 'citedOnly' : 'names';
}

/**
 * Mastheads that read as nothing but the outlet, which entity pass 43 (add-listed-organizations) adds wherever they
 * are written, cited or not (`listedBare`; a "The" name with its "The" and without it: "The Lancet", "Lancet"). This
 * file owns them: news-organizations.json, whose names pass 43 reads too, no longer repeats them. Hand-listed: the
 * outlets the probe rounds found the tagger missing uncited ("Politico's analysis", "a Rolling Stone list").
 */
const listedBare = ['Axios', 'Politico', 'Rolling Stone', 'The Lancet'];

// what cites an outlet: the words right before its name (a "the" between them is skipped), and right after it
const cuesBefore = [
  'told', 'telling', 'according to', 'interview with', 'interview on', 'said on', 'speaking on', 'interviewed by', 'spoke to', 'speaking to', 'talking to', 'wrote in',
  'wrote for', 'writing in', 'writing for', 'op-ed in', 'op-ed for', 'column in', 'column for', 'reported by',
  'published by', 'appeared in', 'appearing on', 'appeared on',
];
// "said" and "says" only for names that read as nothing else: "Forbes said" may be Steve Forbes
const cuesAfter = ['reported', 'reports', 'wrote', 'writes', 'revealed', 'reveals', 'published', 'first reported'];
const cuesAfterForNames = ['said', 'says'];
// the cues before a name of citedStrongly that only an outlet takes: one is cited or written in, not told
const strongCuesBefore = ['according to', 'wrote in', 'wrote for', 'writing in', 'writing for', 'op-ed in', 'op-ed for', 'column in', 'column for'];
// after a bare name that reads as something else only these say it is an outlet ("Time magazine"; not "Science writer")
const outletNouns = ['magazine', 'newspaper'];
// the "versus" of a case's name after an outlet's word: "People v. Smith" is a case, no outlet
const caseVersus = ['v', 'v.', 'vs', 'vs.'];
// a newsroom's people and work right after the name or its possessive: "Breitbart reporter", "ABC moderator", "a Des
// Moines Register poll", "HuffPost's analysis", "Sirius XM's show"
const newsroomNouns = [
  'reporter', 'reporters', 'editor', 'editors', 'writer', 'writers', 'columnist', 'columnists', 'correspondent',
  'correspondents', 'anchor', 'host', 'moderator', 'journalist', 'journalists', 'contributor', 'interview',
  'interviews', 'poll', 'polls', 'affiliate', 'reporting', 'profile', 'podcast', 'op-ed', 'editorial', 'analysis',
  'magazine', 'newspaper', 'network', 'website', 'broadcast',
];

const all = [...new Set(Object.values(mastheads).flat())].sort();
const out = {
  _comment:
    'Newspapers, magazines, broadcasters, agencies and news sites English news copy cites by name, hand-listed mastheads (scripts/build-news-outlets.ts, which says which), for entity pass 165 (outlets-by-cues): an outlet told, cited, written in or reporting is an organization. "The X" matches only after "the". names: also spread to the article\'s other mentions; citedOnly: a "The" name whose word is also a common English word (SUBTLEX-US), a given or family name or a place ("The Atlantic", "The Hill"), or a place: an organization only where cited; citedStrongly: a bare one word that is also a given or family name ("Dawn", "Elle", "Forbes"): an organization only after "the", before a noun of outletNouns, or after one of strongCuesBefore, never on a bare "told" or "X reported"; citedBeforeOnly: a bare one word that is also a common word ("Variety", "People"): cited by cuesBefore ("told Variety") or an outlet noun, not by a bare "X reported" after it ("People reported feeling dizzy"). cuesBefore: the words before a cited name (a "the" between them is skipped); cuesAfter: the words after it; cuesAfterForNames: after a name of names only; newsroomNouns: after the name or its possessive; listedBare: mastheads that read as nothing else, which pass 43 (add-listed-organizations) adds wherever written, cited or not (a \"The\" name also without it).',
  cuesBefore,
  cuesAfter,
  cuesAfterForNames,
  newsroomNouns,
  strongCuesBefore,
  outletNouns,
  caseVersus,
  names: all.filter((n) => group(n) === 'names'),
  citedOnly: all.filter((n) => group(n) === 'citedOnly'),
  citedStrongly: all.filter((n) => group(n) === 'citedStrongly'),
  citedBeforeOnly: all.filter((n) => group(n) === 'citedBeforeOnly'),
  listedBare: listedBare.flatMap((n) => (n.startsWith('The ') ? [n, n.slice(4)] : [n])),
};
for (const n of listedBare) if (!all.includes(n)) throw new Error(`listedBare: ${n} is no masthead of the lists above`);
writeFileSync(resolve(import.meta.dirname, '../src/data/entities/news-outlets.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${out.names.length} names, ${out.citedOnly.length} cited only: ${out.citedOnly.join(', ')}; ${out.citedStrongly.length} cited strongly only: ${out.citedStrongly.join(', ')}; ${out.citedBeforeOnly.length} cited before only: ${out.citedBeforeOnly.join(', ')}`);
