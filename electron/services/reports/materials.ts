import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { OutgoingFile } from '../../../shared/contract/channel';
import type { AppContext } from '../../context';
import type { MaterialsPacing } from './materials-sheet-common';
import { writeMaterialsWorkbook } from './materials-workbook';
import { requireYear } from '../annual';
import { throwIfCancelled, type ReportProgress } from '../../jobs';
import { gatherMaterials } from './materials-data';
import { dayText } from '../../../shared/date-text';

/**
 * 「导出年终考核材料」: the year's 年终考核材料 workbook, made in a background job with progress per
 * sheet and 「取消」 between sheets and every few hundred rows. A cancelled job keeps no file.
 */

/** lets a cancel request (an HTTP or IPC call) in between two stretches of synchronous work */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reading the data takes this share of the progress bar; the sheets share the rest. */
const readShare = 0.1;

/** The job's work: read the snapshot, write the sheets, name the file. */
export async function buildMaterials(ctx: AppContext, input: ParsedInput<'reports.startMaterials'>, report: ReportProgress, signal: AbortSignal, now = new Date()): Promise<OutgoingFile> {
  throwIfCancelled(signal);
  report(0, '正在读取考核数据');
  const db = ctx.db;
  const record = requireYear(db, input.year);
  const data = gatherMaterials(db, record, input.unitTitle, now);
  const pacing: MaterialsPacing = {
    async sheet(index, count, name) {
      await breathe();
      throwIfCancelled(signal);
      report(readShare + ((1 - readShare) * index) / count, `正在生成“${name}”（第${index + 1}张，共${count}张）`);
    },
    async rows() {
      await breathe();
      throwIfCancelled(signal);
    },
  };
  const { bytes } = await writeMaterialsWorkbook(data, pacing);
  throwIfCancelled(signal);
  const fileName = `${input.year}年终考核材料${data.final ? '' : `（未确定）-${dayText(now)}`}.xlsx`;
  return { fileName, bytes };
}

export function startMaterialsExport(ctx: AppContext, input: ParsedInput<'reports.startMaterials'>): ChannelOutput<'reports.startMaterials'> {
  // an unknown year is refused at once, not as a failed job
  requireYear(ctx.db, input.year);
  const jobId = ctx.jobs.start('export', (report, signal) => buildMaterials(ctx, input, report, signal));
  return { jobId };
}
