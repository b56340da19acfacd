import { inspectionFigures, type MonthlyInspectionFact, type MonthlyInspectionFigures, type MonthlyNoticeFact } from '../inspections';
import { monthBounds, unitMonthFigures, type FigureTask } from '../tasks';
import { weeklyParticipation, weeksOf, type WeeklyItemFact, type WeekRule } from '../weekly';
import { compositeScore, rankScores, reweightNote } from './ranking';
import { rankPartLabels, type RankWeights } from './settings';
import type { BulletinFigures, BulletinRow } from './views';

/**
 * A month's 月度通报 figures (DOMAIN §8.5), assembled from the features that own them: the task nodes
 * (shared/tasks `unitMonthFigures`: due in the month, judged as at its last day), 周晒 participation
 * (shared/weekly `weeklyParticipation` over the month's weeks), the closed 科室评议 covering the month
 * (mean of the unit's scores), the 督查 通报表扬/批评 of the month (shared/inspections), then the 排名分
 * and rank. Pure: the caller loads the year's rows.
 */
export interface ReviewFact {
  readonly eventId: number;
  readonly name: string;
  readonly period: string;
  readonly scores: readonly { readonly unitId: number; readonly score: number | null }[];
}

export interface BulletinFigureInput {
  readonly year: number;
  readonly month: number;
  readonly today: string;
  readonly weights: RankWeights;
  /** the covered units, in the order printed */
  readonly units: readonly { readonly id: number; readonly name: string }[];
  readonly tasks: readonly FigureTask[];
  readonly taskTitles: ReadonlyMap<number, string>;
  readonly nodeNames: ReadonlyMap<number, string>;
  readonly weekly: { readonly rules: { readonly weekRule: WeekRule; readonly startWeek: number }; readonly items: readonly WeeklyItemFact[] };
  /** the closed 科室评议 whose 评议周期 covers the month */
  readonly reviews: readonly ReviewFact[];
  /** the year's 督查记录 and 通报表扬/批评 (those of the month are picked here) */
  readonly inspections: readonly MonthlyInspectionFact[];
  readonly notices: readonly MonthlyNoticeFact[];
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export function bulletinFigures(input: BulletinFigureInput): BulletinFigures {
  const { year, month, today } = input;
  const monthKey = `${year}-${String(month).padStart(2, '0')}`;
  const { last } = monthBounds(monthKey);
  const asOf = today > last ? last : today;
  const weeks = weeksOf(year, input.weekly.rules.weekRule, month).filter((w) => w.week >= input.weekly.rules.startWeek);
  const inspection = new Map<number, MonthlyInspectionFigures>(
    inspectionFigures({ today, unitIds: input.units.map((u) => u.id), records: input.inspections, notices: input.notices, from: `${monthKey}-01`, to: last }).map((f) => [f.unitId, f]),
  );
  const partial = input.units.map((unit) => {
    const t = unitMonthFigures(input.tasks, unit.id, monthKey, today);
    const w = weeklyParticipation({ rules: input.weekly.rules, items: input.weekly.items, asOf }, { kind: 'unit', id: unit.id }, { year, month });
    const posted = new Set(input.weekly.items.filter((x) => x.unitId === unit.id && x.personId == null).map((x) => x.week));
    const reviewScores = input.reviews.map((r) => ({ eventId: r.eventId, score: r.scores.find((s) => s.unitId === unit.id)?.score ?? null }));
    const reviewScore = mean(reviewScores.flatMap((r) => (r.score === null ? [] : [r.score])));
    const weeklyRate = w.rate;
    const composite = compositeScore({ onTime: t.onTimeRate === null ? null : t.onTimeRate * 100, weekly: weeklyRate === null ? null : weeklyRate * 100, review: reviewScore }, input.weights);
    const i = inspection.get(unit.id);
    const row: Omit<BulletinRow, 'rank'> = {
      unitId: unit.id, unitName: unit.name,
      due: t.due, onTime: t.onTime, doneLate: t.doneLate, overdue: t.overdue, pending: t.pending, carriedLate: t.carriedLate, onTimeRate: t.onTimeRate,
      weeksPosted: w.weeksPosted, weeksExpected: w.weeksExpected, weeklyRate,
      postedWeeks: weeks.filter((x) => x.start <= asOf && posted.has(x.week)).map((x) => x.week),
      missedWeeks: [...w.missedWeeks],
      reviewScore: reviewScore === null ? null : Math.round(reviewScore * 100) / 100, reviewScores,
      praise: i?.praise ?? 0, criticism: i?.criticism ?? 0,
      score: composite.score, note: reweightNote(composite),
      nodes: t.nodes.map((n) => ({ taskId: n.taskId, taskTitle: input.taskTitles.get(n.taskId) ?? '', nodeName: input.nodeNames.get(n.nodeId) ?? '', dueOn: n.dueOn, doneOn: n.doneOn, state: n.state, carried: n.carried })),
    };
    return row;
  });
  const ranks = rankScores(partial.map((r) => r.score));
  const rows = partial.map((r, k) => ({ ...r, rank: ranks[k]! }));
  return {
    year, month, asOf, weights: input.weights,
    weeks: weeks.map((w) => ({ week: w.week, start: w.start, end: w.end })),
    reviews: input.reviews.map((r) => ({ eventId: r.eventId, name: r.name, period: r.period })),
    note: monthNote(input),
    rows,
  };
}

/** 「本月无科室评议，评议得分的权重按其余各项折算」 */
function monthNote(input: BulletinFigureInput): string {
  const w = input.weights;
  return w.review > 0 && input.reviews.length === 0 ? `本月无已结束的科室评议，${rankPartLabels.review}的权重按其余各项比例折算` : '';
}
