import { AppError } from '../../../shared/errors';
import type { ReportScope } from '../../../shared/reports/views';
import { listGroupRecords } from '../../../db/annual';
import type { ParticipantRecord } from '../../../db/annual';
import type { Db } from '../../../db/open';
import { prepared } from '../../../db/prepared';
import { getUnitRow, unitAndDescendantIds } from '../../../db/units';

/** 「张三、李四、王五等12人」 */
function namesText(names: readonly string[], limit = 5): string {
  return names.length <= limit ? names.join('、') : `${names.slice(0, limit).join('、')}等${names.length}人`;
}

export interface ScopedParticipants {
  readonly participants: ParticipantRecord[];
  /** what the file name says in its brackets: the unit or group name, the person's name (as the records given name them), 「N人」; null: everyone */
  readonly label: string | null;
}

/**
 * The participants a 登记表 batch is for, kept in the year's order (group order, then roster order).
 * Only participants of the year have a 登记表: naming anyone else is refused, naming who.
 * A unit scope goes by the records' unitId, the roster's current unit, even in a locked year.
 */
export function participantsInScope(db: Db, year: number, all: readonly ParticipantRecord[], scope: ReportScope): ScopedParticipants {
  switch (scope.kind) {
    case 'all':
      return { participants: [...all], label: null };
    case 'unit': {
      const unit = getUnitRow(db, scope.unitId);
      if (!unit) throw new AppError('UNIT_NOT_FOUND', '所选单位不存在，可能已被删除，请刷新后重试');
      const units = new Set(scope.includeSubunits ? unitAndDescendantIds(db, unit.id) : [unit.id]);
      return { participants: all.filter((p) => units.has(p.unitId)), label: unit.name };
    }
    case 'group': {
      const group = listGroupRecords(db, year).find((g) => g.id === scope.groupId);
      if (!group) throw new AppError('ANNUAL_GROUP_NOT_FOUND', `${year}年度考核中没有该考核分组，请刷新后重试`);
      return { participants: all.filter((p) => p.groupId === group.id), label: group.name };
    }
    case 'people': {
      const wanted = new Set(scope.personIds);
      const participants = all.filter((p) => wanted.has(p.personId));
      if (participants.length < wanted.size) {
        const found = new Set(participants.map((p) => p.personId));
        const missing = [...wanted].filter((id) => !found.has(id));
        const names = missing.flatMap((id) => {
          const name = prepared(db, 'SELECT name FROM people WHERE id = ?').pluck().get(id);
          return typeof name === 'string' ? [name] : [];
        });
        if (names.length < missing.length) throw new AppError('PERSON_NOT_FOUND', '所选人员中有人已被删除，请刷新后重试');
        throw new AppError('NOT_A_PARTICIPANT', `${namesText(names)}不在${year}年度考核的参加人员中，没有年度考核登记表；请先在「年度考核方案」中加入`);
      }
      return { participants, label: participants.length === 1 ? participants[0]!.name : `${participants.length}人` };
    }
  }
}
