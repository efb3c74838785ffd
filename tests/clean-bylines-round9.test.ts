import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const story =
  'Toyota Motor Corp will invest $4 billion in a battery plant near Greensboro, North Carolina, the Japanese carmaker said on Wednesday.\n\n' +
  'The plant will make cells from 2027, chief executive Ted Ogawa said.\n';

function briefingWith(header: string) {
  return extractBriefing(`Toyota to build battery plant\n\n${header}\n\n${story}`);
}

describe('bylines under a headline', () => {
  it('reads a byline naming its outlet as a byline, the outlet as publisher', () => {
    const b = briefingWith('Published 9:42 AM EST, Wed March 5, 2025\nBy Hiroshi Tanaka, Bloomberg');
    expect(b.body.removed.map((r) => r.reason)).not.toContain('photo-caption');
    expect(b.source.credits.map((c) => c.name)).toEqual(['Hiroshi Tanaka']);
    expect(b.source.publisher).toBe('Bloomberg');
  });

  it('keeps a role after the names out of the authors', () => {
    const b = briefingWith('By Hiroshi Tanaka, Chief Correspondent');
    expect(b.source.credits.map((c) => c.name)).toEqual(['Hiroshi Tanaka']);
  });

  it('takes a byline of three names joined by commas and "and" out of the story', () => {
    const b = briefingWith('By Hiroshi Tanaka, Ann Lee and Bob Stone');
    expect(b.body.removed.map((r) => r.reason)).toEqual(['byline']);
    expect(b.source.credits.map((c) => c.name)).toEqual(['Hiroshi Tanaka', 'Ann Lee', 'Bob Stone']);
    expect(b.entities.map((e) => e.name)).not.toContain('Ann Lee');
  });

  it('still reads a photo credit naming an agency', () => {
    const b = briefingWith('Hiroshi Tanaka, Bloomberg');
    expect(b.body.removed.map((r) => r.reason)).toContain('photo-caption');
  });
});

describe('a byline saying where it was written', () => {
  it('takes "By Simon Burnton at the Etihad Stadium" out of the story, crediting the writer', () => {
    const b = extractBriefing(
      'Haaland hat-trick sends City top\n\nBy Simon Burnton at the Etihad Stadium\n\nErling Haaland scored a second-half hat-trick as Manchester City beat Tottenham Hotspur 4-1 on Saturday.\n\nHaaland struck in the 51st minute.\n',
    );
    expect(b.body.removed.map((r) => r.reason)).toEqual(['byline']);
    expect(b.source.credits.map((c) => c.name)).toEqual(['Simon Burnton']);
    expect(b.entities.map((e) => e.name)).not.toContain('Simon Burnton');
  });
});

// "By Amina Qureshi | Islamabad": a byline followed by where it was filed is a credit, not story text
describe('a byline with the place it was filed from after a separator', () => {
  it.each([
    ['By Amina Qureshi | Islamabad', 'Amina Qureshi'],
    ['By Jane Roe — Washington', 'Jane Roe'],
    ['By Ann Lee | Staff Writer', 'Ann Lee'],
  ])('%s is removed as a byline crediting %s', (header, name) => {
    const b = briefingWith(header);
    expect(b.body.removed.map((r) => r.reason)).toEqual(['byline']);
    expect(b.source.credits.map((c) => c.name)).toEqual([name]);
    expect(b.entities.map((e) => e.name)).not.toContain(name);
  });

  it('keeps a story line with a separator that only looks like one', () => {
    const b = briefingWith('By Land | the long road north to the coast');
    expect(b.body.removed.map((r) => r.reason)).not.toContain('byline');
  });
});

describe('a role after the byline names is no author', () => {
  it.each([
    ['By Tomasz Wierzbicki, Health and Science Editor', ['Tomasz Wierzbicki']],
    ['By Tomasz Wierzbicki,\u00a0Health and Science Editor', ['Tomasz Wierzbicki']],
    ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['By Jane Roe, John Doe and Ann Lee', ['Jane Roe', 'John Doe', 'Ann Lee']],
  ])('%s', (byline, names) => {
    const text = `Daily walk linked to lower dementia risk\n\n${byline}\n\nPeople who walk about 7,000 steps a day have a lower risk of dementia, a study found.`;
    expect(extractBriefing(text).source.credits.filter((c) => c.role === 'author').map((c) => c.name)).toEqual(names);
  });
});
