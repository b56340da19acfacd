import { quotaFor } from '../../../shared/annual';
import { reviewCycleLabels } from '../../../shared/stars';
import { quarterGradesOf, listParticipantRecords, listAdjustmentRows, listSanctionRows, listGroupRecords, type AnnualYearRecord } from '../../../db/annual';
import { getEventRecord, listTargets } from '../../../db/evaluation';
import { participantRosterFields } from '../../../db/reports/participant-roster-fields';
import type { Db } from '../../../db/open';
import { findStarScheme } from '../../../db/stars';
import { listUnitRows } from '../../../db/units';
import type { MaterialsData, MaterialsEvaluation, MaterialsGroup, MaterialsPerson, MaterialsStarScheme } from './materials-sheet-data';
import { compositeViewOf } from '../annual';
import { resultsOf } from '../evaluation';
import { summaryRows, yearEndRows } from '../stars';
import { paperDayText } from '../../../shared/date-text';

/**
 * Everything the 年终考核材料 workbook shows, read in one go before anything is written, so the
 * file is one consistent snapshot: the composite (a locked year's frozen view), the roster fields
 * of the 汇总表, the quarter grades, the 加减分 and 处分 records, the 述职测评 results of the events
 * the rules use, and the 双十星 figures of the year's schemes.
 */

/** 2026-12-31T… -> 2026年12月31日 (local day: the office's calendar) */

/** The unit in the titles: the given one, else the top unit of the roster (units without a parent, first by order). */
export function materialsUnitTitle(db: Db, unitTitle: string | undefined): string {
  if (unitTitle?.trim()) return unitTitle.trim();
  return listUnitRows(db).filter((u) => u.parentId == null).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)[0]?.name ?? '';
}

function starSchemes(db: Db, year: number): { schemes: MaterialsStarScheme[]; starCounts: Map<number, number> | null } {
  let starCounts: Map<number, number> | null = null;
  const schemes = (['person', 'org'] as const).flatMap((kind): MaterialsStarScheme[] => {
    const scheme = findStarScheme(db, year, kind);
    if (!scheme) return [];
    const yearEnd = yearEndRows(db, scheme);
    // people who took no part in 评星 have no count (the page says 缺), not 0 stars
    if (kind === 'person') starCounts = new Map(yearEnd.filter((r) => r.participated).map((r) => [r.targetId, r.stars]));
    return [{
      kind,
      name: scheme.name,
      cycleLabel: reviewCycleLabels[scheme.cycle],
      items: scheme.items,
      gates: scheme.gates,
      points: scheme.points,
      yearEndRule: scheme.yearEndRule.kind === 'last-period' ? '以最后一期获星为准' : `全年至少${scheme.yearEndRule.periods}期获星`,
      summary: summaryRows(db, scheme, undefined, true),
      tenStar: yearEnd.filter((r) => r.tenStar).map((r) => ({ name: r.name, unitName: r.unitName, post: r.post, stars: r.stars, points: r.points, gates: r.gates.join('；') })),
    }];
  });
  return { schemes, starCounts };
}

/** Reads the year's materials; synchronous, so nothing can change between the parts. */
export function gatherMaterials(db: Db, record: AnnualYearRecord, unitTitle: string | undefined, now = new Date()): MaterialsData {
  const { year } = record;
  const view = compositeViewOf(db, record, now);
  const final = record.status === 'locked';
  const participants = listParticipantRecords(db, year);
  const extra = participantRosterFields(db, year);
  const people = new Map(participants.map((p): [number, MaterialsPerson] => {
    const more = extra.get(p.personId);
    return [p.personId, { gender: p.gender ?? '', birth: more?.birth ?? '', political: more?.political ?? '', rank: p.rank ?? '', category: p.category ?? '' }];
  }));
  const records = new Map(listGroupRecords(db, year).map((g) => [g.id, g]));
  const groups = view.groups.map((g): MaterialsGroup => {
    const r = records.get(g.id);
    const goodShare = r?.goodShare ?? 0;
    const rounding = r?.rounding ?? 'floor';
    return { id: g.id, name: g.name, size: g.size, excellentShare: r?.excellentShare ?? 0, excellentQuota: g.excellentQuota, goodShare, goodQuota: quotaFor(goodShare, g.size, rounding), rounding };
  });
  const inYear = new Set(view.rows.map((r) => r.personId));

  const evaluations: MaterialsEvaluation[] = [];
  const missingEvaluations: number[] = [];
  for (const id of view.rules.evaluationEventIds) {
    const event = getEventRecord(db, id);
    if (!event) {
      missingEvaluations.push(id);
      continue;
    }
    evaluations.push({
      event: { id: event.id, name: event.name, year: event.year, date: event.date, unitTitle: event.unitTitle, config: event.config, closed: event.status === 'closed' },
      targets: listTargets(db, event.id),
      results: resultsOf(db, event, 'live'),
    });
  }
  const stars = starSchemes(db, year);

  return {
    year,
    unitTitle: materialsUnitTitle(db, unitTitle),
    final,
    dateLine: final && record.lockedAt ? `锁定日期：${paperDayText(record.lockedAt)}` : `制表日期：${paperDayText(now)}`,
    view,
    groups,
    rosterOrder: participants.map((p) => p.personId),
    people,
    quarters: quarterGradesOf(db, year),
    adjustments: listAdjustmentRows(db, year).filter((a) => inYear.has(a.personId)),
    sanctions: listSanctionRows(db, year),
    evaluations,
    missingEvaluations,
    starSchemes: stars.schemes,
    starCounts: stars.starCounts,
  };
}
