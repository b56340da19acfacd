import type { ChannelOutput } from '../../../shared/contract';
import { hasRosterData } from '../../../db/roster-counts';
import type { AppContext } from '../../context';

export function appInfo(ctx: AppContext): ChannelOutput<'app.info'> {
  return { version: ctx.version, mode: ctx.mode, dataDir: ctx.dataDir, dbPath: ctx.dbPath, operator: ctx.actor(), empty: !hasRosterData(ctx.db) };
}
