import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { defaultGroupFor, vocabularyFor } from '../../../shared/annual/default-group';
import type { AnnualRules, VocabularyKey } from '../../../shared/annual/rules';
import { effectiveUndetermined, undeterminedFromRoster } from '../../../shared/annual/undetermined';
import type { Participant } from '../../../shared/annual/views';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { groupQuotaUse, listGroupRecords, type AnnualGroupRecord, type AnnualYearRecord } from '../../../db/annual/years';
import {
  deleteParticipantRow, getParticipantRecord, insertParticipantRow, listParticipantRecords, participantDataKinds, participantIdSet,
  peopleForJoining, setParticipantGroup, setParticipantNotesRow, setParticipantVocabulary, setUndeterminedOverride, type ParticipantRecord,
} from '../../../db/annual/participants';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { requireOpenYear, requireParticipant, requireYear } from './common';
import { assertQuotasStillHold } from './quota-guard';
import { subjectsText } from '../audit';

/** 参加人员 of a 考核年度: who joins, their 考核分组 and 等次 vocabulary, and 不定等次. */

const vocabularyLabel = (rules: AnnualRules, key: VocabularyKey) => rules.vocabularies[key].label;

/** A stored participant as the pages see it, with 不定等次 worked out from the roster and the office's decision. */
export function participantView(record: ParticipantRecord, year: AnnualYearRecord): Participant {
  const computed = undeterminedFromRoster(record, year.rules.undetermined, year.year);
  return {
    personId: record.personId, name: record.name, gender: record.gender, unitId: record.unitId, unitName: record.unitName,
    post: record.post ?? '', rank: record.rank ?? '', category: record.category ?? '', isLeader: record.isLeader,
    groupId: record.groupId, vocabulary: record.vocabulary,
    undetermined: {
      computed, override: record.undeterminedOverride, overrideReason: record.undeterminedReason,
      effective: effectiveUndetermined(computed, record.undeterminedOverride, record.undeterminedReason).effective,
    },
    leaderScore: record.leaderScore,
    duties: record.duties,
    remark: record.remark,
  };
}

export function listParticipants(ctx: AppContext, input: ParsedInput<'annual.participants'>): ChannelOutput<'annual.participants'> {
  const year = requireYear(ctx.db, input.year);
  return listParticipantRecords(ctx.db, year.year).map((r) => participantView(r, year));
}

/** The group of the year with that id, or a message saying it is not one. */
function requireGroup(db: Db, year: number, groupId: number): AnnualGroupRecord {
  const group = listGroupRecords(db, year).find((g) => g.id === groupId);
  if (!group) throw new AppError('ANNUAL_GROUP_NOT_FOUND', `所选考核分组不属于${year}年度考核，可能已被删除，请刷新后重试`);
  return group;
}

export interface JoinedPerson {
  readonly personId: number;
  readonly name: string;
  readonly group: string;
  readonly vocabulary: VocabularyKey;
}

/**
 * Adds people to the year (inside the caller's transaction): each to `groupId`, or to the group the
 * default rule picks; vocabulary from their 人员类别. People already in the year are left as they are.
 */
export function joinPeople(
  db: Db, year: AnnualYearRecord, people: readonly { id: number; name: string; category: string | null; isLeader: boolean }[], groupId?: number,
): JoinedPerson[] {
  const groups = listGroupRecords(db, year.year);
  const chosen = groupId == null ? undefined : requireGroup(db, year.year, groupId);
  const already = participantIdSet(db, year.year);
  const joined: JoinedPerson[] = [];
  for (const person of people) {
    if (already.has(person.id)) continue;
    const vocabulary = vocabularyFor(year.rules, person.category);
    const group = chosen ?? defaultGroupFor(groups, person, vocabulary);
    if (!group) throw new AppError('ANNUAL_NO_GROUPS', `${year.year}年度考核还没有考核分组，请先设置考核分组`);
    insertParticipantRow(db, year.year, person.id, group.id, vocabulary);
    already.add(person.id);
    joined.push({ personId: person.id, name: person.name, group: group.name, vocabulary });
  }
  return joined;
}

/** 「张三、李四、王五等12人」 */
const namesOf = (names: readonly string[], limit = 10) => (names.length <= limit ? names.join('、') : `${names.slice(0, limit).join('、')}等${names.length}人`);

export function addParticipants(ctx: AppContext, input: ParsedInput<'annual.addParticipants'>): ChannelOutput<'annual.addParticipants'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    const ids = [...new Set(input.personIds)];
    const found = peopleForJoining(db, ids);
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new AppError('PERSON_NOT_FOUND', `人员（编号${unknown.join('、')}）不存在，可能已被删除，请刷新后重试`);
    const joined = joinPeople(db, year, ids.map((id) => found.get(id)!), input.groupId);
    if (joined.length > 0) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.addParticipants', entity: 'annual-year', entityId: year.year,
        summary: `${year.name}加入参加人员${joined.length}名：${namesOf(joined.map((j) => j.name))}`,
        subjects: subjectsText(year.name, joined.map((j) => j.name)),
        changes: joined.map((j) => ({ subject: j.name, field: '参加人员', before: '未参加', after: `${j.group}，${vocabularyLabel(year.rules, j.vocabulary)}` })),
        after: joined.map((j) => ({ personId: j.personId, name: j.name, group: j.group, vocabulary: vocabularyLabel(year.rules, j.vocabulary) })),
      });
    }
    return { added: joined.length };
  })();
}

