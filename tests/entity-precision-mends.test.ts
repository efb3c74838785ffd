import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** Reviewer's counter-examples to entity passes 37-47: each once lost or mistyped a real name. */
function names(text: string): string[] {
  return extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);
}

describe('pass 37: a company or a person after a product noun, or listed with a product, is no product', () => {
  it('keeps names the lists know as people, companies or brands', () => {
    expect(names('Doctors praised the treatment Smith received at the clinic. Smith, 45, is recovering at home.')).toContain('Smith/person');
    expect(names('Critics attacked the software Microsoft released last week. Microsoft declined to comment.')).toContain('Microsoft/organization');
    expect(names("Google's Android and Apple's iOS dominate the market, Apple said.")).toContain('Apple/organization');
  });
});
