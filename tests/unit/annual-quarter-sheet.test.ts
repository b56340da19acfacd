import { describe, expect, it } from 'vitest';
import { chooseQuarterSheet, findQuarterHeader, parseGradeCell, quarterOfHeader, readQuarterRows } from '../../shared/annual/quarter-sheet';
import type { Cell, SheetGrid } from '../../shared/roster-import/sheet-grid';
import { idCheckChar } from '../../shared/normalize/id-number';

const grid = (rows: (readonly Cell[])[], name = '平时考核', hidden = false): SheetGrid => ({ name, rows, hidden });

describe('quarter headers', () => {
  it('recognises the ways offices name a quarter', () => {
    expect(['第一季度', '一季度', '第1季度', '1季度', '2026年第二季度', '第三季度等次', '第四季度考核结果', 'Q1', 'ｑ２', '第 一 季 度', '第一季度（等次）'].map(quarterOfHeader))
      .toEqual([1, 1, 1, 1, 2, 3, 4, 1, 2, 1, 1]);
  });

  it('does not take other headers for a quarter', () => {
    expect(['季度', '姓名', '年度考核等次', '第五季度', '季度平均'].map(quarterOfHeader)).toEqual([null, null, null, null, null]);
  });

  it('finds a header under a title and a 填报单位 line, with a two-row header merged over the quarters', () => {
    const layout = findQuarterHeader(grid([
      ['2026年度平时考核等次汇总表'],
      ['填报单位：办公室', null, null, null, '2026年12月'],
      ['序号', '姓　名', '单位', '平时考核等次'],
      ['序号', '姓　名', '单位', '第一季度', '第二季度', '第三季度', '第四季度', '备注'],
      [1, '张三', '办公室', '好', '较好', '好', '一般'],
    ]));
    expect(layout).toMatchObject({ headerRow: 4, nameColumn: 1, unitColumn: 2, idColumn: undefined, quarterColumns: [3, 4, 5, 6] });
  });

  it('needs a 姓名 column and at least one quarter', () => {
    expect(findQuarterHeader(grid([['姓名', '单位', '职务'], ['张三', '办公室', '科员']]))).toBeNull();
    expect(findQuarterHeader(grid([['单位', '第一季度'], ['办公室', '好']]))).toBeNull();
    expect(findQuarterHeader(grid([['姓名', '第三季度'], ['张三', '好']]))).toMatchObject({ quarterColumns: [undefined, undefined, 1, undefined] });
  });

  it('skips a 填表说明 sheet and a hidden sheet for the sheet with the header', () => {
    const sheets = [
      grid([['填表说明'], ['姓名', '第一季度']], '填表说明'),
      grid([['姓名', '第一季度', '第二季度']], '隐藏', true),
      grid([['说明：按季度填写'], ['姓名', '身份证号', '一季度', '二季度'], ['张三', '', '好', '好']], 'Sheet2'),
    ];
    expect(chooseQuarterSheet(sheets)).toMatchObject({ index: 2, layout: { headerRow: 2, idColumn: 1, quarterColumns: [2, 3, undefined, undefined] } });
    expect(chooseQuarterSheet([grid([['花名册'], ['姓名', '单位']])])).toBeNull();
  });
});

describe('grade cells', () => {
  it('accepts the five grades, 不确定 and spaced or quoted spellings', () => {
    const cells: Cell[] = ['好', '较好', '一般', '较差', '不确定等次', '不确定', '　好　', '较 好', '“好”', '不确定　等次'];
    expect(cells.map((c) => parseGradeCell(c))).toEqual(
      ['good', 'fair', 'average', 'poor', 'undetermined', 'undetermined', 'good', 'fair', 'good', 'undetermined'].map((grade) => ({ ok: true, grade })),
    );
  });

  it('reads an empty cell, a dash or a slash as no grade', () => {
    for (const c of [null, '', '  ', '/', '—', '-', '－']) expect(parseGradeCell(c)).toEqual({ ok: true, grade: null });
  });

  it('refuses anything else, keeping the text for the message', () => {
    for (const c of ['优', '优秀', '良', '称职', '差', '好好']) expect(parseGradeCell(c)).toEqual({ ok: false, text: c });
    expect(parseGradeCell(1)).toEqual({ ok: false, text: '1' });
  });
});

describe('rows under the header', () => {
  const validId = `11010519800101001${idCheckChar('11010519800101001')}`;
  const badId = `11010519800101002${idCheckChar('11010519800101002') === '0' ? '1' : '0'}`;
  const sheet = grid([
    ['平时考核等次表'],
    ['序号', '姓名', '身份证号', '单位', '第一季度', '第二季度', '第三季度', '第四季度'],
    [1, '张  三', validId.toLowerCase(), '办公室', '好', '较好', '', '一般'],
    [2, '李四', '', '办公室', '优', '好', '好', '差'],
    ['一、事业单位'],
    [null, null, null, '综合保障中心'],
    [3, '', '', '综合保障中心', '好'],
    [4, '王五', badId, '综合保障中心', '好'],
    ['合计', null, null, null, '2人'],
    ['填表人：', null, '审核人：'],
  ]);

  it('reads people, skips headings, totals and the footer, and names each problem by field', () => {
    const layout = findQuarterHeader(sheet)!;
    const { rows, skipped } = readQuarterRows(sheet, layout);
    expect(rows.map((r) => r.row)).toEqual([3, 4, 7, 8]);
    expect(rows[0]).toMatchObject({ name: '张三', idNumber: validId, unitName: '办公室', grades: ['good', 'fair', null, 'average'], problems: [] });
    expect(rows[1]!.problems).toEqual([
      '第一季度：“优”不是有效等次（应为好/较好/一般/较差/不确定等次）',
      '第四季度：“差”不是有效等次（应为好/较好/一般/较差/不确定等次）',
    ]);
    expect(rows[1]!.grades).toEqual([null, 'good', 'good', null]);
    expect(rows[2]!.problems).toEqual(['姓名：姓名为空']);
    expect(rows[3]!.problems[0]).toMatch(/^身份证号：身份证号校验位不正确/);
    expect(rows[3]!.idNumber).toBeNull();
    expect(skipped.map((s) => [s.row, s.reason])).toEqual([
      [5, '姓名和各季度等次均为空，视为分组标题或空白行'],
      [6, '姓名和各季度等次均为空，视为分组标题或空白行'],
      [9, '合计行'],
      [10, '表尾签名或说明行'],
    ]);
  });
});
