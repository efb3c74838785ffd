import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

function speakers(body: string): Array<string | null> {
  const source = `Campaign notes\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-06-06'), 'resolve');
  return extractQuotes(doc).quotes.map((q) => q.speaker.name);
}

describe('a subject behind a setting that opens its sentence', () => {
  it("'Saturday at the party convention Sen. Elizabeth Warren said': the weekday is the setting, the senator speaks", () => {
    expect(speakers('Saturday at the Massachusetts Democratic party convention Sen. Elizabeth Warren (D-MA) said Donald Trump was a “proven failure” in business.')).toEqual(['Elizabeth Warren']);
  });

  it("'officials in Tokyo said' still steps back to the officials", () => {
    expect(speakers('Officials in Tokyo said the talks would resume next month.')).toEqual(['Officials']);
  });
});

describe('a document someone put out speaks for them', () => {
  it("'Trump issued a statement saying ...': the issuer is the speaker", () => {
    expect(speakers('On Saturday, Trump issued a statement saying that Scalia was "a remarkable person and a brilliant justice, one of the best of all time."')).toEqual(['Trump']);
    expect(speakers('Black Lives Matter issued a statement saying it took the action "because of the unsafe conditions created by law enforcement."')).toEqual(['Black Lives Matter']);
  });

  it('a statement nobody is said to have put out still names no speaker', () => {
    expect(speakers('A statement on the website said the plan was "a remarkable step forward for all of us."')).toEqual([]);
  });
});

describe('a time setting between the appositions and the cue', () => {
  it("'Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called': Ryan speaks, not Tuesday", () => {
    expect(speakers("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks about a Latino judge ''racist,'' an extraordinary indictment.")).toEqual(['Paul D. Ryan']);
  });
});

describe('the subject of an infinitive cue', () => {
  it("a purpose infinitive's object does not speak: 'Kishida said, following a promise to revise its security strategy to consider \"...\"'", () => {
    expect(
      speakers('Japan will strengthen its defenses, Kishida said this week, following an October promise to revise its security strategy to consider “all options, including possessing so-called strike capabilities”.'),
    ).toEqual(['Kishida', 'Kishida']);
  });

  it("an object-control verb's object does: 'prompted Zhao to warn that ...'", () => {
    expect(speakers('The move prompted Zhao Lijian to warn that China would "take all necessary measures to defend itself."')).toContain('Zhao Lijian');
  });
});
