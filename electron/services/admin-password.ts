import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const setAdminPassword = (_ctx: AppContext, _input: ParsedInput<'settings.setAdminPassword'>): ChannelOutput<'settings.setAdminPassword'> | Promise<ChannelOutput<'settings.setAdminPassword'>> => notImplemented('设置管理员密码');
export const verifyAdminPassword = (_ctx: AppContext, _input: ParsedInput<'settings.verifyAdminPassword'>): ChannelOutput<'settings.verifyAdminPassword'> | Promise<ChannelOutput<'settings.verifyAdminPassword'>> => notImplemented('验证管理员密码');
export const hasAdminPassword = (_ctx: AppContext): ChannelOutput<'settings.hasAdminPassword'> | Promise<ChannelOutput<'settings.hasAdminPassword'>> => notImplemented('管理员密码');
