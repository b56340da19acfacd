import type { BackupInfo } from '../../../shared/contract/backup';

export const backupReasonLabels: Readonly<Record<BackupInfo['reason'], string>> = {
  manual: '手动',
  daily: '每日自动',
  quit: '退出时',
  migration: '升级前',
  restore: '恢复前',
};

export const backupReasonNotes: Readonly<Record<BackupInfo['reason'], string>> = {
  manual: '点击“立即备份”时保存',
  daily: '每天第一次启动时自动保存',
  quit: '退出程序时自动保存',
  migration: '程序升级、数据库结构变更前自动保存',
  restore: '恢复备份前自动保存的当时数据',
};

export const backupReasonColors: Readonly<Record<BackupInfo['reason'], string>> = {
  manual: 'blue',
  daily: 'green',
  quit: 'default',
  migration: 'purple',
  restore: 'orange',
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
