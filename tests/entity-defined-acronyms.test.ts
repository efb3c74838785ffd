import { describe, expect, it } from 'vitest';
import { entityNames } from './helpers/entities';

describe('a name defined by its acronym in brackets is an organization (pass 05)', () => {
  it('reads "Advanced Micro Devices (AMD)" as one organization, not a person', () => {
    const names = entityNames('Rival Advanced Micro Devices (AMD) also fell 3%, while Intel rose. AMD did not comment.');
    expect(names).toContain('Advanced Micro Devices/organization');
    expect(names.some((n) => n.endsWith('/person'))).toBe(false);
  });

  it('keeps a person introduced with initials after a given name', () => {
    const names = entityNames('Supporters of John F. Kennedy (JFK) gathered in Dallas on Friday.');
    expect(names).toContain('John F. Kennedy/person');
  });
});
