import { describe, expect, it } from 'vitest';
import { defaultGroupFor, vocabularyFor } from '../../shared/annual/default-group';
import { annualRulesPreset } from '../../shared/annual/rules';
import { addMonths, effectiveUndetermined, isCalendarDay, referenceDate, undeterminedFromRoster } from '../../shared/annual/undetermined';

const rule = annualRulesPreset.undetermined; // 试用期 on, 6 months, 12-31
const roster = (hireDate: string | null, probationEnd: string | null = null) => ({ hireDate, probationEnd });

describe('不定等次 from the roster', () => {
  it('is nothing for someone long in post and off probation', () => {
    expect(undeterminedFromRoster(roster('2015-03-01', '2016-03-01'), rule, 2026)).toBeNull();
    expect(undeterminedFromRoster(roster(null, null), rule, 2026)).toBeNull();
  });

  it('applies while 试用期 runs past the reference day', () => {
    expect(undeterminedFromRoster(roster(null, '2027-03-01'), rule, 2026)).toBe('试用期至2027-03-01');
    // ends on the reference day itself: served in full
    expect(undeterminedFromRoster(roster(null, '2026-12-31'), rule, 2026)).toBeNull();
    expect(undeterminedFromRoster(roster(null, '2027-01-01'), rule, 2026)).toBe('试用期至2027-01-01');
    expect(undeterminedFromRoster(roster(null, '2027-03-01'), { ...rule, probation: false }, 2026)).toBeNull();
  });

  it('applies to someone hired fewer than the set months before the reference day, the day itself counting as served', () => {
    expect(undeterminedFromRoster(roster('2026-09-01'), rule, 2026)).toBe('2026-09-01入职，不满6个月');
    expect(undeterminedFromRoster(roster('2026-07-02'), rule, 2026)).toBe('2026-07-02入职，不满6个月');
    expect(undeterminedFromRoster(roster('2026-07-01'), rule, 2026)).toBeNull();
    expect(undeterminedFromRoster(roster('2026-01-15'), rule, 2026)).toBeNull();
    // hired after the reference day (the next year's intake): not in post at all this year
    expect(undeterminedFromRoster(roster('2027-02-01'), rule, 2026)).toBe('2027-02-01入职，不满6个月');
    expect(undeterminedFromRoster(roster('2026-09-01'), { ...rule, minMonthsInPost: 0 }, 2026)).toBeNull();
    expect(undeterminedFromRoster(roster('2026-05-01'), { ...rule, minMonthsInPost: 12 }, 2026)).toBe('2026-05-01入职，不满12个月');
  });

  it('follows the reference day of the rules', () => {
    const june = { ...rule, referenceDay: '06-30' };
    expect(undeterminedFromRoster(roster('2026-01-01'), june, 2026)).toBeNull();
    expect(undeterminedFromRoster(roster('2026-01-02'), june, 2026)).toBe('2026-01-02入职，不满6个月');
    expect(undeterminedFromRoster(roster(null, '2026-07-01'), june, 2026)).toBe('试用期至2026-07-01');
  });

  it('names both reasons when both apply, and ignores dates that are not dates', () => {
    expect(undeterminedFromRoster(roster('2026-09-01', '2027-09-01'), rule, 2026)).toBe('试用期至2027-09-01；2026-09-01入职，不满6个月');
    expect(undeterminedFromRoster(roster('2026-13-01', '2027-02-30'), rule, 2026)).toBeNull();
    expect(undeterminedFromRoster(roster('2026.09', 'soon'), rule, 2026)).toBeNull();
  });

  it('adds months with the day clamped to the month end, and reads reference days as calendar days', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(referenceDate(2026, '02-29')).toBe('2026-02-28');
    expect(referenceDate(2028, '02-29')).toBe('2028-02-29');
    expect(isCalendarDay('02-29')).toBe(true);
    expect(isCalendarDay('02-30')).toBe(false);
    expect(isCalendarDay('04-31')).toBe(false);
    expect(isCalendarDay('12-31')).toBe(true);
  });

  it('gives way to the office\'s decision', () => {
    expect(effectiveUndetermined('试用期至2027-03-01', null, '')).toEqual({ effective: true, reason: '试用期至2027-03-01' });
    expect(effectiveUndetermined('试用期至2027-03-01', 'no', '已转正')).toEqual({ effective: false, reason: null });
    expect(effectiveUndetermined(null, 'yes', '全年病假')).toEqual({ effective: true, reason: '全年病假' });
    expect(effectiveUndetermined(null, null, '')).toEqual({ effective: false, reason: null });
  });
});

describe('default 考核分组 and vocabulary', () => {
  const groups = [{ id: 1, name: '班子成员' }, { id: 2, name: '机关科室' }, { id: 3, name: '事业单位' }];

  it('take the vocabulary from the 人员类别', () => {
    expect(vocabularyFor(annualRulesPreset, '公务员')).toBe('civil');
    expect(vocabularyFor(annualRulesPreset, '参照公务员法管理')).toBe('civil');
    expect(vocabularyFor(annualRulesPreset, '事业')).toBe('institution');
    expect(vocabularyFor(annualRulesPreset, '工勤')).toBe('institution');
    expect(vocabularyFor(annualRulesPreset, null)).toBe('civil');
    expect(vocabularyFor({ ...annualRulesPreset, defaultVocabulary: 'institution' }, '其他')).toBe('institution');
  });

  it('put leaders with 班子, 事业 staff with 事业, others with 机关', () => {
    expect(defaultGroupFor(groups, { isLeader: true }, 'civil')?.name).toBe('班子成员');
    expect(defaultGroupFor(groups, { isLeader: true }, 'institution')?.name).toBe('班子成员');
    expect(defaultGroupFor(groups, { isLeader: false }, 'institution')?.name).toBe('事业单位');
    expect(defaultGroupFor(groups, { isLeader: false }, 'civil')?.name).toBe('机关科室');
  });

  it('fall back along the words, then to the first group a non-leader may join', () => {
    const noInstitution = [{ id: 1, name: '班子成员' }, { id: 2, name: '机关干部' }];
    expect(defaultGroupFor(noInstitution, { isLeader: false }, 'institution')?.name).toBe('机关干部');
    const ranks = [{ id: 1, name: '领导班子' }, { id: 2, name: '正职' }, { id: 3, name: '副职' }];
    expect(defaultGroupFor(ranks, { isLeader: false }, 'civil')?.name).toBe('正职');
    expect(defaultGroupFor(ranks, { isLeader: true }, 'civil')?.name).toBe('领导班子');
    const plain = [{ id: 7, name: '正职' }, { id: 8, name: '副职' }];
    expect(defaultGroupFor(plain, { isLeader: true }, 'civil')?.id).toBe(7);
    expect(defaultGroupFor([], { isLeader: false }, 'civil')).toBeUndefined();
    // the first match in list order wins
    expect(defaultGroupFor([{ id: 1, name: '机关二组' }, { id: 2, name: '机关一组' }], { isLeader: false }, 'civil')?.id).toBe(1);
  });
});
