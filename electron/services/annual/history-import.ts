import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { HistoryImportRow } from '../../../shared/contract/annual-history';
import { chooseHistorySheet, readHistoryRows, type HistorySheetItem } from '../../../shared/annual/history-sheet';
import type { HistoryOutcome } from '../../../shared/annual';
import type { Person } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { paperDayText } from '../../../shared/date-text';
import { writeAudit } from '../../../db/audit';
import { allHistory, lockedYears, upsertImportedHistory, type ImportedHistoryRow } from '../../../db/annual';
import { searchPeopleRows } from '../../../db/people';
import type { Db } from '../../../db/open';
import { readTable } from '../../excel/read';
import { addTableSheet, createWorkbook, workbookBytes } from '../../excel/write';
import type { AppContext } from '../../context';
import { namesText, subjectsText } from '../audit';
import { historyWord, newestRules, vocabularyResolver } from './history';

/**
 * 历年等次 from a spreadsheet (DOMAIN.md §9): the years before the app, in long or wide form
 * (shared/annual/history-sheet.ts), matched to the roster by 身份证号, else by 姓名 where the name is
 * unique (or unique in the 单位 the row names). Every problem names its row and field:
 *
 * - errors (the row cannot be written): unknown person, ambiguous name, bad year, unknown 等次, the same
 *   person and year twice in the file;
 * - warnings (the row is shown, and written unless said otherwise): a year the app already locked for the
 *   person (the app's year wins: not written), an ID number that could not be read (matched by name).
 *
 * A commit writes in one transaction: every row when none has an error; with `skipProblems`, the rows
 * without errors. Existing imported years are overwritten.
 */

const nameKey = (name: string) => name.replace(/[\s\u3000]+/g, '');

interface Matched {
  readonly item: HistorySheetItem;
  readonly person: Person | null;
  readonly problems: string[];
  readonly warnings: string[];
  written: boolean;
  replaces: string | null;
}

interface Roster {
  readonly byId: ReadonlyMap<string, Person>;
  readonly byName: ReadonlyMap<string, readonly Person[]>;
}

function rosterOf(db: Db): Roster {
  const people = searchPeopleRows(db, { status: '全部' });
  const byId = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const p of people) {
    if (p.idNumber) byId.set(p.idNumber, p);
    const key = nameKey(p.name);
    const same = byName.get(key);
    if (same) same.push(p);
    else byName.set(key, [p]);
  }
  return { byId, byName };
}

/** The person a row names, or why none. */
function personOf(roster: Roster, item: HistorySheetItem, problems: string[], warnings: string[]): Person | null {
  if (item.idNumber) {
    const person = roster.byId.get(item.idNumber);
    if (!person) {
      problems.push(`身份证号：${item.idNumber}不在人员名册中，请先在「人员管理」中录入此人`);
      return null;
    }
    if (item.name && nameKey(item.name) !== nameKey(person.name)) {
      problems.push(`姓名：“${item.name}”与身份证号不符（该身份证号是${person.name}的）`);
      return null;
    }
    return person;
  }
  if (!item.name) return null;
  const same = roster.byName.get(nameKey(item.name)) ?? [];
  const inUnit = item.unitName ? same.filter((p) => p.unitName === item.unitName) : same;
  let person: Person | null = null;
  if (same.length === 0) problems.push(`姓名：“${item.name}”不在人员名册中`);
  else if (same.length === 1) person = same[0]!;
  else if (inUnit.length === 1) person = inUnit[0]!;
  else {
    const where = [...new Set(same.map((p) => p.unitName))].join('、');
    problems.push(`姓名：人员名册中有${same.length}名“${item.name}”（${where}），请填写身份证号以区分`);
  }
  if (person && item.idProblem) warnings.push(`${item.idProblem}；已按姓名匹配到${person.unitName}的${person.name}`);
  return person;
}

function matchItems(db: Db, items: readonly HistorySheetItem[]): Matched[] {
  const roster = rosterOf(db);
  const history = allHistory(db);
  const key = (personId: number, year: number) => `${personId}:${year}`;
  const app = new Map(history.filter((e) => e.source === 'app').map((e) => [key(e.personId, e.year), e.outcome]));
  const imported = new Map(history.filter((e) => e.source === 'import').map((e) => [key(e.personId, e.year), e]));
  const rules = newestRules(db);
  const vocabularyOf = vocabularyResolver(db);
  const seen = new Map<string, number>();
  return items.map((item) => {
    const problems = [...item.problems];
    const warnings: string[] = [];
    // an ID cell that is no ID number is an error only when the name does not find the person either
    const person = personOf(roster, item, problems, warnings);
    if (!person && item.idProblem && !problems.some((p) => p.startsWith('姓名'))) problems.push(item.idProblem);
    const matched: Matched = { item, person, problems, warnings, written: false, replaces: null };
    if (!person || item.year === null) return matched;
    const k = key(person.id, item.year);
    const first = seen.get(k);
    if (first !== undefined) {
      problems.push(`年度：${person.name}的${item.year}年度等次与第${first}行重复，同一人同一年度只能出现一次`);
      return matched;
    }
    seen.set(k, item.row);
    const locked = app.get(k);
    if (locked) {
      warnings.push(`${item.year}年度已在本系统确认并锁定（${historyWord(rules, vocabularyOf(person), locked)}），以锁定结果为准，本行不导入`);
      return matched;
    }
    if (problems.length > 0) return matched;
    matched.written = true;
    const before = imported.get(k);
    if (before && before.outcome !== item.outcome) matched.replaces = before.outcomeText || historyWord(rules, vocabularyOf(person), before.outcome);
    return matched;
  });
}

