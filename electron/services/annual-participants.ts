import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function listParticipants(ctx: AppContext, input: ParsedInput<'annual.participants'>): ChannelOutput<'annual.participants'> {
  void ctx;
  void input;
  return notImplemented('annual.participants');
}

export function addParticipants(ctx: AppContext, input: ParsedInput<'annual.addParticipants'>): ChannelOutput<'annual.addParticipants'> {
  void ctx;
  void input;
  return notImplemented('annual.addParticipants');
}

export function removeParticipants(ctx: AppContext, input: ParsedInput<'annual.removeParticipants'>): ChannelOutput<'annual.removeParticipants'> {
  void ctx;
  void input;
  return notImplemented('annual.removeParticipants');
}

export function updateParticipants(ctx: AppContext, input: ParsedInput<'annual.updateParticipants'>): ChannelOutput<'annual.updateParticipants'> {
  void ctx;
  void input;
  return notImplemented('annual.updateParticipants');
}

export function setUndetermined(ctx: AppContext, input: ParsedInput<'annual.setUndetermined'>): ChannelOutput<'annual.setUndetermined'> {
  void ctx;
  void input;
  return notImplemented('annual.setUndetermined');
}