/** Every id must be a participant of the year; returns their records in input order. */
function requireParticipants(db: Db, year: number, personIds: readonly number[]): ParticipantRecord[] {
  const all = new Map(listParticipantRecords(db, year).map((r) => [r.personId, r]));
  return [...new Set(personIds)].map((id) => {
    const record = all.get(id);
    if (!record) requireParticipant(db, year, id); // throws, naming the person
    return record!;
  });
}

export function removeParticipants(ctx: AppContext, input: ParsedInput<'annual.removeParticipants'>): ChannelOutput<'annual.removeParticipants'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    const records = requireParticipants(db, year.year, input.personIds);
    const withData = records.map((r) => ({ name: r.name, kinds: participantDataKinds(db, year.year, r.personId) })).filter((r) => r.kinds.length > 0);
    if (withData.length > 0) {
      const listed = withData.slice(0, 5).map((r) => `${r.name}已有${r.kinds.join('、')}`).join('；');
      const more = withData.length > 5 ? `等${withData.length}人` : '';
      throw new AppError('PARTICIPANT_HAS_DATA', `${listed}${more}，不能移出${year.name}。如确需移出，请先删除其本年度的考核数据`);
    }
    const quotas = groupQuotaUse(db, year.year);
    for (const r of records) deleteParticipantRow(db, year.year, r.personId);
    assertQuotasStillHold(quotas, groupQuotaUse(db, year.year));
    const groups = new Map(listGroupRecords(db, year.year).map((g) => [g.id, g.name]));
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.removeParticipants', entity: 'annual-year', entityId: year.year,
      summary: `${year.name}移出参加人员${records.length}名：${namesOf(records.map((r) => r.name))}`,
      subjects: subjectsText(year.name, records.map((r) => r.name)),
      changes: records.map((r) => ({ subject: r.name, field: '参加人员', before: `${groups.get(r.groupId) ?? ''}，${vocabularyLabel(year.rules, r.vocabulary)}`, after: '已移出' })),
      before: records.map((r) => ({ personId: r.personId, name: r.name, group: groups.get(r.groupId) ?? null, vocabulary: vocabularyLabel(year.rules, r.vocabulary) })),
    });
    return { removed: records.length };
  })();
}

/** A confirmed 等次 was decided within the person's group and vocabulary: neither may move under it. */
function refuseConfirmed(records: readonly ParticipantRecord[], what: string): void {
  const confirmed = records.filter((r) => r.confirmed != null);
  if (confirmed.length > 0) {
    throw new AppError('PARTICIPANT_CONFIRMED', `${namesOf(confirmed.map((r) => r.name), 5)}的等次已由考核委员会确定，不能再${what}；如确需调整，请先在「综合评定」中撤销确定`);
  }
}

export function updateParticipants(ctx: AppContext, input: ParsedInput<'annual.updateParticipants'>): ChannelOutput<'annual.updateParticipants'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    if (input.groupId == null && input.vocabulary == null) throw new AppError('NOTHING_TO_UPDATE', '请选择要调整的考核分组或等次类别');
    const group = input.groupId == null ? undefined : requireGroup(db, year.year, input.groupId);
    const records = requireParticipants(db, year.year, input.personIds);
    const changing = records.filter((r) => (group != null && r.groupId !== group.id) || (input.vocabulary != null && r.vocabulary !== input.vocabulary));
    if (changing.length === 0) return { saved: 0 };
    refuseConfirmed(changing, group != null ? '调整考核分组或等次类别' : '调整等次类别');
    const groups = new Map(listGroupRecords(db, year.year).map((g) => [g.id, g.name]));
    const describe = (r: Pick<ParticipantRecord, 'personId' | 'name' | 'groupId' | 'vocabulary'>) => ({
      personId: r.personId, name: r.name, group: groups.get(r.groupId) ?? null, vocabulary: vocabularyLabel(year.rules, r.vocabulary),
    });
    const quotas = groupQuotaUse(db, year.year);
    for (const r of changing) {
      if (group != null && r.groupId !== group.id) setParticipantGroup(db, year.year, r.personId, group.id);
      if (input.vocabulary != null && r.vocabulary !== input.vocabulary) setParticipantVocabulary(db, year.year, r.personId, input.vocabulary);
    }
    assertQuotasStillHold(quotas, groupQuotaUse(db, year.year));
    const to = [group ? `调入“${group.name}”` : '', input.vocabulary ? `等次类别改为${vocabularyLabel(year.rules, input.vocabulary)}` : ''].filter(Boolean).join('，');
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.updateParticipants', entity: 'annual-year', entityId: year.year,
      summary: `${year.name}：${namesOf(changing.map((r) => r.name))}${to}`,
      subjects: subjectsText(year.name, changing.map((r) => r.name)),
      changes: changing.flatMap((r) => [
        ...(group != null && r.groupId !== group.id ? [{ subject: r.name, field: '考核分组', before: groups.get(r.groupId) ?? '', after: group.name }] : []),
        ...(input.vocabulary != null && r.vocabulary !== input.vocabulary
          ? [{ subject: r.name, field: '等次类别', before: vocabularyLabel(year.rules, r.vocabulary), after: vocabularyLabel(year.rules, input.vocabulary) }]
          : []),
      ]),
      before: changing.map(describe),
      after: changing.map((r) => describe({ ...r, groupId: group?.id ?? r.groupId, vocabulary: input.vocabulary ?? r.vocabulary })),
    });
    return { saved: changing.length };
  })();
}

