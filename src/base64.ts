/**
 * Base64 to bytes. Node's Buffer decodes natively (about 1 ms for the 1.2 MB entity model, where the portable loop
 * below runs cold, interpreted, at the first call); the loop is for runtimes without Buffer (browsers), so the
 * package needs neither a Node built-in import nor atob.
 */
const codes = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => (codes[ch.charCodeAt(0)] = i));

/** Node's Buffer when the runtime has one, reached through globalThis so that no Node built-in is imported. */
const NodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;

/** The bytes of `text`, in a Uint8Array that owns its whole ArrayBuffer (typed-array views of any width may be put on it). */
export function decodeBase64(text: string): Uint8Array {
  if (NodeBuffer) {
    const decoded = NodeBuffer.from(text, 'base64');
    // Buffer skips characters outside the alphabet, so a text with them decodes to fewer bytes than its length
    // promises (all but a lone one at the very end) and goes to the portable decoder, which names the bad character;
    // a regex check of the alphabet cost 3 ms on the 1.2 MB model. The texts are the package's own data.
    if (decoded.length === decodedLength(text)) {
      // a large Buffer has an ArrayBuffer of its own; a small one may be a slice of the shared pool, and callers
      // view `.buffer` directly, so that one is copied into an exact buffer
      if (decoded.byteOffset === 0 && decoded.buffer.byteLength === decoded.length) return new Uint8Array(decoded.buffer);
      const out = new Uint8Array(decoded.length);
      out.set(decoded);
      return out;
    }
  }
  return decodeBase64Portable(text);
}

function decodedLength(text: string): number {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  return Math.floor((end * 3) / 4);
}

function decodeBase64Portable(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const out = new Uint8Array(decodedLength(text));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? codes[c]! : -1;
    if (v < 0) throw new Error(`invalid base64 character at ${i}`);
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 255;
    }
  }
  return out;
}

/** The portable decoder alone, for tests that compare it with Buffer's. */
export const decodeBase64WithoutBuffer = decodeBase64Portable;
