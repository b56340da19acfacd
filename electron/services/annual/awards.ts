import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { AwardListEntry, AwardLists } from '../../../shared/contract/annual-history';
import { consequencesIn, type AnnualRules, type HistoryYear, type LevelCode, type VocabularyKey } from '../../../shared/annual';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { allHistory, deleteAward, getAward, historyByPerson, insertAward, listAwards, yearParticipantOutcomes, type AwardRecord } from '../../../db/annual';
import { listParticipantRows } from '../../../db/annual/quarters';
import { searchPeopleRows } from '../../../db/people';
import { listUnitRows } from '../../../db/units';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { namesText, subjectsText } from '../audit';
import { requireYear } from './common';
import { historyWord, toHistoryYears } from './history';

/**
 * 奖励与结果运用 (DOMAIN.md §9): for one 考核年度, what its rules (`rules.results`) give each person with
 * a confirmed 等次 — the award lists (嘉奖 from this year's 优秀, 记三等功 from three years running, as
 * the rules name them), and the people flagged (基本称职/不称职, two years running). History is the
 * imported years and the locked years as one (db/annual/history.ts); while the year is open its
 * confirmed outcomes so far are added, and the lists are a preview (`final` false).
 *
 * 「生成奖励记录」 writes one list's awards as person_awards rows, all or none, skipping people who
 * have that award for the year already; only for a locked year, whose outcomes can no longer change.
 */

const chineseCount = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const countWord = (n: number) => chineseCount[n] ?? String(n);

/** 「2024—2026年度连续三年考核优秀」 */
export function runBasis(years: readonly number[], rules: AnnualRules, vocabulary: VocabularyKey, outcomes: readonly LevelCode[]): string {
  const words = outcomes.map((o) => historyWord(rules, vocabulary, o)).join('或');
  return `${years[0]}—${years[years.length - 1]}年度连续${countWord(years.length)}年考核${words}`;
}

/** The unit in the lists' titles: the top unit of the roster. */
function unitTitleOf(db: Db): string {
  return listUnitRows(db).filter((u) => u.parentId == null).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)[0]?.name ?? '';
}

const awardKey = (personId: number, kind: string) => `${personId}:${kind}`;

export function computeAwardLists(db: Db, year: number): AwardLists {
  const record = requireYear(db, year);
  const final = record.status === 'locked';
  const rules = record.rules;
  const results = rules.results;
  const people = new Map(listParticipantRows(db, year, false).map((p) => [p.personId, p]));
  const byPerson = historyByPerson(allHistory(db));
  const records = listAwards(db, { year });
  const awarded = new Map(records.map((r) => [awardKey(r.personId, r.kind), r]));

  // the lists in the rules' order: this year's awards (嘉奖), then the runs' (记三等功)
  const lists = new Map<string, { award: string; fromRun: boolean; entries: AwardListEntry[] }>();
  for (const r of results.outcomes) if (r.award && !lists.has(r.award)) lists.set(r.award, { award: r.award, fromRun: false, entries: [] });
  for (const r of results.runs) if (r.kind === 'award' && r.award && !lists.has(r.award)) lists.set(r.award, { award: r.award, fromRun: true, entries: [] });
  const flagged: AwardListEntry[] = [];

  for (const p of yearParticipantOutcomes(db, year)) {
    if (p.confirmed === null) continue;
    const person = people.get(p.personId);
    if (!person) continue;
    // the open year's confirmed outcome stands in for the locked one it will become
    const history: HistoryYear[] = [...toHistoryYears(byPerson.get(p.personId) ?? []).filter((h) => h.year !== year), { year, outcome: p.confirmed }];
    const found = consequencesIn(results, history, year, p.vocabulary);
    const word = historyWord(rules, p.vocabulary, p.confirmed);
    const base = { personId: p.personId, name: person.name, unitName: person.unitName, post: person.post, vocabulary: p.vocabulary, word };
    const entry = (award: string | null, runYears: readonly number[], basis: string, consequence: string): AwardListEntry => ({
      ...base, runYears: [...runYears], basis, consequence, awarded: award ? (awarded.get(awardKey(p.personId, award)) ?? null) : null,
    });
    if (found.outcome?.award) {
      lists.get(found.outcome.award)?.entries.push(entry(found.outcome.award, [year], `${year}年度考核${word}`, found.outcome.consequence));
    }
    const flags = found.runs.filter((r) => r.rule.kind === 'flag');
    for (const run of found.runs) {
      if (run.rule.kind !== 'award' || !run.rule.award) continue;
      lists.get(run.rule.award)?.entries.push(entry(run.rule.award, run.years, runBasis(run.years, rules, p.vocabulary, run.rule.outcomes), run.rule.consequence));
    }
    if (p.confirmed === 'basic' || p.confirmed === 'fail' || flags.length > 0) {
      const run = flags[0];
      const words = [...flags.map((f) => f.rule.consequence), found.outcome?.consequence ?? ''].filter((w) => w !== '');
      flagged.push(entry(null, run ? run.years : [year], run ? runBasis(run.years, rules, p.vocabulary, run.rule.outcomes) : `${year}年度考核${word}`, words.join('；')));
    }
  }
  const names = new Map(searchPeopleRows(db, { status: '全部' }).map((p) => [p.id, p]));
  return {
    year, final, unitTitle: unitTitleOf(db), awards: [...lists.values()], flagged,
    records: records.map((r) => ({ ...r, name: names.get(r.personId)?.name ?? '', unitName: names.get(r.personId)?.unitName ?? '' })),
  };
}

