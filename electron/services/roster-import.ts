import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const startRosterImport = (_ctx: AppContext, _input: ParsedInput<'roster.importStart'>): ChannelOutput<'roster.importStart'> => notImplemented('导入花名册');
export const rosterImportStatus = (ctx: AppContext, input: ParsedInput<'roster.importStatus'>): ChannelOutput<'roster.importStatus'> => ctx.jobs.status(input.jobId);
export const previewRosterImport = (_ctx: AppContext, _input: ParsedInput<'roster.importPreview'>): ChannelOutput<'roster.importPreview'> => notImplemented('导入预览');
export const commitRosterImport = (_ctx: AppContext, _input: ParsedInput<'roster.importCommit'>): ChannelOutput<'roster.importCommit'> => notImplemented('确认导入');
export const rosterImportErrorReport = (_ctx: AppContext, _input: ParsedInput<'roster.importErrorReport'>): Promise<ChannelOutput<'roster.importErrorReport'>> => notImplemented('错误报告');
