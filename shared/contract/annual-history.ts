import { z } from 'zod';
import { channel, incomingFile, nothing, outgoingFile } from './channel';
import { isoDate } from '../domain';
import { vocabularyKey } from '../annual';

/**
 * 考核结果运用 (DOMAIN.md §9): each person's 等次 across years (imported earlier years and the app's
 * locked years, read as one), the import of earlier years from Excel, and the awards and consequences
 * the year's rules give (嘉奖名单, 记三等功名单, the people flagged), with the 奖励 records.
 */

const year = z.number().int().min(1980).max(2100);
const personId = z.number().int();
export const historyOutcome = z.enum(['excellent', 'competent', 'basic', 'fail', 'undetermined', 'absent']);
const source = z.enum(['app', 'import']);

export const historyImportRow = z.object({
  row: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  personId: personId.nullable(),
  year: z.number().int().nullable(),
  outcome: historyOutcome.nullable(),
  /** the 等次 as written */
  outcomeText: z.string(),
  /** block the import: unknown person, ambiguous name, bad year, unknown 等次, duplicate */
  problems: z.array(z.string()),
  /** do not block; the row is not written when `written` is false (a year the app locked) */
  warnings: z.array(z.string()),
  /** whether a commit writes this row */
  written: z.boolean(),
  /** an imported value this row replaces */
  replaces: z.string().nullable(),
});
export type HistoryImportRow = z.infer<typeof historyImportRow>;

export const historyImportResult = z.object({
  sheetName: z.string(),
  headerRow: z.number().int(),
  form: z.enum(['long', 'wide']),
  rows: z.array(historyImportRow),
  okRows: z.number().int(),
  warnRows: z.number().int(),
  errorRows: z.number().int(),
  skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  /** set when committed */
  saved: z.number().int().nullable(),
});
export type HistoryImportResult = z.infer<typeof historyImportResult>;

const historyCell = z.object({ year: z.number().int(), outcome: historyOutcome, source, word: z.string() });

export const historyTable = z.object({
  /** every year anyone has, oldest first */
  years: z.array(z.number().int()),
  /** the years this app locked */
  lockedYears: z.array(z.number().int()),
  rows: z.array(z.object({
    personId,
    name: z.string(),
    unitName: z.string(),
    vocabulary: vocabularyKey,
    cells: z.array(historyCell),
  })),
});
export type HistoryTable = z.infer<typeof historyTable>;

export const awardRecord = z.object({
  id: z.number().int(),
  personId,
  year: z.number().int(),
  kind: z.string(),
  basis: z.string(),
  docNo: z.string(),
  awardedOn: z.string().nullable(),
  source: z.enum(['rule', 'manual', 'import']),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type AwardRecordView = z.infer<typeof awardRecord>;

export const personHistoryView = z.object({
  personId,
  name: z.string(),
  unitName: z.string(),
  vocabulary: vocabularyKey,
  years: z.array(z.object({
    year: z.number().int(),
    outcome: historyOutcome,
    source,
    word: z.string(),
    note: z.string(),
    /** an imported value the app's locked year overrides */
    shadowed: z.object({ outcome: historyOutcome, word: z.string() }).nullable(),
    /** what the rules say follows in that year: this year's words, then the runs that end in it */
    consequence: z.string(),
    runs: z.array(z.object({ kind: z.enum(['award', 'flag']), consequence: z.string(), years: z.array(z.number().int()) })),
  })),
  awards: z.array(awardRecord),
});
export type PersonHistoryView = z.infer<typeof personHistoryView>;

export const awardListEntry = z.object({
  personId,
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
  vocabulary: vocabularyKey,
  /** this year's 等次 word */
  word: z.string(),
  /** the years that make the run (记三等功, 连续两年…); [year] for this year's award */
  runYears: z.array(z.number().int()),
  /** 「2024—2026年度连续三年考核优秀」 */
  basis: z.string(),
  consequence: z.string(),
  /** the award record already there, if any */
  awarded: awardRecord.nullable(),
});
export type AwardListEntry = z.infer<typeof awardListEntry>;

export const awardLists = z.object({
  year: z.number().int(),
  /** false: the year is open, the lists are a preview from the outcomes confirmed so far */
  final: z.boolean(),
  unitTitle: z.string(),
  /** one list per award the rules name (嘉奖, 记三等功), in the rules' order */
  awards: z.array(z.object({ award: z.string(), fromRun: z.boolean(), entries: z.array(awardListEntry) })),
  /** 基本称职/不称职 this year, and runs the rules flag */
  flagged: z.array(awardListEntry),
  /** every award record of the year, for the manual list */
  records: z.array(awardRecord.extend({ name: z.string(), unitName: z.string() })),
});
export type AwardLists = z.infer<typeof awardLists>;

const award = z.string().trim().min(1, '请填写奖励名称').max(20, '奖励名称不超过20字');
const docNo = z.string().trim().max(60, '文号不超过60字');

export const annualHistoryChannels = {
  /** 历年等次: people × years, filtered like the people search (unit, 姓名/拼音首字母) */
  'history.table': channel(
    z.object({ unitId: z.number().int().optional(), includeSubunits: z.boolean().optional(), text: z.string().max(100).optional() }),
    historyTable,
  ),
  'history.person': channel(z.object({ personId }), personHistoryView),
  /** 近三年等次 of a year's participants: the `count` years before it, oldest first (null: no record) */
  'history.recent': channel(
    z.object({ year, count: z.number().int().min(1).max(10).default(3) }),
    z.object({ years: z.array(z.number().int()), rows: z.array(z.object({ personId, words: z.array(z.string().nullable()) })) }),
  ),
  /**
   * preview (commit false) or write in one transaction (commit true): refused when a row has a problem,
   * unless `skipProblems`, which writes the rows without one
   */
  'history.import': channel(z.object({ file: incomingFile, commit: z.boolean().default(false), skipProblems: z.boolean().default(false) }), historyImportResult),
  'history.template': channel(z.object({}).default({}), outgoingFile),
  /** set one imported year by hand (refused where the app locked that year for the person) */
  'history.setImported': channel(
    z.object({ personId, year, outcome: historyOutcome, note: z.string().trim().max(200, '备注不超过200字').default('') }),
    nothing,
  ),
  'history.deleteImported': channel(z.object({ personId, year }), nothing),

  /** 奖励与结果运用: the lists of a year (a preview while the year is open) */
  'awards.lists': channel(z.object({ year }), awardLists),
  /** 生成奖励记录 for one list: all or none, skipping people who have the award already */
  'awards.generate': channel(
    z.object({ year, award, docNo, awardedOn: isoDate.nullable() }),
    z.object({ created: z.number().int(), skipped: z.number().int() }),
  ),
  'awards.add': channel(
    z.object({ personId, year, kind: award, basis: z.string().trim().max(200, '依据不超过200字').default(''), docNo, awardedOn: isoDate.nullable() }),
    awardRecord,
  ),
  'awards.delete': channel(z.object({ id: z.number().int() }), nothing),
};
