import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { paperDayText } from '../../../shared/date-text';
import { quarterGradeLabels, quarters, quotaFor, type QuarterGrade } from '../../../shared/annual/rules';
import { chooseQuarterSheet, readQuarterRows, type QuarterSheetRow } from '../../../shared/annual/quarter-sheet';
import { writeAudit, type AuditChange } from '../../../db/audit';
import { listGroupRecords } from '../../../db/annual/years';
import { listParticipantRows, quarterGradesOf, upsertQuarterGrade, type ParticipantListRow } from '../../../db/annual/quarters';
import type { Db } from '../../../db/open';
import { prepared } from '../../../db/prepared';
import { readTable } from '../../excel/read';
import { addTableSheet, createWorkbook, workbookBytes, type TableColumn } from '../../excel/write';
import type { AppContext } from '../../context';
import { requireOpenYear, requireYear } from './common';
import { quarterGradeText, quarterName, subjectsText } from '../audit';
import { quarterNames } from '../../../shared/annual/rules';

/**
 * 平时考核 from a spreadsheet (.xlsx, .xls, .csv), with the roster import's robustness: the sheet
 * and header row are found, 合计/填表人 lines skipped, rows matched to the year's participants by
 * 身份证号, else by 姓名 (and 单位 where a name repeats). Every problem names its row and field.
 * A commit writes every quarter of every row in one transaction, or nothing: a row with a problem
 * or a group whose “好” would exceed its quota refuses the whole file.
 *
 * An empty grade cell (or a quarter the sheet has no column for) leaves the stored grade as it is:
 * a sheet sent in after the third quarter does not wipe the fourth entered in the grid.
 */

type ImportRow = ChannelOutput<'annual.importQuarters'>['rows'][number];

/** Names compared without spaces (张  三 in a sheet is 张三 in the roster). */
const nameKey = (name: string) => name.replace(/[\s\u3000]+/g, '');

interface Matched {
  readonly row: QuarterSheetRow;
  readonly person: ParticipantListRow | null;
  readonly problems: string[];
}

/** Each sheet row's participant, or the reason none fits. */
function matchRows(db: Db, year: number, rows: readonly QuarterSheetRow[], participants: readonly ParticipantListRow[]): Matched[] {
  const byId = new Map(participants.filter((p) => p.idNumber).map((p) => [p.idNumber!, p]));
  const byName = new Map<string, ParticipantListRow[]>();
  for (const p of participants) byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p]);
  const seen = new Map<number, number>();
  const notParticipant = (idNumber: string) => prepared(db, 'SELECT name FROM people WHERE id_number = ?').get(idNumber) as { name: string } | undefined;

  return rows.map((row) => {
    const problems = [...row.problems];
    let person: ParticipantListRow | null = null;
    if (row.idNumber) {
      person = byId.get(row.idNumber) ?? null;
      if (!person) {
        const known = notParticipant(row.idNumber);
        problems.push(known ? `身份证号：${row.idNumber}是${known.name}的身份证号，${known.name}不在${year}年度考核参加人员中` : `身份证号：${row.idNumber}不是${year}年度考核参加人员的身份证号`);
      } else if (row.name && nameKey(row.name) !== nameKey(person.name)) {
        problems.push(`姓名：“${row.name}”与身份证号不符（该身份证号是${person.name}的）`);
        person = null;
      }
    } else if (row.name) {
      const same = byName.get(nameKey(row.name)) ?? [];
      const inUnit = row.unitName ? same.filter((p) => p.unitName === row.unitName) : same;
      if (same.length === 0) problems.push(`姓名：“${row.name}”不是${year}年度考核参加人员`);
      else if (inUnit.length === 1) person = inUnit[0]!;
      else if (same.length === 1) {
        // one person of that name: a 单位 written differently (全称/简称) does not stop the match
        person = same[0]!;
      } else if (inUnit.length === 0) {
        problems.push(`单位：${year}年度考核参加人员中没有${row.unitName}的“${row.name}”（同名人员在${same.map((p) => p.unitName).join('、')}）`);
      } else {
        const where = [...new Set(inUnit.map((p) => p.unitName))].join('、');
        problems.push(`姓名：${year}年度考核参加人员中有${inUnit.length}名“${row.name}”（${where}），请填写身份证号以区分`);
      }
    }
    if (person) {
      const first = seen.get(person.personId);
      if (first !== undefined) {
        problems.push(`姓名：与第${first}行是同一人（${person.name}），同一人只能出现一次`);
        person = null;
      } else seen.set(person.personId, row.row);
    }
    return { row, person, problems };
  });
}

