import { describe, expect, it } from 'vitest';
import { annualRules, annualRulesPreset, conductWeightsText, figureText, sourceMappingText, sourcePoints, sourceTarget } from '../../shared/annual';

/** 自动取数 (DOMAIN §8.7): a figure becomes points by the item's mapping, rounded as every score. */
describe('自动取数 figure → points', () => {
  const preset = { maxPoints: 20, sourceFull: 100, sourceZero: 0 };
  it('the preset: points = rate × 满分, rounded to 2 decimals half away from zero', () => {
    expect(sourcePoints(preset, 40)).toBe(8);
    expect(sourcePoints(preset, 100)).toBe(20);
    expect(sourcePoints(preset, 0)).toBe(0);
    // 2 of 3 nodes on time: 13.333… → 13.33; 5 of 6 weeks: 16.666… → 16.67
    expect(sourcePoints(preset, (2 / 3) * 100)).toBe(13.33);
    expect(sourcePoints(preset, (5 / 6) * 100)).toBe(16.67);
    // 科室评议 85.5 of 100 under a 满分 of 10
    expect(sourcePoints({ ...preset, maxPoints: 10 }, 85.5)).toBe(8.55);
    // a half up to float noise counts as a half: 0.1225 × 10 = 1.225 → 1.23
    expect(sourcePoints({ ...preset, maxPoints: 10 }, 12.25)).toBe(1.23);
  });

  it('a mapping of its own: linear between the figure for 0 and the one for the 满分, clamped', () => {
    const m = { maxPoints: 10, sourceFull: 100, sourceZero: 50 };
    expect(sourcePoints(m, 80)).toBe(6);
    expect(sourcePoints(m, 50)).toBe(0);
    expect(sourcePoints(m, 30)).toBe(0);
    expect(sourcePoints({ ...m, sourceFull: 90 }, 95)).toBe(10);
    expect(sourceMappingText('weekly', m)).toBe('50%及以下得0分，100%及以上得满分10分，其间按比例');
    expect(sourceMappingText('review', { ...m, sourceZero: 0 })).toBe('得分 = 评议平均得分 ÷ 100 × 满分10分');
    expect(sourceMappingText('tasks', preset)).toBe('得分 = 任务按时完成率 × 满分20分');
  });

  it('says whose figure it is and how it reads', () => {
    expect(sourceTarget('tasks', 'person')).toBe('unit');
    expect(sourceTarget('review', 'person')).toBe('unit');
    expect(sourceTarget('campaign', 'unit')).toBe('person');
    expect(sourceTarget('weekly', 'person')).toBe('person');
    expect(figureText('tasks', { figure: 40, numerator: 2, denominator: 5 })).toBe('按时完成节点 2 / 到期节点 5 = 40%');
    expect(figureText('weekly', { figure: (2 / 3) * 100, numerator: 2, denominator: 3 })).toBe('已晒周数 2 / 应晒周数 3 = 66.67%');
    expect(figureText('review', { figure: 87.75, numerator: 175.5, denominator: 2 })).toBe('各次评议得分合计 175.5 ÷ 参加评议次数 2 = 87.75分');
  });
});

describe('能力作风 in the rules', () => {
  it('a year stored before it existed reads with 能力作风 off, before 加减分, and the preset weights', () => {
    const stored = { ...annualRulesPreset, components: annualRulesPreset.components.filter((c) => c.key !== 'conduct') } as Record<string, unknown>;
    delete stored.conduct;
    const rules = annualRules.parse(JSON.parse(JSON.stringify(stored)));
    expect(rules.components.map((c) => c.key)).toEqual(['quarters', 'evaluation', 'leader', 'stars', 'items', 'conduct', 'adjustments']);
    expect(rules.components.find((c) => c.key === 'conduct')).toMatchObject({ enabled: false, mode: 'weighted' });
    expect(rules.conduct).toEqual({ weights: { tasks: 40, weekly: 20, review: 40, campaign: 0 }, campaignId: null });
    expect(conductWeightsText(rules.conduct)).toBe('任务按时完成率40%、周晒参与率20%、科室评议平均得分40%');
  });

  it('when on, its weights add up to 100% and a weighted 专项活动 is chosen', () => {
    const components = annualRulesPreset.components.map((c) => (c.key === 'conduct' ? { ...c, enabled: true, weight: 10 } : c.key === 'quarters' ? { ...c, weight: 30 } : c));
    const parsed = annualRules.safeParse({ ...annualRulesPreset, components, conduct: { weights: { tasks: 50, weekly: 0, review: 0, campaign: 50 }, campaignId: null } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(['能力作风计入专项活动任务完成率，请选择专项活动']);
    expect(annualRules.safeParse({ ...annualRulesPreset, components }).success).toBe(true);
  });
});

describe('能力作风 in the audit words', () => {
  it('names a changed weight as the page does', async () => {
    const { rulesChanges } = await import('../../electron/services/annual/rules-words');
    const after = { ...annualRulesPreset, conduct: { weights: { tasks: 50, weekly: 10, review: 40, campaign: 0 }, campaignId: null } };
    expect(rulesChanges(annualRulesPreset, after).map((c) => [c.field, c.before, c.after])).toEqual([['能力作风 任务按时完成率权重', '40', '50'], ['能力作风 周晒参与率权重', '20', '10']]);
  });
});
