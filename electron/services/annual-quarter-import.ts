import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function importQuarters(ctx: AppContext, input: ParsedInput<'annual.importQuarters'>): ChannelOutput<'annual.importQuarters'> {
  void ctx;
  void input;
  return notImplemented('annual.importQuarters');
}

export function quarterTemplate(ctx: AppContext, input: ParsedInput<'annual.quarterTemplate'>): ChannelOutput<'annual.quarterTemplate'> {
  void ctx;
  void input;
  return notImplemented('annual.quarterTemplate');
}
