import { describe, expect, it } from 'vitest';
import { createUnitMatcher, nodeText, parseNodeText } from '../../shared/tasks';

describe('parseNodeText: 完成时限 as offices write it', () => {
  it('several nodes in one cell, each with its words', () => {
    expect(parseNodeText('3月底前完成方案；6月底前完成建设', 2026).nodes).toEqual([
      { name: '完成方案', dueOn: '2026-03-31' },
      { name: '完成建设', dueOn: '2026-06-30' },
    ]);
    expect(parseNodeText('1.2月底前制定方案\n2.11月中旬前组织验收', 2026).nodes).toEqual([
      { name: '制定方案', dueOn: '2026-02-28' },
      { name: '组织验收', dueOn: '2026-11-20' },
    ]);
  });

  it("the roster's date forms, a month alone meaning its last day", () => {
    for (const [cell, due] of [
      ['2026-03-31', '2026-03-31'], ['2026.3.31', '2026-03-31'], ['2026/3/31', '2026-03-31'], ['2026年3月31日', '2026-03-31'],
      ['2026.6', '2026-06-30'], ['2028年2月', '2028-02-29'], ['20260415', '2026-04-15'],
    ] as const) expect(parseNodeText(cell, 2026).nodes, cell).toEqual([{ name: '完成', dueOn: due }]);
    expect(parseNodeText(new Date(Date.UTC(2026, 4, 20)), 2026).nodes).toEqual([{ name: '完成', dueOn: '2026-05-20' }]);
    expect(parseNodeText(46142, 2026).nodes).toEqual([{ name: '完成', dueOn: '2026-04-30' }]);
  });

  it('年底, 上半年, 季度, Chinese month numbers, 月X日', () => {
    expect(parseNodeText('年底前全面完成', 2026).nodes).toEqual([{ name: '全面完成', dueOn: '2026-12-31' }]);
    expect(parseNodeText('上半年', 2026).nodes[0]!.dueOn).toBe('2026-06-30');
    expect(parseNodeText('第三季度完成招标', 2026).nodes).toEqual([{ name: '完成招标', dueOn: '2026-09-30' }]);
    expect(parseNodeText('三月底前完成调研', 2026).nodes).toEqual([{ name: '完成调研', dueOn: '2026-03-31' }]);
    expect(parseNodeText('完成验收（9月15日前）', 2026).nodes).toEqual([{ name: '完成验收', dueOn: '2026-09-15' }]);
  });

  it('ongoing work has no node; words without a date, or a day that does not exist, are problems', () => {
    expect(parseNodeText('长期坚持', 2026)).toEqual({ nodes: [], problems: [], ongoing: true });
    expect(parseNodeText('尽快完成', 2026).problems[0]).toMatch(/“尽快完成”中没有可识别的完成时限/);
    expect(parseNodeText('2月30日前', 2026).problems[0]).toMatch(/不是有效日期/);
  });

  it('what the export writes reads back', () => {
    const node = { name: '完成建设', dueOn: '2026-06-30' };
    expect(parseNodeText(nodeText(node), 2027).nodes).toEqual([node]);
  });
});

describe('createUnitMatcher: 牵头单位 as free text', () => {
  const units = [
    { id: 1, name: '县委', parentId: null },
    { id: 2, name: '办公室', parentId: 1 },
    { id: 3, name: '组织部', parentId: 1 },
    { id: 4, name: '县政府', parentId: null },
    { id: 5, name: '办公室', parentId: 4 },
    { id: 6, name: '发展和改革局', parentId: 4 },
  ];
  const m = createUnitMatcher(units);
  it('full name, parent written in front or as a path, short name', () => {
    expect(m.match('组织部')).toEqual({ ok: true, unitId: 3 });
    expect(m.match('县委办公室')).toEqual({ ok: true, unitId: 2 });
    expect(m.match('县政府/办公室')).toEqual({ ok: true, unitId: 5 });
    expect(m.match('发改局')).toEqual({ ok: true, unitId: 6 });
    expect(m.match('县委 组织部')).toEqual({ ok: true, unitId: 3 });
  });
  it('unknown or ambiguous text is named', () => {
    const unknown = m.match('财政局');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toMatch(/“财政局”不是系统中的单位/);
    const two = m.match('办公室');
    expect(!two.ok && two.message).toMatch(/2个/);
    expect(m.matchList('组织部、县政府办公室')).toEqual({ unitIds: [3, 5], problems: [] });
  });
});
