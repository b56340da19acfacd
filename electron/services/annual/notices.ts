import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import {
  consequencesIn, consequenceWords, fillNoticeBody, fillPlaceholders, outcomeLabel,
  type HistoryYear, type NoticeValues, type OutcomeCode, type ResultNotice,
} from '../../../shared/annual';
import { paperDayText } from '../../../shared/date-text';
import { historyByPerson, allHistory, type ParticipantRecord } from '../../../db/annual';
import { listUnitRows } from '../../../db/units';
import type { AppContext } from '../../context';
import { participantsInScope } from '../reports';
import { requireYear } from './common';
import { participantsAsPrinted } from './printed-participants';

/**
 * 考核结果通知书 (DOMAIN §9), one per participant with a confirmed 等次, filled from the year's
 * `notice` template. What follows ({结果运用}) is the year's consequence rules applied to the
 * person's history: a locked year is in that history already; an open year's confirmed outcome is
 * taken as this year, and the batch is a 样稿 (final: false) the print view marks as such.
 */

/** History per person, this year's confirmed outcome put in for an open year (a locked one is there already). */
function historyWithYear(history: readonly HistoryYear[], year: number, confirmed: OutcomeCode): HistoryYear[] {
  return [...history.filter((h) => h.year !== year), { year, outcome: confirmed }];
}

export function resultNotices(ctx: AppContext, input: ParsedInput<'annual.notices'>): ChannelOutput<'annual.notices'> {
  const db = ctx.db;
  const record = requireYear(db, input.year);
  const { rules } = record;
  const final = record.status === 'locked';
  const { participants, label } = participantsInScope(db, input.year, participantsAsPrinted(db, record), input.scope);
  const topUnit = listUnitRows(db).find((u) => u.parentId == null)?.name ?? '';
  const office = input.office?.trim() || rules.notice.office || topUnit;
  const date = input.date?.trim() || rules.notice.date || paperDayText(ctx.today());
  const histories = historyByPerson(allHistory(db));

  const confirmed = participants.filter((p): p is ParticipantRecord & { confirmed: OutcomeCode } => p.confirmed != null);
  const pending = participants.filter((p) => p.confirmed == null);
  const notices = confirmed.map((p): ResultNotice => {
    const history = historyWithYear(histories.get(p.personId) ?? [], input.year, p.confirmed);
    const consequence = consequenceWords(consequencesIn(rules.results, history, input.year, p.vocabulary));
    const outcome = outcomeLabel(rules.vocabularies[p.vocabulary], p.confirmed);
    const values: NoticeValues = {
      姓名: p.name, 年度: String(input.year), 等次: outcome, 单位: p.unitName, 职务: p.post?.trim() ?? '', 结果运用: consequence,
    };
    return {
      personId: p.personId, name: p.name, unitName: p.unitName, vocabulary: p.vocabulary, outcomeCode: p.confirmed, outcome, consequence,
      title: fillPlaceholders(rules.notice.title, values),
      salutation: fillPlaceholders(rules.notice.salutation, values),
      paragraphs: fillNoticeBody(rules.notice.body, values),
    };
  });
  return {
    year: input.year, final, office, date,
    label: label ?? (topUnit || `${participants.length}人`),
    notices,
    pending: { count: pending.length, names: pending.slice(0, 10).map((p) => p.name) },
  };
}
