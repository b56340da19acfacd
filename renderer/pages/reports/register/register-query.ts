import type { ReportScope } from '../../../../shared/reports/views';

/**
 * The address of a per-person print view (登记表, 考核结果通知书): `#/annual/register-print?year=2026`
 * (everyone), `&unitId=3` (a unit and its sub-units; `&subunits=0` for the unit alone), `&groupId=2`,
 * `&personIds=1,2`.
 */
export interface RegisterQuery {
  readonly year: number;
  readonly scope: ReportScope;
}

const positiveInt = (text: string | null): number | null => {
  const n = Number(text);
  return text != null && text.trim() !== '' && Number.isInteger(n) && n > 0 ? n : null;
};

/** null when the address names no valid year (or a broken scope). */
export function parseScopeQuery(query: URLSearchParams): RegisterQuery | null {
  const year = positiveInt(query.get('year'));
  if (year == null) return null;
  if (query.has('personIds')) {
    const ids = (query.get('personIds') ?? '').split(',').map((s) => positiveInt(s));
    if (ids.length === 0 || ids.some((id) => id == null)) return null;
    return { year, scope: { kind: 'people', personIds: ids.filter((id): id is number => id != null) } };
  }
  if (query.has('unitId')) {
    const unitId = positiveInt(query.get('unitId'));
    return unitId == null ? null : { year, scope: { kind: 'unit', unitId, includeSubunits: query.get('subunits') !== '0' } };
  }
  if (query.has('groupId')) {
    const groupId = positiveInt(query.get('groupId'));
    return groupId == null ? null : { year, scope: { kind: 'group', groupId } };
  }
  return { year, scope: { kind: 'all' } };
}

/** The 登记表 print view's address for a scope (for the buttons that open it). */
export const registerPrintHref = (year: number, scope: ReportScope): string => `/annual/register-print?${scopeSearch(year, scope)}`;

/** The year and scope as the query `parseScopeQuery` reads. */
export function scopeSearch(year: number, scope: ReportScope): string {
  const base = `year=${year}`;
  switch (scope.kind) {
    case 'all':
      return base;
    case 'unit':
      return `${base}&unitId=${scope.unitId}${scope.includeSubunits ? '' : '&subunits=0'}`;
    case 'group':
      return `${base}&groupId=${scope.groupId}`;
    case 'people':
      return `${base}&personIds=${scope.personIds.join(',')}`;
  }
}
