import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { filingCounts, noCategoryLabel, outcomeLabel, recentOutcomesText, type AnnualRules, type VocabularyKey } from '../../../shared/annual';
import type { HistoryOutcome } from '../../../shared/annual';
import { dayText, paperDayText } from '../../../shared/date-text';
import { postRankText } from '../../../shared/domain';
import { absentFromYear, allHistory, historyByPerson, listAwards, type HistoryEntry } from '../../../db/annual';
import { participantRosterFields } from '../../../db/reports';
import { listUnitRows } from '../../../db/units';
import type { AppContext } from '../../context';
import { requireYear } from './common';
import { writeFilingWorkbook, type FilingRosterLine } from './filing-workbook';
import { participantsAsPrinted } from './printed-participants';

/**
 * 年度考核结果备案表 for the superior department (DOMAIN §9): the counts (shared/annual/filing.ts)
 * and the 名册 of a locked year. It reports results, so an open year is refused: lock it first.
 */

/** The word for one year of a person's history: the import's own word, else the level in the person's vocabulary. */
function historyWord(rules: AnnualRules, vocabulary: VocabularyKey, entry: HistoryEntry | undefined): string | null {
  if (!entry) return null;
  if (entry.outcomeText.trim()) return entry.outcomeText.trim();
  const outcome: HistoryOutcome = entry.outcome;
  return outcome === 'absent' ? '未参加' : outcomeLabel(rules.vocabularies[vocabulary], outcome);
}

export async function exportFiling(ctx: AppContext, input: ParsedInput<'annual.exportFiling'>): Promise<ChannelOutput<'annual.exportFiling'>> {
  const db = ctx.db;
  // everything is read before the first await: one snapshot
  const record = requireYear(db, input.year);
  if (record.status !== 'locked') {
    throw new AppError('FILING_YEAR_OPEN', `${input.year}年度考核尚未确认并锁定：年度考核结果备案表报送上级，请在「综合评定」中确认全部等次并锁定年度后再导出`);
  }
  const { rules } = record;
  const participants = participantsAsPrinted(db, record);
  const fields = participantRosterFields(db, input.year);
  const histories = historyByPerson(allHistory(db));
  const awards = new Map<number, string[]>();
  for (const a of listAwards(db, { year: input.year })) awards.set(a.personId, [...(awards.get(a.personId) ?? []), a.kind]);

  const counts = filingCounts({
    participants: participants.map((p) => ({ category: p.category, vocabulary: p.vocabulary, outcome: p.confirmed })),
    absent: absentFromYear(db, input.year).map((p) => p.category),
    vocabularies: rules.vocabularies,
    inQuotaBase: rules.undetermined.inQuotaBase,
    categoryOrder: Object.keys(rules.categoryVocabulary),
  });
  const roster = participants.map((p): FilingRosterLine => {
    const byYear = new Map((histories.get(p.personId) ?? []).map((h) => [h.year, h]));
    const recent = [input.year - 2, input.year - 1, input.year].map((y) => ({ year: y, label: historyWord(rules, p.vocabulary, byYear.get(y)) }));
    return {
      name: p.name,
      gender: p.gender ?? '',
      birth: fields.get(p.personId)?.birth ?? '',
      unitName: p.unitName,
      postRank: postRankText(p.post, p.rank),
      category: p.category?.trim() || noCategoryLabel,
      outcome: p.confirmed == null ? '' : outcomeLabel(rules.vocabularies[p.vocabulary], p.confirmed),
      awards: (awards.get(p.personId) ?? []).join('、'),
      recent: recentOutcomesText(recent),
    };
  });
  const unitTitle = input.unitTitle?.trim() || listUnitRows(db).find((u) => u.parentId == null)?.name || '';
  const bytes = await writeFilingWorkbook({ year: input.year, unitTitle, date: paperDayText(ctx.today()), counts, roster });
  return { fileName: `${input.year}年度考核结果备案表-${dayText(ctx.today())}.xlsx`, bytes };
}
