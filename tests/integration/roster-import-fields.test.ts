import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportSession } from '../../shared/contract/roster-import';
import { rosterFieldsFile } from '../fixtures/make-roster-fields';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';

/**
 * The roster fields the official forms ask for (民族, 籍贯, 学历, 参加工作时间, 入党时间) through the
 * roster import: a LibreOffice-saved .xlsx (tests/fixtures/make-roster-fields.ts) with messy headers and
 * values, each row's outcome, the stored values, and a later file without the columns leaving them be.
 */
let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

async function startImport(fileName: string, bytes: Uint8Array): Promise<ImportSession> {
  const { jobId } = await app.call('roster.importStart', { fileName, bytes });
  return waitForJob(app, 'roster-import', jobId);
}

const fixtureBytes = () => new Uint8Array(fs.readFileSync(rosterFieldsFile));
const vocabularyList = '研究生、大学本科、大学专科、中专、高中、初中及以下';

describe('花名册-民族学历.xlsx (written by LibreOffice)', () => {
  test('the file is LibreOffice’s own', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes());
    expect(await zip.file('docProps/app.xml')!.async('string')).toMatch(/<Application>LibreOffice/);
  });

  test('maps the columns by their aliases, normalises every row it can and names the errors of the others', async () => {
    const session = await startImport(path.basename(rosterFieldsFile), fixtureBytes());
    expect(session.headerRow).toBe(2);
    expect(session.columns.map((c) => c.field)).toEqual([
      null, 'name', 'gender', 'ethnicity', 'nativePlace', 'birth', 'idNumber', 'political', 'partySince', 'workStart', 'education', null, 'unitName', 'post',
    ]);
    const preview = await app.call('roster.importPreview', { sessionId: session.sessionId });
    expect(preview.unknownColumns).toEqual(['序号', '在职学历']);
    const outcomes = Object.fromEntries(preview.rows.map((r) => [r.sheetRow, { status: r.status, name: r.name, errors: r.errors }]));
    expect(outcomes).toEqual({
      3: { status: 'new', name: '张伟', errors: [] },
      4: { status: 'new', name: '李娜', errors: [] },
      5: { status: 'new', name: '王强', errors: [] },
      6: { status: 'error', name: '赵敏', errors: ['入党时间「2010」只有年份，缺少月份，应写成 2010.07 这样的日期'] },
      7: { status: 'error', name: '陈刚', errors: ['参加工作时间「2015.13」月份 13 不存在，应写成 2008.07 这样的日期', `学历「幼儿园」不在可选范围内，可选：${vocabularyList}`] },
      8: { status: 'error', name: '刘洋', errors: ['参加工作时间「1980.01」不晚于出生年月「1992.08」，请核对'] },
      9: { status: 'new', name: '周杰', errors: [] },
      10: { status: 'new', name: '孙丽', errors: [] },
    });
    expect(preview.counts).toMatchObject({ new: 5, update: 0, same: 0, error: 3 });

    expect(await app.call('roster.importCommit', { sessionId: session.sessionId })).toMatchObject({ created: 5, rejected: 3 });
    const people = Object.fromEntries((await app.call('people.search', {})).rows.map((p) => [p.name, p]));
    const fields = (name: string) => {
      const p = people[name]!;
      return { ethnicity: p.ethnicity, nativePlace: p.nativePlace, education: p.education, workStart: p.workStart, partySince: p.partySince };
    };
    expect(fields('张伟')).toEqual({ ethnicity: '汉族', nativePlace: '湖北十堰', education: '大学本科', workStart: '2002.07', partySince: '2005.06' });
    expect(fields('李娜')).toEqual({ ethnicity: '土家族', nativePlace: '湖北恩施', education: '大学本科', workStart: '2007.07', partySince: '2008.07' });
    expect(fields('王强')).toEqual({ ethnicity: '回族', nativePlace: '河南南阳', education: '研究生', workStart: '2012.07', partySince: null });
    expect(fields('周杰')).toEqual({ ethnicity: '汉族', nativePlace: '湖北房县', education: '中专', workStart: '2010.09', partySince: '2013.07' });
    expect(fields('孙丽')).toEqual({ ethnicity: null, nativePlace: null, education: null, workStart: null, partySince: null });

    // the same file again: the imported people are 无变化
    const again = await startImport(path.basename(rosterFieldsFile), fixtureBytes());
    expect((await app.call('roster.importPreview', { sessionId: again.sessionId })).counts).toMatchObject({ new: 0, update: 0, same: 5, error: 3 });
  });

  test('a later roster without the columns leaves them as stored; one with a changed value shows the change', async () => {
    const first = await startImport(path.basename(rosterFieldsFile), fixtureBytes());
    await app.call('roster.importPreview', { sessionId: first.sessionId });
    await app.call('roster.importCommit', { sessionId: first.sessionId });
    const zhang = (await app.call('people.search', { text: '张伟' })).rows[0]!;

    const plain = new TextEncoder().encode(`姓名,身份证号,部门,职务\n张伟,${zhang.idNumber},办公室,主任\n`);
    const withoutColumns = await startImport('花名册-简.csv', plain);
    const preview = await app.call('roster.importPreview', { sessionId: withoutColumns.sessionId });
    expect(preview.rows.map((r) => r.status)).toEqual(['same']);

    const changed = new TextEncoder().encode(`姓名,身份证号,部门,学历,入党时间\n张伟,${zhang.idNumber},办公室,研究生,2005年6月\n`);
    const update = await startImport('花名册-学历.csv', changed);
    const rows = (await app.call('roster.importPreview', { sessionId: update.sessionId })).rows;
    expect(rows.map((r) => ({ status: r.status, changes: r.changes }))).toEqual([
      { status: 'update', changes: [{ field: 'education', label: '学历', before: '大学本科', after: '研究生' }] },
    ]);
    await app.call('roster.importCommit', { sessionId: update.sessionId });
    expect((await app.call('people.search', { text: '张伟' })).rows[0]).toMatchObject({ education: '研究生', partySince: '2005.06', ethnicity: '汉族' });
  });
});
