import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluationConfig } from '../../shared/evaluation/config';
import { marksEqual } from '../../shared/evaluation/ballot-equality';
import { keyForLevel, levelForKey } from '../../shared/evaluation/level-keys';
import { evaluationPresets } from '../../shared/evaluation/presets';
import { ballotRulesText } from '../../shared/evaluation/rules-text';
import { isWellFormedTicket, normalizeTicket, ticketAlphabet, ticketFromRandom } from '../../shared/evaluation/ticket-number';
import { line, marks, preset } from '../helpers/evaluation-builders';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('票号', () => {
  const ticket = ticketFromRandom(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));

  test('8 characters, none of 0/O/1/I/L, well-formed, and the same bytes give the same 票号', () => {
    expect(ticket).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(ticketAlphabet).toHaveLength(31);
    expect(isWellFormedTicket(ticket)).toBe(true);
    expect(ticketFromRandom(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))).toBe(ticket);
    expect(ticketFromRandom(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17))).not.toBe(ticket);
  });

  test('case and surrounding blanks do not matter (a scanner may add a newline)', () => {
    expect(isWellFormedTicket(` ${ticket.toLowerCase()}\n`)).toBe(true);
    expect(normalizeTicket(` ${ticket.toLowerCase()}\n`)).toBe(ticket);
  });

  test('too few random bytes is a programming error', () => {
    expect(() => ticketFromRandom(bytes(1, 2, 3))).toThrow();
  });

  test('every random 票号 is well-formed; any single-character typo and any adjacent swap is caught', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 32 }), (random) => {
        const t = ticketFromRandom(random);
        expect(isWellFormedTicket(t)).toBe(true);
        for (let i = 0; i < t.length; i++) {
          for (const ch of ticketAlphabet) {
            if (ch === t[i]) continue;
            expect(isWellFormedTicket(t.slice(0, i) + ch + t.slice(i + 1))).toBe(false);
          }
          // a look-alike typed for a character (0 for O, 1 for I, …) is not in the alphabet at all
          expect(isWellFormedTicket(t.slice(0, i) + '0' + t.slice(i + 1))).toBe(false);
        }
        for (let i = 0; i + 1 < t.length; i++) {
          if (t[i] === t[i + 1]) continue;
          expect(isWellFormedTicket(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2))).toBe(false);
        }
        expect(isWellFormedTicket(t.slice(1))).toBe(false);
        expect(isWellFormedTicket(t + '2')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('the characters are spread over the whole alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const random = new Uint8Array(16);
      for (let k = 0; k < 16; k++) random[k] = (i * 97 + k * 31 + ((i * k) % 251)) & 0xff;
      for (const ch of ticketFromRandom(random).slice(0, 7)) seen.add(ch);
    }
    expect(seen.size).toBe(31);
  });
});

describe('level keys (纸质票录入)', () => {
  const config = preset('civil-servant-level');

  test('1-4 are the levels, 0 is 弃权, anything else is ignored', () => {
    expect(['1', '2', '3', '4'].map((k) => levelForKey(config, k))).toEqual(['excellent', 'competent', 'basic', 'incompetent']);
    expect(levelForKey(config, '0')).toBeNull();
    expect(levelForKey(config, '5')).toBeUndefined();
    expect(levelForKey(config, 'a')).toBeUndefined();
    expect(levelForKey(config, '')).toBeUndefined();
  });

  test('full-width digits from a Chinese input method count too', () => {
    expect(levelForKey(config, '１')).toBe('excellent');
    expect(levelForKey(config, '０')).toBeNull();
  });

  test('keys follow the config, not fixed digits', () => {
    const custom = preset('civil-servant-level', (c) => {
      c.levels[0]!.key = '9';
    });
    expect(levelForKey(custom, '9')).toBe('excellent');
    expect(levelForKey(custom, '1')).toBeUndefined();
    expect(keyForLevel(custom, 'excellent')).toBe('9');
    expect(keyForLevel(custom, null)).toBe('0');
  });
});

describe('marksEqual (双人录入)', () => {
  const a = marks('A', [line(1, 'excellent'), line(2, null), line(3, 'competent', { de: 90, neng: null })]);

  test('the same marks in any order agree; missing, null level and null score all mean nothing marked', () => {
    expect(marksEqual(a, marks('A', [line(3, 'competent', { de: 90 }), line(1, 'excellent')]))).toBe(true);
    expect(marksEqual(a, structuredClone(a))).toBe(true);
  });

  test('a different category, level or score disagrees', () => {
    expect(marksEqual(a, { ...a, category: 'B' })).toBe(false);
    expect(marksEqual(a, marks('A', [line(1, 'competent'), line(2, null), line(3, 'competent', { de: 90 })]))).toBe(false);
    expect(marksEqual(a, marks('A', [line(1, 'excellent'), line(2, 'basic'), line(3, 'competent', { de: 90 })]))).toBe(false);
    expect(marksEqual(a, marks('A', [line(1, 'excellent'), line(2, null), line(3, 'competent', { de: 91 })]))).toBe(false);
    expect(marksEqual(a, marks('A', [line(1, 'excellent'), line(2, null), line(3, 'competent', { de: 90, neng: 80 })]))).toBe(false);
    expect(marksEqual(a, marks('A', [line(1, 'excellent'), line(2, null), line(3, null, { de: 90 })]))).toBe(false);
  });
});

