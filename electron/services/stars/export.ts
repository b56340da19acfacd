import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { periodsFor } from '../../../shared/stars/periods';
import { reviewCycleLabels, starSchemeKindLabels, type StarSchemeKind } from '../../../shared/stars/scheme';
import { starCellStateOf } from '../../../shared/stars/states';
import { disqualifiedRemark, disqualifiedSymbol, starBoardTitle } from '../../../shared/stars/symbols';
import type { Db } from '../../../db/open';
import { readDisqualifications, readPeriodStates, readReviewHeads, stateOfRaw } from '../../../db/stars/board';
import { findStarScheme, type StarSchemeRecord } from '../../../db/stars/schemes';
import { listUnitRows } from '../../../db/units';
import type { AppContext } from '../../context';
import { writeBoardWorkbook, writeSummaryWorkbook, writeTenStarWorkbook } from './stars-workbook';
import { buildBoard } from './board';
import { requireScheme, schemeTargets } from './common';
import { yearEndRows } from './year-end';
import { paperDayText } from '../../../shared/date-text';

const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim();

/** The unit in the title: the given one, else the chosen unit, else the top unit. */
function titleUnit(db: Db, unitTitle: string | undefined, unitId: number | undefined): string {
  if (unitTitle?.trim()) return unitTitle.trim();
  const units = listUnitRows(db);
  return (unitId == null ? undefined : units.find((u) => u.id === unitId)?.name) ?? units.find((u) => u.parentId == null)?.name ?? '';
}

const targetWord = (kind: StarSchemeKind) => (kind === 'org' ? '党组织' : '党员干部');

/** 星级公示榜 (.xlsx, A4 landscape) for a period or the year, filtered like the board. */
export async function exportStarBoard(ctx: AppContext, input: ParsedInput<'stars.exportBoard'>): Promise<ChannelOutput<'stars.exportBoard'>> {
  const now = ctx.now();
  const db = ctx.db;
  // Everything is read before the first await, so the file is one consistent snapshot.
  const scheme = requireScheme(db, input.schemeId);
  const board = buildBoard(db, scheme, input);
  const unit = titleUnit(db, input.unitTitle, input.unitId);
  const subtitleLeft = board.period
    ? board.publicity ? `公示期：${paperDayText(board.publicity.start)}至${paperDayText(board.publicity.end)}` : `评星期次：${board.period.label}（${reviewCycleLabels[scheme.cycle]}评星）`
    : `年终认定：${scheme.yearEndRule.kind === 'last-period' ? '以最后一期获星为准' : `全年至少${scheme.yearEndRule.periods}期获星`}\u3000制表日期：${paperDayText(now)}`;
  const bytes = await writeBoardWorkbook({
    title: starBoardTitle({ unitName: unit, year: scheme.year, periodLabel: board.period?.label ?? null, kind: scheme.kind }),
    subtitleLeft,
    nameHeader: scheme.kind === 'org' ? '党组织' : '姓名',
    unitHeader: scheme.kind === 'org' ? '上级单位' : '单位',
    items: board.items,
    withPost: scheme.kind === 'person',
    rows: board.rows.map((r) => ({ name: r.name, unitName: r.unitName, post: r.post, states: r.states, held: r.disqualified ? disqualifiedSymbol : r.held, tenStar: r.tenStar, remark: r.disqualified ? disqualifiedRemark(r.disqualified) : '' })),
  });
  return { fileName: safeFileName(`星级公示榜-${scheme.year}${board.period ? board.period.label : '年度'}-${targetWord(scheme.kind)}.xlsx`), bytes };
}

