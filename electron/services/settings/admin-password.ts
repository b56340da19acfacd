import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import { readSetting, writeSetting } from '../../../db/settings/settings';
import type { AppContext } from '../../context';
import { checkThrottled } from './admin-password-throttle';

/**
 * The admin password that lets a user leave 现场测评 (kiosk) mode. Only a scrypt hash is kept, in
 * settings under `adminPasswordHash`, as { salt, hash, N } (hex), so the password cannot be read
 * back from the data file or a backup.
 */
const settingsKey = 'adminPasswordHash';
const costN = 16384;
const keyLength = 32;

interface StoredHash { readonly salt: string; readonly hash: string; readonly N: number }

function readStored(db: Db): StoredHash | null {
  const value = readSetting(db, settingsKey) as Partial<StoredHash> | null;
  if (typeof value?.salt !== 'string' || typeof value.hash !== 'string' || typeof value.N !== 'number') return null;
  return { salt: value.salt, hash: value.hash, N: value.N };
}

const derive = (password: string, salt: Buffer, N: number): Buffer =>
  // maxmem: scrypt needs 128·N·r bytes; the default cap (32 MiB) is just enough at N=16384, so leave headroom
  scryptSync(password.normalize('NFC'), salt, keyLength, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });

export function hashAdminPassword(password: string): StoredHash {
  const salt = randomBytes(16);
  return { salt: salt.toString('hex'), hash: derive(password, salt, costN).toString('hex'), N: costN };
}

/** Constant-time comparison, so the time taken tells nothing about how much of a guess was right. */
export function passwordMatches(stored: StoredHash, password: string): boolean {
  const expected = Buffer.from(stored.hash, 'hex');
  const actual = derive(password, Buffer.from(stored.salt, 'hex'), stored.N);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function setAdminPassword(ctx: AppContext, input: ParsedInput<'settings.setAdminPassword'>): ChannelOutput<'settings.setAdminPassword'> {
  const db = ctx.db;
  const current = readStored(db);
  if (current) {
    if (!input.current) throw new AppError('ADMIN_PASSWORD_REQUIRED', '请输入原管理员密码');
    const given = input.current;
    checkThrottled(db, { where: '修改管理员密码', wrongMessage: '原管理员密码不正确', actor: ctx.actor(), now: ctx.now() }, () => passwordMatches(current, given));
  }
  // Hash outside the transaction: scrypt takes tens of milliseconds and nothing is awaited anyway.
  const next = hashAdminPassword(input.next);
  db.transaction(() => {
    writeSetting(db, settingsKey, next);
    writeAudit(db, {
      actor: ctx.actor(), action: 'settings.adminPassword', entity: 'settings', entityId: settingsKey,
      summary: current ? '修改管理员密码' : '设置管理员密码', subjects: '管理员密码',
    });
  })();
  return null;
}

/**
 * Every check of the admin password goes through here: throttled (admin-password-throttle.ts), each
 * failure in the 操作日志 naming `where`. Throws ADMIN_PASSWORD_NOT_SET when none is set.
 */
export function requireAdminPassword(ctx: AppContext, password: string, check: { where: string; wrongMessage: string; notSetMessage?: string }): void {
  const stored = readStored(ctx.db);
  if (!stored) throw new AppError('ADMIN_PASSWORD_NOT_SET', check.notSetMessage ?? '尚未设置管理员密码，请先在「设置 → 管理员密码」中设置');
  checkThrottled(ctx.db, { where: check.where, wrongMessage: check.wrongMessage, actor: ctx.actor(), now: ctx.now() }, () => passwordMatches(stored, password));
}

/**
 * A bare check: { ok: false } for a wrong password or none set. Throttled like every other check
 * (a guesser would otherwise use this channel as an unlimited oracle); a wait is an error.
 */
export function verifyAdminPassword(ctx: AppContext, input: ParsedInput<'settings.verifyAdminPassword'>): ChannelOutput<'settings.verifyAdminPassword'> {
  const stored = readStored(ctx.db);
  if (!stored) return { ok: false };
  try {
    checkThrottled(ctx.db, { where: '验证管理员密码', wrongMessage: '管理员密码不正确', actor: ctx.actor(), now: ctx.now() }, () => passwordMatches(stored, input.password));
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === 'ADMIN_PASSWORD_WRONG') return { ok: false };
    throw error;
  }
}

export const hasAdminPassword = (ctx: AppContext): ChannelOutput<'settings.hasAdminPassword'> => ({ set: readStored(ctx.db) != null });