describe('ballot rules text', () => {
  test('公务员 等次票 for 15 测评对象', () => {
    expect(ballotRulesText(preset('civil-servant-level'), 15)).toEqual([
      '本票无记名填写，请在所属评委类别前的方框内划“√”',
      '每位测评对象只能在“优秀、称职、基本称职、不称职”中选择一项，在相应栏内划“√”',
      '优秀等次不超过3人，超过视为无效票',
      '优秀、称职票合计低于有效票三分之二的，等次不高于基本称职',
      '不称职票超过有效票三分之一的，确定为不称职',
      '不划视为弃权',
      '评委不对本人进行测评，本人一栏不划即可',
    ]);
  });

  test('德能勤绩廉 评分票', () => {
    const text = ballotRulesText(preset('de-neng-qin-ji-lian', (c) => (c.selfRating = true)), 10);
    expect(text).toEqual(['本票无记名填写，请在所属评委类别前的方框内划“√”', '每项评分0-100分', '所有评分完全相同视为无效票', '全部打满分视为无效票', '不填视为弃权']);
  });

  test('items with their own maximum list them; no 满意 limit for 满意度', () => {
    const items = preset('de-neng-qin-ji-lian', (c) => {
      c.indicators = [
        { code: 'de', name: '德', weight: 15, max: 15 },
        { code: 'neng', name: '能', weight: 10, max: 10 },
      ];
    });
    expect(ballotRulesText(items, 10)).toContain('各项评分不超过该项满分（德15分、能10分），超出视为无效票');
    expect(ballotRulesText(preset('satisfaction'), 10).some((t) => t.includes('不超过'))).toBe(false);
    expect(ballotRulesText(preset('level-and-score'), 10)).toContain('不划、不填视为弃权');
  });
});

describe('presets', () => {
  test('the six presets exist, parse, and have unique keys and codes and full weights', () => {
    expect(evaluationPresets.map((p) => p.key)).toEqual(['civil-servant-level', 'institution-level', 'de-neng-qin-ji-lian', 'level-and-score', 'satisfaction', 'unit-review']);
    for (const p of evaluationPresets) {
      expect(evaluationConfig.safeParse(p.config).success).toBe(true);
      expect(p.description.length).toBeGreaterThan(10);
      const keys = p.config.levels.map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(p.config.levels.map((l) => l.code)).size).toBe(p.config.levels.length);
      expect(p.config.categories.reduce((s, c) => s + c.weight, 0)).toBe(100);
      if (p.config.form !== 'level') expect(p.config.indicators.reduce((s, i) => s + i.weight, 0)).toBe(100);
      else expect(p.config.levels.length).toBeGreaterThan(0);
    }
  });

  test('公务员 preset: 优秀/称职/基本称职/不称职 at 100/80/60/40 on keys 1-4, quorum over half, red lines 2/3 and 1/3', () => {
    const c = preset('civil-servant-level');
    expect(c.levels.map((l) => [l.name, l.points, l.key])).toEqual([
      ['优秀', 100, '1'],
      ['称职', 80, '2'],
      ['基本称职', 60, '3'],
      ['不称职', 40, '4'],
    ]);
    expect(c.categories.map((x) => [x.code, x.name, x.weight, x.expected, x.issued])).toEqual([
      ['A', '领导班子成员', 20, 0, 0],
      ['B', '中层干部', 40, 0, 0],
      ['C', '一般干部职工代表', 40, 0, 0],
    ]);
    expect(c.quorum).toEqual({ numerator: 1, denominator: 2, inclusive: false });
    expect(c.redLines).toEqual({
      minApprovalRate: 2 / 3, maxFailRate: 1 / 3, lowApprovalEffect: { kind: 'atMost', level: '基本称职' }, highFailEffect: { kind: 'set', level: '不称职' },
    });
    expect(c.bands.map((b) => b.name)).toEqual(['优秀', '称职', '基本称职', '不称职']);
  });

  test('a preset copy can be edited without changing the preset', () => {
    preset('civil-servant-level', (c) => {
      c.levels[0]!.points = 1;
      c.categories[0]!.weight = 99;
    });
    expect(preset('civil-servant-level').levels[0]!.points).toBe(100);
    expect(preset('civil-servant-level').categories[0]!.weight).toBe(20);
  });
});
