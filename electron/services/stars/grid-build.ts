import { starCellStateOf } from '../../../shared/stars/states';
import type { GridRow, Objection, Publicity, StarCell, StarGrid, StarTarget } from '../../../shared/stars/views';
import type { Db } from '../../../db/open';
import { readDisqualifications, readEvidenceCounts, readPeriodStates, readPeriodSteps, readReviewHeads } from '../../../db/stars/board';
import { getPublicity, getReviewRecord, listObjections, type ObjectionRecord } from '../../../db/stars/reviews';
import type { StarSchemeRecord } from '../../../db/stars/schemes';
import { requirePeriod, requireTarget, schemeTargets, type TargetFilter } from './common';

/**
 * The 评星 grid of one period: every target of the scheme (filtered) × every star, with all facts.
 * Shared by the grid channel, the review detail and the 评星汇总表.
 */
export function buildGrid(db: Db, scheme: StarSchemeRecord, periodNo: number, filter: TargetFilter = {}): StarGrid {
  const period = requirePeriod(scheme, periodNo);
  const targets = schemeTargets(db, scheme, filter);
  return {
    schemeId: scheme.id,
    period: { ...period },
    items: scheme.items,
    publicity: publicityView(db, scheme, periodNo),
    rows: gridRows(db, scheme, periodNo, targets),
  };
}

export function gridRows(db: Db, scheme: StarSchemeRecord, periodNo: number, targets: readonly StarTarget[]): GridRow[] {
  const heads = new Map(readReviewHeads(db, scheme.id, scheme.kind, periodNo).map((h) => [h.targetId, h]));
  const states = readPeriodStates(db, scheme.id, periodNo);
  const steps = readPeriodSteps(db, scheme.id, periodNo);
  const disqualified = new Map(readDisqualifications(db, scheme.id, scheme.kind, periodNo).map((d) => [d.reviewId, d]));
  const evidence = readEvidenceCounts(db, scheme.id, periodNo);
  return targets.map((t) => {
    const head = heads.get(t.targetId);
    const stored = head ? states.get(head.id) : undefined;
    const files = head ? evidence.get(head.id) : undefined;
    let held = 0;
    const cells: StarCell[] = scheme.items.map((item) => {
      const r = stored?.find((x) => x[1] === item.code);
      const evidenceCount = files?.get(item.code) ?? 0;
      if (!r) return { ...noState, code: item.code, evidence: evidenceCount };
      const state = starCellStateOf({ claimed: r[2] === 1, decision: r[7], awardedOn: r[9], removedOn: r[10] });
      if (state === 'held') held++;
      return {
        code: r[1], state, claimed: r[2] === 1, claimNote: r[3], evidence: evidenceCount, agree: r[4], disagree: r[5], score: r[6],
        decision: r[7], refuseReason: r[8], awardedOn: r[9], removedOn: r[10], removedReason: r[11], publishedOn: r[12],
      };
    });
    const d = head ? disqualified.get(head.id) : undefined;
    return {
      ...t,
      reviewId: head?.id ?? null,
      disqualified: d ? { reason: d.reason, note: d.note, date: d.date, by: d.by } : null,
      steps: (head ? steps.get(head.id) : undefined) ?? [],
      cells,
      held,
      remark: head?.remark ?? '',
    };
  });
}

const noState: Omit<StarCell, 'code' | 'evidence'> = {
  state: 'none', claimed: false, claimNote: '', agree: null, disagree: null, score: null, decision: null, refuseReason: '', awardedOn: null, removedOn: null, removedReason: '',
  publishedOn: null,
};

export function objectionView(db: Db, scheme: StarSchemeRecord, o: ObjectionRecord): Objection {
  const review = getReviewRecord(db, o.reviewId)!;
  const targetId = (scheme.kind === 'person' ? review.personId : review.unitId)!;
  return { id: o.id, targetId, targetName: requireTarget(db, scheme, targetId).name, code: o.code, date: o.date, content: o.content, result: o.result, resultNote: o.resultNote };
}

export function publicityView(db: Db, scheme: StarSchemeRecord, periodNo: number): Publicity | null {
  const p = getPublicity(db, scheme.id, periodNo);
  if (!p) return null;
  return { ...p, objections: listObjections(db, scheme.id, periodNo).map((o) => objectionView(db, scheme, o)) };
}
