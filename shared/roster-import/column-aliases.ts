import type { RosterFieldKey } from '../domain';
import { cleanCell, toHalfWidth } from '../normalize';

/**
 * Header aliases: the names offices give each roster column. Data, not code: add a spelling
 * here and every import understands it.
 *
 * `priority` settles a sheet that names one field twice. A roster often has both 单位 (the
 * whole office, the same on every row) and 部门/科室 (where the person works): the more
 * specific column wins, the other is shown as ignored and the user may swap them.
 */
export interface ColumnAlias {
  readonly field: RosterFieldKey;
  readonly priority: number;
  readonly headers: readonly string[];
}

export const columnAliases: readonly ColumnAlias[] = [
  { field: 'name', priority: 2, headers: ['姓名', '名字', '人员姓名', '干部姓名', '职工姓名', '员工姓名'] },
  { field: 'gender', priority: 2, headers: ['性别'] },
  { field: 'birth', priority: 2, headers: ['出生年月', '出生日期', '出生时间', '出生年月日', '生日'] },
  { field: 'idNumber', priority: 2, headers: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '身份证', '身份证件号码', '居民身份证号码', '证件号码'] },
  { field: 'staffNo', priority: 2, headers: ['人员编号', '工号', '编号', '职工编号', '人员代码', '员工编号'] },
  { field: 'political', priority: 2, headers: ['政治面貌', '政治面目', '党派'] },
  { field: 'unitName', priority: 3, headers: ['单位/科室', '单位/部门', '部门/科室', '单位及科室', '单位科室', '所在单位及科室'] },
  { field: 'unitName', priority: 2, headers: ['部门', '科室', '所在科室', '所在部门', '处室', '所在处室', '内设机构', '科室名称', '部门名称', '工作部门'] },
  { field: 'unitName', priority: 1, headers: ['单位', '所在单位', '工作单位', '单位名称', '所属单位'] },
  { field: 'post', priority: 2, headers: ['职务', '现任职务', '职务名称', '现职务', '行政职务', '现任职务名称'] },
  { field: 'rank', priority: 2, headers: ['职级', '职务层次', '级别', '现职级', '职级层次', '岗位等级', '现任职级'] },
  { field: 'postSince', priority: 2, headers: ['任现职时间', '任职时间', '任现职务时间', '现职务任职时间', '任现职日期'] },
  { field: 'category', priority: 2, headers: ['人员类别', '编制类别', '身份类别', '人员身份', '编制性质', '人员性质'] },
  { field: 'isLeader', priority: 2, headers: ['是否班子成员', '班子成员', '领导班子成员', '是否领导班子成员', '是否为班子成员'] },
  // 参加工作时间 (first job anywhere) is not 入职 (joining this office): each has its own field.
  { field: 'hireDate', priority: 2, headers: ['入职时间', '入职日期', '到岗时间', '到岗日期', '进入本单位时间'] },
  { field: 'probationEnd', priority: 2, headers: ['试用期满', '试用期至', '试用期满时间', '试用期截止', '试用期到期', '转正时间', '转正日期'] },
  { field: 'ethnicity', priority: 2, headers: ['民族', '民族成分'] },
  { field: 'nativePlace', priority: 2, headers: ['籍贯', '籍贯(出生地)', '籍贯/出生地'] },
  { field: 'nativePlace', priority: 1, headers: ['出生地'] },
  // 全日制学历 is the one the 登记表 asks for when a roster has both it and 在职学历 (which stays ignored).
  { field: 'education', priority: 3, headers: ['学历', '文化程度', '最高学历', '学历(文化程度)'] },
  { field: 'education', priority: 2, headers: ['全日制学历', '全日制教育学历', '学历学位'] },
  { field: 'workStart', priority: 2, headers: ['参加工作时间', '参加工作年月', '参加工作日期', '工作时间', '参工时间'] },
  { field: 'partySince', priority: 2, headers: ['入党时间', '入党年月', '入党日期', '入党(团)时间', '加入党派时间'] },
  { field: 'note', priority: 2, headers: ['备注'] },
];

/**
 * Headers a roster carries that the app does not import. They count as evidence that a row is
 * the header row, and are listed as ignored columns.
 */
export const otherRosterHeaders: readonly string[] = [
  '序号', '学位', '在职学历', '毕业院校',
  '专业', '联系电话', '手机', '手机号码', '现任职级时间', '任现职级时间', '职称', '专业技术职务', '年龄',
];

/** A header cell reduced to what matters for matching: half-width, no spaces, no 必填 marks. */
export function normalizeHeader(raw: string): string {
  return toHalfWidth(cleanCell(raw))
    .replace(/\s+/g, '')
    .replace(/^[*※★]+|[*※★]+$/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** A header without its trailing remark: 出生年月(YYYY.MM) -> 出生年月, 身份证号(18位) -> 身份证号. */
const withoutRemark = (header: string) => header.replace(/[([【［].*?[)\]】］]$/, '');

export type HeaderMatch =
  | { readonly kind: 'field'; readonly field: RosterFieldKey; readonly priority: number }
  | { readonly kind: 'other' }
  | null;

const fieldByHeader = new Map<string, { field: RosterFieldKey; priority: number }>();
for (const alias of columnAliases) for (const h of alias.headers) fieldByHeader.set(normalizeHeader(h), { field: alias.field, priority: alias.priority });
const otherHeaders = new Set(otherRosterHeaders.map(normalizeHeader));

/** What a header names: one of the import fields, a known roster column we ignore, or nothing. */
export function matchHeader(raw: string): HeaderMatch {
  const header = normalizeHeader(raw);
  if (!header) return null;
  for (const candidate of [header, withoutRemark(header)]) {
    const hit = fieldByHeader.get(candidate);
    if (hit) return { kind: 'field', ...hit };
    if (otherHeaders.has(candidate)) return { kind: 'other' };
  }
  return null;
}

/**
 * The automatic mapping of a header row: column index -> field, or null when the column is not
 * imported. When two columns name the same field the higher priority wins, then the leftmost.
 */
export function autoMapColumns(headers: readonly string[]): (RosterFieldKey | null)[] {
  const mapping: (RosterFieldKey | null)[] = headers.map(() => null);
  const best = new Map<RosterFieldKey, { index: number; priority: number }>();
  headers.forEach((h, index) => {
    const m = matchHeader(h);
    if (m?.kind !== 'field') return;
    const current = best.get(m.field);
    if (!current || m.priority > current.priority) best.set(m.field, { index, priority: m.priority });
  });
  for (const [field, { index }] of best) mapping[index] = field;
  return mapping;
}
