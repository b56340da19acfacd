import type { z } from 'zod';
import { annualChannels } from './annual';
import { annualResultsChannels } from './annual-results';
import { annualHistoryChannels } from './annual-history';
import { appChannels } from './app';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { bulletinsChannels } from './bulletins';
import { campaignsChannels } from './campaigns';
import type { ListedChannelName } from './channel-names';
import { evaluationChannels } from './evaluation';
import { inspectionsChannels } from './inspections';
import { jobsChannels } from './jobs';
import { kioskChannels } from './kiosk';
import { peopleChannels } from './people';
import { publicityChannels } from './publicity';
import { recommendationChannels } from './recommendation';
import { reportsChannels } from './reports';
import { rosterImportChannels } from './roster-import';
import { starsChannels } from './stars';
import { tasksChannels } from './tasks';
import { unitChannels } from './units';
import { weeklyChannels } from './weekly';
import { workbenchChannels } from './workbench';

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
  ...recommendationChannels,
  ...starsChannels,
  ...annualChannels,
  ...publicityChannels,
  ...annualResultsChannels,
  ...annualHistoryChannels,
  ...reportsChannels,
  ...weeklyChannels,
  ...tasksChannels,
  ...inspectionsChannels,
  ...campaignsChannels,
  ...bulletinsChannels,
  ...workbenchChannels,
  ...jobsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What the caller passes (defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives after validation. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];
// one check for preload, main and the browser-mode host: the zod-free list, the same names as the contract
export { isChannelName } from './channel-names';

/**
 * channel-names.ts lists the contract's channels again for the zod-free preload. This fails to
 * compile, naming the channels, when the two differ: add or remove the name there too.
 */
type Unlisted = Exclude<ChannelName, ListedChannelName>;
type NotInContract = Exclude<ListedChannelName, ChannelName>;
export const channelListMatchesContract: [Unlisted, NotInContract] extends [never, never] ? true : { unlisted: Unlisted; notInContract: NotInContract } = true;
