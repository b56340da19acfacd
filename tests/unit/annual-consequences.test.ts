import { describe, expect, it } from 'vitest';
import { annualRules, annualRulesPreset } from '../../shared/annual';
import { consequenceRulesPreset, consequencesIn, recentOutcomes, runEndingIn, type HistoryYear, type RunRule } from '../../shared/annual/consequences';

const h = (pairs: Record<number, HistoryYear['outcome']>): HistoryYear[] => Object.entries(pairs).map(([year, outcome]) => ({ year: Number(year), outcome }));
const merit = consequenceRulesPreset.runs[0]!;
const runNames = (history: HistoryYear[], year: number, vocabulary: 'civil' | 'institution' = 'civil'): string[] =>
  consequencesIn(consequenceRulesPreset, history, year, vocabulary).runs.map((r) => r.rule.consequence);

describe('考核结果运用 rules (DOMAIN §9)', () => {
  it('优秀 three calendar years running is 记三等功; a gap or another 等次 breaks the run', () => {
    expect(runEndingIn(merit, h({ 2024: 'excellent', 2025: 'excellent', 2026: 'excellent' }), 2026)).toEqual([2024, 2025, 2026]);
    // 优秀, 称职, 优秀 is not three running
    expect(runEndingIn(merit, h({ 2022: 'excellent', 2023: 'excellent', 2024: 'competent', 2025: 'excellent', 2026: 'excellent' }), 2026)).toBeNull();
    // a year without any record (not assessed, not imported) is a gap
    expect(runEndingIn(merit, h({ 2023: 'excellent', 2025: 'excellent', 2026: 'excellent' }), 2026)).toBeNull();
    // 未参加 is a gap too, 不定等次 is not 优秀
    expect(runEndingIn(merit, h({ 2024: 'excellent', 2025: 'absent', 2026: 'excellent' }), 2026)).toBeNull();
    expect(runEndingIn(merit, h({ 2024: 'undetermined', 2025: 'excellent', 2026: 'excellent' }), 2026)).toBeNull();
    // the year asked about must itself count
    expect(runEndingIn(merit, h({ 2023: 'excellent', 2024: 'excellent', 2025: 'excellent', 2026: 'competent' }), 2026)).toBeNull();
  });

  it('years already used by a 三等功 are not counted again: the next run starts after it', () => {
    const six = h({ 2021: 'excellent', 2022: 'excellent', 2023: 'excellent', 2024: 'excellent', 2025: 'excellent', 2026: 'excellent' });
    expect(runEndingIn(merit, six, 2023)).toEqual([2021, 2022, 2023]);
    expect(runEndingIn(merit, six, 2024)).toBeNull();
    expect(runEndingIn(merit, six, 2025)).toBeNull();
    expect(runEndingIn(merit, six, 2026)).toEqual([2024, 2025, 2026]);
    // the office may count every year of a longer run instead
    const sliding: RunRule = { ...merit, countOnce: false };
    expect(runEndingIn(sliding, six, 2024)).toEqual([2022, 2023, 2024]);
  });

  it('imported years and app years make one history; the order they come in does not matter', () => {
    const mixed = [{ year: 2026, outcome: 'excellent' as const }, { year: 2024, outcome: 'excellent' as const }, { year: 2025, outcome: 'excellent' as const }];
    expect(runNames(mixed, 2026)).toEqual(['连续三年考核优秀，记三等功']);
  });

  it('two years running of 基本称职 or 不称职 are flagged; the vocabulary picks the words; the first flag wins', () => {
    expect(runNames(h({ 2025: 'basic', 2026: 'basic' }), 2026)).toEqual(['连续两年年度考核基本称职以下，调整其职务或职级']);
    expect(runNames(h({ 2025: 'basic', 2026: 'fail' }), 2026)).toEqual(['连续两年年度考核基本称职以下，调整其职务或职级']);
    expect(runNames(h({ 2025: 'fail', 2026: 'fail' }), 2026)).toEqual(['连续两年年度考核不称职，予以辞退']);
    expect(runNames(h({ 2025: 'fail', 2026: 'fail' }), 2026, 'institution')).toEqual(['连续两年年度考核不合格，解除聘用合同']);
    expect(runNames(h({ 2025: 'basic', 2026: 'competent' }), 2026)).toEqual([]);
  });

  it('this year alone: 优秀 brings 嘉奖; 基本合格 has the 事业单位 words; no record, no rule', () => {
    const one = consequencesIn(consequenceRulesPreset, h({ 2026: 'excellent' }), 2026, 'civil');
    expect(one.outcome?.award).toBe('嘉奖');
    expect(one.outcome?.consequence).toMatch(/^给予嘉奖/);
    expect(consequencesIn(consequenceRulesPreset, h({ 2026: 'basic' }), 2026, 'institution').outcome?.consequence).toContain('岗位等级');
    expect(consequencesIn(consequenceRulesPreset, h({ 2025: 'basic' }), 2026, 'civil').outcome).toBeNull();
  });

  it('近三年等次 lists the three years up to the year, oldest first, gaps as null', () => {
    expect(recentOutcomes(h({ 2024: 'excellent', 2026: 'competent' }), 2026)).toEqual([
      { year: 2024, outcome: 'excellent' }, { year: 2025, outcome: null }, { year: 2026, outcome: 'competent' },
    ]);
  });

  it('a year stored before the rules existed reads with the preset; the rules are checked', () => {
    const { results: _dropped, ...old } = annualRulesPreset;
    expect(annualRules.parse(old).results).toEqual(consequenceRulesPreset);
    const bad = { ...annualRulesPreset, results: { ...consequenceRulesPreset, runs: [{ ...merit, years: 1 }] } };
    expect(annualRules.safeParse(bad).success).toBe(false);
  });
});
