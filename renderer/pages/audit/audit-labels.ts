import { rosterFieldLabels } from '../../../shared/domain';
import { auditActionArea, auditActionLabel, auditAreas, type AuditArea } from '../../../shared/audit/actions';

/**
 * Chinese names for the audit log's action codes (declared once in shared/audit/actions.ts, which
 * the services write from) and for the fields in the before/after records of rows that have no
 * worded changes (people, units, roster imports, and rows written before the changes existed).
 */
export const actionLabel = auditActionLabel;

/** The 操作类型 filter: the codes present in the log, grouped by area in the areas' order. */
export function actionOptions(codes: readonly string[]): { label: string; options: { value: string; label: string }[] }[] {
  return (Object.keys(auditAreas) as AuditArea[]).flatMap((area) => {
    const options = codes.filter((c) => auditActionArea(c) === area).map((c) => ({ value: c, label: auditActionLabel(c) }));
    return options.length === 0 ? [] : [{ label: auditAreas[area], options }];
  });
}

const commonFieldLabels: Readonly<Record<string, string>> = {
  ...rosterFieldLabels,
  isLeader: '班子成员',
  unitId: '单位/科室',
  parentId: '上级单位',
  sortOrder: '排列顺序',
  status: '在职状态',
  statusDate: '调离/退休日期',
  units: '单位数',
  people: '人员数',
  created: '新增人数',
  updated: '更新人数',
  unchanged: '无变化人数',
  rejected: '未导入行数',
  unitsCreated: '新建单位数',
  fileName: '文件名',
  sheetName: '工作表',
  reason: '类型',
  peopleCount: '在职人数',
  operatorName: '操作员姓名',
};

export function fieldLabel(entity: string, key: string): string {
  if (entity === 'unit' && key === 'name') return '单位名称';
  return commonFieldLabels[key] ?? '其他';
}
