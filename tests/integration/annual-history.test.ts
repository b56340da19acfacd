import fs from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryImportResult } from '../../shared/contract/annual-history';
import { annualRefusal, auditOf } from '../helpers/annual-app';
import { setUpSixtyYear, sixtyPeople, year, type SixtyYear } from '../helpers/annual-sixty';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { historyFixtures, historyIdNumber, historyWords, runningExcellent, wideBadRows } from '../fixtures/annual/make-history-fixtures';

/**
 * 历年等次 and 奖励与结果运用 (DOMAIN.md §9), end to end through the services: three earlier years of the
 * 60 people imported from a messy workbook LibreOffice saved (wide form) and a .xls (long form), the
 * 2026 year locked, the 嘉奖 / 记三等功 lists and the people flagged, and 「生成奖励记录」.
 */

let app: TestApp;
let setup: SixtyYear;
const file = (p: string) => ({ fileName: path.basename(p), bytes: new Uint8Array(fs.readFileSync(p)) });
const historyCount = () => (app.ctx.db.prepare('SELECT count(*) AS n FROM annual_history').get() as { n: number }).n;
const awardCount = () => (app.ctx.db.prepare('SELECT count(*) AS n FROM person_awards').get() as { n: number }).n;
const id = (name: string) => setup.ids.get(name)!;
const problemsAt = (r: HistoryImportResult, row: number) => r.rows.filter((x) => x.row === row).flatMap((x) => x.problems);

beforeAll(() => {
  for (const f of Object.values(historyFixtures)) if (!fs.existsSync(f)) throw new Error(`missing fixture ${f}: npx tsx tests/fixtures/annual/make-history-fixtures.ts`);
});

beforeEach(async () => {
  app = await createTestApp();
  setup = await setUpSixtyYear(app);
  const setId = app.ctx.db.prepare('UPDATE people SET id_number = ? WHERE id = ?');
  sixtyPeople.forEach((p, i) => setId.run(historyIdNumber(i), id(p.name)));
  // a second 干部09, elsewhere, not in the year: a row naming 干部09 without ID number is ambiguous
  const units = await app.call('units.list');
  await app.call('people.create', personInput(units.find((u) => u.name === '综合计划科')!.id, { name: '干部09', post: '科员' }));
});
afterEach(() => app.close());

async function importWide(): Promise<HistoryImportResult> {
  return app.call('history.import', { file: file(historyFixtures.wide), commit: true, skipProblems: true });
}

async function lockWithFlags(): Promise<Map<string, string>> {
  await app.call('annual.confirmAsSuggested', { year });
  await app.call('annual.confirm', {
    year,
    entries: [
      { personId: id('职员19'), outcome: 'basic', reason: '考核委员会研究' },
      { personId: id('职员20'), outcome: 'fail', reason: '考核委员会研究' },
      { personId: id('干部33'), outcome: 'basic', reason: '考核委员会研究' },
    ],
  });
  const composite = await app.call('annual.composite', { year });
  await app.call('annual.lock', { year });
  return new Map(composite.rows.map((r) => [r.name, r.confirmed ?? '']));
}

