import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeJson, encodeJson } from '../../shared/transport';

describe('transport JSON (browser-mode HTTP)', () => {
  it('round-trips bytes of any length through base64, matching Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('turns Uint8Array fields back into bytes and leaves other objects alone', () => {
    const value = { fileName: '花名册.xlsx', bytes: new Uint8Array([0, 1, 254, 255]), nested: { $bytes: 1, other: 2 } };
    const decoded = decodeJson(encodeJson(value)) as typeof value;
    expect(decoded.fileName).toBe('花名册.xlsx');
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.bytes)).toEqual([0, 1, 254, 255]);
    expect(decoded.nested).toEqual({ $bytes: 1, other: 2 });
  });
});
