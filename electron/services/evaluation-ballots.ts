import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const issueTickets = (_ctx: AppContext, _input: ParsedInput<'evaluation.issueTickets'>): ChannelOutput<'evaluation.issueTickets'> | Promise<ChannelOutput<'evaluation.issueTickets'>> => notImplemented('发放票号');
export const ballotSheet = (_ctx: AppContext, _input: ParsedInput<'evaluation.ballotSheet'>): ChannelOutput<'evaluation.ballotSheet'> | Promise<ChannelOutput<'evaluation.ballotSheet'>> => notImplemented('打印测评票');
export const wipeTestBallots = (_ctx: AppContext, _input: ParsedInput<'evaluation.wipeTestBallots'>): ChannelOutput<'evaluation.wipeTestBallots'> | Promise<ChannelOutput<'evaluation.wipeTestBallots'>> => notImplemented('清除测试票');
export const checkBallot = (_ctx: AppContext, _input: ParsedInput<'evaluation.checkBallot'>): ChannelOutput<'evaluation.checkBallot'> | Promise<ChannelOutput<'evaluation.checkBallot'>> => notImplemented('校验测评票');
export const kioskSubmit = (_ctx: AppContext, _input: ParsedInput<'evaluation.kioskSubmit'>): ChannelOutput<'evaluation.kioskSubmit'> | Promise<ChannelOutput<'evaluation.kioskSubmit'>> => notImplemented('现场测评');
export const paperEntry = (_ctx: AppContext, _input: ParsedInput<'evaluation.paperEntry'>): ChannelOutput<'evaluation.paperEntry'> | Promise<ChannelOutput<'evaluation.paperEntry'>> => notImplemented('纸质票录入');
export const listMismatches = (_ctx: AppContext, _input: ParsedInput<'evaluation.mismatches'>): ChannelOutput<'evaluation.mismatches'> | Promise<ChannelOutput<'evaluation.mismatches'>> => notImplemented('录入不一致');
export const settleMismatch = (_ctx: AppContext, _input: ParsedInput<'evaluation.settleMismatch'>): ChannelOutput<'evaluation.settleMismatch'> | Promise<ChannelOutput<'evaluation.settleMismatch'>> => notImplemented('核对录入');
export const revalidateBallots = (_ctx: AppContext, _input: ParsedInput<'evaluation.revalidate'>): ChannelOutput<'evaluation.revalidate'> | Promise<ChannelOutput<'evaluation.revalidate'>> => notImplemented('重新校验');
