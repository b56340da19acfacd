import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRankText } from '../../shared/domain/person';
import type { OutcomeCode } from '../../shared/annual/rules';
import type { Participant } from '../../shared/annual/views';
import type { ChannelInput } from '../../shared/contract';
import type { Person, Unit } from '../../shared/domain/person';
import type { RegisterForms } from '../../shared/reports/views';
import { uniqueSheetName } from '../../electron/services/reports/register-workbook';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';

/** The demo office (about 60 people, three 考核分组, 公务员 and 事业 staff) and its 考核年度. */
interface Demo {
  app: TestApp;
  year: number;
  people: Person[];
  units: Unit[];
  participants: Participant[];
  groups: { id: number; name: string }[];
}

async function loadDemo(): Promise<Demo> {
  const app = await createTestApp();
  await app.call('demo.load');
  const year = (await app.call('annual.years'))[0]!.year;
  const people = (await app.call('people.search', { status: '全部' })).rows;
  const units = await app.call('units.list');
  const participants = await app.call('annual.participants', { year });
  const groups = (await app.call('annual.year', { year })).groups;
  return { app, year, people, units, participants, groups };
}

/** The committee confirms every 等次 (as suggested, the rest with a reason) and locks the year. */
async function confirmAllAndLock(demo: Demo): Promise<void> {
  const { app, year } = demo;
  await app.call('annual.confirmAsSuggested', { year });
  const left = (await app.call('annual.composite', { year })).rows.filter((r) => r.confirmed == null);
  if (left.length > 0) {
    const outcomeOf = (cap: OutcomeCode): OutcomeCode => (cap === 'undetermined' ? 'undetermined' : 'competent');
    await app.call('annual.confirm', { year, entries: left.map((r) => ({ personId: r.personId, outcome: outcomeOf(r.cap), reason: '经考核委员会研究确定' })) });
  }
  await app.call('annual.lock', { year });
}

type XlsxFile = { fileName: string; bytes: Uint8Array };

