import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { OutgoingFile } from '../../../shared/contract/channel';
import type { AppContext } from '../../context';

/** Progress and cancellation of the report exports (materials workbook, 登记表 batches). */
export const reportExportStatus = (ctx: AppContext, input: ParsedInput<'reports.exportStatus'>): ChannelOutput<'reports.exportStatus'> =>
  ctx.jobs.status<OutgoingFile>(input.jobId);

export function cancelReportExport(ctx: AppContext, input: ParsedInput<'reports.cancelExport'>): ChannelOutput<'reports.cancelExport'> {
  ctx.jobs.cancel(input.jobId);
  return null;
}