describe('历年等次 import (a workbook LibreOffice saved, wide form)', () => {
  it('previews every person-year with the problems by row and field, and writes nothing while any remains', async () => {
    const preview = await app.call('history.import', { file: file(historyFixtures.wide) });
    expect(preview).toMatchObject({ sheetName: '历年考核', headerRow: 4, form: 'wide' });
    expect(problemsAt(preview, wideBadRows.unknown)).toEqual(['姓名：“查无此人”不在人员名册中', '姓名：“查无此人”不在人员名册中', '姓名：“查无此人”不在人员名册中']);
    expect(problemsAt(preview, wideBadRows.ambiguous)).toEqual(['姓名：人员名册中有2名“干部09”（办公室、综合计划科），请填写身份证号以区分']);
    expect(problemsAt(preview, wideBadRows.badWord)).toEqual(['2023年度：“良好”不是有效等次（应为优秀、称职/合格、基本称职/基本合格、不称职/不合格、不定等次、未参加）']);
    expect(problemsAt(preview, wideBadRows.duplicate)).toEqual([`年度：干部30的2025年度等次与第${5 + sixtyPeople.findIndex((p) => p.name === '干部30')}行重复，同一人同一年度只能出现一次`]);
    expect(preview.errorRows).toBe(6);
    // IDs typed into number cells lost digits: matched by name, with a warning; full-width digits and 干 部 12 just match
    const warned = preview.rows.filter((r) => r.warnings.length > 0);
    expect([...new Set(warned.map((r) => r.name))]).toEqual(['干部10', '干部11']);
    expect(warned[0]!.warnings[0]).toMatch(/^身份证号：.*已按姓名匹配到办公室的干部10$/);
    expect(preview.rows.filter((r) => r.name === '干部12' || r.name === '干部13').every((r) => r.personId !== null && r.problems.length === 0)).toBe(true);
    // 58 people × 3 years + 干部36's two + 干部20's two good ones, every one written
    expect(preview.rows.filter((r) => r.written)).toHaveLength(58 * 3 + 4);
    expect(preview.skipped.map((s) => s.reason)).toEqual(['合计行', '空行', '表尾签名或说明行']);

    const auditBefore = auditOf(app, 'history.import').length;
    const r = await annualRefusal(app, () => app.call('history.import', { file: file(historyFixtures.wide), commit: true }));
    expect(r.code).toBe('HISTORY_IMPORT_HAS_PROBLEMS');
    expect(r.message).toMatch(/^有6条存在问题，本次导入未写入任何数据/);
    expect(historyCount()).toBe(0);
    expect(auditOf(app, 'history.import')).toHaveLength(auditBefore);
  });

  it('writes the valid rows in one go when asked to skip the problems, audited; the words of both vocabularies become codes', async () => {
    const result = await importWide();
    expect(result.saved).toBe(178);
    expect(historyCount()).toBe(178);
    const stored = (name: string) => app.ctx.db.prepare('SELECT year, outcome, outcome_text AS text FROM annual_history WHERE person_id = ? ORDER BY year').all(id(name));
    expect(stored('职员20')).toEqual([
      { year: 2023, outcome: 'competent', text: '合格' }, { year: 2024, outcome: 'competent', text: '合格' }, { year: 2025, outcome: 'fail', text: '不合格' },
    ]);
    expect(stored('干部36')).toEqual([{ year: 2024, outcome: 'absent', text: '未参加' }, { year: 2025, outcome: 'undetermined', text: '不定等次' }]);
    expect(auditOf(app, 'history.import').map((a) => a.summary)).toEqual(['从「历年等次-宽表.xlsx」导入历年考核等次：60人178条（2023、2024、2025年度），提示6条，跳过有问题的6条']);
  });
});

describe('历年等次 import: other files', () => {
  it('reads a GBK CSV (as Excel saves 「CSV」 on a Chinese Windows) with 事业单位 words and an ID typed with full-width digits', async () => {
    const index = sixtyPeople.findIndex((p) => p.name === '职员07');
    const fullWidth = historyIdNumber(index).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const csv = iconv.encode(`姓名,身份证号,年度,等次\r\n职员07,${fullWidth},2024年,基本合格\r\n职员07,,2025年度,未参加考核\r\n`, 'gbk');
    const result = await app.call('history.import', { file: { fileName: '历年等次.csv', bytes: new Uint8Array(csv) }, commit: true });
    expect(result.saved).toBe(2);
    expect(app.ctx.db.prepare('SELECT year, outcome, outcome_text AS text FROM annual_history WHERE person_id = ? ORDER BY year').all(id('职员07'))).toEqual([
      { year: 2024, outcome: 'basic', text: '基本合格' }, { year: 2025, outcome: 'absent', text: '未参加考核' },
    ]);
  });

  it('reads its own template back: the roster with three empty year columns, nothing to import yet', async () => {
    const template = await app.call('history.template');
    const preview = await app.call('history.import', { file: template });
    expect(preview).toMatchObject({ form: 'wide', rows: [] });
    expect(preview.skipped.filter((s) => s.reason.endsWith('各年度等次均未填写'))).toHaveLength(61);
    const r = await annualRefusal(app, () => app.call('history.import', { file: template, commit: true }));
    expect(r.code).toBe('HISTORY_IMPORT_EMPTY');
  });
});