async function exportRegister(app: TestApp, input: ChannelInput<'reports.startRegister'>): Promise<XlsxFile> {
  const { jobId } = await app.call('reports.startRegister', input);
  return waitForJob(app, 'export', jobId);
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const text = (cell: ExcelJS.Cell): string => (cell.value == null ? '' : String(cell.value));
/** the row of a label in column A (labels are broken into lines as on the paper form) */
const labelRow = (ws: ExcelJS.Worksheet, label: string, from = 1): number => {
  for (let r = from; r <= ws.rowCount; r++) if (text(ws.getCell(r, 1)).replace(/\n/g, '') === label) return r;
  throw new Error(`label ${label} not found from row ${from}`);
};
const merges = (ws: ExcelJS.Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges;

const unitNamed = (demo: Demo, name: string) => demo.units.find((u) => u.name === name)!;
const personOf = (demo: Demo, id: number) => demo.people.find((p) => p.id === id)!;

describe('年度考核登记表 of a year not yet locked', () => {
  let demo: Demo;
  let all: RegisterForms;
  beforeAll(async () => {
    demo = await loadDemo();
    all = await demo.app.call('reports.registerForms', { year: demo.year, scope: { kind: 'all' } });
  });
  afterAll(() => demo.app.close());

  it('has one form per participant, in group order then roster order, filled from the roster', () => {
    expect(all).toMatchObject({ year: demo.year, final: false, unitTitle: '某市国防动员办公室' });
    expect(all.forms.map((f) => f.personId)).toEqual(demo.participants.map((p) => p.personId));
    for (const form of all.forms) {
      const person = personOf(demo, form.personId);
      const unit = demo.units.find((u) => u.id === person.unitId)!;
      const participant = demo.participants.find((p) => p.personId === form.personId)!;
      expect(form.birth).toMatch(/^\d{4}\.\d{2}$/);
      expect(form).toMatchObject({
        name: person.name, gender: person.gender, birth: person.birth, political: person.political ?? '', postSince: person.postSince ?? '',
        ethnicity: person.ethnicity ?? '', education: person.education ?? '', workStart: person.workStart ?? '', partySince: person.partySince ?? '',
        unitAndPost: `${unit.name} ${postRankText(person.post, person.rank)}`, work: participant.duties || person.post, outcome: '', outcomeCode: null,
      });
    }
    const director = all.forms.find((f) => f.name === '周立新')!;
    expect(director).toMatchObject({ unitAndPost: '某市国防动员办公室 主任（正处级）', postSince: '2020.03', birth: '1968.04', work: '主持全面工作', ethnicity: expect.stringMatching(/族$/) as unknown });
    // a participant without 从事或分管工作 prints the 职务
    expect(all.forms.find((f) => f.name === '孙国栋')).toMatchObject({ work: '负责文稿起草和信息报送' });
    expect(all.forms.find((f) => f.name === '朱海燕')).toMatchObject({ work: '科员' });
  });

  it('titles the form by the person’s vocabulary: 公务员 or 事业单位工作人员', () => {
    const vocabularyOf = new Map(demo.participants.map((p) => [p.personId, p.vocabulary]));
    expect(new Set(all.forms.map((f) => f.vocabulary))).toEqual(new Set(['civil', 'institution']));
    for (const form of all.forms) {
      expect(form.vocabulary).toBe(vocabularyOf.get(form.personId));
      expect(form.title).toBe(form.vocabulary === 'civil' ? `${demo.year}年度公务员年度考核登记表` : `${demo.year}年度事业单位工作人员年度考核登记表`);
    }
  });

  it('takes a unit with or without its sub-units, a group, or chosen people (kept in the year’s order)', async () => {
    const { app, year } = demo;
    const institute = unitNamed(demo, '人防工程管理所');
    const subtree = new Set(demo.units.filter((u) => u.id === institute.id || u.parentId === institute.id).map((u) => u.id));
    const inUnit = await app.call('reports.registerForms', { year, scope: { kind: 'unit', unitId: institute.id, includeSubunits: true } });
    const expected = demo.participants.filter((p) => subtree.has(p.unitId)).map((p) => p.personId);
    expect(expected.length).toBeGreaterThan(subtree.size - 1);
    expect(inUnit.forms.map((f) => f.personId)).toEqual(expected);
    const alone = await app.call('reports.registerForms', { year, scope: { kind: 'unit', unitId: institute.id, includeSubunits: false } });
    expect(alone.forms.map((f) => f.personId)).toEqual(demo.participants.filter((p) => p.unitId === institute.id).map((p) => p.personId));
    expect(alone.forms.length).toBeLessThan(inUnit.forms.length);

    const group = demo.groups.find((g) => g.name === '事业单位')!;
    const inGroup = await app.call('reports.registerForms', { year, scope: { kind: 'group', groupId: group.id } });
    expect(inGroup.forms.map((f) => f.personId)).toEqual(demo.participants.filter((p) => p.groupId === group.id).map((p) => p.personId));
    expect(inGroup.forms.every((f) => f.vocabulary === 'institution')).toBe(true);

    const [first, second] = [demo.participants[0]!, demo.participants[5]!];
    const chosen = await app.call('reports.registerForms', { year, scope: { kind: 'people', personIds: [second.personId, first.personId] } });
    expect(chosen.forms.map((f) => f.name)).toEqual([first.name, second.name]);
  });

  it('refuses people outside the year, a unit that is gone and a group of another year, naming what is wrong', async () => {
    const { app, year } = demo;
    const outsider = await app.call('people.create', {
      name: '赵借调', gender: null, birth: null, idNumber: null, staffNo: null, political: null, unitId: unitNamed(demo, '办公室').id, post: null, rank: null,
      postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null, note: null,
    });
    const refused = await app.result('reports.registerForms', { year, scope: { kind: 'people', personIds: [demo.participants[0]!.personId, outsider.id] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_A_PARTICIPANT' } });
    expect(!refused.ok && refused.error.message).toBe(`赵借调不在${year}年度考核的参加人员中，没有年度考核登记表；请先在「年度考核方案」中加入`);
    expect(await app.result('reports.registerForms', { year, scope: { kind: 'unit', unitId: 99999, includeSubunits: true } })).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FOUND' } });
    expect(await app.result('reports.registerForms', { year, scope: { kind: 'group', groupId: 99999 } })).toMatchObject({ ok: false, error: { code: 'ANNUAL_GROUP_NOT_FOUND' } });
    expect(await app.result('reports.registerForms', { year: year + 1, scope: { kind: 'all' } })).toMatchObject({ ok: false, error: { code: 'ANNUAL_YEAR_NOT_FOUND' } });
  });

  it('exports a unit as one sheet per person whose titles say 「未确定」 and whose 考核委员会意见 holds no 等次, only the 近三年等次', async () => {
    const office = unitNamed(demo, '办公室');
    const file = await exportRegister(demo.app, { year: demo.year, scope: { kind: 'unit', unitId: office.id, includeSubunits: true }, layout: 'sheets' });
    expect(file.fileName).toBe(`${demo.year}年度考核登记表（办公室）（未确定）.xlsx`);
    const workbook = await readWorkbook(file.bytes);
    const expected = demo.participants.filter((p) => p.unitId === office.id);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expected.map((p) => p.name));
    const ws = workbook.worksheets[0]!;
    expect(text(ws.getCell('A1'))).toBe(`${demo.year}年度公务员年度考核登记表（未确定）`);
    const committee = labelRow(ws, '考核委员会意见');
    // the demo imports two earlier years (DOMAIN §9.2); nothing is confirmed yet
    expect(text(ws.getCell(committee, 2))).toMatch(/^近三年考核等次：\d{4}年度(无记录|优秀|称职)，/);
    expect(text(ws.getCell(committee, 2))).not.toContain('确定为');
    expect(text(ws.getCell(committee + 1, 2))).toBe('（盖章）　　　　年　　月　　日');
  });

  it('refuses to export a scope with nobody in the year, instead of writing an empty file', async () => {
    const { app, year } = demo;
    const empty = await app.call('units.create', { name: '新设科室', parentId: unitNamed(demo, '某市国防动员办公室').id });
    const scope = { kind: 'unit', unitId: empty.id, includeSubunits: true } as const;
    expect((await app.call('reports.registerForms', { year, scope })).forms).toEqual([]);
    expect(await app.result('reports.startRegister', { year, scope })).toEqual({
      ok: false, error: { code: 'REGISTER_EMPTY', message: `所选范围内没有参加${year}年度考核的人员，没有可导出的年度考核登记表` },
    });
  });

  it('stops a job for everyone when cancelled at once: it ends 「已取消」 with no file', async () => {
    const { jobId } = await demo.app.call('reports.startRegister', { year: demo.year, scope: { kind: 'all' } });
    await demo.app.call('jobs.cancel', { jobId });
    let status = await demo.app.call('jobs.status', { jobId });
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = await demo.app.call('jobs.status', { jobId });
    }
    expect(status).toMatchObject({ state: 'cancelled', stage: '已取消' });
    expect(status.result).toBeUndefined();
  });

  it('reports progress person by person on a job that runs to the end', async () => {
    const { jobId } = await demo.app.call('reports.startRegister', { year: demo.year, scope: { kind: 'all' }, layout: 'pages' });
    const stages = new Set<string>();
    let status = await demo.app.call('jobs.status', { jobId });
    while (status.state === 'running') {
      stages.add(status.stage);
      await new Promise((r) => setImmediate(r));
      status = await demo.app.call('jobs.status', { jobId });
    }
    expect(status.state).toBe('done');
    expect([...stages].some((s) => /^正在生成登记表（\d+\/\d+）$/.test(s))).toBe(true);
  });
});

describe('年度考核登记表 of a locked year', () => {
  let demo: Demo;
  let all: RegisterForms;
  beforeAll(async () => {
    demo = await loadDemo();
    await confirmAllAndLock(demo);
    all = await demo.app.call('reports.registerForms', { year: demo.year, scope: { kind: 'all' } });
  });
  afterAll(() => demo.app.close());

  it('carries each confirmed 等次 in the person’s own vocabulary', async () => {
    expect(all.final).toBe(true);
    const composite = await demo.app.call('annual.composite', { year: demo.year });
    const labels = { civil: ['优秀', '称职', '基本称职', '不称职'], institution: ['优秀', '合格', '基本合格', '不合格'] };
    const codes = ['excellent', 'competent', 'basic', 'fail'];
    for (const form of all.forms) {
      const confirmed = composite.rows.find((r) => r.personId === form.personId)!.confirmed!;
      expect(form.outcomeCode).toBe(confirmed);
      expect(form.outcome).toBe(confirmed === 'undetermined' ? '不定等次' : labels[form.vocabulary][codes.indexOf(confirmed)]);
    }
    expect(all.forms.some((f) => f.vocabulary === 'institution' && f.outcome === '合格')).toBe(true);
    expect(all.forms.some((f) => f.outcome === '优秀')).toBe(true);
  });

  it('writes one A4 portrait sheet per person, fitted to one page, laid out like the paper form', async () => {
    const file = await exportRegister(demo.app, { year: demo.year, scope: { kind: 'all' } });
    expect(file.fileName).toBe(`${demo.year}年度考核登记表（某市国防动员办公室）.xlsx`);
    const workbook = await readWorkbook(file.bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(all.forms.map((f) => f.name));

    for (const form of [all.forms.find((f) => f.outcome === '优秀')!, all.forms.find((f) => f.vocabulary === 'institution')!]) {
      const ws = workbook.getWorksheet(form.name)!;
      expect(text(ws.getCell('A1'))).toBe(form.title);
      const nameRow = labelRow(ws, '姓名');
      expect([2, 3, 4, 5, 6].map((c) => text(ws.getCell(nameRow, c)))).toEqual([form.name, '性别', form.gender, '出生年月', form.birth]);
      // 民族 | 政治面貌 | 学历 (the 事业单位 form: 文化程度); 参加工作时间 | 入党时间 | 任现职时间, as on the official form
      const educationLabel = form.vocabulary === 'institution' ? '文化程度' : '学历';
      expect([1, 2, 3, 4, 5, 6].map((c) => text(ws.getCell(nameRow + 1, c)))).toEqual(['民族', form.ethnicity, '政治面貌', form.political, educationLabel, form.education]);
      expect([1, 2, 3, 4, 5, 6].map((c) => text(ws.getCell(nameRow + 2, c)))).toEqual(['参加工作\n时间', form.workStart, '入党时间', form.partySince, '任现职\n时间', form.postSince]);
      expect([form.ethnicity, form.education, form.workStart].every((v) => v !== '')).toBe(true);
      const remarkRow = labelRow(ws, '备注');
      expect(text(ws.getCell(remarkRow, 2))).toBe(form.remark);
      expect(remarkRow).toBe(ws.rowCount);
      const postRow = labelRow(ws, '单位及职务职级');
      expect(text(ws.getCell(postRow, 2))).toBe(form.unitAndPost);
      expect(text(ws.getCell(labelRow(ws, '从事或分管工作'), 2))).toBe(form.work);
      expect(text(ws.getCell(labelRow(ws, '考核委员会意见'), 2))).toBe([`确定为：${form.outcome}`, form.recent ? `近三年考核等次：${form.recent}` : ''].filter((t) => t !== '').join('；'));
      const summary = labelRow(ws, '个人总结');
      const comment = labelRow(ws, '主管领导评语和考核等次建议');
      expect(text(ws.getCell(summary + 1, 2))).toBe('签名：　　　　　年　　月　　日');
      expect(text(ws.getCell(comment + 1, 2))).toBe('签名：　　　　　年　　月　　日');
      expect(ws.getRow(summary).height).toBeGreaterThan(ws.getRow(comment).height!);
      expect(ws.getCell(nameRow, 1).font).toMatchObject({ bold: true });
      expect(ws.getCell(nameRow, 1).border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
      expect(ws.getCell(summary, 6).border).toMatchObject({ right: { style: 'thin' } });
      expect(merges(ws)).toEqual(expect.arrayContaining(['A1:F1', `B${postRow}:F${postRow}`, `A${summary}:A${summary + 1}`, `B${summary}:F${summary}`, `B${summary + 1}:F${summary + 1}`]));
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, horizontalCentered: true });
    }
  });

  it('writes one sheet with a manual page break after each form for the 「pages」 layout', async () => {
    const group = demo.groups.find((g) => g.name === '机关科室')!;
    const forms = await demo.app.call('reports.registerForms', { year: demo.year, scope: { kind: 'group', groupId: group.id } });
    const file = await exportRegister(demo.app, { year: demo.year, scope: { kind: 'group', groupId: group.id }, layout: 'pages' });
    expect(file.fileName).toBe(`${demo.year}年度考核登记表（机关科室）.xlsx`);
    const workbook = await readWorkbook(file.bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['年度考核登记表']);
    const ws = workbook.worksheets[0]!;
    const titleRows = Array.from({ length: ws.rowCount }, (_x, i) => i + 1).filter((r) => /年度考核登记表$/.test(text(ws.getCell(r, 1))));
    expect(titleRows.map((r) => text(ws.getCell(r + 1, 2)))).toEqual(forms.forms.map((f) => f.name));
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });

    // exceljs does not read page breaks back: count them in the sheet's XML.
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual([...titleRows.slice(1).map((r) => r - 1), ws.rowCount]);
  });

  // Last in this block: it changes the roster and unlocks the year.
  it('prints 姓名, 单位 and 职务 as frozen at the lock after a rename and move; the roster again once unlocked', async () => {
    const { app, year } = demo;
    const office = unitNamed(demo, '办公室');
    const institute = unitNamed(demo, '人防工程管理所');
    // someone without 从事或分管工作 of their own: the form prints the 职务, frozen with the year
    const p = demo.participants.find((x) => x.unitId === office.id && !x.duties && personOf(demo, x.personId).post && personOf(demo, x.personId).rank)!;
    const before = personOf(demo, p.personId);
    const frozenForm = all.forms.find((f) => f.personId === p.personId)!;
    expect(frozenForm).toMatchObject({ name: before.name, unitAndPost: `办公室 ${postRankText(before.post, before.rank)}`, work: before.post });

    const { unitName: _u, status: _s, statusDate: _d, ...fields } = before;
    const renamed = { ...fields, name: `${before.name}（更名）`, unitId: institute.id, post: '综合科科长', postSince: '2027.01' };
    await app.call('people.update', renamed);

    // the composite (and so the 汇总报告 and the materials) still has the name and unit of the lock
    const row = (await app.call('annual.composite', { year })).rows.find((r) => r.personId === p.personId)!;
    expect(row).toMatchObject({ name: before.name, unitName: '办公室', post: before.post });

    const frozen = { name: before.name, unitAndPost: `办公室 ${postRankText(before.post, before.rank)}`, work: before.post, postSince: '2027.01' };
    const again = await app.call('reports.registerForms', { year, scope: { kind: 'all' } });
    expect(again.forms.find((f) => f.personId === p.personId)).toMatchObject(frozen);
    // the batch by unit goes by the roster's current units, printing the frozen text
    const inInstitute = await app.call('reports.registerForms', { year, scope: { kind: 'unit', unitId: institute.id, includeSubunits: false } });
    expect(inInstitute.forms.find((f) => f.personId === p.personId)).toMatchObject(frozen);
    const inOffice = await app.call('reports.registerForms', { year, scope: { kind: 'unit', unitId: office.id, includeSubunits: false } });
    expect(inOffice.forms.map((f) => f.personId)).not.toContain(p.personId);

    const sheetOf = async (fileName: string, name: string) => {
      const file = await exportRegister(app, { year, scope: { kind: 'people', personIds: [p.personId] }, layout: 'sheets' });
      expect(file.fileName).toBe(fileName);
      const ws = (await readWorkbook(file.bytes)).worksheets[0]!;
      expect(ws.name).toBe(name);
      const nameRow = labelRow(ws, '姓名');
      return { name: text(ws.getCell(nameRow, 2)), postSince: text(ws.getCell(nameRow + 2, 6)), unitAndPost: text(ws.getCell(labelRow(ws, '单位及职务职级'), 2)), work: text(ws.getCell(labelRow(ws, '从事或分管工作'), 2)) };
    };
    expect(await sheetOf(`${year}年度考核登记表（${before.name}）.xlsx`, before.name)).toEqual(frozen);

    await app.call('settings.setAdminPassword', { next: 'kaoping-2026' });
    await app.call('annual.unlock', { year, password: 'kaoping-2026', reason: '更正登记表' });
    const current = { name: renamed.name, unitAndPost: `人防工程管理所 综合科科长（${before.rank}）`, work: '综合科科长', postSince: '2027.01' };
    const open = await app.call('reports.registerForms', { year, scope: { kind: 'all' } });
    expect(open.final).toBe(false);
    expect(open.forms.find((f) => f.personId === p.personId)).toMatchObject(current);
    expect(await sheetOf(`${year}年度考核登记表（${renamed.name}）（未确定）.xlsx`, renamed.name)).toEqual(current);
  });
});

describe('sheet names', () => {
  it('keeps Excel’s rules: no []:*?/\\, at most 31 characters, unique', () => {
    const taken = new Set<string>();
    expect(['张三', '张三', '张三', 'a/b:c', '欧阳'.repeat(20)].map((n) => uniqueSheetName(n, taken))).toEqual(['张三', '张三（2）', '张三（3）', 'abc', '欧阳'.repeat(15) + '欧']);
  });
});
