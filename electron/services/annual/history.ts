import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { annualRulesPreset, consequencesIn, outcomeLabel, type AnnualRules, type HistoryOutcome, type HistoryYear, type VocabularyKey } from '../../../shared/annual';
import { vocabularyFor } from '../../../shared/annual/default-group';
import { AppError } from '../../../shared/errors';
import type { Person } from '../../../shared/domain';
import { writeAudit } from '../../../db/audit';
import {
  allHistory, deleteImportedHistory, historyByPerson, importedHistoryRows, latestVocabularies, listAwards, lockedOutcomeOf, lockedYears,
  personHistory, upsertImportedHistory, yearParticipantOutcomes, type HistoryEntry,
} from '../../../db/annual';
import { getAnnualYearRecord, listYearSummaries } from '../../../db/annual/years';
import { searchPeopleRows } from '../../../db/people';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { subjectsText } from '../audit';

/**
 * 历年等次 (DOMAIN.md §9): each person's 等次 across years, the app's locked years and the imported
 * earlier years read as one (db/annual/history.ts: the app's year wins), worded in the person's
 * vocabulary, with what the year's rules say follows (shared/annual/consequences.ts).
 */

export const absentWord = '未参加';

/**
 * The rules that word a year and judge its consequences: the year's own when the app has the year,
 * else the newest year's (the office's current wording), else the preset.
 */
export function rulesResolver(db: Db): (year: number) => AnnualRules {
  const fallback = newestRules(db);
  const cache = new Map<number, AnnualRules>();
  return (year) => {
    let rules = cache.get(year);
    if (!rules) cache.set(year, (rules = getAnnualYearRecord(db, year)?.rules ?? fallback));
    return rules;
  };
}

/** The newest year's rules (the office's current wording), else the preset. */
export function newestRules(db: Db): AnnualRules {
  const newest = listYearSummaries(db)[0];
  return (newest && getAnnualYearRecord(db, newest.year)?.rules) ?? annualRulesPreset;
}

/** The 等次 word in a vocabulary (优秀/称职… or 优秀/合格…; 未参加 for a year without assessment). */
export const historyWord = (rules: AnnualRules, vocabulary: VocabularyKey, outcome: HistoryOutcome): string =>
  outcome === 'absent' ? absentWord : outcomeLabel(rules.vocabularies[vocabulary], outcome);

/**
 * A person's vocabulary for history: the latest year they took part in, else their 人员类别 under the
 * newest rules.
 */
export function vocabularyResolver(db: Db): (person: Pick<Person, 'id' | 'category'>) => VocabularyKey {
  const latest = latestVocabularies(db);
  const current = newestRules(db);
  return (person) => latest.get(person.id) ?? vocabularyFor(current, person.category);
}

export const toHistoryYears = (entries: readonly HistoryEntry[]): HistoryYear[] => entries.map((e) => ({ year: e.year, outcome: e.outcome }));

export function historyTable(ctx: AppContext, input: ParsedInput<'history.table'>): ChannelOutput<'history.table'> {
  const db = ctx.db;
  const rulesOf = rulesResolver(db);
  const vocabularyOf = vocabularyResolver(db);
  const byPerson = historyByPerson(allHistory(db));
  const people = searchPeopleRows(db, { text: input.text, unitId: input.unitId, includeSubunits: input.includeSubunits, status: '全部' })
    // 在职 people always; others only when they have a history to show
    .filter((p) => p.status === '在职' || byPerson.has(p.id));
  const years = new Set<number>();
  const rows = people.map((p) => {
    const vocabulary = vocabularyOf(p);
    const cells = (byPerson.get(p.id) ?? []).map((e) => {
      years.add(e.year);
      return { year: e.year, outcome: e.outcome, source: e.source, word: historyWord(rulesOf(e.year), vocabulary, e.outcome) };
    });
    return { personId: p.id, name: p.name, unitName: p.unitName, vocabulary, cells };
  });
  return { years: [...years].sort((a, b) => a - b), lockedYears: lockedYears(db), rows };
}

/**
 * 近三年等次 (DOMAIN.md §9): for each participant of `year`, the 等次 of the `count` years before it,
 * oldest first, in the person's vocabulary of that year (null: no record), for the 综合评定 page and the 登记表.
 */
export function recentHistory(ctx: AppContext, input: ParsedInput<'history.recent'>): ChannelOutput<'history.recent'> {
  return recentHistoryOf(ctx.db, input.year, input.count);
}

/** 「2023年度称职，2024年度优秀，2025年度优秀」 for each participant of `year` with any record (the 登记表's line). */
export function recentHistoryText(db: Db, year: number): Map<number, string> {
  const { years, rows } = recentHistoryOf(db, year, 3);
  return new Map(rows.filter((r) => r.words.some((w) => w !== null)).map((r) => [r.personId, years.map((y, i) => `${y}年度${r.words[i] ?? '无记录'}`).join('，')]));
}

