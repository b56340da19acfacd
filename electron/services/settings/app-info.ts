import type { ChannelOutput } from '../../../shared/contract';
import type { AppContext } from '../../context';

export function appInfo(ctx: AppContext): ChannelOutput<'app.info'> {
  const { units } = ctx.db.prepare('SELECT count(*) AS units FROM units').get() as { units: number };
  const { people } = ctx.db.prepare('SELECT count(*) AS people FROM people').get() as { people: number };
  return { version: ctx.version, mode: ctx.mode, dataDir: ctx.dataDir, dbPath: ctx.dbPath, operator: ctx.actor(), empty: units === 0 && people === 0 };
}
