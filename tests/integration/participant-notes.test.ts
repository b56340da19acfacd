import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/annual/views';
import { refused } from '../helpers/evaluation-app';
import ExcelJS from 'exceljs';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';

/**
 * 从事或分管工作 and 备注 of a 考核年度's participants (DOMAIN §5): set one by one or pasted for many,
 * audited, refused whole on a bad line, frozen by the year lock; the 登记表 prints them, and for a
 * 不定等次 person with no 备注 the 未确定等次原因.
 */
let app: TestApp;
let year: number;
let participants: Participant[];
const named = (name: string) => participants.find((p) => p.name === name)!;
const participantRows = () => app.ctx.db.prepare('SELECT person_id, duties, remark FROM annual_participants ORDER BY person_id').all();
const auditCount = () => (app.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

/** Refused, with annual_participants and the audit log exactly as before. */
async function refusedUnchanged(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const before = JSON.stringify([participantRows(), auditCount()]);
  const payload = await refused(run());
  expect(JSON.stringify([participantRows(), auditCount()])).toBe(before);
  return payload;
}

beforeAll(async () => {
  app = await createTestApp();
  await app.call('demo.load');
  year = (await app.call('annual.years'))[0]!.year;
  participants = await app.call('annual.participants', { year });
}, 120_000);
afterAll(() => app.close());

describe('annual.setParticipantNotes', () => {
  it('the demo gives some participants 从事或分管工作; the others print their 职务', async () => {
    expect(named('周立新')).toMatchObject({ duties: '主持全面工作', remark: '' });
    expect(named('朱海燕')).toMatchObject({ duties: '', remark: '' });
    const forms = (await app.call('reports.registerForms', { year, scope: { kind: 'all' } })).forms;
    expect(forms.find((f) => f.name === '周立新')!.work).toBe('主持全面工作');
    expect(forms.find((f) => f.name === '朱海燕')!.work).toBe('科员');
  });

  it('saves a pasted list in one go, cleaned, with one audit row naming each change; a field left out keeps its value', async () => {
    const [zhu, song] = [named('朱海燕'), named('宋立平')];
    const r = await app.call('annual.setParticipantNotes', {
      year,
      entries: [
        { personId: zhu.personId, duties: ' 负责文秘\n和档案工作 ', remark: '2026年3月起借调市委办' },
        { personId: song.personId, duties: '负责综合统计' },
      ],
    });
    expect(r).toEqual({ saved: 2 });
    const after = await app.call('annual.participants', { year });
    expect(after.find((p) => p.personId === zhu.personId)).toMatchObject({ duties: '负责文秘 和档案工作', remark: '2026年3月起借调市委办' });
    expect(after.find((p) => p.personId === song.personId)).toMatchObject({ duties: '负责综合统计', remark: '' });
    const audit = (await app.call('audit.list', { action: 'annual.setParticipantNotes' })).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toBe(`${year}年度考核：填写朱海燕、宋立平的从事或分管工作、备注`);
    expect(audit[0]!.changes).toEqual([
      { subject: '朱海燕', field: '从事或分管工作', before: '', after: '负责文秘 和档案工作' },
      { subject: '朱海燕', field: '备注', before: '', after: '2026年3月起借调市委办' },
      { subject: '宋立平', field: '从事或分管工作', before: '', after: '负责综合统计' },
    ]);

    // only the 备注 given: the 从事或分管工作 stays; the same values again change nothing
    expect(await app.call('annual.setParticipantNotes', { year, entries: [{ personId: song.personId, remark: '' }] })).toEqual({ saved: 0 });
    expect(await app.call('annual.setParticipantNotes', { year, entries: [{ personId: zhu.personId, duties: '负责文秘 和档案工作' }] })).toEqual({ saved: 0 });
    expect((await app.call('audit.list', { action: 'annual.setParticipantNotes' })).rows).toHaveLength(1);

    const form = (await app.call('reports.registerForms', { year, scope: { kind: 'people', personIds: [zhu.personId] } })).forms[0]!;
    expect(form).toMatchObject({ work: '负责文秘 和档案工作', remark: '2026年3月起借调市委办' });
  });

  it('refuses the whole list for one bad line, naming it, and writes nothing', async () => {
    const zhu = named('朱海燕');
    const outsider = (await app.call('people.create', { name: '局外人', gender: null, birth: null, idNumber: null, staffNo: null, political: null, unitId: zhu.unitId, post: null, rank: null, postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null, note: null })).id;
    expect(await refusedUnchanged(() => app.call('annual.setParticipantNotes', { year, entries: [{ personId: zhu.personId, duties: '改了' }, { personId: outsider, duties: '负责后勤' }] })))
      .toMatchObject({ message: expect.stringContaining('局外人') as unknown });
    expect(await refusedUnchanged(() => app.call('annual.setParticipantNotes', { year, entries: [{ personId: zhu.personId, duties: '长'.repeat(101) }] })))
      .toMatchObject({ message: expect.stringContaining('不超过100字') as unknown });
    expect(await refusedUnchanged(() => app.call('annual.setParticipantNotes', { year, entries: [{ personId: zhu.personId, duties: '甲' }, { personId: zhu.personId, duties: '乙' }] })))
      .toMatchObject({ code: 'DUPLICATE_PERSON' });
  });

  it('the 备注 of a 不定等次 person defaults to the 未确定等次原因; one the office writes wins', async () => {
    const recruit = named('夏雨欣');
    expect(recruit.undetermined.effective).toBe(true);
    const formOf = async () => (await app.call('reports.registerForms', { year, scope: { kind: 'people', personIds: [recruit.personId] } })).forms[0]!;
    expect((await formOf()).remark).toBe(`未确定等次原因：${recruit.undetermined.computed}`);
    // the office's own reason, when it decided 不定等次 itself
    await app.call('annual.setUndetermined', { year, personId: recruit.personId, override: 'yes', reason: '新录用公务员，试用期未满' });
    expect((await formOf()).remark).toBe('未确定等次原因：新录用公务员，试用期未满');
    await app.call('annual.setParticipantNotes', { year, entries: [{ personId: recruit.personId, remark: '新录用人员，不定等次' }] });
    expect((await formOf()).remark).toBe('新录用人员，不定等次');

    // a long 备注 grows its row in the .xlsx and the 个人总结 box gives up the same height: still one page
    const heightsOf = async () => {
      const { jobId } = await app.call('reports.startRegister', { year, scope: { kind: 'people', personIds: [recruit.personId] }, layout: 'sheets' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from((await waitForJob(app, 'export', jobId)).bytes) as unknown as ArrayBuffer);
      const ws = workbook.worksheets[0]!;
      const rows = Array.from({ length: ws.rowCount }, (_x, i) => ws.getRow(i + 1));
      const rowOf = (label: string) => rows.find((r) => String(r.getCell(1).value ?? '').replace(/\n/g, '') === label)!;
      return { remark: rowOf('备注').height, summary: rowOf('个人总结').height, total: rows.reduce((sum, r) => sum + (r.height ?? 0), 0), text: String(rowOf('备注').getCell(2).value) };
    };
    const short = await heightsOf();
    const long = '经单位研究，该同志2026年9月由外单位调入，任职不满六个月，按规定不确定等次。'.repeat(5);
    await app.call('annual.setParticipantNotes', { year, entries: [{ personId: recruit.personId, remark: long }] });
    const tall = await heightsOf();
    expect(tall.text).toBe(long);
    expect(tall.remark).toBeGreaterThan(short.remark);
    expect(tall.summary).toBeLessThan(short.summary);
    expect(tall.total).toBe(short.total);
    await app.call('annual.setParticipantNotes', { year, entries: [{ personId: recruit.personId, remark: '新录用人员，不定等次' }] });
    // someone who gets a 等次 has no 备注 unless one is written
    expect((await app.call('reports.registerForms', { year, scope: { kind: 'people', personIds: [named('周立新').personId] } })).forms[0]!.remark).toBe('');
  });

  it('a locked year refuses, and its triggers would refuse even a write that skipped the check', async () => {
    const zhou = named('周立新');
    await app.call('annual.confirmAsSuggested', { year });
    const left = (await app.call('annual.composite', { year })).rows.filter((r) => r.confirmed == null);
    if (left.length > 0) {
      await app.call('annual.confirm', { year, entries: left.map((r) => ({ personId: r.personId, outcome: r.cap === 'undetermined' ? ('undetermined' as const) : ('competent' as const), reason: '经考核委员会研究确定' })) });
    }
    await app.call('annual.lock', { year });
    expect(await refusedUnchanged(() => app.call('annual.setParticipantNotes', { year, entries: [{ personId: zhou.personId, duties: '改了' }] })))
      .toMatchObject({ code: 'YEAR_LOCKED' });
    expect(() => app.ctx.db.prepare('UPDATE annual_participants SET duties = ? WHERE year = ? AND person_id = ?').run('改了', year, zhou.personId)).toThrow(/KAOPING_YEAR_LOCKED/);
    // the locked year's 登记表 still prints what was written
    const forms = (await app.call('reports.registerForms', { year, scope: { kind: 'all' } })).forms;
    expect(forms.find((f) => f.name === '周立新')!.work).toBe('主持全面工作');
    expect(forms.find((f) => f.name === '夏雨欣')!.remark).toBe('新录用人员，不定等次');
  });
});