export function awardListsOf(ctx: AppContext, input: ParsedInput<'awards.lists'>): ChannelOutput<'awards.lists'> {
  return computeAwardLists(ctx.db, input.year);
}

export function generateAwards(ctx: AppContext, input: ParsedInput<'awards.generate'>): ChannelOutput<'awards.generate'> {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    const lists = computeAwardLists(db, input.year);
    if (!lists.final) {
      throw new AppError('AWARDS_YEAR_OPEN', `${input.year}年度考核尚未确认并锁定，名单仅为预览；请在「综合评定」中确认并锁定年度后再生成奖励记录`);
    }
    const list = lists.awards.find((l) => l.award === input.award);
    if (!list) throw new AppError('AWARDS_UNKNOWN', `${input.year}年度的结果运用规则中没有“${input.award}”，请刷新后重试`);
    const created: string[] = [];
    let skipped = 0;
    for (const e of list.entries) {
      if (e.awarded) {
        skipped++;
        continue;
      }
      insertAward(db, { personId: e.personId, year: input.year, kind: list.award, basis: e.basis, docNo: input.docNo, awardedOn: input.awardedOn, source: 'rule' }, ctx.actor(), now.toISOString());
      created.push(e.name);
    }
    if (created.length > 0) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'awards.generate', entity: 'person-award', entityId: input.year,
        summary: `按${input.year}年度考核结果生成${list.award}记录${created.length}人${skipped > 0 ? `（已有记录的${skipped}人跳过）` : ''}${input.docNo ? `，文号${input.docNo}` : ''}：${namesText(created)}`,
        subjects: subjectsText(`${input.year}年度${list.award}`, created),
        after: { year: input.year, award: list.award, docNo: input.docNo, awardedOn: input.awardedOn, created: created.length, skipped },
      }, now);
    }
    return { created: created.length, skipped };
  })();
}

export function addAward(ctx: AppContext, input: ParsedInput<'awards.add'>): AwardRecord {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    const person = searchPeopleRows(db, { status: '全部' }).find((p) => p.id === input.personId);
    if (!person) throw new AppError('PERSON_NOT_FOUND', `人员（编号${input.personId}）不存在，可能已被删除，请刷新后重试`);
    if (listAwards(db, { year: input.year, personId: person.id }).some((a) => a.kind === input.kind)) {
      throw new AppError('AWARD_EXISTS', `${person.name}已有${input.year}年度的“${input.kind}”记录，同一年度同一奖励只能登记一次`);
    }
    const id = insertAward(db, { personId: person.id, year: input.year, kind: input.kind, basis: input.basis, docNo: input.docNo, awardedOn: input.awardedOn, source: 'manual' }, ctx.actor(), now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: 'awards.add', entity: 'person-award', entityId: id,
      summary: `登记${person.name}${input.year}年度${input.kind}${input.docNo ? `（${input.docNo}）` : ''}`,
      subjects: subjectsText(`${input.year}年度奖励`, [person.name]),
      after: input,
    }, now);
    return getAward(db, id)!;
  })();
}

export function removeAward(ctx: AppContext, input: ParsedInput<'awards.delete'>): null {
  const db = ctx.db;
  const now = ctx.now();
  db.transaction(() => {
    const award = getAward(db, input.id);
    if (!award) throw new AppError('AWARD_NOT_FOUND', '该奖励记录不存在，可能已被删除，请刷新后重试');
    const person = searchPeopleRows(db, { status: '全部' }).find((p) => p.id === award.personId);
    deleteAward(db, award.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'awards.delete', entity: 'person-award', entityId: award.id,
      summary: `删除${person?.name ?? ''}${award.year}年度${award.kind}记录${award.docNo ? `（${award.docNo}）` : ''}`,
      subjects: subjectsText(`${award.year}年度奖励`, person ? [person.name] : []),
      before: award,
    }, now);
  })();
  return null;
}
