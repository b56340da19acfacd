import { iconvLibrary } from '../libraries';

/**
 * Text files from Chinese offices come as UTF-8 (with or without BOM), GBK (Excel's 「CSV（逗号
 * 分隔）」 on a Chinese Windows), or UTF-16 (Excel's 「Unicode 文本」). Strict UTF-8 is tried
 * first: GBK bytes are almost never valid UTF-8, while UTF-8 bytes often pass as GBK.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Whether the bytes are well-formed GBK/GB18030 (two-byte and four-byte sequences). */
export function isWellFormedGbk(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    const t = bytes[i + 1];
    if (t === undefined) return false;
    if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
      i += 1;
    } else if (t >= 0x30 && t <= 0x39) {
      const t3 = bytes[i + 2];
      const t4 = bytes[i + 3];
      if (t3 === undefined || t4 === undefined || t3 < 0x81 || t3 > 0xfe || t4 < 0x30 || t4 > 0x39) return false;
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

/** Decodes text bytes, or returns null when they are neither UTF-8/16 nor GBK. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try GBK below
  }
  if (!isWellFormedGbk(bytes)) return null;
  return { text: iconvLibrary().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gb18030' };
}
