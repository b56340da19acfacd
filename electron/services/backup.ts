import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const listBackups = (_ctx: AppContext): ChannelOutput<'backup.list'> => notImplemented('备份列表');
export const createBackup = (_ctx: AppContext): Promise<ChannelOutput<'backup.create'>> => notImplemented('立即备份');
export const restoreBackup = (_ctx: AppContext, _input: ParsedInput<'backup.restore'>): Promise<ChannelOutput<'backup.restore'>> => notImplemented('恢复备份');
export const checkIntegrity = (_ctx: AppContext): ChannelOutput<'backup.integrityCheck'> => notImplemented('完整性检查');
