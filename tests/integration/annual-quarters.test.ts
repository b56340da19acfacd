import { quarterGradeLabels } from '../../shared/annual/rules';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/handlers';
import { startHost } from '../../electron/host';
import { readTable } from '../../electron/excel/read/read-table';
import { decodeJson, encodeJson } from '../../shared/transport';
import { quarterFixtures, zhangWeiOffice, zhangWeiPolitics } from '../fixtures/annual/make-quarter-fixtures';
import { annualRefusal, auditOf, buildRoster, createAnnualYear, groupId, staffOf, standardRoster, type AnnualSetup } from '../helpers/annual-app';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 平时考核: the grid with its “好” quota per group and quarter, enforced on every cell; the import
 * of real spreadsheets (LibreOffice-made .xlsx/.xls, a CSV) with problems named by row and field,
 * committed whole or not at all; the import template read back; keystrokes over HTTP (how fast: `npm run bench`).
 */

let app: TestApp;
const year = 2026;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const lockYear = () =>
  app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = ?`).run(year);

/** 30 公务员 in 机关科室 (“好” quota 12 a quarter) and 5 事业 staff in 事业单位 (quota 2). */
async function thirtyAndFive(): Promise<AnnualSetup> {
  const institution = Array.from({ length: 5 }, (_, i) => ({ name: `职员${i + 1}`, unit: '综合保障中心', post: '职员', category: '事业' }));
  return createAnnualYear(app, { people: [...staffOf('办公室', 30), ...institution] });
}

describe('the quarter grid and the “好” quota', () => {
  it('lists participants by group then roster order, with each group’s size, quota and use', async () => {
    const setup = await thirtyAndFive();
    const grid = await app.call('annual.quarterGrid', { year });
    expect(grid.rows).toHaveLength(35);
    expect(grid.rows[0]).toMatchObject({ name: '干部01', unitName: '办公室', post: '科员', groupId: groupId(setup.year, '机关科室'), grades: [null, null, null, null] });
    expect(grid.rows[30]!.name).toBe('职员1');
    expect(grid.quotas.map((q) => [q.groupName, q.size, q.quota, q.used])).toEqual([
      ['班子成员', 0, 0, [0, 0, 0, 0]],
      ['机关科室', 30, 12, [0, 0, 0, 0]],
      ['事业单位', 5, 2, [0, 0, 0, 0]],
    ]);
    const filtered = await app.call('annual.quarterGrid', { year, groupId: groupId(setup.year, '事业单位'), text: '职员3' });
    expect(filtered.rows.map((r) => r.name)).toEqual(['职员3']);
  });

  it('refuses the 13th “好” in a group of 30, while another quarter and another group still accept', async () => {
    const setup = await thirtyAndFive();
    const ids = setup.roster.ids;
    for (let i = 0; i < 12; i++) {
      const r = await app.call('annual.setQuarter', { year, personId: ids[i]!, quarter: 1, grade: 'good' });
      expect(r).toEqual({ grade: 'good', used: i + 1, quota: 12 });
    }
    const refused = await annualRefusal(app, () => app.call('annual.setQuarter', { year, personId: ids[12]!, quarter: 1, grade: 'good' }));
    expect(refused.code).toBe('QUARTER_GOOD_QUOTA');
    expect(refused.message).toContain('本季度“好”等次已无剩余名额（已用 12/12）');
    expect(refused.message).toBe('机关科室：本季度“好”等次已无剩余名额（已用 12/12）');
    // another grade for the same cell is fine
    expect(await app.call('annual.setQuarter', { year, personId: ids[12]!, quarter: 1, grade: 'fair' })).toEqual({ grade: 'fair', used: 12, quota: 12 });
    // another quarter, another group
    expect(await app.call('annual.setQuarter', { year, personId: ids[12]!, quarter: 2, grade: 'good' })).toEqual({ grade: 'good', used: 1, quota: 12 });
    expect(await app.call('annual.setQuarter', { year, personId: ids[30]!, quarter: 1, grade: 'good' })).toEqual({ grade: 'good', used: 1, quota: 2 });
    // re-setting one's own “好” is not a new one
    expect(await app.call('annual.setQuarter', { year, personId: ids[0]!, quarter: 1, grade: 'good' })).toEqual({ grade: 'good', used: 12, quota: 12 });
    // freeing a place lets the next one in
    expect(await app.call('annual.setQuarter', { year, personId: ids[0]!, quarter: 1, grade: null })).toEqual({ grade: null, used: 11, quota: 12 });
    expect(await app.call('annual.setQuarter', { year, personId: ids[12]!, quarter: 1, grade: 'good' })).toEqual({ grade: 'good', used: 12, quota: 12 });

    const grid = await app.call('annual.quarterGrid', { year });
    expect(grid.quotas.find((q) => q.groupName === '机关科室')!.used).toEqual([12, 1, 0, 0]);
    expect(grid.quotas.find((q) => q.groupName === '事业单位')!.used).toEqual([1, 0, 0, 0]);
    expect(grid.rows[0]!.grades).toEqual([null, null, null, null]);
    expect(grid.rows[12]!.grades).toEqual(['good', 'good', null, null]);
    const audit = auditOf(app, 'annual.setQuarter');
    expect(audit.at(-1)!.summary).toBe('2026年度平时考核 干部13 第一季度：较好 → 好');
    expect(audit.at(-1)).toMatchObject({ before: { grade: 'fair' }, after: { grade: 'good' } });
  });

  it('refuses people who are not participants and a locked year', async () => {
    const setup = await thirtyAndFive();
    const outsider = await app.call('people.create', personInput(setup.roster.units.get('办公室')!, { name: '新同志' }));
    expect((await annualRefusal(app, () => app.call('annual.setQuarter', { year, personId: outsider.id, quarter: 1, grade: 'good' }))).message)
      .toBe('新同志不在2026年度考核的参加人员中，请先在「年度考核方案」中加入');
    expect((await annualRefusal(app, () => app.call('annual.setQuarter', { year: 2030, personId: outsider.id, quarter: 1, grade: 'good' }))).code).toBe('ANNUAL_YEAR_NOT_FOUND');
    lockYear();
    const locked = await annualRefusal(app, () => app.call('annual.setQuarter', { year, personId: setup.roster.ids[0]!, quarter: 1, grade: 'fair' }));
    expect(locked).toMatchObject({ code: 'YEAR_LOCKED' });
    expect(locked.message).toContain('2026年度已确认等次并锁定');
  });
});

// ── import ──────────────────────────────────────────────────────────────

/** The fixtures' office: the standard roster and two 张伟 told apart by 身份证号 or 单位. */
async function fixtureOffice(): Promise<AnnualSetup> {
  const roster = await buildRoster(app, standardRoster);
  for (const z of [zhangWeiOffice, zhangWeiPolitics]) {
    await app.call('people.create', personInput(roster.units.get(z.unit)!, { name: z.name, idNumber: z.idNumber, post: '科员', category: '公务员' }));
  }
  return createAnnualYear(app, { people: [] });
}

const file = (p: string) => ({ fileName: path.basename(p), bytes: new Uint8Array(fs.readFileSync(p)) });
const gradesOf = async () => Object.fromEntries((await app.call('annual.quarterGrid', { year })).rows.map((r) => [`${r.name}@${r.unitName}`, r.grades]));

describe('importing 平时考核 from a spreadsheet', () => {
  for (const fixture of [quarterFixtures.tricky, quarterFixtures.trickyXls]) {
    it(`reads ${path.basename(fixture)} (title, two-row merged header, merged 单位, heading, 合计 and footer lines) and commits it`, async () => {
      const setup = await fixtureOffice();
      expect(setup.year.groups.map((g) => [g.name, g.size, g.goodQuota])).toEqual([['班子成员', 2, 0], ['机关科室', 8, 3], ['事业单位', 4, 1]]);
      const preview = await app.call('annual.importQuarters', { year, file: file(fixture) });
      expect(preview).toMatchObject({ sheetName: '平时考核', headerRow: 4, okRows: 14, errorRows: 0, saved: null });
      expect(preview.rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19]);
      expect(preview.rows[2]).toMatchObject({ name: '周立新', grades: ['good', 'good', 'good', 'good'], problems: [] });
      const zhangs = preview.rows.filter((r) => r.name === '张伟').map((r) => r.personId);
      expect(new Set(zhangs).size).toBe(2);
      expect(await gradesOf()).toMatchObject({ '周立新@办公室': [null, null, null, null] });

      const committed = await app.call('annual.importQuarters', { year, file: file(fixture), commit: true });
      expect(committed.saved).toBe(14);
      const grades = await gradesOf();
      expect(grades['周立新@办公室']).toEqual(['good', 'good', 'good', 'good']);
      expect(grades['黄振华@办公室']).toEqual(['good', 'fair', 'good', 'undetermined']);
      expect(grades['张伟@办公室']).toEqual(['good', 'fair', 'fair', 'good']);
      expect(grades['张伟@政治工作科']).toEqual(['fair', 'fair', 'good', 'fair']);
      expect(grades['曾晓红@综合保障中心']).toEqual(['undetermined', 'undetermined', 'fair', 'fair']);
      const quotas = (await app.call('annual.quarterGrid', { year })).quotas;
      expect(quotas.map((q) => q.used)).toEqual([[0, 0, 0, 0], [3, 3, 3, 3], [1, 1, 1, 1]]);
      expect(auditOf(app, 'annual.importQuarters')[0]!.summary).toBe(`从「${path.basename(fixture)}」导入2026年度平时考核等次：14人，更新56个季度等次`);
    });
  }

  it('names each problem row and field, and refuses to commit any of it', async () => {
    await fixtureOffice();
    const preview = await app.call('annual.importQuarters', { year, file: file(quarterFixtures.problems) });
    expect(preview).toMatchObject({ headerRow: 1, okRows: 1, errorRows: 5, saved: null });
    expect(preview.rows.map((r) => [r.row, r.name, r.problems])).toEqual([
      [2, '周立新', []],
      [3, '王五', ['姓名：“王五”不是2026年度考核参加人员']],
      [4, '黄振华', ['第一季度：“优”不是有效等次（应为好/较好/一般/较差/不确定等次）']],
      [5, '张伟', ['姓名：2026年度考核参加人员中有2名“张伟”（办公室、政治工作科），请填写身份证号以区分']],
      [6, '周立新', ['姓名：与第2行是同一人（周立新），同一人只能出现一次']],
      [7, '何丽娟', ['第四季度：“良”不是有效等次（应为好/较好/一般/较差/不确定等次）']],
    ]);
    const refused = await annualRefusal(app, () => app.call('annual.importQuarters', { year, file: file(quarterFixtures.problems), commit: true }));
    expect(refused.code).toBe('QUARTER_IMPORT_HAS_PROBLEMS');
    expect(refused.message).toContain('有5行存在问题，本次导入未写入任何数据');
    expect(refused.message).toContain('第3行：姓名：“王五”不是2026年度考核参加人员');
  });

  it('refuses an import that takes a group over its “好” quota as a whole, naming the group and quarter', async () => {
    await fixtureOffice();
    const preview = await app.call('annual.importQuarters', { year, file: file(quarterFixtures.overQuota) });
    // the fourth “好” of 机关科室 in Q2 (quota 3) is the row over the quota
    expect(preview.rows.filter((r) => r.problems.length > 0).map((r) => [r.row, r.problems])).toEqual([
      [5, ['第二季度：机关科室“好”等次已无剩余名额（已用 3/3）']],
    ]);
    const refused = await annualRefusal(app, () => app.call('annual.importQuarters', { year, file: file(quarterFixtures.overQuota), commit: true }));
    expect(refused).toMatchObject({ code: 'QUARTER_GOOD_QUOTA', message: '机关科室第二季度导入后“好”等次4人，超出名额3人。本次导入未写入任何数据，请调整后重新导入。' });
  });

  it('counts the grades already stored: an empty cell keeps them, and they take quota places', async () => {
    await fixtureOffice();
    const id = (name: string) => app.ctx.db.prepare('SELECT id FROM people WHERE name = ?').pluck().get(name) as number;
    await app.call('annual.setQuarter', { year, personId: id('林建峰'), quarter: 2, grade: 'good' });
    await app.call('annual.setQuarter', { year, personId: id('吴明远'), quarter: 4, grade: 'poor' });
    const upload = (rows: string[]) => ({ fileName: '平时考核.csv', bytes: new TextEncoder().encode(['姓名,单位,第一季度,第二季度,第三季度,第四季度', ...rows].join('\n')) });
    // 林建峰's stored “好” plus three new ones: one over the quota of 3
    const over = upload(['周立新,办公室,好,好,,', '黄振华,办公室,较好,好,,', '何丽娟,办公室,较好,好,,']);
    const refused = await annualRefusal(app, () => app.call('annual.importQuarters', { year, commit: true, file: over }));
    expect(refused.message).toBe('机关科室第二季度导入后“好”等次4人，超出名额3人。本次导入未写入任何数据，请调整后重新导入。');
    // replacing 林建峰's “好” frees the place; 吴明远's Q4 is not in the sheet and stays
    const fits = upload(['周立新,办公室,好,好,,', '黄振华,办公室,较好,好,,', '何丽娟,办公室,较好,好,,', '林建峰,政治工作科,较好,较好,,', '吴明远,政治工作科,一般,,,']);
    const saved = await app.call('annual.importQuarters', { year, commit: true, file: fits });
    expect(saved.saved).toBe(5);
    const grades = await gradesOf();
    expect(grades['林建峰@政治工作科']).toEqual(['fair', 'fair', null, null]);
    expect(grades['吴明远@政治工作科']).toEqual(['average', null, null, 'poor']);
    expect((await app.call('annual.quarterGrid', { year })).quotas.find((q) => q.groupName === '机关科室')!.used).toEqual([1, 3, 0, 0]);
  });

  it('says so when no sheet has a 平时考核 header', async () => {
    await fixtureOffice();
    const csv = '姓名,单位,职务\n周立新,办公室,科长\n';
    const refused = await annualRefusal(app, () => app.call('annual.importQuarters', { year, file: { fileName: '花名册.csv', bytes: new TextEncoder().encode(csv) } }));
    expect(refused.code).toBe('QUARTER_IMPORT_NO_HEADER');
    expect(refused.message).toContain('“姓名”列和“第一季度”至“第四季度”');
  });

  it('exports the 登记表 with the grades entered; it reads back through the import with nothing to change', async () => {
    const setup = await thirtyAndFive();
    const [a, b] = setup.roster.ids;
    await app.call('annual.setQuarter', { year, personId: a!, quarter: 1, grade: 'good' });
    await app.call('annual.setQuarter', { year, personId: a!, quarter: 3, grade: 'fair' });
    await app.call('annual.setQuarter', { year, personId: b!, quarter: 2, grade: 'poor' });
    const register = await app.call('annual.quarterTemplate', { year, withGrades: true });
    expect(register.fileName).toBe('2026年度平时考核等次登记表.xlsx');
    const sheet = (await readTable(register.bytes, register.fileName)).sheets[0]!;
    expect(sheet.rows[0]).toEqual(['2026年度平时考核等次登记表']);
    expect(String(sheet.rows[1]![0])).toMatch(/^导出日期：\d{4}年\d{1,2}月\d{1,2}日/);
    // empty cells read back as null, trailing ones not at all
    const byName = new Map(sheet.rows.slice(3).map((r) => [r[1], [5, 6, 7, 8].map((i) => r[i] ?? null)]));
    const name = (id: number) => [...setup.roster.people].find(([, pid]) => pid === id)![0];
    expect(byName.get(name(a!))).toEqual([quarterGradeLabels.good, null, quarterGradeLabels.fair, null]);
    expect(byName.get(name(b!))).toEqual([null, quarterGradeLabels.poor, null, null]);
    const back = await app.call('annual.importQuarters', { year, file: register });
    expect(back).toMatchObject({ errorRows: 0 });
    const read = new Map(back.rows.map((r) => [r.personId, r.grades]));
    expect(read.get(a!)).toEqual(['good', null, 'fair', null]);
    expect(read.get(b!)).toEqual([null, 'poor', null, null]);
  });

  it('writes a template that lists the participants and reads back through the import', async () => {
    await fixtureOffice();
    const template = await app.call('annual.quarterTemplate', { year });
    expect(template.fileName).toBe('2026年度平时考核导入模板.xlsx');
    const table = await readTable(template.bytes, template.fileName);
    const sheet = table.sheets[0]!;
    expect(sheet.rows[0]).toEqual(['2026年度平时考核等次登记表']);
    expect(sheet.rows[2]).toEqual(['序号', '姓名', '单位', '职务', '身份证号', '第一季度', '第二季度', '第三季度', '第四季度']);
    expect(sheet.rows.slice(3).map((r) => r[1])).toEqual(['王建国', '李红梅', '周立新', '黄振华', '何丽娟', '张伟', '郭志强', '吴明远', '林建峰', '张伟', '谢文涛', '于海涛', '袁志华', '曾晓红']);
    expect(sheet.rows[8]![4]).toBe(zhangWeiOffice.idNumber);

    const empty = await app.call('annual.importQuarters', { year, file: template });
    expect(empty).toMatchObject({ headerRow: 3, okRows: 14, errorRows: 0 });
    expect(empty.rows.every((r) => r.personId !== null && r.grades.every((g) => g === null))).toBe(true);
    // sent back unfilled: refused, rather than 「已导入 0 人」 that looks like success
    const unfilled = await annualRefusal(app, () => app.call('annual.importQuarters', { year, file: template, commit: true }));
    expect(unfilled.code).toBe('QUARTER_IMPORT_EMPTY');
    expect(unfilled.message).toContain('没有填写任何季度等次');

    // the office fills it in (as exceljs would): both 张伟 are told apart by the ID column
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.bytes) as unknown as ExcelJS.Buffer);
    const ws = workbook.worksheets[0]!;
    for (let r = 4; r <= 17; r++) for (let q = 0; q < 4; q++) ws.getCell(r, 6 + q).value = '较好';
    ws.getCell('F9').value = '好';
    ws.getCell('I13').value = '好';
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await app.call('annual.importQuarters', { year, file: { fileName: '已填写.xlsx', bytes: filled }, commit: true });
    expect(result).toMatchObject({ okRows: 14, errorRows: 0, saved: 14 });
    const grades = await gradesOf();
    expect(grades['张伟@办公室']).toEqual(['good', 'fair', 'fair', 'fair']);
    expect(grades['张伟@政治工作科']).toEqual(['fair', 'fair', 'fair', 'good']);
  });

  it('refuses to commit into a locked year', async () => {
    await fixtureOffice();
    lockYear();
    const preview = await app.call('annual.importQuarters', { year, file: file(quarterFixtures.tricky) });
    expect(preview.errorRows).toBe(0);
    expect((await annualRefusal(app, () => app.call('annual.importQuarters', { year, file: file(quarterFixtures.tricky), commit: true }))).code).toBe('YEAR_LOCKED');
  });
});

// ── keystrokes over HTTP ────────────────────────────────────────────────

describe('平时考核 keystrokes over HTTP', () => {
  it('keeps the last grade of every cell after 300 saves through the browser-mode host (2,000 participants)', async () => {
    const db = app.ctx.db;
    const now = new Date().toISOString();
    db.transaction(() => {
      const units = Array.from({ length: 10 }, (_, u) => Number(db.prepare('INSERT INTO units (name, parent_id, sort_order, created_at) VALUES (?, NULL, ?, ?)').run(`科室${u + 1}`, u + 1, now).lastInsertRowid));
      const insert = db.prepare("INSERT INTO people (name, unit_id, category, sort_order, created_at, updated_at) VALUES (?, ?, '公务员', ?, ?, ?)");
      for (let i = 0; i < 2000; i++) insert.run(`干部${i + 1}`, units[i % 10]!, i, now, now);
    })();
    await app.call('annual.createYear', { year, addParticipants: true });
    const ids = (db.prepare('SELECT person_id FROM annual_participants WHERE year = ? ORDER BY person_id').pluck().all(year) as number[]);
    expect(ids).toHaveLength(2000);

    const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-renderer-'));
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    const host = await startHost({ ctx: app.ctx, handlers, rendererDir, token: 'volume-token' });
    try {
      // no “好”: the quota is not what this is about (it has its own tests above)
      const grades = ['fair', 'average', 'poor', 'undetermined', null] as const;
      const expected = new Map<string, (typeof grades)[number]>();
      for (let i = 0; i < 300; i++) {
        const personId = ids[(i * 7) % 60]!; // 60 cells, each saved five times: the last one counts
        const quarter = (i % 4) + 1;
        const grade = grades[i % grades.length] ?? null;
        const res = await fetch(`http://127.0.0.1:${host.port}/api/annual.setQuarter`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-kaoping-token': 'volume-token' },
          body: encodeJson({ year, personId, quarter, grade }),
        });
        expect((decodeJson(await res.text()) as { ok: boolean }).ok).toBe(true);
        expected.set(`${personId}:${quarter}`, grade);
      }
      const saved = new Map((db.prepare('SELECT person_id, quarter, grade FROM annual_quarters WHERE year = ?').all(year) as { person_id: number; quarter: number; grade: string }[]).map((r) => [`${r.person_id}:${r.quarter}`, r.grade]));
      for (const [cell, grade] of expected) expect(saved.get(cell) ?? null, cell).toBe(grade);
    } finally {
      await host.close();
      fs.rmSync(rendererDir, { recursive: true, force: true });
    }
  }, 120_000);
});
