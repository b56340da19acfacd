import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const evaluationPresets = (_ctx: AppContext): ChannelOutput<'evaluation.presets'> | Promise<ChannelOutput<'evaluation.presets'>> => notImplemented('测评方案预设');
export const listEvaluations = (_ctx: AppContext, _input: ParsedInput<'evaluation.list'>): ChannelOutput<'evaluation.list'> | Promise<ChannelOutput<'evaluation.list'>> => notImplemented('测评列表');
export const getEvaluation = (_ctx: AppContext, _input: ParsedInput<'evaluation.get'>): ChannelOutput<'evaluation.get'> | Promise<ChannelOutput<'evaluation.get'>> => notImplemented('测评详情');
export const createEvaluation = (_ctx: AppContext, _input: ParsedInput<'evaluation.create'>): ChannelOutput<'evaluation.create'> | Promise<ChannelOutput<'evaluation.create'>> => notImplemented('新建测评');
export const updateEvaluation = (_ctx: AppContext, _input: ParsedInput<'evaluation.update'>): ChannelOutput<'evaluation.update'> | Promise<ChannelOutput<'evaluation.update'>> => notImplemented('修改测评');
export const setEvaluationTargets = (_ctx: AppContext, _input: ParsedInput<'evaluation.setTargets'>): ChannelOutput<'evaluation.setTargets'> | Promise<ChannelOutput<'evaluation.setTargets'>> => notImplemented('测评对象');
export const setEvaluationAttendance = (_ctx: AppContext, _input: ParsedInput<'evaluation.setAttendance'>): ChannelOutput<'evaluation.setAttendance'> | Promise<ChannelOutput<'evaluation.setAttendance'>> => notImplemented('实到人数');
export const setEvaluationStatus = (_ctx: AppContext, _input: ParsedInput<'evaluation.setStatus'>): ChannelOutput<'evaluation.setStatus'> | Promise<ChannelOutput<'evaluation.setStatus'>> => notImplemented('测评状态');
export const closeEvaluation = (_ctx: AppContext, _input: ParsedInput<'evaluation.close'>): ChannelOutput<'evaluation.close'> | Promise<ChannelOutput<'evaluation.close'>> => notImplemented('结束测评');
export const deleteEvaluation = (_ctx: AppContext, _input: ParsedInput<'evaluation.delete'>): ChannelOutput<'evaluation.delete'> | Promise<ChannelOutput<'evaluation.delete'>> => notImplemented('删除测评');
