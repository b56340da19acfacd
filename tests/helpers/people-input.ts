import type { ChannelInput } from '../../shared/contract';
import { idCheckChar } from '../../shared/normalize/id-number';
import type { TestApp } from './test-context';

/** A valid 18-digit ID number: region (6 digits), birth date (YYYYMMDD), sequence (3 digits; odd last digit = 男). */
export const makeIdNumber = (region: string, birth: string, seq: string): string => {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
};

/** The fields of the person form with nothing but a name and unit filled in. */
export const personInput = (unitId: number, fields: Partial<ChannelInput<'people.create'>> = {}): ChannelInput<'people.create'> => ({
  name: '张三', gender: null, birth: null, idNumber: null, staffNo: null, political: null, unitId, post: null, rank: null,
  postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null, note: null, ...fields,
});

/** Every row of the tables a user's change touches, to prove a refused change left the database as it was. */
export const dbSnapshot = (app: TestApp): unknown => ({
  units: app.ctx.db.prepare('SELECT * FROM units ORDER BY id').all(),
  people: app.ctx.db.prepare('SELECT * FROM people ORDER BY id').all(),
  audit: app.ctx.db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
});

export interface AuditRowDb { action: string; entity: string; entity_id: string | null; summary: string; actor: string; before_json: string | null; after_json: string | null }

export const auditRows = (app: TestApp): AuditRowDb[] => app.ctx.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRowDb[];

/** A refused call: its code and message, asserted by the caller. */
export async function refusal(app: TestApp, run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const before = dbSnapshot(app);
  let error: { code?: string; message?: string; payload?: { code: string; message: string } } | undefined;
  try {
    await run();
  } catch (e) {
    error = e as typeof error;
  }
  if (!error?.payload) throw new Error('expected the call to be refused');
  const after = dbSnapshot(app);
  if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error('a refused call changed the database');
  return error.payload;
}
