import { pinyinInitials } from '../../shared/normalize';
import type { PeopleQuery } from '../../shared/contract/people';
import type { Person } from '../../shared/domain';
import type { Db } from '../open';

/**
 * People search, kept in memory. Reading 10,000 full rows out of SQLite takes about 30 ms (better-sqlite3
 * building the values, not the query), most of the 50 ms budget on its own, and a search box asks on
 * every keystroke. So the table is read once into a snapshot and each search filters it in JS (under
 * 1 ms); only the first search after a change pays the read. The snapshot is rebuilt whenever this
 * connection has written anything (`total_changes()`) or another has committed (`data_version`), and is
 * not kept inside a transaction, so it is never stale. Measured in tests/integration/people-search-perf.test.ts.
 */

interface Snapshot {
  readonly version: string;
  /** every person, any status, in unit-tree order, then order within the unit, then id */
  readonly people: readonly Person[];
  /** unit id -> the ids of itself and every unit below it */
  readonly subtree: ReadonlyMap<number, ReadonlySet<number>>;
  /** one text per person, parallel to `people`, joined by a character nobody types */
  haystacks: readonly string[] | undefined;
}

const snapshots = new WeakMap<Db, Snapshot>();

interface UnitNode { readonly id: number; readonly name: string; readonly parentId: number | null }

/**
 * Units in tree order (a parent before its children, siblings by their order), each with the ids
 * of itself and all units below it. Done in JS: there are tens of units, not thousands.
 */
function unitTree(db: Db): { order: UnitNode[]; subtree: Map<number, Set<number>> } {
  const units = (db.prepare('SELECT id, name, parent_id AS parentId FROM units ORDER BY sort_order, id').all() as UnitNode[]);
  const children = new Map<number | null, UnitNode[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const order: UnitNode[] = [];
  const subtree = new Map<number, Set<number>>();
  const visit = (u: UnitNode, ancestors: readonly number[]) => {
    order.push(u);
    subtree.set(u.id, new Set([u.id]));
    for (const a of ancestors) subtree.get(a)!.add(u.id);
    for (const child of children.get(u.id) ?? []) visit(child, [...ancestors, u.id]);
  };
  for (const root of children.get(null) ?? []) visit(root, []);
  return { order, subtree };
}

/** The people columns read into the snapshot, in order; raw arrays are cheaper than keyed row objects. */
type RawPersonRow = [
  id: number, name: string, gender: Person['gender'], birth: string | null, id_number: string | null, staff_no: string | null,
  political: string | null, unit_id: number, post: string | null, rank: string | null, post_since: string | null,
  category: string | null, is_leader: number, status: Person['status'], status_date: string | null, hire_date: string | null,
  probation_end: string | null, note: string | null, ethnicity: string | null, native_place: string | null, education: string | null,
  work_start: string | null, party_since: string | null, sort_order: number,
];

const separator = '\u0001';

function snapshotOf(db: Db): Snapshot {
  const { changes, dataVersion } = db.prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS dataVersion').get() as { changes: number; dataVersion: number };
  const version = `${changes}:${dataVersion}`;
  // Inside a transaction the rows may still be rolled back, which total_changes() would not show: read afresh, keep nothing.
  const cached = db.inTransaction ? undefined : snapshots.get(db);
  if (cached?.version === version) return cached;

  const { order, subtree } = unitTree(db);
  // No ORDER BY: SQLite's sort of the whole rows cost about a third of reading them (more since the
  // roster gained five columns, DOMAIN §1). The rows are put in their unit in table order and each
  // unit's few are sorted by (sort_order, id): nearly in order already, as new people go last.
  const rows = db.prepare(
    `SELECT id, name, gender, birth, id_number, staff_no, political, unit_id, post, rank, post_since, category, is_leader, status,
            status_date, hire_date, probation_end, note, ethnicity, native_place, education, work_start, party_since, sort_order
     FROM people`,
  ).raw().all() as RawPersonRow[];
  const rowsByUnit = new Map<number, RawPersonRow[]>(order.map((u) => [u.id, []]));
  for (const r of rows) rowsByUnit.get(r[7])?.push(r);
  const people: Person[] = [];
  for (const unit of order) {
    const own = rowsByUnit.get(unit.id)!;
    own.sort((a, b) => a[23] - b[23] || a[0] - b[0]);
    for (const r of own) {
      // Frozen: the same objects are handed to every caller until the next change.
      people.push(Object.freeze({
        id: r[0], name: r[1], gender: r[2], birth: r[3], idNumber: r[4], staffNo: r[5], political: r[6], unitId: r[7], unitName: unit.name,
        post: r[8], rank: r[9], postSince: r[10], category: r[11], isLeader: r[12] === 1, status: r[13], statusDate: r[14], hireDate: r[15],
        probationEnd: r[16], note: r[17], ethnicity: r[18], nativePlace: r[19], education: r[20], workStart: r[21], partySince: r[22],
      }));
    }
  }
  const snapshot: Snapshot = { version, people, subtree, haystacks: undefined };
  if (!db.inTransaction) snapshots.set(db, snapshot);
  return snapshot;
}

/** 姓名, 身份证号, 人员编号 and 职务 of each person, lower-cased; built on the first text search only. */
function haystacksOf(snapshot: Snapshot): readonly string[] {
  // 拼音首字母 of the name too (周立新 → zlx), so every people picker finds a name typed as its initials
  snapshot.haystacks ??= snapshot.people.map((p) => [p.name, p.idNumber ?? '', p.staffNo ?? '', p.post ?? '', pinyinInitials(p.name)].join(separator).toLowerCase());
  return snapshot.haystacks;
}

/**
 * People matching a query (text in 姓名/身份证号/人员编号/职务 or the name's 拼音首字母 as a case-insensitive
 * substring; unit, optionally with its sub-units; 人员类别; 政治面貌; 班子成员; 职级; status, default 在职), in unit-tree order,
 * then the person's order in the unit, then id.
 */
export function searchPeopleRows(db: Db, q: Readonly<PeopleQuery>): Person[] {
  const snapshot = snapshotOf(db);
  const text = q.text?.trim().toLowerCase() ?? '';
  const haystacks = text ? haystacksOf(snapshot) : undefined;
  const status = q.status ?? '在职';
  const units = q.unitId == null ? undefined : q.includeSubunits ? snapshot.subtree.get(q.unitId) ?? new Set<number>() : new Set([q.unitId]);
  const result: Person[] = [];
  snapshot.people.forEach((p, i) => {
    if (status !== '全部' && p.status !== status) return;
    if (units && !units.has(p.unitId)) return;
    if (q.category && p.category !== q.category) return;
    if (q.political && p.political !== q.political) return;
    if (q.isLeader != null && p.isLeader !== q.isLeader) return;
    if (q.rank && p.rank !== q.rank) return;
    if (haystacks && !haystacks[i]!.includes(text)) return;
    result.push(p);
  });
  return result;
}

/** The 职级 that 在职 people have, most common first (ties in the collation of Chinese): the pickers' 职级 filter. */
export function ranksInUse(db: Db): string[] {
  const counts = new Map<string, number>();
  for (const p of snapshotOf(db).people) if (p.status === '在职' && p.rank) counts.set(p.rank, (counts.get(p.rank) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([rank]) => rank);
}
