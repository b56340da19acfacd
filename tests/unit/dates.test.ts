import { describe, expect, test } from 'vitest';
import { excelSerialToDate, parseDateParts, toIsoDate, toYearMonth } from '../../shared/normalize/dates';

const ym = (cell: Parameters<typeof toYearMonth>[0]) => {
  const r = toYearMonth(cell);
  return r.ok ? r.value : `ERR:${r.problem}`;
};
const iso = (cell: Parameters<typeof toIsoDate>[0]) => {
  const r = toIsoDate(cell);
  return r.ok ? r.value : `ERR:${r.problem}`;
};

describe('toYearMonth: every form offices write becomes YYYY.MM', () => {
  test.each([
    ['1985.06', '1985.06'],
    ['1985.6', '1985.06'],
    ['1985.1', '1985.01'],
    ['1985.10', '1985.10'],
    ['1985-6', '1985.06'],
    ['1985-06', '1985.06'],
    ['1985/6', '1985.06'],
    ['1985/6/17', '1985.06'],
    ['1985-06-17', '1985.06'],
    ['1985.06.17', '1985.06'],
    ['1985-06-17 00:00:00', '1985.06'],
    ['1985年6月', '1985.06'],
    ['1985年06月', '1985.06'],
    ['1985年6月17日', '1985.06'],
    ['1985年06月17日', '1985.06'],
    ['198506', '1985.06'],
    ['19850617', '1985.06'],
    ['１９８５．０６', '1985.06'],
    [' 1985 . 06 ', '1985.06'],
    ['1985.06.', '1985.06'],
  ])('text %s -> %s', (input, expected) => {
    expect(ym(input)).toBe(expected);
  });

  test.each([
    [198506, '1985.06'],
    [19850617, '1985.06'],
    [1985.06, '1985.06'],
    [1985.6, '1985.06'],
    [1985.12, '1985.12'],
  ])('number %s -> %s', (input, expected) => {
    expect(ym(input)).toBe(expected);
  });

  test('a date cell (UTC fields) keeps its year and month whatever the time zone', () => {
    expect(ym(new Date(Date.UTC(1985, 5, 17)))).toBe('1985.06');
    expect(ym(new Date(Date.UTC(1985, 0, 1)))).toBe('1985.01');
    expect(ym(new Date(Date.UTC(1985, 11, 31)))).toBe('1985.12');
  });

  test('an Excel serial number is a date', () => {
    expect(ym(31215)).toBe('1985.06'); // 1985-06-17
    expect(iso(31215)).toBe('1985-06-17');
    expect(iso(32999)).toBe('1990-05-06');
    expect(iso(45658)).toBe('2025-01-01');
  });

  test('the number 1985.1 is ambiguous (1985.10 typed into a General cell): January, with a warning', () => {
    const r = toYearMonth(1985.1);
    expect(r.ok && r.value).toBe('1985.01');
    expect(r.ok && r.warning).toContain('10月');
    expect(toYearMonth('1985.1')).toEqual({ ok: true, value: '1985.01' });
  });

  test.each([
    ['1985', '缺少月份'],
    [1985, '缺少月份'],
    ['1985.13', '月份 13 不存在'],
    ['1985年13月', '月份 13 不存在'],
    ['198513', '月份 13 不存在'],
    ['1985/2/30', '没有30日'],
    ['1850.01', '不在'],
    ['八五年六月', '无法识别'],
    ['abc', '无法识别'],
    [true, '无法识别'],
  ])('%s is refused (%s)', (input, problem) => {
    expect(ym(input)).toContain(problem);
  });

  test('blank is reported as empty, not as an error', () => {
    for (const cell of [null, undefined, '', '  ', '\u3000']) {
      const r = toYearMonth(cell);
      expect(!r.ok && r.empty).toBe(true);
    }
  });
});

describe('toIsoDate: full dates for 入职时间 and 试用期满', () => {
  test.each([
    ['2024/3/1', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['20240301', '2024-03-01'],
    [20240301, '2024-03-01'],
  ])('%s -> %s', (input, expected) => {
    expect(toIsoDate(input)).toEqual({ ok: true, value: expected });
  });

  test('a date cell', () => {
    expect(iso(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  test('year and month only: the first of the month, with a warning', () => {
    const r = toIsoDate('2024.3');
    expect(r.ok && r.value).toBe('2024-03-01');
    expect(r.ok && r.warning).toContain('当月1日');
  });
});

describe('excelSerialToDate', () => {
  const d = (serial: number, date1904 = false) => excelSerialToDate(serial, date1904).toISOString().slice(0, 10);
  test('the 1900 system, around Excel’s phantom 1900-02-29', () => {
    expect(d(1)).toBe('1900-01-01');
    expect(d(59)).toBe('1900-02-28');
    expect(d(60)).toBe('1900-02-28'); // 1900-02-29 does not exist
    expect(d(61)).toBe('1900-03-01');
    expect(d(25569)).toBe('1970-01-01');
    expect(d(31215.75)).toBe('1985-06-17'); // a time of day is dropped
  });
  test('the 1904 system', () => {
    expect(d(0, true)).toBe('1904-01-01');
    expect(d(29753, true)).toBe('1985-06-17');
    expect(parseDateParts(29753, { date1904: true })).toEqual({ ok: true, parts: { year: 1985, month: 6, day: 17 } });
  });
});
