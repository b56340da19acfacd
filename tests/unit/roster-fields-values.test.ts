import { describe, expect, test } from 'vitest';
import type { RosterFieldKey } from '../../shared/domain/roster-fields';
import { normalizeEthnicity } from '../../shared/normalize';
import { createRowValidationContext, validateRosterRow } from '../../shared/roster-import/row-validation';
import type { Cell } from '../../shared/roster-import/sheet-grid';
import { educationMatcher, educationStem } from '../../shared/roster-import/value-aliases';

const education = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'];

describe('民族: written out in full', () => {
  test.each([
    ['汉', '汉族'], ['汉族', '汉族'], [' 汉 族 ', '汉族'], ['汉民族', '汉族'], ['土家', '土家族'], ['回族', '回族'],
    ['维吾尔', '维吾尔族'], ['蒙古族', '蒙古族'], ['汉\u3000', '汉族'],
  ])('%s -> %s', (raw, value) => {
    expect(normalizeEthnicity(raw)).toBe(value);
  });

  test('blank is nothing; a name that is none of the 56 is kept as written', () => {
    expect(normalizeEthnicity('  ')).toBeNull();
    expect(normalizeEthnicity(null)).toBeNull();
    expect(normalizeEthnicity('穿青人')).toBe('穿青人');
    expect(normalizeEthnicity('其他')).toBe('其他');
  });
});

describe('学历: the vocabulary, through aliases and how the degree was earned', () => {
  const match = educationMatcher(education);
  test.each([
    ['大学本科', '大学本科'], ['本科', '大学本科'], ['大学', '大学本科'], ['全日制本科', '大学本科'], ['全日制大学本科学历', '大学本科'],
    ['研究生', '研究生'], ['硕士研究生', '研究生'], ['博士', '研究生'], ['研究生（硕士）', '研究生'], ['在职研究生', '研究生'], ['省委党校研究生', '研究生'],
    ['大专', '大学专科'], ['专科', '大学专科'], ['函授大专', '大学专科'], ['中专', '中专'], ['技校', '中专'], ['高中', '高中'],
    ['初中', '初中及以下'], ['小学', '初中及以下'], ['本 科', '大学本科'],
  ])('%s -> %s', (raw, value) => {
    expect(match(raw)).toMatchObject({ ok: true, value });
  });

  test('anything else is refused, and an alias counts only when its target is in the vocabulary', () => {
    expect(match('幼儿园').ok).toBe(false);
    expect(match('MBA').ok).toBe(false);
    expect(educationMatcher(['研究生', '本科'])('大学本科').ok).toBe(false);
    expect(educationStem('全日制大学本科学历')).toBe('大学本科');
  });
});

describe('validateRosterRow: 民族, 籍贯, 学历, 参加工作时间, 入党时间', () => {
  const columns: RosterFieldKey[] = ['name', 'birth', 'unitName', 'ethnicity', 'nativePlace', 'education', 'workStart', 'partySince'];
  const ctx = createRowValidationContext(columns, { political: [], category: [], education });
  const validate = (values: Partial<Record<RosterFieldKey, Cell>>) =>
    validateRosterRow(columns.map((f) => values[f] ?? null), 9, ctx);
  const base = { name: '张三', birth: '1985.06', unitName: '办公室' } as const;

  test('every date form 出生年月 takes, and the text fields cleaned', () => {
    const forms: [Cell, string][] = [
      ['2008.7', '2008.07'], ['2008-07', '2008.07'], ['2008/7/15', '2008.07'], ['2008年7月', '2008.07'], ['2008年07月01日', '2008.07'],
      [200807, '2008.07'], [20080701, '2008.07'], [new Date(Date.UTC(2008, 6, 1)), '2008.07'], [39630, '2008.07'], ['２００８．０７', '2008.07'],
    ];
    for (const [cell, value] of forms) {
      const r = validate({ ...base, workStart: cell, partySince: cell });
      expect(r.errors, String(cell)).toEqual([]);
      expect(r.fields).toMatchObject({ workStart: value, partySince: value });
    }
    const r = validate({ ...base, ethnicity: '汉', nativePlace: ' 湖北\n十堰 ', education: '全日制本科' });
    expect(r.errors).toEqual([]);
    expect(r.fields).toMatchObject({ ethnicity: '汉族', nativePlace: '湖北十堰', education: '大学本科' });
  });

  test('left blank: nothing is said about the fields, so the stored values stay', () => {
    const r = validate(base);
    expect(r.errors).toEqual([]);
    expect(r.fields).toEqual({ name: '张三', birth: '1985.06', unitName: '办公室' });
  });

  test('a bad value names the field, what was written and why', () => {
    expect(validate({ ...base, workStart: '2008' }).errors).toEqual(['参加工作时间「2008」只有年份，缺少月份，应写成 2008.07 这样的日期']);
    expect(validate({ ...base, partySince: '大学期间' }).errors).toEqual(['入党时间「大学期间」无法识别为日期，应写成 2010.07 这样的日期']);
    expect(validate({ ...base, partySince: '2010.13' }).errors).toEqual(['入党时间「2010.13」月份 13 不存在，应写成 2010.07 这样的日期']);
    expect(validate({ ...base, workStart: '1980.09' }).errors).toEqual(['参加工作时间「1980.09」不晚于出生年月「1985.06」，请核对']);
    expect(validate({ ...base, education: '幼儿园' }).errors).toEqual(['学历「幼儿园」不在可选范围内，可选：研究生、大学本科、大学专科、中专、高中、初中及以下']);
    expect(validate({ ...base, nativePlace: '湖'.repeat(41) }).errors).toEqual(['籍贯超过40个字（现有41个字）']);
  });
});
