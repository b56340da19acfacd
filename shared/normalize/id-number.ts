/**
 * 公民身份号码 (GB 11643-1999): 18 characters, the last a check character over the first 17
 * (ISO 7064 MOD 11-2), or a legacy 15-digit number (no check character, 2-digit year).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkChars = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkChars[sum % 11]!;
}

export type IdNumberCheck =
  | { readonly ok: true; readonly value: string; readonly legacy: boolean; readonly birth: string; readonly gender: '男' | '女' }
  | { readonly ok: false; readonly reason: 'empty' | 'scientific' | 'length' | 'characters' | 'checkDigit' | 'birthDate'; readonly message: string };

const validDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * Checks and normalizes an ID number as typed or read from a cell (already stripped of spaces).
 * Lower-case x is accepted and upper-cased. Messages are Chinese, fit for the import preview.
 */
export function checkIdNumber(raw: string): IdNumberCheck {
  const value = raw.trim().toUpperCase();
  if (!value) return { ok: false, reason: 'empty', message: '身份证号为空' };
  if (/^\d(\.\d+)?E\+?\d+$/.test(value)) {
    return {
      ok: false,
      reason: 'scientific',
      message: `身份证号被 Excel 存成了数字（${raw.trim()}），后几位已丢失。请在 Excel 中把该列设为“文本”格式后重新录入身份证号，再导入`,
    };
  }
  if (value.length !== 18 && value.length !== 15) return { ok: false, reason: 'length', message: `身份证号应为18位（或旧版15位），实际为${value.length}位` };
  if (value.length === 15 ? !/^\d{15}$/.test(value) : !/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, reason: 'characters', message: '身份证号只能包含数字（18位号码末位可为X）' };
  }
  const legacy = value.length === 15;
  const year = legacy ? 1900 + Number(value.slice(6, 8)) : Number(value.slice(6, 10));
  const month = Number(legacy ? value.slice(8, 10) : value.slice(10, 12));
  const day = Number(legacy ? value.slice(10, 12) : value.slice(12, 14));
  if (!validDate(year, month, day)) return { ok: false, reason: 'birthDate', message: '身份证号中的出生日期不存在' };
  if (!legacy && idCheckChar(value.slice(0, 17)) !== value[17]) {
    // 18 digits ending in 000 that fail the check are what Excel leaves of a number-stored ID.
    const hint = value.endsWith('000') ? '；末尾是000，可能是 Excel 把身份证号存成数字后丢失了后几位，请把该列设为“文本”格式后重新录入' : '，请核对是否录错';
    return { ok: false, reason: 'checkDigit', message: `身份证号校验位不正确${hint}` };
  }
  const genderDigit = Number(legacy ? value[14] : value[16]);
  return { ok: true, value, legacy, birth: `${year}.${String(month).padStart(2, '0')}`, gender: genderDigit % 2 === 1 ? '男' : '女' };
}

/** `4.20302198003127E+17`: what Excel shows for a number with more than 15 digits. */
export function excelScientific(n: number): string {
  const [mantissa = '', exponent = ''] = n.toExponential(14).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${trimmed}E${sign}${exponent.replace(/^[+-]/, '')}`;
}

/**
 * An ID number as read from a cell. Text may carry full-width digits, spaces and a leading
 * apostrophe. A number means Excel stored the ID as a number: a 15-digit legacy number survives
 * that, an 18-digit one does not (Excel keeps 15 significant digits), so it is rejected with the
 * form Excel shows (4.20302198003127E+17) and how to fix it.
 */
export function checkIdNumberCell(cell: string | number): IdNumberCheck {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1e14 && cell < 1e15) return checkIdNumber(String(cell));
    if (Math.abs(cell) >= 1e15) return checkIdNumber(excelScientific(cell));
    return checkIdNumber(String(cell));
  }
  const value = cell
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/^['‘’`]+/, '');
  return checkIdNumber(value);
}