function recentHistoryOf(db: Db, year: number, count: number): ChannelOutput<'history.recent'> {
  const input = { year, count };
  const rulesOf = rulesResolver(db);
  const byPerson = historyByPerson(allHistory(db));
  const years = Array.from({ length: input.count }, (_v, i) => input.year - input.count + i);
  const rows = yearParticipantOutcomes(db, input.year).map((p) => {
    const entries = new Map((byPerson.get(p.personId) ?? []).map((e) => [e.year, e.outcome]));
    return { personId: p.personId, words: years.map((y) => { const o = entries.get(y); return o ? historyWord(rulesOf(y), p.vocabulary, o) : null; }) };
  });
  return { years, rows };
}

function requirePerson(db: Db, personId: number): Person {
  const person = searchPeopleRows(db, { status: '全部' }).find((p) => p.id === personId);
  if (!person) throw new AppError('PERSON_NOT_FOUND', `人员（编号${personId}）不存在，可能已被删除，请刷新后重试`);
  return person;
}

export function personHistoryView(ctx: AppContext, input: ParsedInput<'history.person'>): ChannelOutput<'history.person'> {
  const db = ctx.db;
  const person = requirePerson(db, input.personId);
  const rulesOf = rulesResolver(db);
  const vocabulary = vocabularyResolver(db)(person);
  const entries = personHistory(db, person.id);
  const history = toHistoryYears(entries);
  const years = entries.map((e) => {
    const rules = rulesOf(e.year);
    const found = consequencesIn(rules.results, history, e.year, vocabulary);
    return {
      year: e.year, outcome: e.outcome, source: e.source, word: historyWord(rules, vocabulary, e.outcome), note: e.note,
      shadowed: e.shadowedImport ? { outcome: e.shadowedImport.outcome, word: historyWord(rules, vocabulary, e.shadowedImport.outcome) } : null,
      consequence: found.outcome?.consequence ?? '',
      runs: found.runs.map((r) => ({ kind: r.rule.kind, consequence: r.rule.consequence, years: [...r.years] })),
    };
  });
  return { personId: person.id, name: person.name, unitName: person.unitName, vocabulary, years, awards: listAwards(db, { personId: person.id }) };
}

export function setImportedHistory(ctx: AppContext, input: ParsedInput<'history.setImported'>): null {
  const db = ctx.db;
  const now = ctx.now();
  db.transaction(() => {
    const person = requirePerson(db, input.personId);
    if (lockedOutcomeOf(db, person.id, input.year) !== null) {
      throw new AppError('HISTORY_YEAR_LOCKED', `${input.year}年度考核已在本系统确认并锁定，${person.name}该年度的等次以锁定结果为准，不能手工修改`);
    }
    const rulesOf = rulesResolver(db);
    const vocabulary = vocabularyResolver(db)(person);
    const word = historyWord(rulesOf(input.year), vocabulary, input.outcome);
    const before = importedHistoryRows(db, [person.id]).find((r) => r.year === input.year);
    upsertImportedHistory(db, [{ personId: person.id, year: input.year, outcome: input.outcome, outcomeText: word, note: input.note }], '手工录入', now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: 'history.setImported', entity: 'annual-history', entityId: `${person.id}:${input.year}`,
      summary: `${before ? '修改' : '补录'}${person.name}${input.year}年度考核等次：${before ? `${before.outcomeText || before.outcome} → ` : ''}${word}`,
      subjects: subjectsText('历年考核等次', [person.name]),
      changes: [{ subject: person.name, field: `${input.year}年度等次`, before: before ? before.outcomeText || before.outcome : '无', after: word }],
      before: before ?? null, after: { personId: person.id, year: input.year, outcome: input.outcome, note: input.note },
    }, now);
  })();
  return null;
}

export function deleteImportedHistoryYear(ctx: AppContext, input: ParsedInput<'history.deleteImported'>): null {
  const db = ctx.db;
  const now = ctx.now();
  db.transaction(() => {
    const person = requirePerson(db, input.personId);
    const before = importedHistoryRows(db, [person.id]).find((r) => r.year === input.year);
    if (!before || !deleteImportedHistory(db, person.id, input.year)) {
      throw new AppError('HISTORY_NOT_FOUND', `${person.name}没有导入的${input.year}年度考核等次，可能已被删除，请刷新后重试`);
    }
    writeAudit(db, {
      actor: ctx.actor(), action: 'history.deleteImported', entity: 'annual-history', entityId: `${person.id}:${input.year}`,
      summary: `删除${person.name}导入的${input.year}年度考核等次（${before.outcomeText || before.outcome}）`,
      subjects: subjectsText('历年考核等次', [person.name]),
      changes: [{ subject: person.name, field: `${input.year}年度等次`, before: before.outcomeText || before.outcome, after: '无' }],
      before,
    }, now);
  })();
  return null;
}
