import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export const searchPeople = (_ctx: AppContext, _q: ParsedInput<'people.search'>): ChannelOutput<'people.search'> => notImplemented('人员查询');
export const getPerson = (_ctx: AppContext, _input: ParsedInput<'people.get'>): ChannelOutput<'people.get'> => notImplemented('人员详情');
export const createPerson = (_ctx: AppContext, _input: ParsedInput<'people.create'>): ChannelOutput<'people.create'> => notImplemented('新增人员');
export const updatePerson = (_ctx: AppContext, _input: ParsedInput<'people.update'>): ChannelOutput<'people.update'> => notImplemented('修改人员');
export const movePeople = (_ctx: AppContext, _input: ParsedInput<'people.move'>): null => notImplemented('调动人员');
export const setPeopleStatus = (_ctx: AppContext, _input: ParsedInput<'people.setStatus'>): null => notImplemented('调离/退休');
export const deletePerson = (_ctx: AppContext, _input: ParsedInput<'people.delete'>): null => notImplemented('删除人员');
export const peopleVocabularies = (_ctx: AppContext): ChannelOutput<'people.vocabularies'> => notImplemented('词表');
