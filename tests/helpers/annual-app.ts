import type { AnnualYear } from '../../shared/annual/views';
import { personInput } from './people-input';
import type { TestApp } from './test-context';

/**
 * Integration-test setup for 年度考核: an office roster built through the people channels, and a
 * 考核年度 with its participants built through annual.createYear. Also a full database dump, to
 * prove that a refused call changed nothing.
 */

export interface AnnualPersonSpec {
  readonly name: string;
  /** unit name under the office; created on first use */
  readonly unit: string;
  readonly post?: string;
  /** 人员类别: 公务员, 参照公务员法管理, 事业, 工勤, 聘用 */
  readonly category?: string;
  readonly isLeader?: boolean;
  readonly hireDate?: string;
  readonly probationEnd?: string;
}

export const officeName = '某区国防动员办公室';

/**
 * 12 people: 2 班子成员 (公务员), 6 机关 staff (公务员/参公) and 4 事业 staff in 综合保障中心. With the
 * preset groups they land 2 / 6 / 4 in 班子成员 / 机关科室 / 事业单位.
 */
export const standardRoster: readonly AnnualPersonSpec[] = [
  { name: '王建国', unit: '办公室', post: '主任', category: '公务员', isLeader: true },
  { name: '李红梅', unit: '办公室', post: '副主任', category: '公务员', isLeader: true },
  { name: '周立新', unit: '办公室', post: '科长', category: '公务员' },
  { name: '黄振华', unit: '办公室', post: '科员', category: '公务员' },
  { name: '何丽娟', unit: '办公室', post: '科员', category: '参照公务员法管理' },
  { name: '郭志强', unit: '政治工作科', post: '科长', category: '公务员' },
  { name: '吴明远', unit: '政治工作科', post: '科员', category: '公务员' },
  { name: '林建峰', unit: '政治工作科', post: '科员', category: '公务员' },
  { name: '谢文涛', unit: '综合保障中心', post: '主任', category: '事业' },
  { name: '于海涛', unit: '综合保障中心', post: '职员', category: '事业' },
  { name: '袁志华', unit: '综合保障中心', post: '职员', category: '工勤' },
  { name: '曾晓红', unit: '综合保障中心', post: '职员', category: '聘用' },
];

/** `count` 公务员 in one unit, named 干部01, 干部02 … */
export const staffOf = (unit: string, count: number, prefix = '干部'): AnnualPersonSpec[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix}${String(i + 1).padStart(2, '0')}`, unit, post: '科员', category: '公务员' }));

export interface AnnualRoster {
  readonly officeId: number;
  /** unit name -> id */
  readonly units: ReadonlyMap<string, number>;
  /** person name -> id (names are unique within a test's roster) */
  readonly people: ReadonlyMap<string, number>;
  /** ids in creation order */
  readonly ids: readonly number[];
}

/** The office and its units (reused when they exist) and the people, through units.create / people.create. */
export async function buildRoster(app: TestApp, specs: readonly AnnualPersonSpec[]): Promise<AnnualRoster> {
  const existing = await app.call('units.list');
  const office = existing.find((u) => u.name === officeName && u.parentId == null) ?? (await app.call('units.create', { name: officeName, parentId: null }));
  const units = new Map(existing.filter((u) => u.parentId === office.id).map((u) => [u.name, u.id]));
  const people = new Map<string, number>();
  const ids: number[] = [];
  for (const spec of specs) {
    if (!units.has(spec.unit)) units.set(spec.unit, (await app.call('units.create', { name: spec.unit, parentId: office.id })).id);
    const person = await app.call('people.create', personInput(units.get(spec.unit)!, {
      name: spec.name, post: spec.post ?? null, category: spec.category ?? null, isLeader: spec.isLeader ?? false,
      hireDate: spec.hireDate ?? null, probationEnd: spec.probationEnd ?? null,
    }));
    people.set(spec.name, person.id);
    ids.push(person.id);
  }
  return { officeId: office.id, units, people, ids };
}

export interface AnnualSetup {
  readonly year: AnnualYear;
  /** the roster built for this year (empty when `people` was an empty list) */
  readonly roster: AnnualRoster;
}

export interface AnnualYearOptions {
  readonly year?: number;
  /** people to add to the roster first; default `standardRoster` when the roster is still empty, else none */
  readonly people?: readonly AnnualPersonSpec[];
  readonly copyFromYear?: number;
  /** every 在职 person joins (default true) */
  readonly addParticipants?: boolean;
}

/** A roster (when needed) and a 考核年度 over it, with every 在职 person as a participant. */
export async function createAnnualYear(app: TestApp, options: AnnualYearOptions = {}): Promise<AnnualSetup> {
  const rosterEmpty = (app.ctx.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n === 0;
  const specs = options.people ?? (rosterEmpty ? standardRoster : []);
  const roster = await buildRoster(app, specs);
  const year = await app.call('annual.createYear', { year: options.year ?? 2026, copyFromYear: options.copyFromYear, addParticipants: options.addParticipants ?? true });
  return { year, roster };
}

/** The id of the year's group with that name. */
export const groupId = (year: Pick<AnnualYear, 'groups'>, name: string): number => {
  const group = year.groups.find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name} in ${year.groups.map((g) => g.name).join(', ')}`);
  return group.id;
};

/** Every row of every table, each ordered by all its columns: two equal dumps mean an unchanged database. */
export function databaseDump(app: TestApp): string {
  const db = app.ctx.db;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return JSON.stringify(tables.map((t) => {
    const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(t) as number);
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    return [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).raw().all()];
  }));
}

/** A refused call: its code and message; throws if it was not refused or if it changed the database. */
export async function annualRefusal(app: TestApp, run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const before = databaseDump(app);
  let error: { payload?: { code: string; message: string } } | undefined;
  try {
    await run();
  } catch (e) {
    error = e as typeof error;
  }
  if (!error?.payload) throw new Error('expected the call to be refused');
  if (databaseDump(app) !== before) throw new Error(`a refused call changed the database: ${error.payload.code} ${error.payload.message}`);
  return error.payload;
}

/** Audit rows written by an action, oldest first. */
export const auditOf = (app: TestApp, action: string): { summary: string; before: unknown; after: unknown }[] =>
  (app.ctx.db.prepare('SELECT summary, before_json, after_json FROM audit_log WHERE action = ? ORDER BY id').all(action) as { summary: string; before_json: string | null; after_json: string | null }[])
    .map((r) => ({ summary: r.summary, before: r.before_json == null ? null : JSON.parse(r.before_json), after: r.after_json == null ? null : JSON.parse(r.after_json) }));

/**
 * 「按建议等次确认」, then the committee's own decision for the tied blocks at the 优秀 boundary that
 * the bulk action leaves open: 称职 (合格), with the written reason a tie needs.
 */
export async function confirmAllAsSuggested(app: TestApp, year: number): Promise<void> {
  const { leftForCommittee } = await app.call('annual.confirmAsSuggested', { year });
  if (leftForCommittee.length === 0) return;
  const names = new Set(leftForCommittee.flatMap((b) => b.names));
  const rows = (await app.call('annual.composite', { year })).rows.filter((r) => names.has(r.name) && r.confirmed == null);
  await app.call('annual.confirm', { year, entries: rows.map((r) => ({ personId: r.personId, outcome: 'competent' as const, reason: '得分并列，经考核委员会研究确定' })) });
}
