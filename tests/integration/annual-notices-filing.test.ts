import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAward, upsertImportedHistory } from '../../db/annual';
import { outcomeLabel, type CompositeRow, type ResultNotice } from '../../shared/annual';
import { annualRulesPreset } from '../../shared/annual/rules';
import { annualRefusal, buildRoster, confirmAllAsSuggested, officeName } from '../helpers/annual-app';
import { setUpSixtyYear, sixtyPeople, year, type SixtyYear } from '../helpers/annual-sixty';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * Issue 13 §2–§3 on the 60-person year: 考核结果通知书 per person with the consequence words of the
 * year's rules and the run rules that fire with imported earlier years (记三等功, 解除聘用合同), and
 * the 年度考核结果备案表 read back from the .xlsx.
 */

let app: TestApp;
let setup: SixtyYear;
let rows: CompositeRow[];
/** participant names in the year's order (group, then roster) */
let order: string[];
let excellentName: string;
let outsiders: { absent: number; moved: number };

const id = (name: string) => setup.ids.get(name)!;
const imported = (personId: number, y: number, outcome: 'excellent' | 'fail', outcomeText: string) => ({ personId, year: y, outcome, outcomeText, note: '' });

beforeAll(async () => {
  app = await createTestApp({ today: '2027-01-15' });
  setup = await setUpSixtyYear(app);
  // two more on the roster after the year was set up: one 在职 not assessed (未参加), one 调离 (not counted)
  const extra = await buildRoster(app, [{ name: '未参加甲', unit: '办公室', post: '科员', category: '公务员' }, { name: '已调离乙', unit: '政治工作科', post: '科员', category: '公务员' }]);
  outsiders = { absent: extra.people.get('未参加甲')!, moved: extra.people.get('已调离乙')! };
  await app.call('people.setStatus', { ids: [outsiders.moved], status: '调离', date: '2026-10-01' });
  await confirmAllAsSuggested(app, year);
  rows = (await app.call('annual.composite', { year })).rows;
  order = (await app.call('annual.participants', { year })).map((p) => p.name);
  excellentName = rows.find((r) => r.confirmed === 'excellent' && r.vocabulary === 'civil')!.name;
  // the earlier years, imported: 优秀 twice before for one 优秀 of 2026 (记三等功), 不合格 in 2025 for 职员20 (不合格 again in 2026)
  const db = app.ctx.db;
  db.transaction(() =>
    upsertImportedHistory(db, [
      imported(id(excellentName), 2024, 'excellent', '优秀'), imported(id(excellentName), 2025, 'excellent', '优秀'),
      imported(id('职员20'), 2025, 'fail', '不合格'),
    ], '历年考核等次.xlsx', '2027-01-10T00:00:00.000Z'),
  )();
}, 600_000);
afterAll(() => app?.close());

const noticeOf = (notices: readonly ResultNotice[], name: string) => notices.find((n) => n.name === name)!;

describe('考核结果通知书 of an open year', () => {
  it('is a 样稿 for those confirmed, with the year\'s template as edited', async () => {
    const rules = (await app.call('annual.year', { year })).rules;
    await app.call('annual.updateRules', { year, rules: { ...rules, notice: { ...rules.notice, office: '某区国防动员办公室年度考核委员会' } } });
    await app.call('annual.clearConfirmation', { year, personIds: [id('干部20')] });
    const batch = await app.call('annual.notices', { year, scope: { kind: 'all' } });
    expect(batch).toMatchObject({ final: false, office: '某区国防动员办公室年度考核委员会', date: '2027年1月15日', pending: { count: 1, names: ['干部20'] } });
    expect(batch.notices).toHaveLength(59);
    await app.call('annual.confirm', { year, entries: [{ personId: id('干部20'), outcome: rows.find((r) => r.name === '干部20')!.confirmed! }] });
  });

  it('refuses a template with a placeholder it does not know, naming it, and changes nothing', async () => {
    const rules = (await app.call('annual.year', { year })).rules;
    const r = await annualRefusal(app, () => app.call('annual.updateRules', { year, rules: { ...rules, notice: { ...rules.notice, salutation: '{名字}同志：' } } }));
    expect(r.message).toContain('不认识的占位符：{名字}');
  });

  it('the 备案表 waits for the lock, and the refusal changes nothing', async () => {
    const r = await annualRefusal(app, () => app.call('annual.exportFiling', { year }));
    expect(r.code).toBe('FILING_YEAR_OPEN');
    expect(r.message).toContain('请在「综合评定」中确认全部等次并锁定年度后再导出');
  });
});

