import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function startRegisterExport(ctx: AppContext, input: ParsedInput<'reports.startRegister'>): ChannelOutput<'reports.startRegister'> {
  void ctx;
  void input;
  return notImplemented('reports.startRegister');
}

export function registerFormsFor(ctx: AppContext, input: ParsedInput<'reports.registerForms'>): ChannelOutput<'reports.registerForms'> {
  void ctx;
  void input;
  return notImplemented('reports.registerForms');
}
