import type { z } from 'zod';
import { annualChannels } from './annual';
import { appChannels } from './app';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { evaluationChannels } from './evaluation';
import { kioskChannels } from './kiosk';
import { peopleChannels } from './people';
import { reportsChannels } from './reports';
import { rosterImportChannels } from './roster-import';
import { starsChannels } from './stars';
import { unitChannels } from './units';

/** Every channel of the app, one map: name -> { input, output } (ARCHITECTURE §3). */
export const contract = {
  ...appChannels,
  ...unitChannels,
  ...peopleChannels,
  ...rosterImportChannels,
  ...backupChannels,
  ...auditChannels,
  ...evaluationChannels,
  ...kioskChannels,
  ...starsChannels,
  ...annualChannels,
  ...reportsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What the caller passes (defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives after validation. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];
export const isChannelName = (name: string): name is ChannelName => Object.prototype.hasOwnProperty.call(contract, name);
