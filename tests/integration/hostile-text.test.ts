import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stripXmlIllegal } from '../../shared/normalize/text';
import { makeIdNumber, personInput } from '../helpers/people-input';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';
import { getPersonRow } from '../../db/people';

/**
 * Characters no .xlsx may hold (U+FFFE, U+FFFF, C0 controls other than tab/LF/CR, lone surrogates)
 * never get stored, through the API or an import, and data stored before (an old version, an old
 * backup) still exports to a workbook Excel and exceljs can open.
 */

const hostile = ['\ufffe', '\uffff', '\u0001', '\u001f', '\ud800', '\udfff'] as const;

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

/** The exported roster read back with exceljs: its body rows' 姓名 and 职务 (B and the post column). */
async function exportedNames(): Promise<string[]> {
  const file = await app.call('roster.export', {});
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const names: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 3) names.push(row.getCell(2).text);
  });
  return names;
}

describe('text that no .xlsx can hold', () => {
  it('is cleaned from every API input: a person named with U+FFFE exports and reads back', async () => {
    const office = await app.call('units.create', { name: `某某区国防动员办公室${hostile[1]}`, parentId: null });
    const created = await app.call('people.create', personInput(office.id, {
      name: `王${hostile[0]}建国`, idNumber: makeIdNumber('420302', '19800312', '001'), post: `科${hostile[2]}长${hostile[4]}`, note: `备${hostile[5]}注${hostile[3]}`,
    }));
    const stored = getPersonRow(app.ctx.db, created.id);
    expect(stored).toMatchObject({ name: '王建国', post: '科长', note: '备注', unitName: '某某区国防动员办公室' });
    expect(await exportedNames()).toEqual(['王建国']);
    // the 操作日志 holds the clean text too
    const audit = await app.call('audit.list', {});
    expect(audit.rows.every((r) => stripXmlIllegal(JSON.stringify(r)) === JSON.stringify(r))).toBe(true);
  });

  it('is cleaned from an imported file: a CSV row named with U+FFFE imports clean and exports', async () => {
    const csv = [
      '姓名,性别,出生年月,身份证号码,部门,职务',
      `李${hostile[0]}秀英,女,1985.06,${makeIdNumber('420302', '19850617', '002')},综合${hostile[1]}科,科员`,
      `赵新来,男,1990.01,${makeIdNumber('420302', '19900101', '003')},综合科,科员${hostile[0]}`,
    ].join('\r\n');
    const { jobId } = await app.call('roster.importStart', { fileName: '花名册.csv', bytes: new TextEncoder().encode(csv) });
    const session = await waitForJob(app, 'roster-import', jobId);
    const preview = await app.call('roster.importPreview', { sessionId: session!.sessionId });
    expect(preview.counts.error).toBe(0);
    await app.call('roster.importCommit', { sessionId: preview.session.sessionId });
    const people = await app.call('people.search', {});
    expect(people.rows.map((p) => [p.name, p.unitName, p.post])).toEqual([['李秀英', '综合科', '科员'], ['赵新来', '综合科', '科员']]);
    expect(await exportedNames()).toEqual(['李秀英', '赵新来']);
  });

  it('already in the database (stored by an older version) still exports to a readable workbook', async () => {
    const office = await app.call('units.create', { name: '某某区国防动员办公室', parentId: null });
    const created = await app.call('people.create', personInput(office.id, { name: '孙国栋', idNumber: makeIdNumber('420302', '19800312', '001') }));
    // what the old code let in, written straight into the file (reversed: a low surrogate before a
    // high one, so neither has its pair)
    app.ctx.db.prepare('UPDATE people SET name = ?, post = ? WHERE id = ?').run(`孙${[...hostile].reverse().join('')}国栋`, `主${hostile[0]}任`, created.id);
    app.ctx.db.prepare('UPDATE units SET name = ? WHERE id = ?').run(`某某区${hostile[1]}国防动员办公室`, office.id);
    // (SQLite keeps U+FFFE/U+FFFF and the controls; lone surrogates come back as U+FFFD, which XML allows)
    const { name } = app.ctx.db.prepare('SELECT name FROM people WHERE id = ?').get(created.id) as { name: string };
    expect(name).toContain('\ufffe');
    expect(await exportedNames()).toEqual([stripXmlIllegal(name)]);
    for (const c of ['\ufffe', '\uffff', '\u0001', '\u001f']) expect(stripXmlIllegal(name)).not.toContain(c);
  });
});
