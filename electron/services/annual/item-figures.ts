import {
  figureText, itemSourceLabels, sourcePoints, sourceTarget, type AutoSource,
} from '../../../shared/annual/item-sources';
import type { ItemBasisFigure, ItemBasisLine, ItemTarget } from '../../../shared/annual/views';
import { campaignDutyFigures, taskStatusLabels } from '../../../shared/campaigns';
import { monthBounds, nodeStateLabels, unitMonthFigures } from '../../../shared/tasks';
import { defaultWeeklySettings, weekLabel, weeklyParticipation, weeksOf, type WeeklyItemFact, type WeeklySettings } from '../../../shared/weekly';
import { getCampaign, listCampaignRecords } from '../../../db/campaigns';
import type { ItemRecord } from '../../../db/annual/items';
import type { Db } from '../../../db/open';
import { listTaskItems, listTaskNodes } from '../../../db/tasks';
import { unitAndDescendantIds, unitsInTreeOrder } from '../../../db/units';
import { getWeeklySettings, listYearItemFacts, personNames } from '../../../db/weekly';
import { campaignPeople } from '../campaigns';
import { yearFigureTasks } from '../tasks';
import { yearUnitReviews } from './unit-reviews';

/**
 * 自动取数 (DOMAIN §8.7): the figure behind each 考核项目 that takes its value from the 能力作风建设
 * records, for one unit or person, with the list it is counted from (task nodes, weeks, 评议, duties),
 * so 综合评定 can show how every point came about. Each source is read once per call, lazily.
 *
 * The year is counted up to its last day, or today while it runs:
 * - 任务按时完成率: Σ over the months so far of the unit's 按时完成 nodes ÷ its nodes due and judged
 *   (§8.1 monthly figures: a month that has ended is judged at its last day; the running month's nodes
 *   not yet due are left out);
 * - 周晒参与率: weeks posted ÷ weeks expected (§8.3 `weeklyParticipation`, whole year);
 * - 科室评议平均得分: the mean of the unit's scores in the year's closed 科室评议;
 * - 专项活动任务完成率: the person's duties complete (on time or late) ÷ duties owed (§8.2).
 */

const shortDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const yearEnd = (year: number) => `${year}-12-31`;

export interface ItemFigureReader {
  /** the figure of a 自动取数 item for one unit or person (the item's own target kind), with its points */
  figure(item: ItemRecord, targetId: number): ItemBasisFigure;
  /** a source's figure for the 能力作风 component (`value`: the percent or score; no points of its own) */
  sourceFigure(source: AutoSource, target: ItemTarget, targetId: number, campaignId: number | null): ItemBasisFigure;
}

type Figure = Omit<ItemBasisFigure, 'key' | 'itemId' | 'source' | 'target' | 'targetName' | 'points'> & { value: number | null };

/** The year's 周晒 晒报方式 (the defaults until saved: 按科室). */
export const weeklyModeOf = (db: Db, year: number): 'unit' | 'person' => getWeeklySettings(db, year)?.mode ?? 'unit';

const missingFigure = (asOf: string, why: string, lines: ItemBasisLine[] = []): Figure => ({
  value: null, missing: why, numerator: null, denominator: null, figureText: '', asOf, lines,
});

