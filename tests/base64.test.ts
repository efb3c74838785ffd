import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64WithoutBuffer } from '../src/base64';

describe('decodeBase64', () => {
  it.each([
    ['', []],
    ['AA==', [0]],
    ['AAE=', [0, 1]],
    ['AAEC', [0, 1, 2]],
    ['/+7dzA==', [255, 238, 221, 204]],
  ])('%j decodes to %j with Buffer and without', (text, bytes) => {
    expect([...decodeBase64(text)]).toEqual(bytes);
    expect([...decodeBase64WithoutBuffer(text)]).toEqual(bytes);
  });

  it('returns bytes that own their whole buffer (a Uint32Array view over .buffer sees only them)', () => {
    const bytes = decodeBase64('AQAAAAIAAAA=');
    expect(bytes.buffer.byteLength).toBe(8);
    expect([...new Uint32Array(bytes.buffer)]).toEqual([1, 2]);
  });

  it('refuses a character outside the alphabet, as the portable decoder does', () => {
    expect(() => decodeBase64('AA*A')).toThrow(/invalid base64/);
  });
});
