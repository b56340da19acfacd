import { describe, expect, it } from 'vitest';
import { figureText, sourceMappingText, sourcePoints, sourceTarget } from '../../shared/annual';

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
