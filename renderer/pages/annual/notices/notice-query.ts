import type { ReportScope } from '../../../../shared/reports';
import { parseScopeQuery, scopeSearch } from '../../reports';

/**
 * The 通知书 print view's address: the year and scope as the 登记表's (`year`, `unitId`, `groupId`,
 * `personIds`), and `office` / `date` when the 落款 or date replace the template's for this print.
 */
export interface NoticeQuery {
  readonly year: number;
  readonly scope: ReportScope;
  readonly office?: string;
  readonly date?: string;
}

export function parseNoticeQuery(query: URLSearchParams): NoticeQuery | null {
  const parsed = parseScopeQuery(query);
  if (parsed == null) return null;
  const office = query.get('office')?.trim();
  const date = query.get('date')?.trim();
  return { ...parsed, ...(office ? { office } : {}), ...(date ? { date } : {}) };
}

export function noticePrintHref(query: NoticeQuery): string {
  const extra = [query.office ? `&office=${encodeURIComponent(query.office)}` : '', query.date ? `&date=${encodeURIComponent(query.date)}` : ''].join('');
  return `/annual/notices-print?${scopeSearch(query.year, query.scope)}${extra}`;
}
