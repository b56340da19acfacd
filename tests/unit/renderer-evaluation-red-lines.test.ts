import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../shared/evaluation/presets';
import { formatRate } from '../../renderer/pages/evaluation/evaluation-labels';
import { approvalChoices, effectChoices, effectOf, effectValue, failChoices, pickRate, withCurrent } from '../../renderer/pages/evaluation/setup/red-line-choices';

/** The 规则 tab's red-line choices (DOMAIN §2). */

const civil = presetConfig('civil-servant-level')!;

describe('red-line thresholds', () => {
  it('keep exact fractions: a stored 2/3 selects the 三分之二 choice, not a rounded 0.6667', () => {
    expect(pickRate(approvalChoices, 2 / 3)).toBe(2 / 3);
    expect(withCurrent(approvalChoices, 2 / 3)).toEqual(approvalChoices);
    expect(pickRate(failChoices, 1 / 3)).toBe(1 / 3);
  });

  it('list a stored threshold that is not a choice, labelled as a rate', () => {
    expect(pickRate(approvalChoices, 0.7)).toBe(0.7);
    const choices = withCurrent(approvalChoices, 0.7);
    expect(choices).toHaveLength(approvalChoices.length + 1);
    expect(choices.at(-1)).toEqual({ value: 0.7, label: formatRate(0.7) });
  });
});

describe('red-line effects', () => {
  it('go to one select value and back', () => {
    for (const effect of [{ kind: 'committee' }, { kind: 'set', level: '不称职' }, { kind: 'atMost', level: '基本称职' }] as const) {
      expect(effectOf(effectValue(effect))).toEqual(effect);
    }
    expect(effectValue({ kind: 'atMost', level: '基本称职' })).toBe('atMost:基本称职');
  });

  it('offer the committee and each band\'s level, and keep a level the bands no longer hold', () => {
    const names = civil.bands.map((b) => b.name);
    const values = effectChoices(civil).map((c) => c.value);
    expect(values[0]).toBe('committee');
    expect(values).toEqual(expect.arrayContaining(names.flatMap((n) => [`set:${n}`, `atMost:${n}`])));
    const stale = { ...civil, redLines: { ...civil.redLines, highFailEffect: { kind: 'set' as const, level: '较差' } } };
    expect(effectChoices(stale).at(-1)).toEqual({ value: 'set:较差', label: '确定为较差' });
    expect(effectChoices(stale)).toHaveLength(1 + 2 * names.length + 1);
  });
});
