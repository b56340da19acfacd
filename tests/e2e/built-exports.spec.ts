import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { callApi } from './evaluation-helpers';

/**
 * The built app, not the sources: its exports go through the bundled exceljs, which must be the copy
 * the XML-safety patch wraps (ARCHITECTURE §7). A name stored by an older version with U+FFFE (which no
 * .xlsx may hold) still exports to a workbook that opens; the integration test proves the same for the
 * sources, where exceljs comes from node_modules.
 */
test('the built app: text stored before inputs were cleaned still exports to a workbook that opens', async ({ app }) => {
  const office = await callApi(app, 'units.create', { name: '某某区国防动员办公室', parentId: null });
  const person = await callApi(app, 'people.create', {
    name: '孙国栋', gender: null, birth: null, idNumber: null, staffNo: null, political: null, unitId: office.id, post: null, rank: null,
    postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null, note: null,
  });
  // what an older version let in, written straight into the running app's database (WAL: a second
  // connection is allowed)
  const db = new Database(path.join(app.dataDir, 'kaoping.sqlite'));
  try {
    db.prepare('UPDATE people SET name = ? WHERE id = ?').run('孙\ufffe国\uffff栋', person.id);
  } finally {
    db.close();
  }
  const file = await callApi(app, 'roster.export', {});
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const names: string[] = [];
  workbook.worksheets[0]!.eachRow((row, n) => {
    if (n > 3) names.push(row.getCell(2).text);
  });
  expect(names).toEqual(['孙国栋']);
});
