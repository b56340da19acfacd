import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppContext } from '../context';
import { notImplemented } from './not-implemented';

export function annualPresets(ctx: AppContext): ChannelOutput<'annual.presets'> {
  void ctx;
  return notImplemented('annual.presets');
}

export function listAnnualYears(ctx: AppContext): ChannelOutput<'annual.years'> {
  void ctx;
  return notImplemented('annual.years');
}

export function getAnnualYear(ctx: AppContext, input: ParsedInput<'annual.year'>): ChannelOutput<'annual.year'> {
  void ctx;
  void input;
  return notImplemented('annual.year');
}

export function createAnnualYear(ctx: AppContext, input: ParsedInput<'annual.createYear'>): ChannelOutput<'annual.createYear'> {
  void ctx;
  void input;
  return notImplemented('annual.createYear');
}

export function deleteAnnualYear(ctx: AppContext, input: ParsedInput<'annual.deleteYear'>): ChannelOutput<'annual.deleteYear'> {
  void ctx;
  void input;
  return notImplemented('annual.deleteYear');
}

export function updateAnnualRules(ctx: AppContext, input: ParsedInput<'annual.updateRules'>): ChannelOutput<'annual.updateRules'> {
  void ctx;
  void input;
  return notImplemented('annual.updateRules');
}

export function saveAnnualGroups(ctx: AppContext, input: ParsedInput<'annual.saveGroups'>): ChannelOutput<'annual.saveGroups'> {
  void ctx;
  void input;
  return notImplemented('annual.saveGroups');
}
