import { describe, expect, it } from 'vitest';
import { defaultDisqualifyReasons, defaultSchemeSettings, orgStarPreset, personStarPreset } from '../../shared/stars/presets';
import { starItem, starSchemeSettings, starTierLabels } from '../../shared/stars/scheme';

const byTier = (items: typeof personStarPreset) =>
  Object.fromEntries(Object.entries(starTierLabels).map(([tier, label]) => [label, items.filter((i) => i.tier === tier).map((i) => i.name)]));

describe('star presets (DOMAIN.md §3)', () => {
  it('has the ten person stars in their tiers', () => {
    expect(byTier(personStarPreset)).toEqual({
      基础星: ['政治坚定星', '遵规守纪星', '廉洁自律星', '学习提升星'],
      业绩星: ['业务能力星', '工作实绩星', '攻坚担当星', '创新争先星'],
      提高星: ['服务群众星', '团结协作星'],
    });
  });

  it('has the ten 党组织 stars', () => {
    expect(orgStarPreset.map((i) => i.name)).toEqual(['政治引领星', '组织建设星', '制度落实星', '学习教育星', '作风建设星', '廉政建设星', '业务攻坚星', '服务群众星', '创新创优星', '团结和谐星']);
    expect(new Set(orgStarPreset.map((i) => i.tier)).size).toBe(3);
  });

  it('passes the schemas the editor uses, with unique codes and criteria text', () => {
    for (const list of [personStarPreset, orgStarPreset]) {
      for (const item of list) {
        expect(starItem.parse(item)).toEqual(item);
        expect(item.criteria.length).toBeGreaterThan(10);
      }
      expect(new Set(list.map((i) => i.code)).size).toBe(10);
    }
  });

  it('starts a scheme quarterly, 公示5天, held in the last period, 1 point a star up to 10, with both gates', () => {
    const s = defaultSchemeSettings('person', 2026);
    expect(starSchemeSettings.parse(s)).toEqual(s);
    expect(s).toMatchObject({ name: '2026年度十星级党员干部评星方案', cycle: 'quarterly', publicityDays: 5, yearEndRule: { kind: 'last-period' }, points: { perStar: 1, cap: 10 } });
    expect(s.gates.map((g) => [g.label, g.effect])).toEqual([['十星 优先评优', 'priority'], ['少于5星 不得评优', 'barred']]);
    expect(defaultSchemeSettings('org', 2027).name).toBe('2027年度十星级党组织评星方案');
    expect(defaultDisqualifyReasons).toEqual(['处分期内', '受审查', '未参加组织生活', '未交党费']);
  });
});
