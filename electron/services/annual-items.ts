import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function listAnnualItems(ctx: AppContext, input: ParsedInput<'annual.items'>): ChannelOutput<'annual.items'> {
  void ctx;
  void input;
  return notImplemented('annual.items');
}

export function saveItemCategories(ctx: AppContext, input: ParsedInput<'annual.saveCategories'>): ChannelOutput<'annual.saveCategories'> {
  void ctx;
  void input;
  return notImplemented('annual.saveCategories');
}

export function saveAnnualItem(ctx: AppContext, input: ParsedInput<'annual.saveItem'>): ChannelOutput<'annual.saveItem'> {
  void ctx;
  void input;
  return notImplemented('annual.saveItem');
}

export function moveAnnualItem(ctx: AppContext, input: ParsedInput<'annual.moveItem'>): ChannelOutput<'annual.moveItem'> {
  void ctx;
  void input;
  return notImplemented('annual.moveItem');
}

export function deleteAnnualItem(ctx: AppContext, input: ParsedInput<'annual.deleteItem'>): ChannelOutput<'annual.deleteItem'> {
  void ctx;
  void input;
  return notImplemented('annual.deleteItem');
}

export function annualScoreGrid(ctx: AppContext, input: ParsedInput<'annual.scoreGrid'>): ChannelOutput<'annual.scoreGrid'> {
  void ctx;
  void input;
  return notImplemented('annual.scoreGrid');
}

export function setAnnualScore(ctx: AppContext, input: ParsedInput<'annual.setScore'>): ChannelOutput<'annual.setScore'> {
  void ctx;
  void input;
  return notImplemented('annual.setScore');
}
