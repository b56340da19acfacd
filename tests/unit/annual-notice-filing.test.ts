import { describe, expect, it } from 'vitest';
import {
  annualRules, annualRulesPreset, consequenceRulesPreset, consequencesIn, consequenceWords, fillNoticeBody, fillPlaceholders,
  filingColumns, filingCounts, noticeTemplate, noticeTemplatePreset, recentOutcomesText, type FilingParticipant, type HistoryYear, type NoticeValues,
} from '../../shared/annual';

const values = (patch: Partial<NoticeValues> = {}): NoticeValues => ({ 姓名: '张三', 年度: '2026', 等次: '优秀', 单位: '办公室', 职务: '科员', 结果运用: '给予嘉奖', ...patch });
const h = (pairs: Record<number, HistoryYear['outcome']>): HistoryYear[] => Object.entries(pairs).map(([year, outcome]) => ({ year: Number(year), outcome }));
const words = (history: HistoryYear[], vocabulary: 'civil' | 'institution') => consequenceWords(consequencesIn(consequenceRulesPreset, history, 2026, vocabulary));

describe('考核结果通知书 template (DOMAIN §9)', () => {
  it('fills every placeholder, and the preset reads as a notice', () => {
    expect(fillPlaceholders('{年度}年度考核结果通知书', values())).toBe('2026年度考核结果通知书');
    expect(fillPlaceholders('{姓名}同志（{单位}{职务}）：', values())).toBe('张三同志（办公室科员）：');
    expect(fillNoticeBody(noticeTemplatePreset.body, values())).toEqual([
      '经考核委员会审核确定，你2026年度考核结果为：优秀。',
      '根据有关规定，给予嘉奖。',
      '如对考核结果有异议，可在接到本通知之日起15日内向考核委员会申请复核。',
      '特此通知。',
    ]);
  });

  it('leaves out the line of an empty {结果运用} and blank lines', () => {
    expect(fillNoticeBody('甲{等次}\n\n根据有关规定，{结果运用}。\n乙', values({ 结果运用: '' }))).toEqual(['甲优秀', '乙']);
  });

  it('an unknown placeholder is refused on save, naming it and the ones it knows', () => {
    const r = noticeTemplate.safeParse({ ...noticeTemplatePreset, body: '{名字}同志' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('不认识的占位符：{名字}；可用：{姓名} {年度} {等次} {单位} {职务} {结果运用}');
    expect(fillPlaceholders('{名字}', values())).toBe('{名字}');
  });

  it('a year stored before the template existed reads as the preset', () => {
    const { notice: _n, ...old } = annualRulesPreset;
    expect(annualRules.parse(old).notice).toEqual(noticeTemplatePreset);
  });
});

describe('the consequence words a 通知书 prints', () => {
  it('are chosen per vocabulary', () => {
    expect(words(h({ 2026: 'basic' }), 'civil')).toBe('对本人进行诫勉谈话，限期改进；本年度不计算为晋升职务职级的考核年限；不享受年度考核奖金');
    expect(words(h({ 2026: 'basic' }), 'institution')).toBe('对本人进行诫勉谈话，限期改进；本年度不计算为晋升岗位等级的考核年限；不享受年度考核奖金');
    expect(words(h({ 2026: 'undetermined' }), 'civil')).toBe('本年度参加年度考核，不确定等次');
  });

  it('add the run rule that fires this year: 记三等功, 解除聘用合同 (not 辞退) for 事业单位', () => {
    expect(words(h({ 2024: 'excellent', 2025: 'excellent', 2026: 'excellent' }), 'civil')).toBe(
      '给予嘉奖；本年度计算为晋升职务职级的考核年限；享受年度考核奖金；连续三年考核优秀，记三等功',
    );
    expect(words(h({ 2023: 'excellent', 2025: 'excellent', 2026: 'excellent' }), 'civil')).toBe('给予嘉奖；本年度计算为晋升职务职级的考核年限；享受年度考核奖金');
    expect(words(h({ 2025: 'fail', 2026: 'fail' }), 'institution')).toBe(
      '调整其岗位或者降低岗位等级；本年度不计算为晋升岗位等级的考核年限；不享受年度考核奖金；连续两年年度考核不合格，解除聘用合同',
    );
    expect(words(h({ 2025: 'fail', 2026: 'fail' }), 'civil')).toContain('连续两年年度考核不称职，予以辞退');
  });
});

describe('年度考核结果备案表 counts (DOMAIN §9)', () => {
  const { vocabularies } = annualRulesPreset;
  const p = (category: string | null, vocabulary: 'civil' | 'institution', outcome: FilingParticipant['outcome']): FilingParticipant => ({ category, vocabulary, outcome });
  const many = (n: number, person: FilingParticipant): FilingParticipant[] => Array.from({ length: n }, () => person);
  // 公务员 10: 优秀 2, 称职 6, 基本称职 1, 不定等次 1; 事业 6: 优秀 1, 合格 4, 不合格 1; 工勤 (institution) 2 合格
  const participants = [
    ...many(2, p('公务员', 'civil', 'excellent')), ...many(6, p('公务员', 'civil', 'competent')), p('公务员', 'civil', 'basic'), p('公务员', 'civil', 'undetermined'),
    p('事业', 'institution', 'excellent'), ...many(4, p('事业', 'institution', 'competent')), p('事业', 'institution', 'fail'),
    ...many(2, p('工勤', 'institution', 'competent')),
  ];
  const absent = ['公务员', '事业', '事业', null];

  it('has one column per 等次 of both vocabularies, 优秀 shared', () => {
    expect(filingColumns(vocabularies).map((c) => c.label)).toEqual(['优秀', '称职', '基本称职', '不称职', '合格', '基本合格', '不合格']);
    expect(filingColumns(vocabularies)[0]!.levels).toEqual([{ vocabulary: 'civil', level: 'excellent' }, { vocabulary: 'institution', level: 'excellent' }]);
  });

  it('counts per 人员类别 with 不定等次, 未参加, 参加考核人数 and the 优秀 share; 不定等次 in the base', () => {
    const counts = filingCounts({ participants, absent, vocabularies, inQuotaBase: true, categoryOrder: Object.keys(annualRulesPreset.categoryVocabulary) });
    const row = (c: string) => counts.rows.find((r) => r.category === c)!;
    expect(counts.rows.map((r) => r.category)).toEqual(['公务员', '事业', '工勤', '未填人员类别']);
    expect(row('公务员')).toMatchObject({ levels: [2, 6, 1, 0, 0, 0, 0], undetermined: 1, absent: 1, participants: 10, excellent: 2, base: 10, excellentShare: 0.2 });
    expect(row('事业')).toMatchObject({ levels: [1, 0, 0, 0, 4, 0, 1], undetermined: 0, absent: 2, participants: 6, base: 6 });
    expect(row('事业').excellentShare).toBeCloseTo(1 / 6, 12);
    expect(row('工勤')).toMatchObject({ levels: [0, 0, 0, 0, 2, 0, 0], participants: 2, excellentShare: 0 });
    // someone not assessed whose 人员类别 is empty: a row of 未参加 only, no share
    expect(row('未填人员类别')).toMatchObject({ participants: 0, absent: 1, excellentShare: null });
    expect(counts.total).toMatchObject({ category: '合计', levels: [3, 6, 1, 0, 6, 0, 1], undetermined: 1, absent: 4, participants: 18, excellent: 3, base: 18 });
    expect(counts.total.excellentShare).toBeCloseTo(3 / 18, 12);
  });

  it('with 不定等次 out of the base, the share is over those who got a 等次', () => {
    const counts = filingCounts({ participants, absent, vocabularies, inQuotaBase: false });
    expect(counts.rows.find((r) => r.category === '公务员')).toMatchObject({ participants: 10, base: 9 });
    expect(counts.rows.find((r) => r.category === '公务员')!.excellentShare).toBeCloseTo(2 / 9, 12);
    expect(counts.total.base).toBe(17);
  });

  it('renamed levels keep their own columns; an unconfirmed participant counts only in 参加考核人数', () => {
    const renamed = { ...vocabularies, institution: { ...vocabularies.institution, levels: ['优秀', '合格', '基本合格', '不合格（待岗）'] as [string, string, string, string] } };
    const counts = filingCounts({ participants: [p('事业', 'institution', 'fail'), p('事业', 'institution', null)], absent: [], vocabularies: renamed, inQuotaBase: true });
    expect(counts.columns.map((c) => c.label).at(-1)).toBe('不合格（待岗）');
    expect(counts.total).toMatchObject({ levels: [0, 0, 0, 0, 0, 0, 1], unconfirmed: 1, participants: 2 });
  });

  it('writes the 近三年等次 cell', () => {
    expect(recentOutcomesText([{ year: 2024, label: '优秀' }, { year: 2025, label: null }, { year: 2026, label: '称职' }])).toBe('2024：优秀；2025：—；2026：称职');
  });
});
