import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function lockAnnualYear(ctx: AppContext, input: ParsedInput<'annual.lock'>): ChannelOutput<'annual.lock'> {
  void ctx;
  void input;
  return notImplemented('annual.lock');
}

export function unlockAnnualYear(ctx: AppContext, input: ParsedInput<'annual.unlock'>): ChannelOutput<'annual.unlock'> {
  void ctx;
  void input;
  return notImplemented('annual.unlock');
}