describe('after 确认并锁定年度', () => {
  let notices: ResultNotice[];
  beforeAll(async () => {
    await app.call('annual.lock', { year });
    const batch = await app.call('annual.notices', { year, scope: { kind: 'all' } });
    expect(batch.final).toBe(true);
    notices = batch.notices;
  });

  it('gives one notice per participant, in the year\'s order, with the 等次 in the person\'s vocabulary', () => {
    expect(notices.map((n) => n.name)).toEqual(order);
    for (const n of notices) {
      const row = rows.find((r) => r.personId === n.personId)!;
      expect(n.outcome).toBe(outcomeLabel(annualRulesPreset.vocabularies[row.vocabulary], row.confirmed!));
      expect(n.title).toBe('2026年度考核结果通知书');
      expect(n.salutation).toBe(`${n.name}同志：`);
      expect(n.paragraphs[0]).toBe(`经考核委员会审核确定，你2026年度考核结果为：${n.outcome}。`);
    }
  });

  it('names 记三等功 where the imported years make three 优秀 running, and only there', () => {
    const merit = noticeOf(notices, excellentName);
    expect(merit.paragraphs[1]).toBe('根据有关规定，给予嘉奖；本年度计算为晋升职务职级的考核年限；享受年度考核奖金；连续三年考核优秀，记三等功。');
    expect(notices.filter((n) => n.consequence.includes('记三等功')).map((n) => n.name)).toEqual([excellentName]);
    const otherExcellent = notices.find((n) => n.outcomeCode === 'excellent' && n.name !== excellentName)!;
    expect(otherExcellent.consequence).toBe('给予嘉奖；本年度计算为晋升职务职级的考核年限；享受年度考核奖金');
  });

  it('words 事业单位, 基本称职 and 不定等次 as their rules say', () => {
    const fail = noticeOf(notices, '职员20');
    expect(fail.outcome).toBe('不合格');
    expect(fail.paragraphs[1]).toBe('根据有关规定，调整其岗位或者降低岗位等级；本年度不计算为晋升岗位等级的考核年限；不享受年度考核奖金；连续两年年度考核不合格，解除聘用合同。');
    const basic = noticeOf(notices, '干部31');
    expect(basic.outcome).toBe('基本称职');
    expect(basic.consequence).toBe('对本人进行诫勉谈话，限期改进；本年度不计算为晋升职务职级的考核年限；不享受年度考核奖金');
    const undetermined = noticeOf(notices, '干部36');
    expect(undetermined.paragraphs.slice(0, 2)).toEqual(['经考核委员会审核确定，你2026年度考核结果为：不定等次。', '根据有关规定，本年度参加年度考核，不确定等次。']);
  });

  it('a unit or chosen people; 落款 and date may be replaced for one print of a locked year', async () => {
    const unitId = (await app.call('units.list')).find((u) => u.name === '综合保障中心')!.id;
    const unit = await app.call('annual.notices', { year, scope: { kind: 'unit', unitId, includeSubunits: true } });
    expect(unit.notices).toHaveLength(20);
    expect(unit.label).toBe('综合保障中心');
    expect(new Set(unit.notices.map((n) => n.vocabulary))).toEqual(new Set(['institution']));
    const two = await app.call('annual.notices', { year, scope: { kind: 'people', personIds: [id('干部02'), id('王建国')] }, office: '某区国防动员办公室', date: '2027年1月20日' });
    expect(two).toMatchObject({ office: '某区国防动员办公室', date: '2027年1月20日', label: '2人' });
    expect(two.notices.map((n) => n.name)).toEqual(['王建国', '干部02']);
    const r = await annualRefusal(app, () => app.call('annual.notices', { year, scope: { kind: 'people', personIds: [outsiders.absent] } }));
    expect(r).toEqual({ code: 'NOT_A_PARTICIPANT', message: '未参加甲不在2026年度考核的参加人员中，没有年度考核登记表；请先在「年度考核方案」中加入' });
  });
});

