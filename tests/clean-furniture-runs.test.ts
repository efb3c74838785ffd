import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const story =
  'Hundreds of residents were evacuated from their homes in Shrewsbury on Wednesday night after the river burst its banks.\n\n' +
  'The Environment Agency issued three severe flood warnings and said river levels would peak early on Friday.\n\n' +
  'Network Rail said services between Shrewsbury and Birmingham would remain suspended until at least Saturday.\n\n';

function briefing(head: string, tail: string) {
  return extractBriefing(`${head}Flooding forces hundreds from homes along the Severn\n\n${story}${tail}`);
}

// unlabelled lines in a block of page furniture outside the story are furniture too; before, only the block's
// edges went, so what lay between stayed in the body, with its names as entities and its lines as quotes
describe('clean: unlabelled lines amid page furniture outside the story', () => {
  const tail =
    'Related stories\nStorm Bert: What we know so far\nWhy are UK floods getting worse?\nInsurers warn of record claims after wettest autumn\n\n' +
    'Share this article  Facebook  X  WhatsApp  Email\nMost read\n1. Chancellor faces backlash over fuel duty\n2. Premier League: Five things we learned\n' +
    'Advertisement\n© 2026 Westmark Media Group. All rights reserved. Terms | Privacy | Contact us\n';
  const head = 'Skip to main content\nHome | World | Business | Sport | Culture | Weather\nSign in   Subscribe\n' +
    'We use cookies to improve your experience. By continuing to browse, you accept our Cookie Policy. Manage preferences\n\n';

  it('removes a list after the story whole, with the copyright line and its links', () => {
    const b = briefing('', tail);
    const names = b.entities.map((e) => e.name);
    expect(names).not.toContain('Premier League');
    expect(names).not.toContain('Westmark Media Group');
    expect(b.quotes.map((q) => q.text)).not.toContain('record claims');
    expect(b.body.paragraphs.length).toBe(3);
  });

  it('removes link labels between navigation and a cookie notice before the story', () => {
    const b = briefing(head, '');
    expect(b.headline?.text).toBe('Flooding forces hundreds from homes along the Severn');
    expect(b.body.paragraphs.length).toBe(3);
  });

  it('keeps a headline that shares its block with a byline', () => {
    const b = extractBriefing(`Flooding forces hundreds from homes\nBy Harriet Collingwood\n\n${story}`);
    expect(b.headline?.text).toBe('Flooding forces hundreds from homes');
  });
});
