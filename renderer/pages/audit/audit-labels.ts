import { rosterFieldLabels } from '../../../shared/domain/roster-fields';

/**
 * Chinese names for the audit log's action codes and for the fields in its before/after records.
 * Later features add their actions here. An unknown code is named from its parts, never shown raw.
 */
export const actionLabels: Readonly<Record<string, string>> = {
  'person.create': '新增人员',
  'person.update': '修改人员',
  'person.move': '调动人员',
  'person.status': '调离/退休/恢复在职',
  'person.delete': '删除人员',
  'unit.create': '新增单位',
  'unit.update': '修改单位',
  'unit.reorder': '调整单位顺序',
  'unit.delete': '删除单位',
  'roster.import': '导入花名册',
  'roster.export': '导出花名册',
  'demo.load': '载入演示数据',
  'backup.create': '手动备份',
  'backup.restore': '恢复备份',
  'settings.operator': '修改操作员姓名',
  'settings.adminPassword': '设置/修改管理员密码',
  'settings.adminPasswordFailed': '管理员密码错误',
  'evaluation.kioskStart': '进入现场测评',
  'evaluation.kioskExit': '退出现场测评',
};

const entityLabels: Readonly<Record<string, string>> = { person: '人员', unit: '单位', roster: '花名册', backup: '备份', demo: '演示数据', settings: '设置' };
const verbLabels: Readonly<Record<string, string>> = { create: '新增', update: '修改', delete: '删除', import: '导入', export: '导出', restore: '恢复', move: '调动', load: '载入' };

export function actionLabel(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const [entity = '', verb = ''] = action.split('.');
  const e = entityLabels[entity];
  const v = verbLabels[verb];
  return e && v ? `${v}${e}` : e ? `${e}相关操作` : '其他操作';
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
