import { taskStatus, type TaskStatus } from './plan';

/**
 * Duty figures of a 专项活动 at a date (DOMAIN §8.2), per person and per unit, for the 进度 page, the
 * progress report and the 年终考核 (issue 12 §7). Pure: the caller resolves who owes what.
 *
 * A duty is complete when its count is reached; its date is the day the last one was done. Seen from
 * `asOf`, a record dated later does not count yet. Each person-duty is then, as a task is:
 * done (complete by its 时限), doneLate (complete after it), overdue (past its 时限, not complete) or open.
 * `due` counts the person-duties whose 时限 is on or before `asOf`.
 */

export interface DutyFact {
  readonly id: number;
  readonly due: string;
  readonly count: number;
  /** the units whose people owe it, sub-units included; null: everyone listed */
  readonly unitIds: readonly number[] | null;
}

export interface PersonFact {
  readonly id: number;
  readonly unitId: number;
}

export interface RecordFact {
  readonly dutyId: number;
  readonly personId: number;
  readonly count: number;
  readonly doneOn: string | null;
}

export interface DutyTally {
  readonly assigned: number;
  readonly due: number;
  readonly done: number;
  readonly doneLate: number;
  readonly overdue: number;
}

export interface PersonDutyFigures extends DutyTally {
  readonly personId: number;
  readonly unitId: number;
  /** per duty id: its status, or absent when the duty does not apply to this person */
  readonly statuses: Readonly<Record<number, TaskStatus>>;
}

export interface UnitDutyFigures extends DutyTally {
  readonly unitId: number;
  readonly people: number;
  /** people with at least one overdue duty */
  readonly peopleOverdue: number;
}

export interface CampaignDutyFigures {
  readonly asOf: string;
  readonly people: readonly PersonDutyFigures[];
  /** units in the order their first person appears */
  readonly units: readonly UnitDutyFigures[];
  /** per duty, in the plan's order */
  readonly duties: readonly (DutyTally & { readonly dutyId: number })[];
  readonly total: DutyTally;
}

const zero = (): { -readonly [K in keyof DutyTally]: number } => ({ assigned: 0, due: 0, done: 0, doneLate: 0, overdue: 0 });

export const appliesTo = (duty: Pick<DutyFact, 'unitIds'>, person: PersonFact): boolean => duty.unitIds == null || duty.unitIds.includes(person.unitId);

/** The day a person completed a duty, as seen from `asOf`, or null. */
export function completedOn(duty: Pick<DutyFact, 'count'>, record: Pick<RecordFact, 'count' | 'doneOn'> | undefined, asOf: string): string | null {
  if (!record || record.doneOn == null || record.count < duty.count || record.doneOn > asOf) return null;
  return record.doneOn;
}

export function campaignDutyFigures(input: { duties: readonly DutyFact[]; people: readonly PersonFact[]; records: readonly RecordFact[]; asOf: string }): CampaignDutyFigures {
  const { asOf } = input;
  const records = new Map(input.records.map((r) => [`${r.dutyId}:${r.personId}`, r]));
  const units = new Map<number, ReturnType<typeof zero> & { unitId: number; people: number; peopleOverdue: number }>();
  const total = zero();
  const byDuty = new Map(input.duties.map((d) => [d.id, { dutyId: d.id, ...zero() }]));
  const people = input.people.map((person): PersonDutyFigures => {
    const tally = zero();
    const statuses: Record<number, TaskStatus> = {};
    for (const duty of input.duties) {
      if (!appliesTo(duty, person)) continue;
      const status = taskStatus({ due: duty.due, doneOn: completedOn(duty, records.get(`${duty.id}:${person.id}`), asOf) }, asOf);
      statuses[duty.id] = status;
      for (const t of [tally, byDuty.get(duty.id)!]) {
        t.assigned++;
        if (duty.due <= asOf) t.due++;
        if (status !== 'open') t[status]++;
      }
    }
    let unit = units.get(person.unitId);
    if (!unit) units.set(person.unitId, (unit = { unitId: person.unitId, ...zero(), people: 0, peopleOverdue: 0 }));
    unit.people++;
    if (tally.overdue > 0) unit.peopleOverdue++;
    for (const k of Object.keys(tally) as (keyof DutyTally)[]) {
      unit[k] += tally[k];
      total[k] += tally[k];
    }
    return { personId: person.id, unitId: person.unitId, ...tally, statuses };
  });
  return { asOf, people, units: [...units.values()], duties: [...byDuty.values()], total };
}

/** 完成率 in whole percent: complete (on time or late) over assigned; null when nothing is assigned. */
export function completionRate(t: DutyTally): number | null {
  return t.assigned === 0 ? null : Math.round(((t.done + t.doneLate) / t.assigned) * 100);
}