/** 评星汇总表 rows: every target × period, in board order then period order (also in the 年终考核材料). */
export function summaryRows(db: Db, scheme: StarSchemeRecord, unitId: number | undefined, includeSubunits: boolean) {
  const targets = schemeTargets(db, scheme, { unitId, includeSubunits });
  const periods = periodsFor(scheme.cycle, scheme.year);
  const perPeriod = periods.map((p) => {
    const heads = new Map(readReviewHeads(db, scheme.id, scheme.kind, p.no).map((h) => [h.targetId, h]));
    const states = readPeriodStates(db, scheme.id, p.no);
    const disqualified = new Map(readDisqualifications(db, scheme.id, scheme.kind, p.no).map((d) => [d.reviewId, d]));
    return { period: p, heads, states, disqualified };
  });
  return targets.flatMap((t) =>
    perPeriod.map(({ period, heads, states, disqualified }) => {
      const head = heads.get(t.targetId);
      const byCode = new Map((head ? states.get(head.id) ?? [] : []).map((r) => [r[1], stateOfRaw(r)]));
      const cells = scheme.items.map((i) => {
        const s = byCode.get(i.code);
        return s ? starCellStateOf(s) : 'none';
      });
      const d = head ? disqualified.get(head.id) : undefined;
      const notes = [
        d ? disqualifiedRemark(d.reason, d.note) : '',
        ...scheme.items.flatMap((i) => {
          const s = byCode.get(i.code);
          if (s?.removedOn) return [`${i.name}${paperDayText(s.removedOn)}摘星：${s.removedReason}`];
          if (s?.decision === 'refuse') return [`${i.name}未通过：${s.refuseReason}`];
          return [];
        }),
        head?.remark ?? '',
      ].filter(Boolean);
      return { name: t.name, unitName: t.unitName, period: period.label, states: cells, held: d ? disqualifiedSymbol : cells.filter((c) => c === 'held').length, remark: notes.join('；') };
    }),
  );
}

export async function exportStarSummary(ctx: AppContext, input: ParsedInput<'stars.exportSummary'>): Promise<ChannelOutput<'stars.exportSummary'>> {
  const now = ctx.now();
  const db = ctx.db;
  const scheme = requireScheme(db, input.schemeId);
  const rows = summaryRows(db, scheme, input.unitId, input.includeSubunits);
  const unit = titleUnit(db, input.unitTitle, input.unitId);
  const bytes = await writeSummaryWorkbook({
    title: `${unit}${scheme.year}年度${targetWord(scheme.kind)}评星汇总表`,
    subtitleLeft: `${scheme.name}（${reviewCycleLabels[scheme.cycle]}评星）\u3000制表日期：${paperDayText(now)}`,
    nameHeader: scheme.kind === 'org' ? '党组织' : '姓名',
    items: scheme.items,
    rows,
  });
  return { fileName: safeFileName(`评星汇总表-${scheme.year}年度-${targetWord(scheme.kind)}.xlsx`), bytes };
}

/** 十星级党组织 and 十星级党员干部 名单 of the year, one sheet per scheme that exists. */
export async function exportTenStarList(ctx: AppContext, input: ParsedInput<'stars.exportTenStar'>): Promise<ChannelOutput<'stars.exportTenStar'>> {
  const now = ctx.now();
  const db = ctx.db;
  const unit = titleUnit(db, input.unitTitle, undefined);
  const lists = (['org', 'person'] as const).flatMap((kind) => {
    const scheme = findStarScheme(db, input.year, kind);
    if (!scheme) return [];
    const rows = yearEndRows(db, scheme).filter((r) => r.tenStar);
    return [{
      sheetName: `十星级${starSchemeKindLabels[kind]}`,
      title: `${unit}${input.year}年度十星级${starSchemeKindLabels[kind]}名单`,
      nameHeader: kind === 'org' ? '党组织' : '姓名',
      withPost: kind === 'person',
      rows: rows.map((r) => ({ name: r.name, unitName: r.unitName, post: r.post, stars: r.stars, points: r.points, gates: r.gates.join('；') })),
    }];
  });
  if (lists.length === 0) {
    throw new AppError('STAR_SCHEME_NOT_FOUND', `${input.year}年度还没有评星方案，无法导出十星级名单`);
  }
  const bytes = await writeTenStarWorkbook({ subtitleLeft: `制表日期：${paperDayText(now)}`, lists });
  return { fileName: `十星级名单-${input.year}年度.xlsx`, bytes };
}
