import type { ChannelOutput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const loadDemoData = (_ctx: AppContext): ChannelOutput<'demo.load'> => notImplemented('演示数据');
