import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function exportAnnualComposite(ctx: AppContext, input: ParsedInput<'annual.exportComposite'>): ChannelOutput<'annual.exportComposite'> {
  void ctx;
  void input;
  return notImplemented('annual.exportComposite');
}
