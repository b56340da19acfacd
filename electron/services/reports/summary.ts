import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { CompositeView } from '../../../shared/annual';
import { listParticipantRecords } from '../../../db/annual';
import { unitsInTreeOrder } from '../../../db/units';
import type { AppContext } from '../../context';
import { annualComposite } from '../annual';
import { countOutcomes, personLine, standingOf, starCounts, unitBreakdown, type UnitPlace } from './summary-tally';
import { yearEndStars } from '../stars';
import { momentText } from '../../../shared/date-text';

type Summary = ChannelOutput<'reports.summary'>;

/**
 * The 年终考核汇总报告 (DOMAIN §5) for leadership: totals and 等次 distribution against the 优秀
 * quotas, results by unit, the 优秀 and 基本称职/不称职 lists, 述职测评 red lines and the 双十星
 * results. Figures come from the composite view (a locked year: as frozen at the lock) and the
 * year's 双十星 schemes; `sources` says which, and how unconfirmed people were counted.
 */
export function summaryReportFor(ctx: AppContext, input: ParsedInput<'reports.summary'>): Summary {
  const now = ctx.now();
  const db = ctx.db;
  const view = annualComposite(ctx, { year: input.year });
  const units = unitsInTreeOrder(db);
  const stars = yearEndStars(ctx, { year: input.year });
  const final = view.status === 'locked' && view.unconfirmed === 0;
  const unitTitle = input.unitTitle?.trim() || (units.find((u) => u.parentId == null)?.name ?? '');

  const rowsOf = (groupId: number) => view.rows.filter((r) => r.groupId === groupId);
  const outcomeOf = (row: CompositeView['rows'][number]) => standingOf(row, final).outcome;
  const groups = view.groups.map((g) => {
    const byOutcome = countOutcomes(view.rules, rowsOf(g.id), final);
    const excellent = byOutcome.find((o) => o.outcome === 'excellent')?.count ?? 0;
    return { name: g.name, size: g.size, excellentQuota: g.excellentQuota, byOutcome, overQuota: excellent > g.excellentQuota };
  });

  const person = stars.person;
  const confirmed = view.rows.length - view.unconfirmed;
  return {
    year: view.year,
    unitTitle,
    status: view.status,
    final,
    generatedAt: now.toISOString(),
    totals: {
      participants: view.rows.length,
      confirmed,
      undetermined: view.rows.filter((r) => outcomeOf(r) === 'undetermined').length,
      byOutcome: countOutcomes(view.rules, view.rows, final),
    },
    groups,
    byUnit: unitBreakdown(view, final, unitPlaces(ctx, view, units)),
    excellent: view.rows.filter((r) => outcomeOf(r) === 'excellent').map((r) => personLine(view, r, final)),
    lower: view.rows.filter((r) => outcomeOf(r) === 'basic' || outcomeOf(r) === 'fail').map((r) => personLine(view, r, final)),
    redLines: view.rows.filter((r) => r.redLines.length > 0).map((r) => ({ ...personLine(view, r, final), redLines: r.redLines })),
    tenStar: {
      people: person.rows.filter((r) => r.tenStar).map((r) => ({ name: r.name, unitName: r.unitName })),
      orgs: stars.org.rows.filter((r) => r.tenStar).map((r) => ({ name: r.name })),
    },
    starCounts: person.scheme ? starCounts(person.rows, person.scheme.stars) : [],
    sources: summarySources(view, final, confirmed, stars),
  };
}

/**
 * Where each participant's row goes in 「各单位考核结果」, under the unit name the row shows (a locked
 * year keeps the names of the time): their unit on the roster now when it bears that name; else the
 * first unit of that name (they moved); else their unit now (it was renamed), in its tree place.
 */
function unitPlaces(ctx: AppContext, view: CompositeView, units: ReturnType<typeof unitsInTreeOrder>): (row: CompositeView['rows'][number]) => UnitPlace {
  const order = new Map(units.map((u, i) => [u.id, i]));
  const byId = new Map(units.map((u) => [u.id, u]));
  const unitOfPerson = new Map(listParticipantRecords(ctx.db, view.year).map((p) => [p.personId, p.unitId]));
  return (row) => {
    const current = byId.get(unitOfPerson.get(row.personId) ?? -1);
    const unit = current?.name === row.unitName ? current : (units.find((u) => u.name === row.unitName) ?? current);
    return unit ? { key: `${unit.id}:${row.unitName}`, order: order.get(unit.id)! } : { key: `:${row.unitName}`, order: units.length };
  };
}

function summarySources(view: CompositeView, final: boolean, confirmed: number, stars: ReturnType<typeof yearEndStars>): string[] {
  const lines: string[] = [];
  if (final) lines.push(`等次：考核委员会确定的等次（${view.year}年度已确认并锁定）`);
  else {
    const unconfirmed = view.rows.filter((r) => r.confirmed == null);
    const withoutSuggestion = unconfirmed.filter((r) => r.suggested == null).length;
    const suggested = unconfirmed.length - withoutSuggestion;
    const how = [confirmed > 0 ? `已确定等次的${confirmed}人按确定等次统计` : '', suggested > 0 ? `未确定的${suggested}人按建议等次统计（名单中标注“建议”）` : ''].filter(Boolean);
    lines.push(`等次：${how.join('，') || '尚无等次'}；年度${view.status === 'locked' ? '已锁定' : '未锁定'}，结果未确定`);
    if (withoutSuggestion > 0) lines.push(`${withoutSuggestion}人尚无建议等次（综合得分缺少组成部分），未计入等次分布`);
  }
  lines.push(...view.sources);
  if (!stars.org.scheme) lines.push(`十星级党组织：未建立${view.year}年度党组织评星方案`);
  else lines.push(`十星级党组织：${stars.org.scheme.name}`);
  lines.push(`综合评定计算时间：${momentText(view.computedAt)}${view.status === 'locked' ? '（锁定时固定）' : ''}`);
  return lines;
}

