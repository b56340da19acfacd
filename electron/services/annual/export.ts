import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { listUnitRows } from '../../../db/units';
import type { AppContext } from '../../context';
import { writeCompositeWorkbook } from './composite-workbook';
import { requireYear } from './common';
import { compositeViewOf } from './composite';
import { dayText, paperDayText } from '../../../shared/date-text';

/**
 * 年度考核综合评定表 (.xlsx). An open year's figures can still change, so its title says
 * 「（未确定）」; a locked year exports the view frozen at the lock.
 */
export async function exportAnnualComposite(ctx: AppContext, input: ParsedInput<'annual.exportComposite'>): Promise<ChannelOutput<'annual.exportComposite'>> {
  const now = ctx.now();
  const db = ctx.db;
  // Everything is read before the first await, so the file is one consistent snapshot.
  const record = requireYear(db, input.year);
  const view = compositeViewOf(db, record, now);
  const locked = record.status === 'locked';
  const unit = input.unitTitle?.trim() || listUnitRows(db).find((u) => u.parentId == null)?.name || '';
  const title = `${input.year}年度考核综合评定表${locked ? '' : '（未确定）'}`;
  const bytes = await writeCompositeWorkbook({
    view,
    title,
    subtitleLeft: `${unit ? `单位：${unit}\u3000` : ''}参加考核${view.rows.length}人${locked ? '' : `\u3000未确定等次${view.unconfirmed}人`}`,
    subtitleRight: locked && record.lockedAt ? `锁定日期：${paperDayText(record.lockedAt)}` : `制表日期：${paperDayText(now)}`,
  });
  return { fileName: `${input.year}年度考核综合评定表${locked ? '' : `（未确定）-${dayText(now)}`}.xlsx`, bytes };
}