describe('年度考核结果备案表 (.xlsx)', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const db = app.ctx.db;
    db.transaction(() => {
      insertAward(db, { personId: id(excellentName), year, kind: '嘉奖', basis: '2026年度考核优秀', docNo: '', awardedOn: null, source: 'rule' }, '测试员', '2027-01-15T00:00:00.000Z');
      insertAward(db, { personId: id(excellentName), year, kind: '记三等功', basis: '2024—2026年度连续三年考核优秀', docNo: '', awardedOn: null, source: 'rule' }, '测试员', '2027-01-15T00:00:00.000Z');
      insertAward(db, { personId: id(excellentName), year: 2025, kind: '嘉奖', basis: '', docNo: '', awardedOn: null, source: 'import' }, '测试员', '2027-01-15T00:00:00.000Z');
    })();
    const file = await app.call('annual.exportFiling', { year });
    expect(file.fileName).toBe('2026年度考核结果备案表-2027-01-15.xlsx');
    book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  });

  const values = (sheet: ExcelJS.Worksheet, r: number): unknown[] => (sheet.getRow(r).values as unknown[]).slice(1);
  const rowsFrom = (sheet: ExcelJS.Worksheet, first: number) => {
    const out: unknown[][] = [];
    for (let r = first; r <= sheet.rowCount; r++) out.push(values(sheet, r));
    return out;
  };

  it('counts per 人员类别 and 等次 of both vocabularies, with 不定等次, 未参加 and the 优秀 share', () => {
    const sheet = book.getWorksheet('等次统计')!;
    expect(sheet.getCell('A1').value).toBe('2026年度考核结果备案表');
    expect(values(sheet, 2)).toContain(`填报单位：${officeName}`);
    expect(values(sheet, 2)).toContain('填报日期：2027年1月15日');
    expect(values(sheet, 4)).toEqual(['人员类别', '优秀', '称职', '基本称职', '不称职', '合格', '基本合格', '不合格', '不定等次', '未参加', '参加考核人数', '优秀比例']);
    // the expectation from the confirmed outcomes, counted here on their own
    const count = (category: string, vocabulary: 'civil' | 'institution', outcome: string) =>
      rows.filter((r) => sixtyPeople.find((p) => p.name === r.name)!.category === category && r.vocabulary === vocabulary && r.confirmed === outcome).length;
    const civil = (o: string) => count('公务员', 'civil', o);
    const inst = (o: string) => count('事业', 'institution', o);
    const body = rowsFrom(sheet, 5);
    const civilParticipants = sixtyPeople.filter((p) => p.category === '公务员').length;
    const civilRow = [civil('excellent'), civil('competent'), civil('basic'), civil('fail'), 0, 0, 0, civil('undetermined'), 1, civilParticipants];
    const instRow = [inst('excellent'), 0, 0, 0, inst('competent'), inst('basic'), inst('fail'), 0, 0, 20];
    expect(civilRow).toEqual([expect.any(Number), expect.any(Number), 1, 0, 0, 0, 0, 1, 1, 40]);
    expect(body[0]!.slice(0, 11)).toEqual(['公务员', ...civilRow]);
    expect(body[0]![11]).toBeCloseTo(civil('excellent') / 40, 12);
    expect(body[1]!.slice(0, 11)).toEqual(['事业', ...instRow]);
    expect(instRow[6]).toBe(1);
    expect(body[2]!.slice(0, 11)).toEqual(['合计', ...civilRow.map((n, i) => n + instRow[i]!)]);
    expect(body[2]![11]).toBeCloseTo((civil('excellent') + inst('excellent')) / 60, 12);
    expect(String(body[3]![0])).toContain('优秀比例＝优秀人数÷参加考核人数（含不定等次人员）');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?3:\$?4$/);
  });

  it('lists every participant in the 名册 with 奖励 of the year and 近三年等次', () => {
    const sheet = book.getWorksheet('名册')!;
    expect(values(sheet, 3)).toEqual(['序号', '姓名', '性别', '出生年月', '单位', '职务职级', '人员类别', '等次', '奖励', '近三年等次']);
    const roster = rowsFrom(sheet, 4).filter((r) => typeof r[0] === 'number');
    expect(roster.map((r) => r[1])).toEqual(order);
    const merit = roster.find((r) => r[1] === excellentName)!;
    expect(merit.slice(6)).toEqual(['公务员', '优秀', '嘉奖、记三等功', '2024：优秀；2025：优秀；2026：优秀']);
    const fail = roster.find((r) => r[1] === '职员20')!;
    expect(fail.slice(4)).toEqual(['综合保障中心', '职员', '事业', '不合格', null, '2024：—；2025：不合格；2026：不合格'].map((v) => v ?? undefined));
    expect(roster.find((r) => r[1] === '干部36')![7]).toBe('不定等次');
  });
});
