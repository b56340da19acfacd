import { cleanCell, toHalfWidth } from './text';

/**
 * Dates as offices write them, turned into the two forms the app stores: `YYYY.MM` for 出生年月
 * and 任现职时间, `YYYY-MM-DD` for 入职时间 and 试用期满.
 *
 * Accepted: 1985.06, 1985.6, 1985-6, 1985/6/17, 1985-06-17 00:00:00, 1985年6月, 1985年06月17日,
 * 198506, 19850617, real date cells (a `Date` in UTC fields), Excel date serials (31215), and
 * 1985.06 stored as a number. The earliest year is 1900 and the latest 2100.
 */

export type DateCell = string | number | boolean | Date | null | undefined;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  /** absent when only year and month were written */
  readonly day?: number;
}

export type DatePartsResult =
  | { readonly ok: true; readonly parts: DateParts; readonly warning?: string }
  | { readonly ok: false; readonly empty: boolean; readonly problem: string };

export type NormalizedDate =
  | { readonly ok: true; readonly value: string; readonly warning?: string }
  | { readonly ok: false; readonly empty: boolean; readonly problem: string };

const minYear = 1900;
const maxYear = 2100;
/** 2100-12-31 as an Excel serial: larger numbers cannot be dates we care about. */
const maxSerial = 73415;

const pad2 = (n: number) => String(n).padStart(2, '0');

const isValidDay = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/**
 * Excel's day number -> the calendar date (UTC fields). Excel counts 1900-01-01 as day 1 and
 * believes 1900 was a leap year (a Lotus 1-2-3 bug it keeps), so day 60 is the non-existent
 * 1900-02-29 and every later serial is one day ahead; it is mapped to 1900-02-28 here.
 * The 1904 date system (old Mac workbooks) counts from 1904-01-01 as day 0.
 */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  const day = Math.floor(serial);
  if (date1904) return new Date(Date.UTC(1904, 0, 1 + day));
  if (day >= 61) return new Date(Date.UTC(1899, 11, 30 + day));
  if (day === 60) return new Date(Date.UTC(1900, 1, 28));
  return new Date(Date.UTC(1899, 11, 31 + day));
}

function checked(year: number, month: number, day?: number, warning?: string): DatePartsResult {
  if (year < minYear || year > maxYear) return { ok: false, empty: false, problem: `年份 ${year} 不在 ${minYear}—${maxYear} 之间` };
  if (month < 1 || month > 12) return { ok: false, empty: false, problem: `月份 ${month} 不存在` };
  if (day !== undefined && !isValidDay(year, month, day)) return { ok: false, empty: false, problem: `${year}年${month}月没有${day}日` };
  const parts: DateParts = day === undefined ? { year, month } : { year, month, day };
  return warning ? { ok: true, parts, warning } : { ok: true, parts };
}

const unrecognized: DatePartsResult = { ok: false, empty: false, problem: '无法识别为日期' };
const noMonth: DatePartsResult = { ok: false, empty: false, problem: '只有年份，缺少月份' };

/** Text forms; full-width digits and dots, stray spaces and line breaks are accepted. */
function partsFromText(raw: string): DatePartsResult {
  // The form the app itself writes (1985.06): no cleaning needed.
  const canonical = /^(\d{4})\.(\d{2})$/.exec(raw);
  if (canonical) return checked(Number(canonical[1]), Number(canonical[2]));
  const s = toHalfWidth(cleanCell(raw)).replace(/[。．]/g, '.').replace(/\s*([.\-/年月日号])\s*/g, '$1');
  if (!s) return { ok: false, empty: true, problem: '为空' };
  let m = /^(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})年(\d{1,2})(?:月(?:(\d{1,2})[日号]?)?)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  if (/^\d{4}年?$/.test(s)) return noMonth;
  return unrecognized;
}

/** Numbers: 198506, 19850617, 1985.06 typed into a General cell, or an Excel serial. */
function partsFromNumber(n: number, date1904: boolean): DatePartsResult {
  if (!Number.isFinite(n) || n <= 0) return unrecognized;
  if (Number.isInteger(n)) {
    if (n >= minYear && n <= maxYear) return noMonth;
    if (n >= 190001 && n <= 210012) return checked(Math.floor(n / 100), n % 100);
    if (n >= 19000101 && n <= 21001231) return checked(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  if (n >= minYear && n < maxYear + 1) {
    // 1985.06 typed into a General cell arrives as the number 1985.06; 1985.10 arrives as 1985.1.
    const [year = '', fraction = ''] = String(Number(n.toPrecision(12))).split('.');
    if (fraction.length > 2) return unrecognized;
    const month = Number(fraction);
    const warning =
      fraction === '1' ? `单元格是数字 ${year}.1，无法区分是1月还是10月（Excel 会把 ${year}.10 存成 ${year}.1），已按 ${year}.01 处理，请核对；把该列设为“文本”可避免` : undefined;
    return checked(Number(year), month, undefined, warning);
  }
  if (n >= 1 && n <= maxSerial) return partsFromDate(excelSerialToDate(n, date1904));
  return unrecognized;
}

function partsFromDate(d: Date): DatePartsResult {
  if (Number.isNaN(d.getTime())) return unrecognized;
  return checked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Any cell -> year, month and (when written) day. */
export function parseDateParts(cell: DateCell, options: { readonly date1904?: boolean } = {}): DatePartsResult {
  if (cell == null) return { ok: false, empty: true, problem: '为空' };
  if (cell instanceof Date) return partsFromDate(cell);
  if (typeof cell === 'number') return partsFromNumber(cell, options.date1904 ?? false);
  if (typeof cell === 'boolean') return unrecognized;
  return partsFromText(cell);
}

/** 出生年月, 任现职时间: `YYYY.MM`; a full date keeps its year and month. */
export function toYearMonth(cell: DateCell, options: { readonly date1904?: boolean } = {}): NormalizedDate {
  const r = parseDateParts(cell, options);
  if (!r.ok) return r;
  const value = `${r.parts.year}.${pad2(r.parts.month)}`;
  return r.warning ? { ok: true, value, warning: r.warning } : { ok: true, value };
}

/**
 * 入职时间, 试用期满: `YYYY-MM-DD`. When only year and month were written the first of the month
 * is used, with a warning, because a whole date is needed to tell whether someone is still on
 * probation at year end.
 */
export function toIsoDate(cell: DateCell, options: { readonly date1904?: boolean } = {}): NormalizedDate {
  const r = parseDateParts(cell, options);
  if (!r.ok) return r;
  const { year, month, day } = r.parts;
  const value = `${year}-${pad2(month)}-${pad2(day ?? 1)}`;
  const warnings = [r.warning, day === undefined ? `只写了年月，按 ${value}（当月1日）处理` : undefined].filter(Boolean);
  return warnings.length ? { ok: true, value, warning: warnings.join('；') } : { ok: true, value };
}
