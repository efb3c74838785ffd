import { describe, expect, it } from 'vitest';
import { entityNames } from './helpers/entities';

describe('a name defined by its acronym in brackets is an organization (pass 05)', () => {
  it('reads "Advanced Micro Devices (AMD)" as one organization, not a person', () => {
    const names = entityNames('Rival Advanced Micro Devices (AMD) also fell 3%, while Intel rose. AMD did not comment.');
    expect(names).toContain('Advanced Micro Devices/organization');
    expect(names.some((n) => n.endsWith('/person'))).toBe(false);
  });

  it('keeps a run led by a given name an organization when its acronym is one ("Maria Lopez Ventures (MLV)")', () => {
    const names = entityNames('Investor Maria Lopez Ventures (MLV) said on Monday it would buy the shares. MLV did not comment.');
    expect(names).toEqual(['Maria Lopez Ventures/organization']);
  });
});