export function itemFigureReader(db: Db, year: number, today: string): ItemFigureReader {
  const asOf = today < yearEnd(year) ? today : yearEnd(year);
  const asOfText = `截至${asOf.slice(0, 4)}年${shortDay(asOf)}`;
  const units = new Map(unitsInTreeOrder(db).map((u) => [u.id, u]));
  const unitName = (id: number) => units.get(id)?.name ?? `单位${id}`;
  const lazy = <T>(load: () => T) => {
    let value: T | undefined;
    return () => (value ??= load());
  };

  const tasks = lazy(() => ({
    figureTasks: yearFigureTasks(db, year),
    titles: new Map(listTaskItems(db, year).map((t) => [t.id, t.title])),
    nodeNames: new Map(listTaskNodes(db, year).map((n) => [n.id, n.name])),
  }));
  const weekly = lazy((): { settings: WeeklySettings; facts: WeeklyItemFact[] } => ({
    settings: getWeeklySettings(db, year) ?? defaultWeeklySettings(unitsInTreeOrder(db)),
    facts: listYearItemFacts(db, year),
  }));
  const reviews = lazy(() => yearUnitReviews(db, year));

  function taskFigure(unitId: number): Figure {
    const { figureTasks, titles, nodeNames } = tasks();
    const lines: ItemBasisLine[] = [];
    let onTime = 0;
    let judged = 0;
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      if (monthBounds(key).first > asOf) break;
      const f = unitMonthFigures(figureTasks, unitId, key, today);
      onTime += f.onTime;
      judged += f.due - f.pending;
      for (const n of f.nodes) {
        if (n.carried || n.state === 'pending') continue;
        const name = nodeNames.get(n.nodeId);
        lines.push({
          label: `${titles.get(n.taskId) ?? ''}${name ? ` · ${name}` : ''}`,
          state: nodeStateLabels[n.state],
          detail: `时限${shortDay(n.dueOn)}${n.doneOn ? `，完成${shortDay(n.doneOn)}` : '，未完成'}`,
          counted: n.state === 'onTime',
        });
      }
    }
    if (judged === 0) return missingFigure(asOfText, `${unitName(unitId)}本年度没有到期的牵头任务节点`);
    return { value: (onTime / judged) * 100, missing: null, numerator: onTime, denominator: judged, figureText: '', asOf: asOfText, lines };
  }

  function weeklyFigure(target: ItemTarget, targetId: number): Figure {
    const { settings, facts } = weekly();
    if (target !== settings.mode) {
      return missingFigure(asOfText, `本年度周晒${settings.mode === 'unit' ? '按科室（单位）晒' : '按个人晒'}，本项目适用于${target === 'unit' ? '单位' : '个人'}，无法取数（请在指标体系中调整适用对象）`);
    }
    const chosen = target === 'unit' ? settings.unitIds : [...new Set(settings.unitIds.flatMap((u) => (units.has(u) ? unitAndDescendantIds(db, u) : [])))];
    const ownUnit = target === 'unit' ? targetId : personNames(db, [targetId]).get(targetId)?.unitId;
    if (ownUnit == null || !chosen.includes(ownUnit)) return missingFigure(asOfText, '不在本年度周晒的参晒名单中');
    const p = weeklyParticipation({ rules: { weekRule: settings.weekRule, startWeek: settings.startWeek }, items: facts, asOf: today }, { kind: target, id: targetId }, { year });
    if (p.weeksExpected === 0) return missingFigure(asOfText, '本年度尚无应晒的周');
    const mine = facts.filter((i) => (target === 'unit' ? i.unitId === targetId && i.personId == null : i.personId === targetId));
    const missed = new Set(p.missedWeeks);
    const lines = weeksOf(year, settings.weekRule)
      .filter((w) => w.week >= settings.startWeek && (w.end <= today || mine.some((i) => i.week === w.week)))
      .map((w): ItemBasisLine => {
        const n = mine.filter((i) => i.week === w.week).length;
        return { label: weekLabel(w), state: missed.has(w.week) ? '未晒' : '已晒', detail: missed.has(w.week) ? '' : `${n}条`, counted: !missed.has(w.week) };
      });
    return { value: (p.weeksPosted / p.weeksExpected) * 100, missing: null, numerator: p.weeksPosted, denominator: p.weeksExpected, figureText: '', asOf: asOfText, lines };
  }

  function reviewFigure(unitId: number): Figure {
    const lines: ItemBasisLine[] = [];
    const scores: number[] = [];
    for (const r of reviews()) {
      const s = r.scores.find((x) => x.unitId === unitId);
      if (!s) continue;
      lines.push({
        label: r.name,
        state: s.score == null ? '无有效得分' : `${Math.round(s.score * 100) / 100}分`,
        detail: `${r.periodLabel}，${shortDay(r.date)}，有效票${s.validBallots}张${s.rank == null ? '' : `，第${s.rank}名`}`,
        counted: s.score != null,
      });
      if (s.score != null) scores.push(s.score);
    }
    if (scores.length === 0) return missingFigure(asOfText, `${unitName(unitId)}本年度未参加已结束的科室评议`, lines);
    const sum = scores.reduce((a, b) => a + b, 0);
    return { value: sum / scores.length, missing: null, numerator: sum, denominator: scores.length, figureText: '', asOf: asOfText, lines };
  }

  const campaignCache = new Map<number, ((personId: number) => Figure) | string>();
  function campaignFigure(campaignId: number | null, personId: number): Figure {
    if (campaignId == null) return missingFigure(asOfText, '未选择专项活动（请在指标体系中选择，或所选活动已被删除）');
    let reader = campaignCache.get(campaignId);
    if (reader === undefined) {
      const c = getCampaign(db, campaignId);
      if (!c || c.year !== year) reader = `所选专项活动不属于${year}年度或已被删除`;
      else {
        const { people, duties } = campaignPeople(db, c.plan);
        const figures = campaignDutyFigures({ duties, people, records: listCampaignRecords(db, c.id), asOf });
        const records = new Map(listCampaignRecords(db, c.id).map((r) => [`${r.dutyId}:${r.personId}`, r]));
        const byPerson = new Map(figures.people.map((p) => [p.personId, p]));
        reader = (id: number): Figure => {
          const p = byPerson.get(id);
          if (!p || p.assigned === 0) return missingFigure(asOfText, `不承担“${c.plan.name}”的个人任务`);
          const lines = c.plan.duties.filter((d) => p.statuses[d.id!] !== undefined).map((d): ItemBasisLine => {
            const status = p.statuses[d.id!]!;
            const r = records.get(`${d.id}:${id}`);
            return {
              label: `${c.plan.name} · ${d.name}`,
              // 'open': not complete, its 时限 not passed (a duty due 12月31日 at the year's end)
              state: status === 'open' ? '未完成' : taskStatusLabels[status],
              detail: `时限${shortDay(d.due)}，${r ? `已完成${r.count}/${d.count}次${r.doneOn ? `（${shortDay(r.doneOn)}）` : ''}` : `应完成${d.count}次，未登记`}`,
              counted: status === 'done' || status === 'doneLate',
            };
          });
          const complete = p.done + p.doneLate;
          return { value: (complete / p.assigned) * 100, missing: null, numerator: complete, denominator: p.assigned, figureText: '', asOf: asOfText, lines };
        };
      }
      campaignCache.set(campaignId, reader);
    }
    return typeof reader === 'string' ? missingFigure(asOfText, reader) : reader(personId);
  }

  function compute(source: AutoSource, target: ItemTarget, targetId: number, campaignId: number | null): Figure {
    if (source === 'weekly') return weeklyFigure(target, targetId);
    const wanted = sourceTarget(source, 'unit');
    if (wanted !== target) return missingFigure(asOfText, `${itemSourceLabels[source]}按${wanted === 'unit' ? '单位' : '个人'}取数，本项目适用于${target === 'unit' ? '单位' : '个人'}`);
    if (source === 'tasks') return taskFigure(targetId);
    if (source === 'review') return reviewFigure(targetId);
    return campaignFigure(campaignId, targetId);
  }

  const targetName = (target: ItemTarget, targetId: number) => (target === 'unit' ? unitName(targetId) : (personNames(db, [targetId]).get(targetId)?.name ?? ''));
  const shown = (key: string, itemId: number, source: AutoSource, target: ItemTarget, targetId: number, f: Figure, points: number | null): ItemBasisFigure => ({
    key, itemId, source, target, targetName: targetName(target, targetId), points, value: f.value,
    missing: f.missing, numerator: f.numerator, denominator: f.denominator,
    figureText: f.value == null ? '' : figureText(source, { figure: f.value, numerator: f.numerator!, denominator: f.denominator! }),
    asOf: f.asOf, lines: f.lines,
  });

  const memo = new Map<string, ItemBasisFigure>();
  const remembered = (key: string, make: () => ItemBasisFigure) => {
    let known = memo.get(key);
    if (!known) memo.set(key, (known = make()));
    return known;
  };
  return {
    figure(item, targetId) {
      const source = item.source as AutoSource;
      return remembered(`${item.id}:${item.appliesTo}:${targetId}`, () => {
        const f = compute(source, item.appliesTo, targetId, item.sourceCampaignId);
        return shown(`${item.id}:${item.appliesTo}:${targetId}`, item.id, source, item.appliesTo, targetId, f, f.value == null ? null : sourcePoints(item, f.value));
      });
    },
    sourceFigure(source, target, targetId, campaignId) {
      const key = `conduct:${source}:${target}:${targetId}`;
      return remembered(key, () => shown(key, 0, source, target, targetId, compute(source, target, targetId, campaignId), null));
    },
  };
}
