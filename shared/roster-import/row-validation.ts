import { rosterFieldLabels, type RosterFieldKey } from '../domain';
import { toIsoDate, toYearMonth, type NormalizedDate, checkIdNumberCell, cleanCell, cleanCode, cleanName, normalizeEthnicity } from '../normalize';
import { cellText, isBlankCell, type Cell } from './sheet-grid';
import { categoryAliases, educationMatcher, matchGender, matchYesNo, politicalAliases, vocabularyMatcher, type VocabularyMatcher } from './value-aliases';

/**
 * One roster row -> the person's fields, with the errors that keep it out of the import and the
 * warnings the user should look at. Pure: no database; matching against stored people is the
 * next step (`classify-rows.ts`).
 */

/** What a row says about a person. A field left out (column not mapped, or cell blank) keeps the stored value. */
export interface ImportedFields {
  name?: string;
  gender?: '男' | '女';
  birth?: string;
  idNumber?: string;
  staffNo?: string;
  political?: string;
  unitName?: string;
  post?: string;
  rank?: string;
  postSince?: string;
  category?: string;
  isLeader?: boolean;
  hireDate?: string;
  probationEnd?: string;
  ethnicity?: string;
  nativePlace?: string;
  education?: string;
  workStart?: string;
  partySince?: string;
  note?: string;
}

export interface ValidatedRow {
  /** 1-based, as Excel shows it */
  readonly sheetRow: number;
  readonly fields: ImportedFields;
  readonly errors: string[];
  readonly warnings: string[];
  /**
   * 性别 and 出生年月 read from the ID number when the row leaves them blank: used for a new
   * person and to fill a stored blank, never to overwrite a stored value.
   */
  readonly derived: Pick<ImportedFields, 'gender' | 'birth'>;
  /** what the preview shows for the row, even when a value is invalid */
  readonly display: { readonly name: string; readonly idNumber: string; readonly unitName: string };
}

/** Longest values the people table takes (see shared/domain/person.ts and the units contract). */
export const rosterFieldMaxLength: Readonly<Partial<Record<RosterFieldKey, number>>> = {
  name: 40,
  staffNo: 40,
  political: 20,
  unitName: 60,
  post: 60,
  rank: 40,
  category: 20,
  ethnicity: 20,
  nativePlace: 40,
  note: 500,
};

export interface RowValidationContext {
  /** field -> 0-based column index, for the mapped fields only */
  readonly columns: Readonly<Partial<Record<RosterFieldKey, number>>>;
  readonly political: VocabularyMatcher;
  readonly category: VocabularyMatcher;
  readonly education: VocabularyMatcher;
  /** the workbook counts dates from 1904 (old Mac files) */
  readonly date1904: boolean;
}

