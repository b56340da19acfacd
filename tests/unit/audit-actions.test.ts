import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditActions, auditAreas } from '../../shared/audit/actions';
import { actionLabel, actionOptions } from '../../renderer/pages/audit/audit-labels';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/**
 * Every action code the main process can write: `action: '<code>'` in a writeAudit call, and codes
 * handed to a helper that writes the row (storeConfirmations, …) as a literal on the same call.
 */
function writtenActionCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of [...sources('electron'), ...sources('db')]) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    if (!text.includes('writeAudit')) continue;
    const codes = [
      ...[...text.matchAll(/\baction:\s*'([^']+)'/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\b(?:storeConfirmations)\([^;]*?'([a-z]+\.[A-Za-z]+)'/g)].map((m) => m[1]!),
    ];
    for (const code of codes) found.set(code, [...(found.get(code) ?? []), file]);
  }
  return found;
}

describe('audit action labels', () => {
  it('finds the codes the services write (the scan itself works)', () => {
    const codes = writtenActionCodes();
    // one of each kind of site: a plain writeAudit, a helper taking the code, a 双十星 step
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['person.update', 'annual.confirm', 'annual.confirmAsSuggested', 'stars.removeStar', 'annual.setQuarter']));
    expect(codes.size).toBeGreaterThan(60);
  });

  it('names every action code the app can write in Chinese (none reads 其他操作)', () => {
    const unnamed = [...writtenActionCodes()].filter(([code]) => auditActionLabel(code) === '其他操作').map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(unnamed).toEqual([]);
  });

  it('gives each action its own label, in an area, and the page uses the same names', () => {
    const labels = Object.values(auditActions).map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const [code, info] of Object.entries(auditActions)) {
      expect(Object.keys(auditAreas)).toContain(info.area);
      expect(actionLabel(code)).toBe(info.label);
      expect(info.label).toMatch(/^[\u4e00-\u9fff（）/“”]+$/);
    }
    expect(actionLabel('annual.confirm')).toBe('确定年度考核等次');
    expect(actionLabel('stars.removeStar')).toBe('摘星');
    expect(actionLabel('something.new')).toBe('其他操作');
  });

  it('groups the 操作类型 filter by area', () => {
    expect(actionOptions(['stars.removeStar', 'annual.confirm', 'person.update', 'annual.setQuarter'])).toEqual([
      { label: '人员与单位', options: [{ value: 'person.update', label: '修改人员' }] },
      { label: '双十星', options: [{ value: 'stars.removeStar', label: '摘星' }] },
      { label: '年度考核', options: [{ value: 'annual.confirm', label: '确定年度考核等次' }, { value: 'annual.setQuarter', label: '平时考核等次' }] },
    ]);
  });
});