interface QuotaExcess {
  readonly groupName: string;
  readonly quarter: number;
  readonly after: number;
  readonly quota: number;
}

/**
 * The “好” each group would have per quarter after the import. The grades that stay count first,
 * then the new “好” in sheet order; each new one beyond the quota gets the quota message as a
 * problem of its row. A group already over its quota that the import does not add to is left alone.
 */
function checkGoodQuota(db: Db, year: number, matched: readonly Matched[], participants: readonly ParticipantListRow[]): QuotaExcess[] {
  const groups = new Map(listGroupRecords(db, year).map((g) => [g.id, { name: g.name, quota: quotaFor(g.goodShare, g.size, g.rounding) }]));
  const stored = quarterGradesOf(db, year);
  const incoming = new Map<number, readonly (QuarterGrade | null)[]>();
  for (const m of matched) if (m.person && m.problems.length === 0) incoming.set(m.person.personId, m.row.grades);
  const excess: QuotaExcess[] = [];
  for (const q of quarters) {
    const used = new Map<number, number>();
    // grades that stay: stored ones the sheet does not replace
    for (const p of participants) {
      const replaced = incoming.get(p.personId)?.[q - 1] ?? null;
      if (replaced === null && stored.get(p.personId)?.[q - 1] === 'good') used.set(p.groupId, (used.get(p.groupId) ?? 0) + 1);
    }
    const over = new Set<number>();
    for (const m of matched) {
      if (!m.person || m.problems.length > 0 || m.row.grades[q - 1] !== 'good') continue;
      const group = groups.get(m.person.groupId)!;
      const n = used.get(m.person.groupId) ?? 0;
      const wasGood = stored.get(m.person.personId)?.[q - 1] === 'good';
      if (n >= group.quota && !wasGood) {
        m.problems.push(`${quarterName(q)}：${group.name}“好”等次已无剩余名额（已用 ${n}/${group.quota}）`);
        over.add(m.person.groupId);
      }
      used.set(m.person.groupId, n + 1);
    }
    for (const groupId of over) {
      const group = groups.get(groupId)!;
      excess.push({ groupName: group.name, quarter: q, after: used.get(groupId)!, quota: group.quota });
    }
  }
  return excess;
}

const rowView = (m: Matched): ImportRow => ({ row: m.row.row, name: m.row.name, personId: m.person?.personId ?? null, grades: [...m.row.grades], problems: m.problems });