export function createRowValidationContext(
  mapping: readonly (RosterFieldKey | null)[],
  vocabulary: { readonly political: readonly string[]; readonly category: readonly string[]; readonly education?: readonly string[] },
  options: { readonly date1904?: boolean } = {},
): RowValidationContext {
  const columns: Partial<Record<RosterFieldKey, number>> = {};
  mapping.forEach((field, index) => {
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return {
    columns,
    political: vocabularyMatcher(vocabulary.political, politicalAliases),
    category: vocabularyMatcher(vocabulary.category, categoryAliases),
    education: educationMatcher(vocabulary.education ?? []),
    date1904: options.date1904 ?? false,
  };
}

const label = (field: RosterFieldKey) => rosterFieldLabels[field];

/** Month-precision dates, and full dates, with the message naming the field and what was written. */
function dateProblem(field: RosterFieldKey, shown: string, r: Extract<NormalizedDate, { ok: false }>, example: string): string {
  return `${label(field)}「${shown}」${r.problem}，应写成 ${example} 这样的日期`;
}

function cellAt(cells: readonly Cell[], ctx: RowValidationContext, field: RosterFieldKey): Cell | undefined {
  const index = ctx.columns[field];
  return index === undefined ? undefined : cells[index];
}

/** The cell as cleaned text, '' when blank or not mapped. */
function textAt(cells: readonly Cell[], ctx: RowValidationContext, field: RosterFieldKey): string {
  const cell = cellAt(cells, ctx, field);
  return isBlankCell(cell) ? '' : cleanCell(cellText(cell));
}

/** Pushes an error and returns true when the value is longer than the column takes. */
function tooLong(field: RosterFieldKey, value: string, errors: string[]): boolean {
  const max = rosterFieldMaxLength[field];
  if (max === undefined || value.length <= max) return false;
  errors.push(`${label(field)}超过${max}个字（现有${value.length}个字）`);
  return true;
}

const fullDateFields = ['hireDate', 'probationEnd'] as const;
/** Month-precision dates besides 出生年月 (which is checked against the ID number), with the example each message gives. */
const monthFields = [['postSince', '2020.06'], ['workStart', '2008.07'], ['partySince', '2010.07']] as const;
const plainTextFields = ['post', 'rank', 'nativePlace', 'note'] as const;

export function validateRosterRow(cells: readonly Cell[], sheetRow: number, ctx: RowValidationContext): ValidatedRow {
  const fields: ImportedFields = {};
  const derived: Pick<ImportedFields, 'gender' | 'birth'> = {};
  const errors: string[] = [];
  const warnings: string[] = [];

  // 姓名 (required)
  const nameCell = cellAt(cells, ctx, 'name');
  const name = isBlankCell(nameCell) ? '' : cleanName(cellText(nameCell));
  if (!name) errors.push('姓名为空');
  else if (/^[\d\s.\-_/]+$/.test(name)) errors.push(`姓名「${name}」不是人名`);
  else if (!tooLong('name', name, errors)) fields.name = name;

  // 单位/科室 (required); a path like 机关/办公室 names a unit under its parent.
  let unitName = textAt(cells, ctx, 'unitName');
  if (/[/／\\]/.test(unitName)) unitName = unitName.replace(/\s*[/／\\]\s*/g, '/').replace(/^\/+|\/+$/g, '');
  if (!unitName) errors.push('单位/科室为空');
  else if (!tooLong('unitName', unitName, errors)) fields.unitName = unitName;

  // 身份证号
  const idCell = cellAt(cells, ctx, 'idNumber');
  let idShown = '';
  let fromId: { birth: string; gender: '男' | '女' } | null = null;
  if ((typeof idCell === 'string' && idCell.trim() !== '') || typeof idCell === 'number') {
    const value = idCell;
    const check = checkIdNumberCell(value);
    if (check.ok) {
      fields.idNumber = check.value;
      idShown = check.value;
      fromId = { birth: check.birth, gender: check.gender };
      if (check.legacy) warnings.push('身份证号是旧版15位号码，建议更新为18位');
    } else {
      idShown = typeof value === 'number' ? cellText(value) : cleanCode(value);
      errors.push(check.message);
    }
  } else if (idCell instanceof Date || typeof idCell === 'boolean') {
    idShown = cellText(idCell);
    errors.push(`身份证号「${idShown}」不是身份证号（单元格是日期或逻辑值）`);
  }

  // 人员编号: a code, kept as text; Excel may have made it a number.
  const staffCell = cellAt(cells, ctx, 'staffNo');
  const staffNo = isBlankCell(staffCell) ? '' : cleanCode(cellText(staffCell));
  if (staffNo && !tooLong('staffNo', staffNo, errors)) fields.staffNo = staffNo;

  // 性别: as written, else from the ID number; a disagreement is a warning (the file may be right).
  const genderText = textAt(cells, ctx, 'gender');
  if (genderText) {
    const gender = matchGender(genderText);
    if (!gender) errors.push(`性别「${genderText}」无法识别，应为「男」或「女」`);
    else {
      fields.gender = gender;
      if (fromId && fromId.gender !== gender) warnings.push(`性别「${gender}」与身份证号不符（身份证号显示为${fromId.gender}）`);
    }
  } else if (fromId) derived.gender = fromId.gender;

  // 出生年月
  const birthCell = cellAt(cells, ctx, 'birth');
  if (!isBlankCell(birthCell)) {
    const r = toYearMonth(birthCell, ctx);
    if (!r.ok) errors.push(dateProblem('birth', cellText(birthCell), r, '1985.06'));
    else {
      fields.birth = r.value;
      if (r.warning) warnings.push(`出生年月：${r.warning}`);
      if (fromId && fromId.birth !== r.value) warnings.push(`出生年月「${r.value}」与身份证号中的出生日期（${fromId.birth}）不一致`);
    }
  } else if (fromId) derived.birth = fromId.birth;

  // 任现职时间, 参加工作时间, 入党时间
  for (const [field, example] of monthFields) {
    const cell = cellAt(cells, ctx, field);
    if (isBlankCell(cell)) continue;
    const r = toYearMonth(cell, ctx);
    if (!r.ok) errors.push(dateProblem(field, cellText(cell), r, example));
    else {
      fields[field] = r.value;
      if (r.warning) warnings.push(`${label(field)}：${r.warning}`);
    }
  }
  const birth = fields.birth ?? derived.birth;
  for (const field of ['workStart', 'partySince'] as const) {
    const value = fields[field];
    if (birth && value && value <= birth) errors.push(`${label(field)}「${value}」不晚于出生年月「${birth}」，请核对`);
  }

  for (const field of fullDateFields) {
    const cell = cellAt(cells, ctx, field);
    if (isBlankCell(cell)) continue;
    const r = toIsoDate(cell, ctx);
    if (!r.ok) errors.push(dateProblem(field, cellText(cell), r, '2024-03-01'));
    else {
      fields[field] = r.value;
      if (r.warning) warnings.push(`${label(field)}：${r.warning}`);
    }
  }

  // Vocabularies: aliases first (党员 -> 中共党员), then the allowed values of the vocabulary table.
  const political = textAt(cells, ctx, 'political');
  if (political) vocabularyValue('political', political, ctx.political, fields, errors);
  const category = textAt(cells, ctx, 'category');
  if (category) vocabularyValue('category', category, ctx.category, fields, errors);
  const education = textAt(cells, ctx, 'education');
  if (education) vocabularyValue('education', education, ctx.education, fields, errors);

  // 民族: free text, written out in full (汉 -> 汉族)
  const ethnicity = normalizeEthnicity(textAt(cells, ctx, 'ethnicity'));
  if (ethnicity && !tooLong('ethnicity', ethnicity, errors)) fields.ethnicity = ethnicity;

  const leaderText = textAt(cells, ctx, 'isLeader');
  if (leaderText) {
    const yes = matchYesNo(leaderText);
    if (yes === null) errors.push(`是否班子成员「${leaderText}」无法识别，应填「是」或「否」`);
    else fields.isLeader = yes;
  }

  for (const field of plainTextFields) {
    const text = textAt(cells, ctx, field);
    if (text && !tooLong(field, text, errors)) fields[field] = text;
  }

  return { sheetRow, fields, errors, warnings, derived, display: { name, idNumber: idShown, unitName } };
}

function vocabularyValue(field: 'political' | 'category' | 'education', text: string, matcher: VocabularyMatcher, fields: ImportedFields, errors: string[]): void {
  const m = matcher(text);
  if (m.ok) fields[field] = m.value;
  else errors.push(`${label(field)}「${text}」不在可选范围内，可选：${matcher.allowed.join('、')}`);
}
