import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/contract';
import type { CompositeView } from '../../shared/annual/views';
import { annualRefusal, auditOf } from '../helpers/annual-app';
import { refused } from '../helpers/evaluation-app';
import { setUpSixtyYear, sixtyRules, year, type SixtyYear } from '../helpers/annual-sixty';
import { quarterDates } from '../helpers/stars-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

let app: TestApp;
let setup: SixtyYear;
beforeEach(async () => {
  app = await createTestApp();
  setup = await setUpSixtyYear(app);
});
afterEach(() => app.close());

const id = (name: string) => setup.ids.get(name)!;
const composite = () => app.call('annual.composite', { year });
const yearRow = () => app.ctx.db.prepare('SELECT status, locked_at AS lockedAt, locked_by AS lockedBy, results_json AS results FROM annual_years WHERE year = ?').get(year) as { status: string; lockedAt: string | null; lockedBy: string | null; results: string | null };

async function confirmAllAndLock(): Promise<CompositeView> {
  await app.call('annual.confirmAsSuggested', { year });
  await app.call('annual.confirm', { year, entries: [{ personId: id('干部06'), outcome: 'competent', reason: '经考核委员会研究调整' }] });
  const before = await composite();
  await app.call('annual.lock', { year });
  return before;
}

describe('确认并锁定年度', () => {
  it('is refused while anyone is unconfirmed, naming how many and the first few', async () => {
    await app.call('annual.confirm', { year, entries: [{ personId: id('王建国'), outcome: 'competent' }] });
    const r = await annualRefusal(app, () => app.call('annual.lock', { year }));
    expect(r).toEqual({ code: 'ANNUAL_UNCONFIRMED', message: '还有59人未确定等次（李红梅、张志强、刘海波、干部01、干部02等），请考核委员会全部确定后再锁定年度' });
  });

  it('freezes the composite as the committee saw it, audited; renaming someone afterwards does not change it', async () => {
    const before = await confirmAllAndLock();
    const row = yearRow();
    expect(row).toMatchObject({ status: 'locked', lockedBy: '测试员' });
    const summary = (await app.call('annual.years'))[0]!;
    expect(summary).toMatchObject({ year, status: 'locked', participants: 60, confirmed: 60, lockedBy: '测试员' });
    expect(auditOf(app, 'annual.lock').map((a) => a.summary)).toEqual(['确认并锁定2026年度考核：60人的等次已确定']);

    const frozen = await composite();
    expect(frozen.status).toBe('locked');
    expect(frozen.rows).toEqual(before.rows);
    expect(frozen.groups).toEqual(before.groups);
    expect(frozen.computedAt).toBe(row.lockedAt);

    const people = (await app.call('people.search', { text: '干部01' })).rows;
    const { unitName: _u, status: _s, statusDate: _d, ...fields } = people[0]!;
    await app.call('people.update', { ...fields, name: '干部01（已更名）' });
    const after = await composite();
    expect(after.rows.find((r) => r.personId === id('干部01'))!.name).toBe('干部01');
    expect(after).toEqual(frozen);
  });

  it('refuses every write to the locked year with YEAR_LOCKED and leaves the database as it was', async () => {
    await confirmAllAndLock();
    const { categories, items } = await app.call('annual.items', { year });
    const duty = items.find((i) => i.name === '岗位职责履行')!;
    const adjustment = (await app.call('annual.adjustments', { year }))[0]!;
    const sanction = (await app.call('annual.sanctions', { year }))[0]!;
    const groups = setup.year.groups.map((g) => ({ id: g.id, name: g.name, excellentShare: g.excellentShare, goodShare: g.goodShare, rounding: g.rounding }));
    const writes: [ChannelName, () => Promise<unknown>][] = [
      ['annual.updateRules', () => app.call('annual.updateRules', { year, rules: { ...sixtyRules(setup.eventId), roundParts: true } })],
      ['annual.saveGroups', () => app.call('annual.saveGroups', { year, groups })],
      ['annual.updateParticipants', () => app.call('annual.updateParticipants', { year, personIds: [id('干部01')], groupId: setup.groupIds.get('事业单位')! })],
      ['annual.removeParticipants', () => app.call('annual.removeParticipants', { year, personIds: [id('干部01')] })],
      ['annual.setUndetermined', () => app.call('annual.setUndetermined', { year, personId: id('干部01'), override: 'yes', reason: '借调' })],
      ['annual.saveCategories', () => app.call('annual.saveCategories', { year, categories: categories.map((c) => ({ id: c.id, name: c.name })) })],
      ['annual.saveItem', () => app.call('annual.saveItem', { year, item: { id: duty.id, categoryId: duty.categoryId, name: duty.name, appliesTo: 'person', method: 'score', maxPoints: 50, stepPoints: null } })],
      ['annual.moveItem', () => app.call('annual.moveItem', { id: duty.id, direction: 'down' })],
      ['annual.setScore', () => app.call('annual.setScore', { year, itemId: duty.id, targetId: id('干部01'), value: 20 })],
      ['annual.setQuarter', () => app.call('annual.setQuarter', { year, personId: id('干部20'), quarter: 2, grade: 'average' })],
      ['annual.setLeaderScores', () => app.call('annual.setLeaderScores', { year, entries: [{ personId: id('干部01'), score: 60 }] })],
      ['annual.addAdjustment', () => app.call('annual.addAdjustment', { year, personId: id('干部01'), kind: '表彰奖励', points: 1, date: '2026-07-01', reason: '表彰' })],
      ['annual.deleteAdjustment', () => app.call('annual.deleteAdjustment', { id: adjustment.id })],
      ['annual.addSanction', () => app.call('annual.addSanction', { year, personId: id('干部01'), type: '警告', decidedOn: '2026-07-01' })],
      ['annual.deleteSanction', () => app.call('annual.deleteSanction', { id: sanction.id })],
      ['annual.confirm', () => app.call('annual.confirm', { year, entries: [{ personId: id('干部06'), outcome: 'excellent' }] })],
      ['annual.confirmAsSuggested', () => app.call('annual.confirmAsSuggested', { year })],
      ['annual.clearConfirmation', () => app.call('annual.clearConfirmation', { year, personIds: [id('干部01')] })],
      ['annual.lock', () => app.call('annual.lock', { year })],
      ['annual.deleteYear', () => app.call('annual.deleteYear', { year })],
      // the year's 双十星 rows are part of it too
      ['stars.selfAssess', () => app.call('stars.selfAssess', { schemeId: setup.schemeId, period: 1, date: quarterDates(year, 1).self, by: '本人', entries: [{ targetId: id('干部01'), claims: [] }] })],
    ];
    for (const [channel, run] of writes) {
      const r = await annualRefusal(app, run);
      expect([channel, r.code], r.message).toEqual([channel, 'YEAR_LOCKED']);
      expect(r.message, channel).toContain('已确认等次并锁定（归档）');
    }
  });

  it('is unlocked only with the admin password and a reason, audited, and the year is live again', async () => {
    await confirmAllAndLock();
    const noPassword = await annualRefusal(app, () => app.call('annual.unlock', { year, password: 'secret1', reason: '发现录入错误' }));
    expect(noPassword.code).toBe('ADMIN_PASSWORD_NOT_SET');
    expect(noPassword.message).toContain('「设置 → 管理员密码」');

    await app.call('settings.setAdminPassword', { next: 'kaoping-2026' });
    // a wrong password changes the year in nothing, but is counted and logged (below)
    const wrong = await refused(app.call('annual.unlock', { year, password: 'kaoping-2025', reason: '发现录入错误' }));
    expect(wrong).toEqual({ code: 'ADMIN_PASSWORD_WRONG', message: '管理员密码不正确，未解锁' });
    // throttled like every admin-password check, and the failure is in the 操作日志 naming the year
    expect(auditOf(app, 'settings.adminPasswordFailed').map((a) => a.summary)).toEqual(['解锁2026年度考核：管理员密码错误（第1次）']);
    const noReason = await annualRefusal(app, () => app.call('annual.unlock', { year, password: 'kaoping-2026', reason: ' ' }));
    expect(noReason.code).toBe('BAD_INPUT');
    expect(noReason.message).toContain('请填写理由');

    const frozen = yearRow().results;
    const summary = await app.call('annual.unlock', { year, password: 'kaoping-2026', reason: '干部20第二季度等次录入错误，需更正' });
    expect(summary).toMatchObject({ year, status: 'open', lockedAt: null, lockedBy: null, confirmed: 60 });
    expect(yearRow()).toEqual({ status: 'open', lockedAt: null, lockedBy: null, results: null });
    const audit = auditOf(app, 'annual.unlock');
    expect(audit.map((a) => a.summary)).toEqual(['解锁2026年度考核，理由：干部20第二季度等次录入错误，需更正']);
    expect(audit[0]!.before).toMatchObject({ lockedBy: '测试员', results: JSON.parse(frozen!) as unknown });

    // writes work again, and the composite is computed afresh
    await app.call('annual.setQuarter', { year, personId: id('干部20'), quarter: 2, grade: 'average' });
    expect((await composite()).status).toBe('open');
    const again = await annualRefusal(app, () => app.call('annual.unlock', { year, password: 'kaoping-2026', reason: '再次解锁' }));
    expect(again.code).toBe('ANNUAL_NOT_LOCKED');
  });
});

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** every text of a sheet row, joined */
const rowText = (ws: ExcelJS.Worksheet, r: number): string => {
  const texts: string[] = [];
  ws.getRow(r).eachCell((cell) => texts.push(cell.text));
  return texts.join('|');
};

