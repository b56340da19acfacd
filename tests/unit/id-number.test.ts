import { describe, expect, test } from 'vitest';
import { checkIdNumber, checkIdNumberCell, excelScientific, idCheckChar } from '../../shared/normalize/id-number';

describe('checkIdNumber', () => {
  test('a valid 18-digit number gives its birth month and gender', () => {
    const r = checkIdNumber('420302196710085374');
    expect(r).toEqual({ ok: true, value: '420302196710085374', legacy: false, birth: '1967.10', gender: '男' });
  });

  test('a wrong check digit is refused with a message saying so', () => {
    const r = checkIdNumber('420302196710085375');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('checkDigit');
      expect(r.message).toContain('校验位不正确');
    }
  });

  test('lower-case x is accepted and stored upper-case', () => {
    expect(idCheckChar('42030219900517018')).toBe('X');
    const r = checkIdNumber('42030219900517018x');
    expect(r.ok && r.value).toBe('42030219900517018X');
    expect(r.ok && r.gender).toBe('女');
  });

  test('a legacy 15-digit number is accepted (19xx year, no check digit)', () => {
    const r = checkIdNumber('420302800312537');
    expect(r).toEqual({ ok: true, value: '420302800312537', legacy: true, birth: '1980.03', gender: '男' });
  });

  test('the scientific form Excel shows for a number-stored ID explains what happened and how to fix it', () => {
    const r = checkIdNumber('4.20302198003127E+17');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('scientific');
      expect(r.message).toContain('4.20302198003127E+17');
      expect(r.message).toContain('文本');
    }
  });

  test('wrong length, letters and impossible birth dates are refused', () => {
    expect(checkIdNumber('42030219671008537').ok).toBe(false);
    expect(checkIdNumber('4203021967100853A4').ok).toBe(false);
    const feb30 = checkIdNumber(`42030219670230537${idCheckChar('42030219670230537')}`);
    expect(!feb30.ok && feb30.reason).toBe('birthDate');
  });

  test('an 18-digit number ending in 000 that fails the check hints at Excel', () => {
    const r = checkIdNumber('420302198003127000');
    expect(!r.ok && r.message).toContain('存成数字');
  });
});

describe('checkIdNumberCell', () => {
  test('an 18-digit ID stored as a number is refused with the form Excel shows', () => {
    const n = Number('420302198003127040');
    expect(excelScientific(n)).toBe('4.20302198003127E+17');
    const r = checkIdNumberCell(n);
    expect(!r.ok && r.reason).toBe('scientific');
    expect(!r.ok && r.message).toContain('4.20302198003127E+17');
  });

  test('a 15-digit legacy ID survives being a number', () => {
    const r = checkIdNumberCell(420302800312537);
    expect(r.ok && r.value).toBe('420302800312537');
  });

  test('text with full-width digits, spaces and a leading apostrophe is cleaned first', () => {
    const r = checkIdNumberCell("'４２０３０２ 1967 1008 5374");
    expect(r.ok && r.value).toBe('420302196710085374');
  });
});
