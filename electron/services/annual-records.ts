import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function setLeaderScores(ctx: AppContext, input: ParsedInput<'annual.setLeaderScores'>): ChannelOutput<'annual.setLeaderScores'> {
  void ctx;
  void input;
  return notImplemented('annual.setLeaderScores');
}

export function adjustmentKinds(ctx: AppContext): ChannelOutput<'annual.adjustmentKinds'> {
  void ctx;
  return notImplemented('annual.adjustmentKinds');
}

export function setAdjustmentKinds(ctx: AppContext, input: ParsedInput<'annual.setAdjustmentKinds'>): ChannelOutput<'annual.setAdjustmentKinds'> {
  void ctx;
  void input;
  return notImplemented('annual.setAdjustmentKinds');
}

export function listAdjustments(ctx: AppContext, input: ParsedInput<'annual.adjustments'>): ChannelOutput<'annual.adjustments'> {
  void ctx;
  void input;
  return notImplemented('annual.adjustments');
}

export function addAdjustment(ctx: AppContext, input: ParsedInput<'annual.addAdjustment'>): ChannelOutput<'annual.addAdjustment'> {
  void ctx;
  void input;
  return notImplemented('annual.addAdjustment');
}

export function deleteAdjustment(ctx: AppContext, input: ParsedInput<'annual.deleteAdjustment'>): ChannelOutput<'annual.deleteAdjustment'> {
  void ctx;
  void input;
  return notImplemented('annual.deleteAdjustment');
}

export function listSanctions(ctx: AppContext, input: ParsedInput<'annual.sanctions'>): ChannelOutput<'annual.sanctions'> {
  void ctx;
  void input;
  return notImplemented('annual.sanctions');
}

export function addSanction(ctx: AppContext, input: ParsedInput<'annual.addSanction'>): ChannelOutput<'annual.addSanction'> {
  void ctx;
  void input;
  return notImplemented('annual.addSanction');
}

export function deleteSanction(ctx: AppContext, input: ParsedInput<'annual.deleteSanction'>): ChannelOutput<'annual.deleteSanction'> {
  void ctx;
  void input;
  return notImplemented('annual.deleteSanction');
}