describe('结果运用规则 in the year\'s rules', () => {
  it('are saved with the year, validated, audited in words; the lists follow them', async () => {
    await importWide();
    const rules = (await app.call('annual.year', { year })).rules;
    const bad = { ...rules, results: { ...rules.results, runs: [{ ...rules.results.runs[0]!, years: 1 }] } };
    expect((await annualRefusal(app, () => app.call('annual.updateRules', { year, rules: bad }))).message).toContain('连续年数至少为2');
    // 记三等功 for two years running instead of three, and no 嘉奖
    const changed = {
      ...rules,
      results: { outcomes: rules.results.outcomes.map((o) => ({ ...o, award: null })), runs: [{ ...rules.results.runs[0]!, years: 2, consequence: '连续两年考核优秀，记三等功' }] },
    };
    await app.call('annual.updateRules', { year, rules: changed });
    const fields = app.ctx.db.prepare("SELECT changes_json AS c FROM audit_log WHERE action = 'annual.updateRules'").all() as { c: string }[];
    expect(JSON.parse(fields.at(-1)!.c)).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: '结果运用 连续年度规则 第1条 连续年数', before: '3', after: '2' }),
      expect.objectContaining({ field: '结果运用 单年等次规则 第1条 奖励', before: '嘉奖', after: '不设' }),
    ]));
    await app.call('annual.confirmAsSuggested', { year });
    const lists = await app.call('awards.lists', { year });
    expect(lists.awards.map((a) => a.award)).toEqual(['记三等功']);
    // 干部07 (优秀 2023, 2024; 称职 2025) is not there; 干部05's 2024–2025 were used by nothing before 2026 under a 2-year run
    expect(lists.awards[0]!.entries.every((e) => e.runYears.length === 2 && e.runYears[1] === year)).toBe(true);
  });
});

