import { computeComposite, type CompositeOutput } from '../../../shared/annual/composite';
import { effectiveUndetermined, undeterminedFromRoster } from '../../../shared/annual/undetermined';
import type { CompositeView } from '../../../shared/annual/views';
import { readCompositeParticipants, readYearSanctions, type CompositeParticipantRecord } from '../../../db/annual/composite';
import { quarterGradesOf } from '../../../db/annual/quarters';
import { listGroupRecords, type AnnualGroupRecord, type AnnualYearRecord } from '../../../db/annual/years';
import type { Db } from '../../../db/open';
import { localDay } from '../../context';
import { gatherFacts } from './composite-facts';
import { compositeRow, displayOrder, groupViews, personInput } from './composite-rows';

/**
 * The live composite of an open year (「综合评定」): gathers every component's raw facts
 * (composite-facts.ts), hands them to the pure `computeComposite`, and merges names, units, 等次
 * confirmations, 述职测评 red lines and the sources of each figure (composite-rows.ts).
 */

export interface LiveComposite {
  readonly view: CompositeView;
  readonly participants: readonly CompositeParticipantRecord[];
  readonly groups: readonly AnnualGroupRecord[];
  readonly output: CompositeOutput;
  /** personId -> index in `participants` and `output.rows` */
  readonly indexOf: ReadonlyMap<number, number>;
  /** personId -> is 不定等次 (override, else roster) */
  readonly undetermined: ReadonlyMap<number, boolean>;
}

export function buildLiveComposite(db: Db, record: AnnualYearRecord, now = new Date()): LiveComposite {
  const { year, rules } = record;
  const participants = readCompositeParticipants(db, year);
  const groups = listGroupRecords(db, year);
  const known = { quarters: quarterGradesOf(db, year), sanctions: readYearSanctions(db, year) };
  const lines: string[] = [];
  const facts = gatherFacts(db, year, rules, { participants, ...known }, lines, localDay(now));

  const undetermined = new Map<number, boolean>();
  const people = participants.map((p) => {
    const computed = undeterminedFromRoster({ hireDate: p.hireDate, probationEnd: p.probationEnd }, rules.undetermined, year);
    const effective = effectiveUndetermined(computed, p.undeterminedOverride, p.undeterminedReason);
    undetermined.set(p.personId, effective.effective);
    return personInput(p, facts, known, effective.reason);
  });
  const output = computeComposite({
    year,
    rules,
    fullMarks: facts.fullMarks,
    groups: groups.map((g) => ({ id: g.id, excellentShare: g.excellentShare, rounding: g.rounding })),
    people,
  });

  const view: CompositeView = {
    year,
    status: record.status,
    rules,
    fullMarks: facts.fullMarks,
    groups: groupViews(groups, output, participants),
    rows: displayOrder(participants, groups, output).map((i) => {
      const p = participants[i]!;
      return compositeRow(p, output.rows[i]!, facts.evaluation?.byPerson.get(p.personId)?.redLines ?? [], facts.items?.byPerson.get(p.personId)?.entries, facts.conduct?.byPerson.get(p.personId));
    }),
    sources: lines,
    unconfirmed: participants.filter((p) => p.confirmed == null).length,
    itemInfos: [...(facts.items?.infos ?? [])],
    itemFigures: [...(facts.items?.figures ?? []), ...(facts.conduct?.figures ?? [])],
    computedAt: now.toISOString(),
  };
  const indexOf = new Map(participants.map((p, i) => [p.personId, i]));
  return { view, participants, groups, output, indexOf, undetermined };
}
