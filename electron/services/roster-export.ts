import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const exportRoster = (_ctx: AppContext, _input: ParsedInput<'roster.export'>): Promise<ChannelOutput<'roster.export'>> => notImplemented('导出花名册');
