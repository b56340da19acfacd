import { describe, expect, it } from 'vitest';
import { emptyScopeDraft, participantsInScope, scopeOf, scopeSummary, unitsWithParticipants, yearStatusText } from '../../renderer/pages/reports/common/reports-scope';

// 1 office > 2 办公室, 3 管理所 > 4 综合股; 5 新设科 has nobody
const units = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 3 },
  { id: 5, parentId: 1 },
];
const people = [
  { personId: 11, groupId: 1, unitId: 1 },
  { personId: 12, groupId: 2, unitId: 2 },
  { personId: 13, groupId: 2, unitId: 3 },
  { personId: 14, groupId: 3, unitId: 4 },
];
const ids = (list: { personId: number }[]) => list.map((p) => p.personId);

describe('登记表 scope', () => {
  it('needs its choice before it is a scope', () => {
    expect(scopeOf(emptyScopeDraft)).toEqual({ kind: 'all' });
    expect(scopeOf({ ...emptyScopeDraft, kind: 'group' })).toBeNull();
    expect(scopeOf({ ...emptyScopeDraft, kind: 'unit', unitId: 3, includeSubunits: false })).toEqual({ kind: 'unit', unitId: 3, includeSubunits: false });
    expect(scopeOf({ ...emptyScopeDraft, kind: 'people' })).toBeNull();
    expect(scopeSummary({ ...emptyScopeDraft, kind: 'unit' }, 0)).toBe('请选择单位');
  });

  it('covers a unit with or without the units below it, a group, or named people', () => {
    expect(ids(participantsInScope({ kind: 'unit', unitId: 3, includeSubunits: true }, people, units))).toEqual([13, 14]);
    expect(ids(participantsInScope({ kind: 'unit', unitId: 3, includeSubunits: false }, people, units))).toEqual([13]);
    expect(ids(participantsInScope({ kind: 'unit', unitId: 1, includeSubunits: true }, people, units))).toEqual([11, 12, 13, 14]);
    expect(ids(participantsInScope({ kind: 'group', groupId: 2 }, people, units))).toEqual([12, 13]);
    expect(ids(participantsInScope({ kind: 'people', personIds: [14, 99] }, people, units))).toEqual([14]);
    expect(scopeSummary({ ...emptyScopeDraft, kind: 'unit', unitId: 5 }, 0)).toBe('所选范围内没有本年度参加考核的人员');
    expect(scopeSummary(emptyScopeDraft, 4)).toBe('共4人，每人一页');
  });

  it('offers only units with a participant in or below them', () => {
    expect([...unitsWithParticipants(units, people)].sort()).toEqual([1, 2, 3, 4]);
    expect([...unitsWithParticipants(units, [{ unitId: 4 }])].sort()).toEqual([1, 3, 4]);
  });

  it('says whether what is exported is final', () => {
    expect(yearStatusText({ year: 2026, status: 'locked', participants: 60, confirmed: 60 })).toBe('2026年度考核已确认等次并锁定（归档），导出的材料为最终结果。');
    expect(yearStatusText({ year: 2026, status: 'open', participants: 60, confirmed: 12 })).toBe('2026年度考核结果未确定（参加考核60人，已确定等次12人，尚有48人未确定）。此时导出的材料，标题均标注「（未确定）」。');
    expect(yearStatusText({ year: 2026, status: 'open', participants: 60, confirmed: 60 })).toContain('等次已全部确定，年度尚未锁定');
  });
});
