import { describe, expect, test } from 'vitest';
import { cleanCell, cleanCode, cleanName, toHalfWidth } from '../../shared/normalize/text';

describe('cleanName', () => {
  test.each([
    ['张 三', '张三'],
    ['张\u3000三', '张三'],
    ['  张  三  ', '张三'],
    ['\u00a0李四\u00a0', '李四'],
    ['王\u200b五', '王五'],
    ['欧阳\n修', '欧阳修'],
    ['阿依古丽 · 买买提', '阿依古丽·买买提'],
    ['阿依古丽.买买提', '阿依古丽.买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['John  Smith', 'John Smith'],
    [' Mary\u3000Ann ', 'Mary Ann'],
  ])('%j -> %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

describe('cleanCell', () => {
  test('odd spaces become one plain space; ends trimmed', () => {
    expect(cleanCell('\u3000办公室\u00a0 ')).toBe('办公室');
    expect(cleanCell('一级\u3000\u3000调研员')).toBe('一级 调研员');
  });
  test('a line break inside a cell joins CJK text without a space, other text with one', () => {
    expect(cleanCell('综合\r\n计划科')).toBe('综合计划科');
    expect(cleanCell('主任\n（兼）')).toBe('主任（兼）');
    expect(cleanCell('Section\nChief')).toBe('Section Chief');
  });
});

describe('half-width codes', () => {
  test('full-width digits and letters become half-width', () => {
    expect(toHalfWidth('４２０３０２Ｘ')).toBe('420302X');
    expect(cleanCode(" '０１２３ ４５ ")).toBe('012345');
  });
});
