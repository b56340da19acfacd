import { describe, expect, it } from 'vitest';
import { parseScopeQuery, registerPrintHref } from '../../renderer/pages/reports/register/register-query';
import type { ReportScope } from '../../shared/reports/views';

const parse = (q: string) => parseScopeQuery(new URLSearchParams(q));

describe('登记表 print view address', () => {
  it('reads the year and the scope: everyone, a unit (with or without sub-units), a group, chosen people', () => {
    expect(parse('year=2026')).toEqual({ year: 2026, scope: { kind: 'all' } });
    expect(parse('year=2026&unitId=3')).toEqual({ year: 2026, scope: { kind: 'unit', unitId: 3, includeSubunits: true } });
    expect(parse('year=2026&unitId=3&subunits=0')).toEqual({ year: 2026, scope: { kind: 'unit', unitId: 3, includeSubunits: false } });
    expect(parse('year=2026&groupId=2')).toEqual({ year: 2026, scope: { kind: 'group', groupId: 2 } });
    expect(parse('year=2026&personIds=1,2,15')).toEqual({ year: 2026, scope: { kind: 'people', personIds: [1, 2, 15] } });
  });

  it('gives nothing for an address without a year or with a broken scope', () => {
    for (const q of ['', 'year=', 'year=abc', 'unitId=3', 'year=2026&unitId=', 'year=2026&groupId=x', 'year=2026&personIds=', 'year=2026&personIds=1,,2']) expect(parse(q), q).toBeNull();
  });

  it('writes the address it reads', () => {
    const scopes: ReportScope[] = [{ kind: 'all' }, { kind: 'unit', unitId: 4, includeSubunits: true }, { kind: 'unit', unitId: 4, includeSubunits: false }, { kind: 'group', groupId: 7 }, { kind: 'people', personIds: [9, 3] }];
    for (const scope of scopes) {
      const href = registerPrintHref(2026, scope);
      expect(href.startsWith('/annual/register-print?')).toBe(true);
      expect(parse(href.split('?')[1]!)).toEqual({ year: 2026, scope });
    }
  });
});

describe('考核结果通知书 print view address', () => {
  it('carries the scope as the 登记表 does, and the 落款 and date of one print', async () => {
    const { noticePrintHref, parseNoticeQuery } = await import('../../renderer/pages/annual/notices/notice-query');
    const read = (href: string) => parseNoticeQuery(new URLSearchParams(href.split('?')[1]));
    const withWords = { year: 2026, scope: { kind: 'unit', unitId: 4, includeSubunits: true } as const, office: '某区国防动员办公室 考核委员会', date: '2027年1月20日' };
    const href = noticePrintHref(withWords);
    expect(href.startsWith('/annual/notices-print?year=2026&unitId=4')).toBe(true);
    expect(read(href)).toEqual(withWords);
    expect(read(noticePrintHref({ year: 2026, scope: { kind: 'people', personIds: [3, 1] } }))).toEqual({ year: 2026, scope: { kind: 'people', personIds: [3, 1] } });
    // blank words are no override; no year is no address
    expect(parseNoticeQuery(new URLSearchParams('year=2026&office=%20&date='))).toEqual({ year: 2026, scope: { kind: 'all' } });
    expect(parseNoticeQuery(new URLSearchParams('office=x'))).toBeNull();
  });
});
