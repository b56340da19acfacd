import { describe, expect, it } from 'vitest';
import type { SummaryReport } from '../../shared/reports/views';
import { outcomePieOption, starCountOption, unitCompositeOption } from '../../renderer/pages/reports/summary/summary-charts';
import { openingSentence, outcomeColumns, overQuotaSentences, overviewSentence, percentText, sectionNumber, starCountSentence, summaryFileName, summaryTitle, tenStarSentence } from '../../renderer/pages/reports/summary/summary-text';

const counts = (excellent: number, competent: number, basic: number, fail: number, undetermined: number): SummaryReport['totals']['byOutcome'] => [
  { outcome: 'excellent', label: '优秀', count: excellent },
  { outcome: 'competent', label: '称职（合格）', count: competent },
  { outcome: 'basic', label: '基本称职（基本合格）', count: basic },
  { outcome: 'fail', label: '不称职（不合格）', count: fail },
  { outcome: 'undetermined', label: '不定等次', count: undetermined },
];

describe('汇总报告 words', () => {
  it('numbers sections 一、二、… and ends the title with 「（未确定）」 until the year is final', () => {
    expect([1, 2, 6, 10, 11, 20, 23].map(sectionNumber)).toEqual(['一', '二', '六', '十', '十一', '二十', '二十三']);
    expect(summaryTitle({ unitTitle: '某市国防动员办公室', year: 2026, final: false })).toBe('某市国防动员办公室2026年度年终考核汇总报告（未确定）');
    expect(summaryTitle({ unitTitle: '某市国防动员办公室', year: 2026, final: true })).toBe('某市国防动员办公室2026年度年终考核汇总报告');
    expect(summaryFileName({ unitTitle: '某区/人防办', year: 2026, final: true })).toBe('某区 人防办2026年度年终考核汇总报告.pdf');
  });

  it('states the totals with shares, says who is not yet confirmed, and who has no 等次 yet', () => {
    const totals = { participants: 60, confirmed: 0, undetermined: 2, byOutcome: counts(10, 47, 0, 0, 2) };
    expect(overviewSentence({ final: false, totals })).toBe(
      '本年度参加年度考核60人，已确定等次0人，尚未确定60人（以下按建议等次统计）。其中：优秀10人，占16.67%；称职（合格）47人，占78.33%；不定等次2人，占3.33%。另有1人综合得分尚不完整，暂无等次。',
    );
    const final = { participants: 3, confirmed: 3, undetermined: 0, byOutcome: counts(1, 1, 1, 0, 0) };
    expect(overviewSentence({ final: true, totals: final })).toBe('本年度参加年度考核3人，已确定等次3人。其中：优秀1人，占33.33%；称职（合格）1人，占33.33%；基本称职（基本合格）1人，占33.33%。');
    expect(percentText(0, 0)).toBe('0.00%');
  });

  it('opens by saying plainly whether the figures are final', () => {
    const totals = (confirmed: number) => ({ participants: 60, confirmed, undetermined: 2, byOutcome: counts(10, 48, 0, 0, 2) });
    expect(openingSentence({ year: 2026, final: true, totals: totals(60) })).toBe('2026年度考核工作已经结束，考核委员会已确定全部参加人员的考核等次。现将考核结果汇总报告如下。');
    expect(openingSentence({ year: 2026, final: false, totals: totals(60) })).toContain('考核等次已全部确定，尚未确认锁定');
    expect(openingSentence({ year: 2026, final: false, totals: totals(12) })).toContain('未确定等次的人员按建议等次统计');
  });

  it('shows 不定等次 as a column only when someone has it', () => {
    expect(outcomeColumns({ participants: 5, confirmed: 5, undetermined: 0, byOutcome: counts(1, 4, 0, 0, 0) }).map((c) => c.outcome)).toEqual(['excellent', 'competent', 'basic', 'fail']);
    expect(outcomeColumns({ participants: 5, confirmed: 5, undetermined: 1, byOutcome: counts(1, 3, 0, 0, 1) }).map((c) => c.outcome)).toContain('undetermined');
  });

  it('names each group over its 优秀 quota, as the committee’s decision once final', () => {
    const groups = [
      { name: '机关科室', size: 32, excellentQuota: 6, byOutcome: counts(7, 24, 1, 0, 0), overQuota: true },
      { name: '事业单位', size: 24, excellentQuota: 4, byOutcome: counts(3, 21, 0, 0, 0), overQuota: false },
    ];
    expect(overQuotaSentences({ final: true, groups })).toEqual(['机关科室优秀名额6名，确定7名，超出1名（经考核委员会研究决定）。']);
    expect(overQuotaSentences({ final: false, groups })).toEqual(['机关科室优秀名额6名，确定及建议7名，超出1名，须经考核委员会研究决定。']);
  });

  it('lists 十星级 people with their units and sums up the star counts', () => {
    expect(tenStarSentence([{ name: '周立新', unitName: '某市国防动员办公室' }, { name: '林建峰', unitName: '综合计划科' }])).toBe('年终认定十星级党员干部2人：周立新（某市国防动员办公室）、林建峰（综合计划科）。');
    expect(tenStarSentence([])).toBe('本年度无年终认定的十星级党员干部。');
    const starCounts = [10, 9, 8, 7].map((stars, i) => ({ stars, people: [2, 1, 1, 0][i]! }));
    expect(starCountSentence(starCounts)).toBe('参加评星4人，年终平均获星9.25颗；获星8颗及以上的4人，占100.00%。');
  });
});

describe('汇总报告 charts', () => {
  it('draws without animation; the ring leaves out empty 等次 and labels counts and shares', () => {
    const option = outcomePieOption({ participants: 60, confirmed: 0, undetermined: 2, byOutcome: counts(10, 48, 0, 0, 2) });
    expect(option.animation).toBe(false);
    const series = (option.series as { data: { name: string; value: number; label: { formatter: string } }[] }[])[0]!;
    expect(series.data.map((d) => [d.name, d.value])).toEqual([['优秀', 10], ['称职（合格）', 48], ['不定等次', 2]]);
    expect(series.data[0]!.label.formatter).toBe('{b}\n10人（16.67%）');
  });

  it('bars units in tree order, top down, from an axis start just below the lowest average', () => {
    const byUnit = [
      { unitName: '办公室', participants: 5, byOutcome: counts(1, 4, 0, 0, 0), averageComposite: 86.38 },
      { unitName: '新设科', participants: 1, byOutcome: counts(0, 0, 0, 0, 1), averageComposite: null },
      { unitName: '法规宣传科', participants: 5, byOutcome: counts(3, 2, 0, 0, 0), averageComposite: 91.02 },
    ];
    const option = unitCompositeOption(byUnit);
    expect(option.animation).toBe(false);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['办公室', '法规宣传科'] });
    expect(option.xAxis).toMatchObject({ min: 80 });
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([86.38, 91.02]);
  });

  it('counts stars left to right from 0, the full count marked', () => {
    const option = starCountOption([{ stars: 2, people: 1 }, { stars: 1, people: 0 }, { stars: 0, people: 3 }]);
    expect(option.xAxis).toMatchObject({ data: ['0星', '1星', '2星'] });
    const data = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!.data;
    expect(data.map((d) => d.value)).toEqual([3, 0, 1]);
    expect(data[2]!.itemStyle.color).not.toBe(data[0]!.itemStyle.color);
  });
});
