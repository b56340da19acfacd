import { describe, expect, it } from 'vitest';
import { defaultSchemeSettings, personStarPreset } from '../../shared/stars/presets';
import type { StarGate } from '../../shared/stars/scheme';
import { gateApplies, isTenStar, starHeldAtYearEnd, starPointsFor, yearEndFigureFor, type StarAward } from '../../shared/stars/year-end';

const last = { kind: 'last-period' } as const;
const atLeast = (periods: number) => ({ kind: 'min-periods', periods }) as const;
const held = (...periods: number[]): StarAward[] => periods.map((period) => ({ period, removed: false }));

describe('starHeldAtYearEnd', () => {
  it('last-period: held only when awarded in the last period', () => {
    expect(starHeldAtYearEnd(last, 4, held(4))).toBe(true);
    expect(starHeldAtYearEnd(last, 4, held(1, 2, 3))).toBe(false);
    expect(starHeldAtYearEnd(last, 12, held(11))).toBe(false);
    expect(starHeldAtYearEnd(last, 1, held(1))).toBe(true);
    expect(starHeldAtYearEnd(last, 4, [])).toBe(false);
  });

  it('min-periods: held in at least K periods, wherever they fall', () => {
    expect(starHeldAtYearEnd(atLeast(3), 4, held(1, 2, 3))).toBe(true);
    expect(starHeldAtYearEnd(atLeast(3), 4, held(1, 3, 4))).toBe(true);
    expect(starHeldAtYearEnd(atLeast(3), 4, held(2, 4))).toBe(false);
    expect(starHeldAtYearEnd(atLeast(1), 12, held(5))).toBe(true);
    expect(starHeldAtYearEnd(atLeast(12), 12, held(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))).toBe(false);
  });

  it('a removal after the latest award counts under both rules', () => {
    const removedLast: StarAward[] = [...held(1, 2, 3), { period: 4, removed: true }];
    expect(starHeldAtYearEnd(last, 4, removedLast)).toBe(false);
    expect(starHeldAtYearEnd(atLeast(3), 4, removedLast)).toBe(false);
    // a removed period does not count toward K …
    const removedEarly: StarAward[] = [{ period: 1, removed: true }, ...held(2, 3)];
    expect(starHeldAtYearEnd(atLeast(3), 4, removedEarly)).toBe(false);
    // … but a star re-awarded after its removal is held again
    expect(starHeldAtYearEnd(atLeast(2), 4, removedEarly)).toBe(true);
    expect(starHeldAtYearEnd(last, 4, [{ period: 2, removed: true }, ...held(4)])).toBe(true);
  });
});

describe('十星级, points and gates', () => {
  const items = personStarPreset;
  const allCodes = items.map((i) => i.code);

  it('needs all ten stars: 9 of 10 is not 十星级', () => {
    expect(isTenStar(items, new Set(allCodes))).toBe(true);
    for (const missing of allCodes) expect(isTenStar(items, new Set(allCodes.filter((c) => c !== missing))), missing).toBe(false);
    expect(isTenStar([], new Set())).toBe(false);
    // a stray code outside the scheme does not make up for a missing star
    expect(isTenStar(items, new Set([...allCodes.slice(1), 'other']))).toBe(false);
  });

  it('star points = stars × k, capped', () => {
    expect(starPointsFor({ perStar: 1, cap: 10 }, 7)).toBe(7);
    expect(starPointsFor({ perStar: 2, cap: 15 }, 9)).toBe(15);
    expect(starPointsFor({ perStar: 2, cap: 15 }, 7)).toBe(14);
    expect(starPointsFor({ perStar: 0.5, cap: 4 }, 7)).toBe(3.5);
    expect(starPointsFor({ perStar: 0.3, cap: 10 }, 3)).toBe(0.9);
    expect(starPointsFor({ perStar: 1, cap: 0 }, 10)).toBe(0);
  });

  it('gates: 十星 优先评优 only with all ten; 少于5星 不得评优 below five', () => {
    const [priority, barred] = defaultSchemeSettings('person', 2026).gates as [StarGate, StarGate];
    expect(gateApplies(priority, 10, true)).toBe(true);
    expect(gateApplies(priority, 10, false)).toBe(false);
    expect(gateApplies(barred, 4, false)).toBe(true);
    expect(gateApplies(barred, 5, false)).toBe(false);
    expect(gateApplies({ label: '八星以上 加分', when: { kind: 'at-least', stars: 8 }, effect: 'priority' }, 8, false)).toBe(true);
    expect(gateApplies({ label: '八星以上 加分', when: { kind: 'at-least', stars: 8 }, effect: 'priority' }, 7, false)).toBe(false);
  });

  it('builds the 年终考核 figure from the awards per star', () => {
    const settings = defaultSchemeSettings('person', 2026);
    const rules = { items, yearEndRule: settings.yearEndRule, points: { perStar: 1.5, cap: 12 }, gates: settings.gates, periodCount: 4 };
    const all = new Map(allCodes.map((c) => [c, held(1, 2, 3, 4)]));
    expect(yearEndFigureFor(rules, all)).toEqual({ stars: 10, heldCodes: allCodes, tenStar: true, points: 12, gates: ['十星 优先评优'], priority: true, barred: false });
    const nine = new Map(all);
    nine.set('integrity', [...held(1, 2, 3), { period: 4, removed: true }]);
    expect(yearEndFigureFor(rules, nine)).toMatchObject({ stars: 9, tenStar: false, points: 12, gates: [], priority: false });
    const four = new Map(allCodes.slice(0, 4).map((c) => [c, held(4)]));
    expect(yearEndFigureFor(rules, four)).toMatchObject({ stars: 4, points: 6, gates: ['少于5星 不得评优'], barred: true });
    // stars no longer in the scheme are ignored
    expect(yearEndFigureFor(rules, new Map([['gone', held(4)]]))).toMatchObject({ stars: 0, heldCodes: [] });
  });
});
