import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { kioskScopeOf } from '../../../shared/contract/kiosk-allow-list';
import type { KioskSession } from '../../../shared/contract/kiosk';
import { AppError, type ErrorPayload } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import { deleteSetting, readSetting, writeSetting } from '../../../db/settings';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { hasAdminPassword, requireAdminPassword } from '../settings';
import { getBallotEventHead } from '../../../db/evaluation/events';

/**
 * 现场测评 as state of the main process: the session is a settings row, so a reload, a typed address
 * or a relaunch all come back to the kiosk, and only this service (after the admin password) ends it.
 */
const settingsKey = 'kioskSession';

export function activeKioskSession(db: Db): KioskSession | null {
  const value = readSetting(db, settingsKey) as Partial<KioskSession> | null;
  if (typeof value?.eventId !== 'number') return null;
  return {
    eventId: value.eventId,
    // a session saved before 民主推荐 existed is a 述职测评's
    kind: value.kind === 'recommendation' ? 'recommendation' : 'evaluation',
    category: typeof value.category === 'string' ? value.category : null,
    startedAt: String(value.startedAt ?? ''),
  };
}

export function startKiosk(ctx: AppContext, input: ParsedInput<'evaluation.kioskStart'>): ChannelOutput<'evaluation.kioskStart'> {
  const db = ctx.db;
  if (activeKioskSession(db)) throw new AppError('KIOSK_ACTIVE', '已在现场测评中');
  // either kind of ballot event: a 述职测评 or a 民主推荐 / 评选表优
  const event = getBallotEventHead(db, input.id);
  if (!event) throw new AppError('EVALUATION_NOT_FOUND', '找不到该测评，可能已被删除，请刷新后重试');
  const noun = event.kind === 'recommendation' ? '推荐' : '测评';
  if (event.status !== 'test' && event.status !== 'live') {
    throw new AppError('KIOSK_NOT_ACCEPTING', `本${noun}目前不接收投票：请先打开“测试模式”演练，或“开始正式${noun}”后再进入现场${noun}`);
  }
  assertYearOpen(db, event.year);
  // the password is the only way out: without one the kiosk would hold nothing
  if (!hasAdminPassword(ctx).set) throw new AppError('ADMIN_PASSWORD_NOT_SET', '进入现场测评前，请先设置管理员密码（退出现场测评时须输入此密码）');
  const category = input.category ? event.categories.find((c) => c.code === input.category) : null;
  if (input.category && !category) throw new AppError('KIOSK_CATEGORY_UNKNOWN', `本${noun}没有评委类别“${input.category}”`);
  const now = ctx.now();
  const session: KioskSession = { eventId: event.id, kind: event.kind, category: category?.code ?? null, startedAt: now.toISOString() };
  db.transaction(() => {
    writeSetting(db, settingsKey, session);
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.kioskStart', entity: 'evaluation', entityId: event.id,
      summary: `进入现场${noun}：${event.name}（评委类别：${category ? `只限“${category.name}”` : '由评委自选'}）`,
      after: session,
    }, now);
  })();
  return session;
}

export const kioskSession = (ctx: AppContext): ChannelOutput<'evaluation.kioskSession'> => activeKioskSession(ctx.db);

export function exitKiosk(ctx: AppContext, input: ParsedInput<'evaluation.kioskExit'>): ChannelOutput<'evaluation.kioskExit'> {
  const db = ctx.db;
  const session = activeKioskSession(db);
  if (!session) return null;
  // No password set can only come from a database edited by hand: startKiosk requires one, and none can be removed.
  if (hasAdminPassword(ctx).set) requireAdminPassword(ctx, input.password, { where: '退出现场测评', wrongMessage: '管理员密码不正确' });
  const now = ctx.now();
  db.transaction(() => {
    deleteSetting(db, settingsKey);
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.kioskExit', entity: 'evaluation', entityId: session.eventId,
      summary: '退出现场测评', before: session,
    }, now);
  })();
  return null;
}

/**
 * Why a call must be refused while a kiosk session is active (null: answer it). Run by dispatch for
 * every call, Electron IPC and browser-mode HTTP alike, after the input is validated.
 */
export function kioskRefusal(db: Db, channel: string, input: unknown): ErrorPayload | null {
  const session = activeKioskSession(db);
  if (!session) return null;
  const scope = kioskScopeOf(channel);
  const refused: ErrorPayload = { code: 'KIOSK_ACTIVE', message: '现场测评进行中，只能填写和提交测评票；退出现场测评须输入管理员密码' };
  if (!scope) return refused;
  if (scope === 'any') return null;
  const fields = input as { id?: unknown; marks?: { category?: unknown } };
  if (fields.id !== session.eventId) return refused;
  // a session fixed to one 评委类别 takes ballots of that category only
  if (session.category && fields.marks && fields.marks.category !== session.category) {
    return { code: 'KIOSK_CATEGORY', message: '本场现场测评只限一个评委类别，测评票的评委类别与之不符' };
  }
  return null;
}