const rowView = (m: Matched): HistoryImportRow => ({
  row: m.item.row, name: m.person?.name ?? m.item.name, unitName: m.person?.unitName ?? m.item.unitName, personId: m.person?.id ?? null,
  year: m.item.year, outcome: m.item.outcome, outcomeText: m.item.outcomeText, problems: m.problems, warnings: m.warnings,
  written: m.written, replaces: m.replaces,
});

export async function importHistory(ctx: AppContext, input: ParsedInput<'history.import'>): Promise<ChannelOutput<'history.import'>> {
  const now = ctx.now();
  const table = await readTable(input.file.bytes, input.file.fileName);
  if (table.sheets.every((s) => s.rows.length === 0)) throw new AppError('FILE_NO_DATA', '文件里没有任何内容，请检查是否选错了文件。');
  const chosen = chooseHistorySheet(table.sheets);
  if (!chosen) {
    throw new AppError(
      'HISTORY_IMPORT_NO_HEADER',
      '没有找到历年考核等次的表头：表头行应有“姓名”列，并有“年度”和“等次”两列（每人每年一行），或“2023年度”这样的年度列（每人一行），请检查文件或使用「下载导入模板」。',
    );
  }
  const grid = table.sheets[chosen.index]!;
  const { items, skipped } = readHistoryRows(grid, chosen.layout);

  // From here on synchronous: matched, checked and written against one state of the database.
  const db = ctx.db;
  const run = () => {
    const matched = matchItems(db, items);
    const errorRows = matched.filter((m) => m.problems.length > 0).length;
    const warnRows = matched.filter((m) => m.problems.length === 0 && m.warnings.length > 0).length;
    const result = {
      sheetName: grid.name, headerRow: chosen.layout.headerRow, form: chosen.layout.form, rows: matched.map(rowView),
      okRows: matched.length - errorRows - warnRows, warnRows, errorRows, skipped, saved: null as number | null,
    };
    if (!input.commit) return result;
    if (errorRows > 0 && !input.skipProblems) {
      const first = matched.filter((m) => m.problems.length > 0).slice(0, 3).map((m) => `第${m.item.row}行：${m.problems.join('；')}`).join('\n');
      throw new AppError('HISTORY_IMPORT_HAS_PROBLEMS', `有${errorRows}条存在问题，本次导入未写入任何数据，请修改后重新导入：\n${first}${errorRows > 3 ? '\n……' : ''}`);
    }
    const written = matched.filter((m) => m.written);
    if (written.length === 0) throw new AppError('HISTORY_IMPORT_EMPTY', `工作表「${grid.name}」中没有可导入的等次（锁定年度的等次以本系统为准，不导入）。`);
    const rows: ImportedHistoryRow[] = written.map((m) => ({
      personId: m.person!.id, year: m.item.year!, outcome: m.item.outcome as HistoryOutcome, outcomeText: m.item.outcomeText, note: '',
    }));
    upsertImportedHistory(db, rows, input.file.fileName, now.toISOString());
    const names = [...new Set(written.map((m) => m.person!.name))];
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const replaced = written.filter((m) => m.replaces !== null);
    writeAudit(db, {
      actor: ctx.actor(), action: 'history.import', entity: 'annual-history', entityId: null,
      summary: `从「${input.file.fileName}」导入历年考核等次：${names.length}人${rows.length}条（${years.join('、')}年度）`
        + `${replaced.length > 0 ? `，其中改变原导入等次${replaced.length}条` : ''}${warnRows > 0 ? `，提示${warnRows}条` : ''}${errorRows > 0 ? `，跳过有问题的${errorRows}条` : ''}`,
      subjects: subjectsText('历年考核等次', names),
      changes: replaced.map((m) => ({ subject: m.person!.name, field: `${m.item.year}年度等次`, before: m.replaces!, after: m.item.outcomeText })),
      after: { fileName: input.file.fileName, sheetName: grid.name, form: chosen.layout.form, rows: rows.length, people: namesText(names) },
    }, now);
    return { ...result, saved: rows.length };
  };
  return input.commit ? db.transaction(run)() : run();
}

/**
 * The import template, wide form: the 在职 people (unit-tree order) and a column for each of the three
 * years before the first year the app locked (or before this year).
 */
export async function historyTemplate(ctx: AppContext): Promise<ChannelOutput<'history.template'>> {
  const first = lockedYears(ctx.db)[0] ?? ctx.now().getFullYear();
  const years = [first - 3, first - 2, first - 1];
  const people = searchPeopleRows(ctx.db, {});
  const workbook = createWorkbook();
  const sheet = addTableSheet(workbook, {
    sheetName: '历年考核等次',
    title: '历年年度考核等次登记表',
    subtitle: { left: `导出日期：${paperDayText(ctx.now())}`, right: '等次填写：优秀、称职/合格、基本称职/基本合格、不称职/不合格、不定等次、未参加' },
    columns: [
      { header: '序号', width: 6 },
      { header: '姓名', width: 10 },
      { header: '单位', width: 22, align: 'left', wrap: true },
      { header: '身份证号', width: 22, numFmt: '@' },
      ...years.map((y) => ({ header: `${y}年度`, width: 12, group: '年度考核等次' })),
    ],
    landscape: true,
  });
  people.forEach((p, i) => sheet.addRow([i + 1, p.name, p.unitName, p.idNumber ?? '', ...years.map(() => null)]));
  sheet.finish();
  return { fileName: '历年考核等次导入模板.xlsx', bytes: await workbookBytes(workbook) };
}
