import { describe, expect, it } from 'vitest';
import { itemEntryPoints, itemEntryProblem, maxOccurrences } from '../../shared/annual/item-points';

const score = { name: '党建工作', method: 'score', maxPoints: 20, stepPoints: null } as const;
const bonus = { name: '发表文章', method: 'bonus', maxPoints: 5, stepPoints: 0.5 } as const;
const deduct = { name: '考勤违规', method: 'deduct', maxPoints: 6, stepPoints: 2 } as const;
const done = { name: '重点课题', method: 'done', maxPoints: 10, stepPoints: null } as const;

describe('item entry points', () => {
  it('takes a direct score as its points', () => {
    expect(itemEntryPoints(score, 18.5)).toBe(18.5);
  });

  it('counts bonus occurrences × step up to the cap', () => {
    expect(itemEntryPoints(bonus, 3)).toBe(1.5);
    expect(itemEntryPoints(bonus, 10)).toBe(5);
    expect(itemEntryPoints(bonus, 11)).toBe(5);
    expect(itemEntryPoints(bonus, 0)).toBe(0);
  });

  it('makes deductions negative, capped', () => {
    expect(itemEntryPoints(deduct, 1)).toBe(-2);
    expect(itemEntryPoints(deduct, 5)).toBe(-6);
  });

  it('gives done full points and not done none', () => {
    expect(itemEntryPoints(done, 1)).toBe(10);
    expect(itemEntryPoints(done, 0)).toBe(0);
  });
});

describe('item entry range check', () => {
  it('refuses a score outside 0..max with the range in the message', () => {
    expect(itemEntryProblem(score, 25)).toBe('“党建工作”的得分应在0～20之间，输入的25超出范围');
    expect(itemEntryProblem(score, -1)).toContain('0～20');
    expect(itemEntryProblem(score, 20)).toBeNull();
    expect(itemEntryProblem(score, 0)).toBeNull();
    expect(itemEntryProblem(score, Number.NaN)).toContain('0～20');
  });

  it('wants a whole number of occurrences for bonus and deduct', () => {
    expect(itemEntryProblem(bonus, 1.5)).toBe(`“发表文章”应填加分次数，为0～${maxOccurrences}之间的整数，输入的1.5不符合要求`);
    expect(itemEntryProblem(deduct, -1)).toContain('扣分次数');
    expect(itemEntryProblem(deduct, maxOccurrences + 1)).toContain(`0～${maxOccurrences}`);
    expect(itemEntryProblem(bonus, 12)).toBeNull();
  });

  it('wants 1 or 0 for done', () => {
    expect(itemEntryProblem(done, 2)).toBe('“重点课题”应填1（完成）或0（未完成），输入的2不符合要求');
    expect(itemEntryProblem(done, 0.5)).not.toBeNull();
    expect(itemEntryProblem(done, 1)).toBeNull();
  });

  it('shows decimals without float noise', () => {
    expect(itemEntryProblem(score, 20.1 + 0.2)).toContain('输入的20.3超出范围');
  });
});
