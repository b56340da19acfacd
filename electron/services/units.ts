import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const listUnits = (_ctx: AppContext): ChannelOutput<'units.list'> => notImplemented('单位列表');
export const createUnit = (_ctx: AppContext, _input: ParsedInput<'units.create'>): ChannelOutput<'units.create'> => notImplemented('新增单位');
export const updateUnit = (_ctx: AppContext, _input: ParsedInput<'units.update'>): ChannelOutput<'units.update'> => notImplemented('修改单位');
export const reorderUnits = (_ctx: AppContext, _input: ParsedInput<'units.reorder'>): null => notImplemented('调整单位顺序');
export const deleteUnit = (_ctx: AppContext, _input: ParsedInput<'units.delete'>): null => notImplemented('删除单位');
