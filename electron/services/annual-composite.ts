import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function annualComposite(ctx: AppContext, input: ParsedInput<'annual.composite'>): ChannelOutput<'annual.composite'> {
  void ctx;
  void input;
  return notImplemented('annual.composite');
}

export function confirmOutcomes(ctx: AppContext, input: ParsedInput<'annual.confirm'>): ChannelOutput<'annual.confirm'> {
  void ctx;
  void input;
  return notImplemented('annual.confirm');
}

export function confirmAsSuggested(ctx: AppContext, input: ParsedInput<'annual.confirmAsSuggested'>): ChannelOutput<'annual.confirmAsSuggested'> {
  void ctx;
  void input;
  return notImplemented('annual.confirmAsSuggested');
}

export function clearConfirmation(ctx: AppContext, input: ParsedInput<'annual.clearConfirmation'>): ChannelOutput<'annual.clearConfirmation'> {
  void ctx;
  void input;
  return notImplemented('annual.clearConfirmation');
}
