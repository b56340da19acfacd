import { listParticipantRecords, type AnnualYearRecord, type ParticipantRecord } from '../../../db/annual';
import type { Db } from '../../../db/open';
import { compositeViewOf } from './composite';

/**
 * A year's participants as its papers name them (登记表, 通知书, 备案表): a locked year as its frozen
 * composite view names them — 姓名, 单位 and 职务 as at the lock — so every paper agrees with the
 * 汇总报告 and the materials workbook after a rename or move. Only those three are frozen with the
 * year; 性别, 出生年月, 政治面貌, 任现职时间 and 职级 still come from the roster. unitId stays the
 * roster's: a batch by unit is chosen among the current units. An open year is the roster as it stands.
 */
export function participantsAsPrinted(db: Db, record: AnnualYearRecord): ParticipantRecord[] {
  const participants = listParticipantRecords(db, record.year);
  if (record.status !== 'locked') return participants;
  const frozen = new Map(compositeViewOf(db, record).rows.map((r) => [r.personId, r]));
  return participants.map((p) => {
    const row = frozen.get(p.personId);
    return row ? { ...p, name: row.name, unitName: row.unitName, post: row.post } : p;
  });
}
