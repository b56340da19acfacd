import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { bulletinColumns, bulletinRowCells, figureNotes, rankedRows } from '../../../shared/bulletins';
import { paperDayText } from '../../../shared/date-text';
import { writeAudit } from '../../../db/audit';
import { requireYear } from '../annual';
import { addTableSheet, createWorkbook, workbookBytes, type TableColumn } from '../../excel/write';
import type { AppContext } from '../../context';
import { bulletinViewOf } from './bulletins';

/**
 * 月度通报 as .xlsx (DOMAIN §8.5): the same columns as the print view (shared/bulletins
 * `bulletinColumns`), A4 portrait with the header repeated on every page, then the opening line, the
 * 表扬 / 批评 lines, the figures' note and the 落款. Styling from electron/excel/write (ARCHITECTURE §2).
 */
export async function exportBulletin(ctx: AppContext, input: ParsedInput<'bulletins.export'>): Promise<ChannelOutput<'bulletins.export'>> {
  const db = ctx.db;
  requireYear(db, input.year);
  const view = bulletinViewOf(db, input.year, input.month, ctx.today());
  const text = view.bulletin ?? view.proposal;
  const workbook = createWorkbook();
  const columns: TableColumn[] = bulletinColumns.map((c) => ({ header: c.header, width: c.width, align: c.key === 'unitName' ? 'left' : 'center', wrap: c.key === 'unitName' }));
  const sheet = addTableSheet(workbook, {
    sheetName: '月度通报', title: text.title, columns, signatureFooter: false,
    subtitle: { left: `第${text.issueNo}期${view.bulletin?.status === 'issued' ? '' : '（草稿）'}`, right: paperDayText(text.issuedOn) },
  });
  if (text.opening) sheet.addMergedRow(text.opening, 'note');
  rankedRows(view.figures.rows).forEach((r, i) => sheet.addRow(bulletinRowCells(r, i)));
  const notes = figureNotes(view.figures);
  if (notes.length > 0) sheet.addMergedRow(`注：${notes.join('；')}。`, 'note');
  if (text.praise.length > 0) sheet.addMergedRow(`表扬：${text.praise.join('；')}`, 'note');
  if (text.criticism.length > 0) sheet.addMergedRow(`批评：${text.criticism.join('；')}`, 'note');
  sheet.addMergedRow(`${text.signature}\u3000\u3000${paperDayText(text.issuedOn)}`, 'note');
  sheet.finish();
  const bytes = await workbookBytes(workbook);
  const now = ctx.now();
  db.transaction(() => {
    writeAudit(db, {
      actor: ctx.actor(), action: 'bulletins.export', entity: 'bulletin', entityId: view.bulletin?.id ?? null, subjects: `${input.year}年${input.month}月份月度通报`,
      summary: `导出${input.year}年${input.month}月份月度通报（第${text.issueNo}期，${view.figures.rows.length}个单位）`,
    }, now);
  })();
  return { fileName: `${input.year}年${input.month}月份月度通报（第${text.issueNo}期）.xlsx`, bytes };
}