const overrideLabel = (override: 'yes' | 'no' | null) => (override === 'yes' ? '认定为不定等次' : override === 'no' ? '认定为评定等次' : '按人员信息自动判断');

export function setUndetermined(ctx: AppContext, input: ParsedInput<'annual.setUndetermined'>): ChannelOutput<'annual.setUndetermined'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    requireParticipant(db, year.year, input.personId);
    const before = getParticipantRecord(db, year.year, input.personId)!;
    if (input.override != null && input.reason.trim() === '') throw new AppError('REASON_REQUIRED', `请填写${before.name}${overrideLabel(input.override)}的理由`);
    const reason = input.override == null ? '' : input.reason.trim();
    if (before.undeterminedOverride === input.override && before.undeterminedReason === reason) return participantView(before, year);
    refuseConfirmed([before], '修改不定等次认定');
    setUndeterminedOverride(db, year.year, before.personId, input.override, reason);
    const after = getParticipantRecord(db, year.year, before.personId)!;
    const view = participantView(after, year);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.setUndetermined', entity: 'annual-participant', entityId: `${year.year}:${before.personId}`,
      summary: `${year.name}：${before.name}${overrideLabel(input.override)}${reason ? `（${reason}）` : ''}`,
      subjects: subjectsText(year.name, [before.name]),
      reason,
      changes: [{
        subject: before.name, field: '不定等次认定', before: overrideLabel(before.undeterminedOverride), after: overrideLabel(input.override),
        note: `${view.undetermined.effective ? '按不定等次处理' : '评定等次'}${before.undeterminedReason ? `；原理由：${before.undeterminedReason}` : ''}`,
      }],
      before: { override: before.undeterminedOverride, reason: before.undeterminedReason },
      after: { override: after.undeterminedOverride, reason: after.undeterminedReason, computed: view.undetermined.computed, effective: view.undetermined.effective },
    });
    return view;
  })();
}

/** One line of text as a form box holds it: odd spaces and line breaks gone, trimmed. */
const noteText = (text: string) => text.replace(/[\s\u3000]+/g, ' ').trim();

/**
 * 从事或分管工作 and 备注 (DOMAIN §5): what the 年度考核登记表 prints beside the roster. One call for one
 * person or a pasted list; every person must be a participant; one audit row names each change.
 */
export function setParticipantNotes(ctx: AppContext, input: ParsedInput<'annual.setParticipantNotes'>): ChannelOutput<'annual.setParticipantNotes'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    const seen = new Set<number>();
    for (const e of input.entries) {
      if (seen.has(e.personId)) throw new AppError('DUPLICATE_PERSON', `同一人员出现了两次（编号${e.personId}），请每人只填一行`);
      seen.add(e.personId);
    }
    const records = requireParticipants(db, year.year, input.entries.map((e) => e.personId));
    const byId = new Map(records.map((r) => [r.personId, r]));
    const changes: { subject: string; field: string; before: string; after: string }[] = [];
    const changed: string[] = [];
    for (const e of input.entries) {
      const before = byId.get(e.personId)!;
      const duties = e.duties === undefined ? before.duties : noteText(e.duties);
      const remark = e.remark === undefined ? before.remark : noteText(e.remark);
      if (duties === before.duties && remark === before.remark) continue;
      setParticipantNotesRow(db, year.year, before.personId, duties, remark);
      if (duties !== before.duties) changes.push({ subject: before.name, field: '从事或分管工作', before: before.duties, after: duties });
      if (remark !== before.remark) changes.push({ subject: before.name, field: '备注', before: before.remark, after: remark });
      changed.push(before.name);
    }
    if (changed.length > 0) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.setParticipantNotes', entity: 'annual-year', entityId: year.year,
        summary: `${year.name}：填写${namesOf(changed)}的从事或分管工作、备注`,
        subjects: subjectsText(year.name, changed),
        changes,
      });
    }
    return { saved: changed.length };
  })();
}
