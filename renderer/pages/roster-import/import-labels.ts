import type { ImportRowStatus } from '../../../shared/contract/roster-import';

export const rowStatusLabels: Readonly<Record<ImportRowStatus, string>> = { new: '新增', update: '更新', same: '无变化', error: '错误' };
export const rowStatusColors: Readonly<Record<ImportRowStatus, string>> = { new: 'green', update: 'blue', same: 'default', error: 'red' };

export type PreviewFilter = 'all' | ImportRowStatus | 'warning';

export const formatLabels: Readonly<Record<'xlsx' | 'xls' | 'csv', string>> = { xlsx: 'Excel 工作簿', xls: 'Excel 97-2003 工作簿', csv: 'CSV 文本文件' };
