/**
 * The roster fields an import can fill, with their Chinese labels. The header aliases that map a
 * spreadsheet column to a field live in `shared/roster/column-aliases.ts` (data, editable there).
 */
export const rosterFieldKeys = [
  'name', 'gender', 'birth', 'idNumber', 'staffNo', 'political', 'unitName', 'post', 'rank',
  'postSince', 'category', 'isLeader', 'hireDate', 'probationEnd',
  'ethnicity', 'nativePlace', 'education', 'workStart', 'partySince', 'note',
] as const;
export type RosterFieldKey = (typeof rosterFieldKeys)[number];

export const rosterFieldLabels: Readonly<Record<RosterFieldKey, string>> = {
  name: '姓名',
  gender: '性别',
  birth: '出生年月',
  idNumber: '身份证号',
  staffNo: '人员编号',
  political: '政治面貌',
  unitName: '单位/科室',
  post: '职务',
  rank: '职级',
  postSince: '任现职时间',
  category: '人员类别',
  isLeader: '是否班子成员',
  hireDate: '入职时间',
  probationEnd: '试用期满',
  ethnicity: '民族',
  nativePlace: '籍贯',
  education: '学历',
  workStart: '参加工作时间',
  partySince: '入党时间',
  note: '备注',
};

/** A row cannot be imported without these. */
export const requiredRosterFields: readonly RosterFieldKey[] = ['name', 'unitName'];
