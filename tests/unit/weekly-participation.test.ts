import { describe, expect, it } from 'vitest';
import { defaultParticipantUnits, itemsToCarry, weeklyParticipation, type WeeklyItemFact } from '../../shared/weekly';

const unitItem = (week: number, unitId: number, extra: Partial<WeeklyItemFact> = {}): WeeklyItemFact => ({ week, unitId, personId: null, mark: null, unfinished: false, ...extra });

describe('周晒 participation (DOMAIN §8): weeks expected and posted, items, 亮点/不足', () => {
  // 2026 by Thursday: March has weeks 10–14 (3月2日 … 4月5日; week 14's Thursday is 4月2日, so it counts in April)
  const rules = { weekRule: 'thursday' as const, startWeek: 10 };
  const items: WeeklyItemFact[] = [
    unitItem(10, 1), unitItem(10, 1, { mark: 'highlight' }), unitItem(11, 1, { mark: 'shortfall', unfinished: true }),
    unitItem(13, 1), unitItem(9, 1),
    unitItem(10, 2), unitItem(12, 2, { mark: 'highlight' }),
    { week: 10, unitId: null, personId: 7, mark: 'highlight', unfinished: false },
  ];

  it('a month: the weeks that ended, the week still running only once posted', () => {
    // on 2026-03-26 (Thursday of week 13): weeks 10, 11, 12 ended; 13 is running
    const unit1 = weeklyParticipation({ rules, items, asOf: '2026-03-26' }, { kind: 'unit', id: 1 }, { year: 2026, month: 3 });
    expect(unit1).toEqual({ weeksExpected: 4, weeksPosted: 3, missedWeeks: [12], items: 4, highlights: 1, shortfalls: 1, unfinished: 1, rate: 0.75 });
    const unit2 = weeklyParticipation({ rules, items, asOf: '2026-03-26' }, { kind: 'unit', id: 2 }, { year: 2026, month: 3 });
    expect(unit2).toMatchObject({ weeksExpected: 3, weeksPosted: 2, missedWeeks: [11], items: 2, highlights: 1, rate: 2 / 3 });
  });

  it('a year counts from the first 周晒 week (week 9 posted early does not count); a person is a target of its own', () => {
    const year = weeklyParticipation({ rules, items, asOf: '2026-04-30' }, { kind: 'unit', id: 1 }, { year: 2026 });
    // weeks 10..17 ended by 4月30日 (week 18 starts 4月27日 and runs)
    expect(year.weeksExpected).toBe(8);
    expect(year.weeksPosted).toBe(3);
    expect(year.items).toBe(4);
    expect(weeklyParticipation({ rules, items, asOf: '2026-04-30' }, { kind: 'person', id: 7 }, { year: 2026 })).toMatchObject({ weeksPosted: 1, items: 1, highlights: 1 });
    // nothing expected before the first week: no rate
    expect(weeklyParticipation({ rules, items, asOf: '2026-02-01' }, { kind: 'unit', id: 1 }, { year: 2026 })).toMatchObject({ weeksExpected: 0, rate: null });
  });

  it('the default 参晒单位 are the units directly under the top unit', () => {
    expect(defaultParticipantUnits([{ id: 1, parentId: null }, { id: 2, parentId: 1 }, { id: 3, parentId: 1 }, { id: 4, parentId: 3 }])).toEqual([2, 3]);
  });
});

describe('复制上周未完成', () => {
  it('copies the unfinished items once, not those already carried or typed again', () => {
    const last = [
      { id: 1, text: '完成方案起草', unfinished: false },
      { id: 2, text: '人防工程检查', unfinished: true },
      { id: 3, text: '宣传月筹备', unfinished: true },
      { id: 4, text: '通信演练', unfinished: true },
    ];
    expect(itemsToCarry(last, []).map((i) => i.id)).toEqual([2, 3, 4]);
    expect(itemsToCarry(last, [{ text: '其他', carriedFrom: 2 }, { text: ' 宣传月筹备 ', carriedFrom: null }]).map((i) => i.id)).toEqual([4]);
  });
});
