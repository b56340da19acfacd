import type { Person, PersonFields } from '../../shared/domain';
import type { Db } from '../open';

/** The people table as stored; mapped to the domain `Person` by `toPerson`. */
export interface PersonRowDb {
  id: number; name: string; gender: string | null; birth: string | null; id_number: string | null; staff_no: string | null;
  political: string | null; unit_id: number; unit_name: string; post: string | null; rank: string | null; post_since: string | null;
  category: string | null; is_leader: number; status: string; status_date: string | null; hire_date: string | null;
  probation_end: string | null; note: string | null;
  ethnicity: string | null; native_place: string | null; education: string | null; work_start: string | null; party_since: string | null;
}

export const toPerson = (r: PersonRowDb): Person => ({
  id: r.id, name: r.name, gender: r.gender as Person['gender'], birth: r.birth, idNumber: r.id_number, staffNo: r.staff_no,
  political: r.political, unitId: r.unit_id, unitName: r.unit_name, post: r.post, rank: r.rank, postSince: r.post_since,
  category: r.category, isLeader: r.is_leader === 1, status: r.status as Person['status'], statusDate: r.status_date,
  hireDate: r.hire_date, probationEnd: r.probation_end, note: r.note,
  ethnicity: r.ethnicity, nativePlace: r.native_place, education: r.education, workStart: r.work_start, partySince: r.party_since,
});

export const selectPeople = `
  SELECT p.id, p.name, p.gender, p.birth, p.id_number, p.staff_no, p.political, p.unit_id, u.name AS unit_name, p.post, p.rank,
         p.post_since, p.category, p.is_leader, p.status, p.status_date, p.hire_date, p.probation_end, p.note,
         p.ethnicity, p.native_place, p.education, p.work_start, p.party_since
  FROM people p JOIN units u ON u.id = p.unit_id`;

export function getPersonRow(db: Db, id: number): Person | undefined {
  const row = db.prepare(`${selectPeople} WHERE p.id = ?`).get(id) as PersonRowDb | undefined;
  return row && toPerson(row);
}

export function findPersonByIdNumber(db: Db, idNumber: string): Person | undefined {
  const row = db.prepare(`${selectPeople} WHERE p.id_number = ?`).get(idNumber) as PersonRowDb | undefined;
  return row && toPerson(row);
}

export function findPersonByStaffNo(db: Db, staffNo: string): Person | undefined {
  const row = db.prepare(`${selectPeople} WHERE p.staff_no = ?`).get(staffNo) as PersonRowDb | undefined;
  return row && toPerson(row);
}

export function findPeopleByNameAndUnit(db: Db, name: string, unitId: number): Person[] {
  return (db.prepare(`${selectPeople} WHERE p.name = ? AND p.unit_id = ?`).all(name, unitId) as PersonRowDb[]).map(toPerson);
}

const fieldParams = (f: PersonFields) => ({
  name: f.name, gender: f.gender, birth: f.birth, id_number: f.idNumber, staff_no: f.staffNo, political: f.political,
  unit_id: f.unitId, post: f.post, rank: f.rank, post_since: f.postSince, category: f.category, is_leader: f.isLeader ? 1 : 0,
  hire_date: f.hireDate, probation_end: f.probationEnd, note: f.note,
  ethnicity: f.ethnicity, native_place: f.nativePlace, education: f.education, work_start: f.workStart, party_since: f.partySince,
});

export function insertPersonRow(db: Db, f: PersonFields, now = new Date()): number {
  const at = now.toISOString();
  return Number(
    db.prepare(
      `INSERT INTO people (name, gender, birth, id_number, staff_no, political, unit_id, post, rank, post_since, category, is_leader,
                           hire_date, probation_end, note, ethnicity, native_place, education, work_start, party_since, created_at, updated_at)
       VALUES (:name, :gender, :birth, :id_number, :staff_no, :political, :unit_id, :post, :rank, :post_since, :category, :is_leader,
               :hire_date, :probation_end, :note, :ethnicity, :native_place, :education, :work_start, :party_since, :at, :at)`,
    ).run({ ...fieldParams(f), at }).lastInsertRowid,
  );
}

export function updatePersonRow(db: Db, id: number, f: PersonFields, now = new Date()): void {
  db.prepare(
    `UPDATE people SET name = :name, gender = :gender, birth = :birth, id_number = :id_number, staff_no = :staff_no,
       political = :political, unit_id = :unit_id, post = :post, rank = :rank, post_since = :post_since, category = :category,
       is_leader = :is_leader, hire_date = :hire_date, probation_end = :probation_end, note = :note, ethnicity = :ethnicity,
       native_place = :native_place, education = :education, work_start = :work_start, party_since = :party_since, updated_at = :at
     WHERE id = :id`,
  ).run({ ...fieldParams(f), id, at: now.toISOString() });
}

/** The editable fields of a stored person, for diffs and audit before/after. */
export const fieldsOf = (p: Person): PersonFields => ({
  name: p.name, gender: p.gender, birth: p.birth, idNumber: p.idNumber, staffNo: p.staffNo, political: p.political,
  unitId: p.unitId, post: p.post, rank: p.rank, postSince: p.postSince, category: p.category, isLeader: p.isLeader,
  hireDate: p.hireDate, probationEnd: p.probationEnd, note: p.note,
  ethnicity: p.ethnicity, nativePlace: p.nativePlace, education: p.education, workStart: p.workStart, partySince: p.partySince,
});

/** The next free position at the end of one unit's people. */
export function nextPersonSortOrder(db: Db, unitId: number): number {
  const { next } = db.prepare('SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM people WHERE unit_id = ?').get(unitId) as { next: number };
  return next;
}

export function setPersonSortOrder(db: Db, id: number, sortOrder: number): void {
  db.prepare('UPDATE people SET sort_order = ? WHERE id = ?').run(sortOrder, id);
}

/** Moves a person to another unit, placing them at the end of its people. */
export function movePersonRow(db: Db, id: number, unitId: number, now = new Date()): void {
  db.prepare('UPDATE people SET unit_id = ?, sort_order = ?, updated_at = ? WHERE id = ?').run(unitId, nextPersonSortOrder(db, unitId), now.toISOString(), id);
}

export function setPersonStatusRow(db: Db, id: number, status: Person['status'], statusDate: string | null, now = new Date()): void {
  db.prepare('UPDATE people SET status = ?, status_date = ?, updated_at = ? WHERE id = ?').run(status, statusDate, now.toISOString(), id);
}

export function deletePersonRow(db: Db, id: number): void {
  db.prepare('DELETE FROM people WHERE id = ?').run(id);
}