describe('历年等次 with a locked year, and the award lists', () => {
  it('gives the 嘉奖 and 记三等功 lists the rules name, and flags two years running; a preview while the year is open', async () => {
    await importWide();
    await app.call('annual.confirmAsSuggested', { year });
    const preview = await app.call('awards.lists', { year });
    expect(preview.final).toBe(false);
    expect(preview.awards.map((a) => a.award)).toEqual(['嘉奖', '记三等功']);
    expect(preview.awards[0]!.entries.length).toBeGreaterThan(0);
    const open = await annualRefusal(app, () => app.call('awards.generate', { year, award: '嘉奖', docNo: '', awardedOn: null }));
    expect(open.code).toBe('AWARDS_YEAR_OPEN');

    const outcomes = await lockWithFlags();
    const lists = await app.call('awards.lists', { year });
    expect(lists.final).toBe(true);
    const excellent = [...outcomes].filter(([, o]) => o === 'excellent').map(([n]) => n);
    const [commendation, merit] = lists.awards;
    expect(commendation!.entries.map((e) => e.name).sort()).toEqual([...excellent].sort());
    expect(commendation!.entries[0]!.basis).toBe('2026年度考核优秀');
    // three running: 优秀 in 2024, 2025 and 2026; 干部05's 2023–2025 made a run already, 干部07 had 称职 in 2025
    const expectedMerit = excellent.filter((n) => runningExcellent.includes(n));
    expect(expectedMerit.length).toBeGreaterThan(1);
    expect(merit!.entries.map((e) => e.name).sort()).toEqual([...expectedMerit].sort());
    expect(merit!.entries.every((e) => e.basis === '2024—2026年度连续三年考核优秀' && e.runYears.join() === '2024,2025,2026')).toBe(true);
    expect(merit!.entries.map((e) => e.name)).not.toContain('干部05');

    const flagged = new Map(lists.flagged.map((e) => [e.name, e]));
    expect(flagged.get('职员20')).toMatchObject({ word: '不合格', basis: '2025—2026年度连续两年考核不合格', runYears: [2025, 2026] });
    expect(flagged.get('职员20')!.consequence).toMatch(/^连续两年年度考核不合格，解除聘用合同；调整其岗位或者降低岗位等级/);
    expect(flagged.get('职员19')).toMatchObject({ word: '基本合格', basis: '2025—2026年度连续两年考核基本合格或不合格' });
    expect(flagged.get('职员19')!.consequence).toMatch(/^连续两年年度考核基本合格以下，调整其岗位；对本人进行诫勉谈话/);
    // one year of 基本称职 is flagged with this year's words alone
    expect(flagged.get('干部33')).toMatchObject({ word: '基本称职', basis: '2026年度考核基本称职', runYears: [2026] });
    expect(historyWords('干部33')).toEqual(['称职', '称职', '称职']);
  });

  it('生成奖励记录 is all or none, then skips who has the award already; awards by hand are added and deleted, audited', async () => {
    await importWide();
    await lockWithFlags();
    const lists = await app.call('awards.lists', { year });
    const merit = lists.awards.find((a) => a.award === '记三等功')!.entries;

    // a failure on the last person leaves no award at all
    const last = merit[merit.length - 1]!.personId;
    app.ctx.db.exec(`CREATE TEMP TRIGGER fail_one BEFORE INSERT ON person_awards WHEN NEW.person_id = ${last} BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await expect(app.call('awards.generate', { year, award: '记三等功', docNo: '国动发〔2027〕3号', awardedOn: '2027-01-15' })).rejects.toThrow();
    expect(awardCount()).toBe(0);
    expect(auditOf(app, 'awards.generate')).toHaveLength(0);
    app.ctx.db.exec('DROP TRIGGER fail_one');

    // one of them was given the award by hand already: skipped
    await app.call('awards.add', { personId: merit[0]!.personId, year, kind: '记三等功', basis: '手工登记', docNo: '', awardedOn: null });
    const first = await app.call('awards.generate', { year, award: '记三等功', docNo: '国动发〔2027〕3号', awardedOn: '2027-01-15' });
    expect(first).toEqual({ created: merit.length - 1, skipped: 1 });
    const again = await app.call('awards.generate', { year, award: '记三等功', docNo: '国动发〔2027〕3号', awardedOn: '2027-01-15' });
    expect(again).toEqual({ created: 0, skipped: merit.length });
    const stored = app.ctx.db.prepare("SELECT basis, doc_no AS docNo, awarded_on AS awardedOn, source FROM person_awards WHERE source = 'rule'").all();
    expect(stored).toHaveLength(merit.length - 1);
    expect(stored[0]).toEqual({ basis: '2024—2026年度连续三年考核优秀', docNo: '国动发〔2027〕3号', awardedOn: '2027-01-15', source: 'rule' });
    expect(auditOf(app, 'awards.generate')).toHaveLength(1);
    expect(auditOf(app, 'awards.generate')[0]!.summary).toMatch(new RegExp(`^按2026年度考核结果生成记三等功记录${merit.length - 1}人（已有记录的1人跳过），文号国动发〔2027〕3号：`));

    const listed = await app.call('awards.lists', { year });
    expect(listed.awards.find((a) => a.award === '记三等功')!.entries.every((e) => e.awarded !== null)).toBe(true);
    const duplicate = await annualRefusal(app, () => app.call('awards.add', { personId: merit[0]!.personId, year, kind: '记三等功', basis: '', docNo: '', awardedOn: null }));
    expect(duplicate.code).toBe('AWARD_EXISTS');
    const manual = listed.records.find((r) => r.source === 'manual')!;
    await app.call('awards.delete', { id: manual.id });
    expect(awardCount()).toBe(merit.length - 1);
    expect(auditOf(app, 'awards.delete').map((a) => a.summary)).toEqual([`删除${manual.name}2026年度记三等功记录`]);
  });

  it('a second import (.xls, long form) does not touch a locked year, overwrites an imported one, and the history reads as one', async () => {
    await importWide();
    // an imported 2026 value the lock will override
    await app.call('history.setImported', { personId: id('干部02'), year, outcome: 'competent' });
    const outcomes = await lockWithFlags();
    const preview = await app.call('history.import', { file: file(historyFixtures.longXls) });
    expect(preview.form).toBe('long');
    const byName = new Map(preview.rows.map((r) => [r.name, r]));
    expect(byName.get('干部01')).toMatchObject({ written: false, problems: [], warnings: [`2026年度已在本系统确认并锁定（${outcomes.get('干部01') === 'excellent' ? '优秀' : '称职'}），以锁定结果为准，本行不导入`] });
    expect(byName.get('干部06')).toMatchObject({ written: true, replaces: '称职', year: 2025, outcome: 'excellent' });
    expect(byName.get('干部02')).toMatchObject({ written: true, year: 2022 });
    expect(byName.get('干部03')!.problems).toEqual(['年度：“二〇二二”不是有效年度（应写作2023、2023年或2023年度）']);
    const saved = await app.call('history.import', { file: file(historyFixtures.longXls), commit: true, skipProblems: true });
    expect(saved.saved).toBe(3);
    expect(app.ctx.db.prepare('SELECT outcome FROM annual_history WHERE person_id = ? AND year = 2025').get(id('干部06'))).toEqual({ outcome: 'excellent' });

    const table = await app.call('history.table', {});
    expect(table.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(table.lockedYears).toEqual([2026]);
    const row = table.rows.find((r) => r.name === '职员05')!;
    expect(row.cells.map((c) => `${c.year}${c.word}${c.source}`)).toEqual(['2022合格import', '2023合格import', '2024合格import', '2025合格import', `2026${row.cells[4]!.word}app`]);
    expect((await app.call('history.table', { text: 'zy05' })).rows.map((r) => r.name)).toEqual(['职员05']);

    const person = await app.call('history.person', { personId: id('干部02') });
    const y2026 = person.years.find((y) => y.year === year)!;
    expect(y2026.source).toBe('app');
    expect(y2026.shadowed).toEqual({ outcome: 'competent', word: '称职' });
    const lockedEdit = await annualRefusal(app, () => app.call('history.setImported', { personId: id('干部02'), year, outcome: 'excellent' }));
    expect(lockedEdit.code).toBe('HISTORY_YEAR_LOCKED');
    const zy20 = await app.call('history.person', { personId: id('职员20') });
    expect(zy20.years.at(-1)!.runs.map((r) => r.consequence)).toEqual(['连续两年年度考核不合格，解除聘用合同']);

    // 近三年等次: the three years before the 考核年度, on the 综合评定 page and the 登记表
    const recent = await app.call('history.recent', { year });
    expect(recent.years).toEqual([2023, 2024, 2025]);
    expect(recent.rows.find((r) => r.personId === id('干部36'))!.words).toEqual([null, '未参加', '不定等次']);
    expect(recent.rows.find((r) => r.personId === id('职员19'))!.words).toEqual(['合格', '合格', '基本合格']);
    const forms = await app.call('reports.registerForms', { year, scope: { kind: 'people', personIds: [id('干部01')] } });
    expect(forms.forms[0]!.recent).toBe('2023年度称职，2024年度优秀，2025年度优秀');

    await app.call('history.deleteImported', { personId: id('职员05'), year: 2022 });
    expect(auditOf(app, 'history.deleteImported').map((a) => a.summary)).toEqual(['删除职员05导入的2022年度考核等次（合格）']);
  });
});
