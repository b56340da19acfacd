import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function summaryReportFor(ctx: AppContext, input: ParsedInput<'reports.summary'>): ChannelOutput<'reports.summary'> {
  void ctx;
  void input;
  return notImplemented('reports.summary');
}