/** column number of a header (headers span rows 3–4: grouped ones sit in row 4) */
const columnOf = (ws: ExcelJS.Worksheet, header: string): number => {
  for (const r of [3, 4]) {
    let found = 0;
    ws.getRow(r).eachCell((cell, col) => {
      if (cell.text === header && !found) found = col;
    });
    if (found) return found;
  }
  throw new Error(`no column ${header}`);
};

const bodyRowOf = (ws: ExcelJS.Worksheet, name: string): ExcelJS.Row => {
  const nameColumn = columnOf(ws, '姓名');
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(nameColumn).text === name) return ws.getRow(r);
  throw new Error(`no row ${name}`);
};

describe('综合评定表 export', () => {
  it('says 未确定 while the year is open, and matches the service figures, labels and print setup', async () => {
    const view = await composite();
    const file = await app.call('annual.exportComposite', { year, unitTitle: '某区国防动员办公室' });
    expect(file.fileName).toMatch(/^2026年度考核综合评定表（未确定）-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await readWorkbook(file.bytes)).getWorksheet('综合评定表')!;
    expect(ws.getCell('A1').text).toBe('2026年度考核综合评定表（未确定）');
    expect(ws.getCell('A2').text).toBe('单位：某区国防动员办公室\u3000参加考核60人\u3000未确定等次60人');
    expect(rowText(ws, 2)).toMatch(/制表日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '3:4' });

    const head = bodyRowOf(ws, '干部01');
    const service = view.rows.find((r) => r.name === '干部01')!;
    const compositeCell = head.getCell(columnOf(ws, '综合得分'));
    expect(compositeCell.value).toBe(service.composite);
    expect(compositeCell.numFmt).toBe('0.00');
    expect(head.getCell(columnOf(ws, '述职测评（20%）')).value).toBe(96);
    expect(head.getCell(columnOf(ws, '加减分（±5）')).numFmt).toBe('0.00');
    expect(head.getCell(columnOf(ws, '组内排名')).value).toBe(service.rank);
    expect(head.getCell(columnOf(ws, '建议等次')).text).toBe('优秀');
    expect(head.getCell(columnOf(ws, '确定等次')).text).toBe('');
    expect(head.getCell(columnOf(ws, '考核分组')).text).toBe('机关科室');

    // the 事业 vocabulary, a gate and a red line in 备注, a missing component left empty
    const demoted = bodyRowOf(ws, '职员20');
    expect(demoted.getCell(columnOf(ws, '建议等次')).text).toBe('不合格');
    expect(demoted.getCell(columnOf(ws, '备注')).text).toContain('降级处分期间');
    expect(demoted.getCell(columnOf(ws, '述职测评（20%）')).value).toBe('缺');
    expect(demoted.getCell(columnOf(ws, '备注')).text).toContain('述职测评：未参加述职测评');
    expect(bodyRowOf(ws, '干部25').getCell(columnOf(ws, '备注')).text).toContain('述职测评称职及以上率偏低');
    // every participant, in the service's order
    const nameColumn = columnOf(ws, '姓名');
    expect(Array.from({ length: view.rows.length }, (_x, i) => ws.getRow(5 + i).getCell(nameColumn).text)).toEqual(view.rows.map((r) => r.name));

    const notes = (await readWorkbook(file.bytes)).getWorksheet('计分说明')!;
    const text = Array.from({ length: notes.rowCount }, (_x, i) => `${notes.getRow(i + 1).getCell(1).text}：${notes.getRow(i + 1).getCell(2).text}`).join('\n');
    expect(text).toContain('机关科室：参加考核36人，优秀名额7名，建议优秀7名，确定优秀0名');
    expect(text).toContain('数据来源：平时考核：60人已录入季度等次');
    expect(text).toContain('保留两位小数');
  });

  it('exports a locked year as frozen, with the confirmed 等次 and the committee\'s reasons', async () => {
    await confirmAllAndLock();
    const file = await app.call('annual.exportComposite', { year });
    expect(file.fileName).toBe('2026年度考核综合评定表.xlsx');
    const ws = (await readWorkbook(file.bytes)).getWorksheet('综合评定表')!;
    expect(ws.getCell('A1').text).toBe('2026年度考核综合评定表');
    expect(rowText(ws, 2)).toMatch(/锁定日期：\d{4}年\d{1,2}月\d{1,2}日/);
    const changed = bodyRowOf(ws, '干部06');
    expect(changed.getCell(columnOf(ws, '建议等次')).text).toBe('优秀');
    expect(changed.getCell(columnOf(ws, '确定等次')).text).toBe('称职');
    expect(changed.getCell(columnOf(ws, '备注')).text).toContain('调整理由：经考核委员会研究调整');
    // 0 stars (no part in 评星): 「少于5星 不得评优」 applies to everyone in the scheme
    expect(bodyRowOf(ws, '职员01').getCell(columnOf(ws, '确定等次')).text).toBe('合格');
    expect(bodyRowOf(ws, '职员09').getCell(columnOf(ws, '确定等次')).text).toBe('合格');
  });
});
