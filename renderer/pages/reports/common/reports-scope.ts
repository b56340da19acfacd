import type { ReportScope } from '../../../../shared/reports/views';

/**
 * The 登记表 card's choice of people (pure, unit-tested): what the form holds, the scope the
 * channels take, and who it covers among the year's participants (shown before exporting).
 */
export type ScopeKind = ReportScope['kind'];

export interface ScopeDraft {
  readonly kind: ScopeKind;
  readonly groupId?: number;
  readonly unitId?: number;
  readonly includeSubunits: boolean;
  readonly personIds: readonly number[];
}

export const emptyScopeDraft: ScopeDraft = { kind: 'all', includeSubunits: true, personIds: [] };

export const scopeKindLabels: Record<ScopeKind, string> = { all: '全部参加人员', group: '按考核分组', unit: '按单位', people: '指定人员' };

/** The scope, or null while the draft lacks its choice (no group, unit or person picked yet). */
export function scopeOf(draft: ScopeDraft): ReportScope | null {
  switch (draft.kind) {
    case 'all':
      return { kind: 'all' };
    case 'group':
      return draft.groupId == null ? null : { kind: 'group', groupId: draft.groupId };
    case 'unit':
      return draft.unitId == null ? null : { kind: 'unit', unitId: draft.unitId, includeSubunits: draft.includeSubunits };
    case 'people':
      return draft.personIds.length === 0 ? null : { kind: 'people', personIds: [...draft.personIds] };
  }
}

/** A unit and every unit below it. */
export function unitWithDescendants(units: readonly { id: number; parentId: number | null }[], unitId: number): Set<number> {
  const out = new Set([unitId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units) {
      if (u.parentId != null && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Units that have a participant in them or below them. */
export function unitsWithParticipants(units: readonly { id: number; parentId: number | null }[], participants: readonly { unitId: number }[]): Set<number> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const out = new Set<number>();
  for (const p of participants) {
    for (let at: number | null | undefined = p.unitId; at != null && !out.has(at); at = parentOf.get(at)) out.add(at);
  }
  return out;
}

/** The participants a scope covers. */
export function participantsInScope<P extends { personId: number; groupId: number; unitId: number }>(
  scope: ReportScope | null,
  participants: readonly P[],
  units: readonly { id: number; parentId: number | null }[],
): P[] {
  if (scope == null) return [];
  switch (scope.kind) {
    case 'all':
      return [...participants];
    case 'group':
      return participants.filter((p) => p.groupId === scope.groupId);
    case 'unit': {
      const within = scope.includeSubunits ? unitWithDescendants(units, scope.unitId) : new Set([scope.unitId]);
      return participants.filter((p) => within.has(p.unitId));
    }
    case 'people': {
      const chosen = new Set(scope.personIds);
      return participants.filter((p) => chosen.has(p.personId));
    }
  }
}

/** What the card says under its choice: 「共60人」, or why nothing can be exported yet. */
export function scopeSummary(draft: ScopeDraft, covered: number): string {
  if (scopeOf(draft) == null) return draft.kind === 'group' ? '请选择考核分组' : draft.kind === 'unit' ? '请选择单位' : '请选择人员';
  return covered === 0 ? '所选范围内没有本年度参加考核的人员' : `共${covered}人，每人一页`;
}

/** The page's status line: whether exports are final. */
export function yearStatusText(year: { year: number; status: 'open' | 'locked'; participants: number; confirmed: number }): string {
  if (year.status === 'locked') return `${year.year}年度考核已确认等次并锁定（归档），导出的材料为最终结果。`;
  const left = year.participants - year.confirmed;
  const progress = left > 0 ? `参加考核${year.participants}人，已确定等次${year.confirmed}人，尚有${left}人未确定` : `参加考核${year.participants}人，等次已全部确定，年度尚未锁定`;
  return `${year.year}年度考核结果未确定（${progress}）。此时导出的材料，标题均标注「（未确定）」。`;
}
