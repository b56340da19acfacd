import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const evaluationResults = (_ctx: AppContext, _input: ParsedInput<'evaluation.results'>): ChannelOutput<'evaluation.results'> | Promise<ChannelOutput<'evaluation.results'>> => notImplemented('测评结果');
export const exportEvaluationResults = (_ctx: AppContext, _input: ParsedInput<'evaluation.exportResults'>): ChannelOutput<'evaluation.exportResults'> | Promise<ChannelOutput<'evaluation.exportResults'>> => notImplemented('导出测评结果');