export async function importQuarters(ctx: AppContext, input: ParsedInput<'annual.importQuarters'>): Promise<ChannelOutput<'annual.importQuarters'>> {
  const now = ctx.now();
  requireYear(ctx.db, input.year);
  const table = await readTable(input.file.bytes, input.file.fileName);
  if (table.sheets.every((s) => s.rows.length === 0)) throw new AppError('FILE_NO_DATA', '文件里没有任何内容，请检查是否选错了文件。');
  const chosen = chooseQuarterSheet(table.sheets);
  if (!chosen) {
    throw new AppError(
      'QUARTER_IMPORT_NO_HEADER',
      '没有找到平时考核表头：表头行应有“姓名”列和“第一季度”至“第四季度”中的至少一列（也可写作“一季度”“第1季度”），请检查文件或使用「下载导入模板」。',
    );
  }
  const grid = table.sheets[chosen.index]!;
  const { rows } = readQuarterRows(grid, chosen.layout);

  // Everything from here on is synchronous: the rows are matched, checked and written against one state of the database.
  const db = ctx.db;
  const run = () => {
    if (input.commit) requireOpenYear(db, input.year);
    const participants = listParticipantRows(db, input.year, true);
    const matched = matchRows(db, input.year, rows, participants);
    const excess = checkGoodQuota(db, input.year, matched, participants);
    const errorRows = matched.filter((m) => m.problems.length > 0).length;
    const result = {
      sheetName: grid.name, headerRow: chosen.layout.headerRow, rows: matched.map(rowView),
      okRows: matched.length - errorRows, errorRows, saved: null as number | null,
    };
    if (!input.commit) return result;
    if (excess.length > 0) {
      const where = excess.map((e) => `${e.groupName}${quarterName(e.quarter)}导入后“好”等次${e.after}人，超出名额${e.quota}人`).join('；');
      throw new AppError('QUARTER_GOOD_QUOTA', `${where}。本次导入未写入任何数据，请调整后重新导入。`, { excess });
    }
    if (errorRows > 0) {
      const first = matched.filter((m) => m.problems.length > 0).slice(0, 3).map((m) => `第${m.row.row}行：${m.problems.join('；')}`).join('\n');
      throw new AppError('QUARTER_IMPORT_HAS_PROBLEMS', `有${errorRows}行存在问题，本次导入未写入任何数据，请修改后重新导入：\n${first}${errorRows > 3 ? '\n……' : ''}`);
    }
    if (matched.length === 0) throw new AppError('FILE_NO_DATA', `工作表「${grid.name}」第${chosen.layout.headerRow}行表头下没有人员数据。`);
    // a template sent back unfilled would otherwise "import" 0 grades and look like success
    if (matched.every((m) => m.row.grades.every((g) => g === null))) {
      throw new AppError('QUARTER_IMPORT_EMPTY', `工作表「${grid.name}」中没有填写任何季度等次，没有可导入的内容，请填写后重新导入。`);
    }
    const stored = quarterGradesOf(db, input.year);
    const changes: [personId: number, quarter: number, before: QuarterGrade | null, after: QuarterGrade][] = [];
    const worded: AuditChange[] = [];
    let saved = 0;
    for (const m of matched) {
      const person = m.person!;
      let wrote = false;
      m.row.grades.forEach((grade, i) => {
        if (grade === null) return;
        const before = stored.get(person.personId)?.[i] ?? null;
        wrote = true;
        if (before === grade) return;
        upsertQuarterGrade(db, input.year, person.personId, i + 1, grade, ctx.actor(), now.toISOString());
        changes.push([person.personId, i + 1, before, grade]);
        worded.push({ subject: person.name, field: quarterName(i + 1), before: quarterGradeText(before), after: quarterGradeText(grade) });
      });
      if (wrote) saved++;
    }
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.importQuarters', entity: 'annual-quarter', entityId: input.year,
      summary: `从「${input.file.fileName}」导入${input.year}年度平时考核等次：${saved}人，更新${changes.length}个季度等次`,
      subjects: subjectsText(`${input.year}年度平时考核`, [...new Set(worded.map((c) => c.subject))]),
      changes: worded,
      after: { fileName: input.file.fileName, sheetName: grid.name, rows: matched.length, saved, changes },
    }, now);
    return { ...result, saved };
  };
  return input.commit ? db.transaction(run)() : run();
}

// ── the template ────────────────────────────────────────────────────────


export const quarterTemplateColumns: readonly TableColumn[] = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '单位', width: 20, align: 'left', wrap: true },
  { header: '职务', width: 14, wrap: true },
  { header: '身份证号', width: 22, numFmt: '@' },
  ...quarterNames.map((header) => ({ header, width: 10 })),
];

/**
 * 平时考核 登记表: the year's participants (group, then roster order) with Q1–Q4 empty (the import template)
 * or as entered (the record to print or hand on; it reads back through the import unchanged).
 */
export async function quarterTemplate(ctx: AppContext, input: ParsedInput<'annual.quarterTemplate'>): Promise<ChannelOutput<'annual.quarterTemplate'>> {
  requireYear(ctx.db, input.year);
  const people = listParticipantRows(ctx.db, input.year, true);
  const grades = input.withGrades ? quarterGradesOf(ctx.db, input.year) : new Map<number, readonly (QuarterGrade | null)[]>();
  const workbook = createWorkbook();
  const sheet = addTableSheet(workbook, {
    sheetName: '平时考核',
    title: `${input.year}年度平时考核等次登记表`,
    subtitle: input.withGrades
      ? { left: `导出日期：${paperDayText(ctx.now())}`, right: `等次：${Object.values(quarterGradeLabels).join('、')}；空白为未评定` }
      : { left: '填报单位：', right: `等次填写：${Object.values(quarterGradeLabels).join('、')}` },
    columns: quarterTemplateColumns,
    landscape: true,
  });
  people.forEach((p, i) => {
    const row = grades.get(p.personId) ?? [null, null, null, null];
    sheet.addRow([i + 1, p.name, p.unitName, p.post, p.idNumber ?? '', ...row.map((g) => (g === null ? null : quarterGradeLabels[g]))]);
  });
  sheet.finish();
  const fileName = input.withGrades ? `${input.year}年度平时考核等次登记表.xlsx` : `${input.year}年度平时考核导入模板.xlsx`;
  return { fileName, bytes: await workbookBytes(workbook) };
}
