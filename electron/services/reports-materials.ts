import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function startMaterialsExport(ctx: AppContext, input: ParsedInput<'reports.startMaterials'>): ChannelOutput<'reports.startMaterials'> {
  void ctx;
  void input;
  return notImplemented('reports.startMaterials');
}
