import { describe, expect, it } from 'vitest';
import {
  chooseHistorySheet, findHistoryHeader, parseOutcomeCell, parseYearCell, readHistoryRows, yearOfHeader,
} from '../../shared/annual/history-sheet';
import type { Cell, SheetGrid } from '../../shared/roster-import';

const grid = (rows: Cell[][], name = 'Sheet1'): SheetGrid => ({ name, rows, hidden: false });

describe('历年等次 sheet: the cells (DOMAIN §9)', () => {
  it('reads the 等次 words of both vocabularies and their variants', () => {
    const words: Record<string, string | null> = {
      优秀: 'excellent', 称职: 'competent', 合格: 'competent', 基本称职: 'basic', 基本合格: 'basic', 不称职: 'fail', 不合格: 'fail',
      不定等次: 'undetermined', 不确定等次: 'undetermined', 未定等次: 'undetermined', 未参加: 'absent', 未参加考核: 'absent',
      ' 优 秀 ': 'excellent', '“称职”': 'competent', 优秀等次: 'excellent', '/': null, '—': null, '': null,
    };
    for (const [text, code] of Object.entries(words)) {
      const parsed = parseOutcomeCell(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(parsed.outcome, text).toBe(code);
    }
    expect(parseOutcomeCell('良好')).toEqual({ ok: false, text: '良好' });
    expect(parseOutcomeCell(1)).toEqual({ ok: false, text: '1' });
  });

  it('reads a year written 2023, 2023年, 2023年度, in full-width digits or as a number', () => {
    for (const cell of [2023, '2023', '2023年', '2023年度', '２０２３年度', ' 2023 年度 ', '2023年度考核']) expect(parseYearCell(cell), String(cell)).toEqual({ ok: true, year: 2023 });
    expect(parseYearCell('23年')).toEqual({ ok: false, text: '23年' });
    expect(parseYearCell(1850)).toEqual({ ok: false, text: '1850' });
    expect(parseYearCell('2023-2024')).toEqual({ ok: false, text: '2023-2024' });
  });

  it('knows a wide-form year column by its header', () => {
    expect(['2022年度', '2022年', '２０２２年度', '2022年度考核等次', '2022年考核结果', 2022].map(yearOfHeader)).toEqual([2022, 2022, 2022, 2022, 2022, 2022]);
    expect(['年度', '2022年度备注说明', '第一季度', 12].map(yearOfHeader)).toEqual([null, null, null, null]);
  });
});

describe('历年等次 sheet: long and wide form', () => {
  it('finds a long-form header under a title and reads one person-year a row, each problem naming its field', () => {
    const g = grid([
      ['历年年度考核等次登记表'],
      ['填报单位：某区国防动员办公室', null, null, '填报日期：2026年12月'],
      ['序号', '姓名', '身份证号码', '考核年度', '考核等次'],
      [1, '张三', '110101199003071234', '2023年度', '优秀'],
      [2, '李 四', null, 2024, '合格'],
      [3, '王五', null, '二〇二四', '优秀'],
      [4, '赵六', null, '2024', '良好'],
      [5, null, null, null, null],
      ['合计：4人'],
      ['填表人：张三'],
    ]);
    const layout = findHistoryHeader(g)!;
    expect(layout).toMatchObject({ form: 'long', headerRow: 3, nameColumn: 1, idColumn: 2, yearColumn: 3, outcomeColumn: 4 });
    const { items, skipped } = readHistoryRows(g, layout);
    expect(items.map((i) => [i.row, i.name, i.year, i.outcome, i.problems])).toEqual([
      [4, '张三', 2023, 'excellent', []],
      [5, '李四', 2024, 'competent', []],
      [6, '王五', null, 'excellent', ['年度：“二〇二四”不是有效年度（应写作2023、2023年或2023年度）']],
      [7, '赵六', 2024, null, ['等次：“良好”不是有效等次（应为优秀、称职/合格、基本称职/基本合格、不称职/不合格、不定等次、未参加）']],
    ]);
    expect(skipped.map((s) => s.row)).toEqual([8, 9, 10]);
  });

  it('reads the wide form under a two-row header (历年考核等次 merged over the years), one item per filled year', () => {
    const g = grid([
      ['历年考核情况表'],
      ['序号', '姓名', '单位', '历年考核等次', '历年考核等次', '历年考核等次'],
      ['序号', '姓名', '单位', '2022年度', '2023年度', '2024年度'],
      [1, '张三', '办公室', '优秀', '称职', '/'],
      [2, '李四', '办公室', null, '不合格', '基本合格'],
      [3, '王五', '办公室', null, null, null],
      [4, '赵六', '办公室', '优', '称职', null],
    ]);
    const chosen = chooseHistorySheet([grid([['说明']], '填表说明'), g])!;
    expect(chosen.index).toBe(1);
    expect(chosen.layout).toMatchObject({ form: 'wide', headerRow: 3, yearColumns: [{ column: 3, year: 2022 }, { column: 4, year: 2023 }, { column: 5, year: 2024 }] });
    const { items, skipped } = readHistoryRows(g, chosen.layout);
    expect(items.map((i) => [i.row, i.name, i.year, i.outcome, i.outcomeText])).toEqual([
      [4, '张三', 2022, 'excellent', '优秀'],
      [4, '张三', 2023, 'competent', '称职'],
      [5, '李四', 2023, 'fail', '不合格'],
      [5, '李四', 2024, 'basic', '基本合格'],
      [7, '赵六', 2022, null, ''],
      [7, '赵六', 2023, 'competent', '称职'],
    ]);
    expect(items[4]!.problems).toEqual(['2022年度：“优”不是有效等次（应为优秀、称职/合格、基本称职/基本合格、不称职/不合格、不定等次、未参加）']);
    expect(skipped).toEqual([{ row: 6, reason: '王五：各年度等次均未填写' }]);
  });

  it('keeps an ID number stored as a number when it survived, and says why when it did not', () => {
    const g = grid([['姓名', '身份证号', '年度', '等次'], ['张三', 110101900307123, 2023, '优秀'], ['李四', 4.20302198003127e17, 2023, '优秀']]);
    const { items } = readHistoryRows(g, findHistoryHeader(g)!);
    expect(items[0]!.idNumber).toBe('110101900307123');
    expect(items[1]!.idNumber).toBeNull();
    expect(items[1]!.idProblem).toMatch(/^身份证号：/);
  });

  it('is no history sheet without 姓名, or without 年度+等次 or a year column', () => {
    expect(findHistoryHeader(grid([['姓名', '单位', '职务']]))).toBeNull();
    expect(findHistoryHeader(grid([['单位', '2023年度']]))).toBeNull();
    expect(findHistoryHeader(grid([['姓名', '年度']]))).toBeNull();
  });
});
