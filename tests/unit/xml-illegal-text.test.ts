import { describe, expect, it } from 'vitest';
import { stripXmlIllegal, stripXmlIllegalDeep } from '../../shared/normalize/text';

describe('stripXmlIllegal', () => {
  it('drops U+FFFE/U+FFFF, other noncharacters, C0 controls and lone surrogates; keeps tab, line breaks and surrogate pairs', () => {
    expect(stripXmlIllegal('王\ufffe建\uffff国')).toBe('王建国');
    expect(stripXmlIllegal('a\u0000b\u0008c\u000bd\u000ce\u001ff')).toBe('abcdef');
    expect(stripXmlIllegal('tab\there\nline\r\n')).toBe('tab\there\nline\r\n');
    expect(stripXmlIllegal('lone \ud800 high, lone \udc00 low, reversed \udfff\ud800.')).toBe('lone  high, lone  low, reversed .');
    expect(stripXmlIllegal('𠮷 (U+20BB7) and 😀 stay')).toBe('𠮷 (U+20BB7) and 😀 stay');
    expect(stripXmlIllegal('\ufdd0\u{1fffe}\u{10ffff}x')).toBe('x');
    const clean = '干部考核测评系统';
    expect(stripXmlIllegal(clean)).toBe(clean);
  });

  it('walks objects and arrays, leaves bytes and numbers alone, and returns the same object when nothing changes', () => {
    const bytes = new Uint8Array([0xff, 0xfe]);
    const input = { name: '李\ufffe秀英', tags: ['a\u0001', 3], file: { bytes }, when: null };
    expect(stripXmlIllegalDeep(input)).toEqual({ name: '李秀英', tags: ['a', 3], file: { bytes }, when: null });
    expect(stripXmlIllegalDeep(input).file.bytes).toBe(bytes);
    const untouched = { a: ['x'], b: { c: 1 } };
    expect(stripXmlIllegalDeep(untouched)).toBe(untouched);
  });
});
