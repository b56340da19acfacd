/**
 * JSON for the HTTP transport of browser mode. Electron IPC clones Uint8Array natively; JSON cannot,
 * so bytes travel as `{ "$bytes": "<base64>" }` and are turned back into Uint8Array on arrival.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lookup = new Uint8Array(128);
for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 3 * 4096;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    let s = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      const n = (a << 16) | (b << 8) | c;
      s += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + (i + 1 < end ? alphabet[(n >> 6) & 63]! : '=') + (i + 2 < end ? alphabet[n & 63]! : '=');
    }
    parts.push(s);
  }
  return parts.join('');
}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (lookup[clean.charCodeAt(i)]! << 18) |
      (lookup[clean.charCodeAt(i + 1)]! << 12) |
      ((i + 2 < clean.length ? lookup[clean.charCodeAt(i + 2)]! : 0) << 6) |
      (i + 3 < clean.length ? lookup[clean.charCodeAt(i + 3)]! : 0);
    out[o++] = (n >> 16) & 255;
    if (i + 2 < clean.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < clean.length) out[o++] = n & 255;
  }
  return out;
}

export const encodeJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v));

export const decodeJson = (text: string): unknown =>
  JSON.parse(text, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && typeof (v as { $bytes?: unknown }).$bytes === 'string' && Object.keys(v).length === 1
      ? base64ToBytes((v as { $bytes: string }).$bytes)
      : v,
  );
