import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function quarterGrid(ctx: AppContext, input: ParsedInput<'annual.quarterGrid'>): ChannelOutput<'annual.quarterGrid'> {
  void ctx;
  void input;
  return notImplemented('annual.quarterGrid');
}

export function setQuarterGrade(ctx: AppContext, input: ParsedInput<'annual.setQuarter'>): ChannelOutput<'annual.setQuarter'> {
  void ctx;
  void input;
  return notImplemented('annual.setQuarter');
}
