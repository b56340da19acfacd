import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { AnnualYearSummary } from '../../../shared/annual/views';
import { writeAudit } from '../../../db/audit';
import { countConfirmed, lockYearRow, unconfirmedNames, unlockYearRow } from '../../../db/annual/composite';
import { getYearSummary } from '../../../db/annual/years';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { requireAdminPassword } from '../settings';
import { requireOpenYear, requireYear } from './common';
import { buildLiveComposite } from './composite-build';
import { dayText } from '../../../shared/date-text';
import { publicityLockRefusal } from '../../../shared/publicity';
import { getPublicity, listObjections } from '../../../db/publicity';

/**
 * 「确认并锁定年度」 and the admin's unlock. Locking freezes the composite view (results_json), after
 * which migration 004's triggers refuse every write to the year's rows; unlocking needs the admin
 * password and a reason, and drops the frozen view so the year is live again.
 */

const summaryOf = (db: Db, year: number): AnnualYearSummary => getYearSummary(db, year)!;

/**
 * The 优秀等次公示's hold on the lock (DOMAIN §9.1): a 公示 still in its period or an 异议 without
 * its outcome keeps the year open. The same words refuse the lock and explain the greyed button.
 */
export function publicityLockRefusalOf(db: Db, year: number, today: string): string | null {
  const p = getPublicity(db, year);
  if (!p) return null;
  const open = listObjections(db, year).filter((o) => o.outcome === '');
  return publicityLockRefusal({
    title: p.title.replaceAll('{年度}', String(year)),
    status: p.status,
    end: p.end,
    openObjections: open.map((o) => `${o.receivedOn}${o.raisedBy || '匿名'}反映${o.personName || '公示整体'}`),
  }, today);
}

export function lockAnnualYear(ctx: AppContext, input: ParsedInput<'annual.lock'>): ChannelOutput<'annual.lock'> {
  const db = ctx.db;
  const record = requireOpenYear(db, input.year);
  const counts = countConfirmed(db, input.year);
  if (counts.participants === 0) throw new AppError('ANNUAL_NOTHING_TO_LOCK', `${input.year}年度考核没有参加人员，不能锁定`);
  const open = counts.participants - counts.confirmed;
  if (open > 0) {
    const names = unconfirmedNames(db, input.year, 5);
    throw new AppError('ANNUAL_UNCONFIRMED', `还有${open}人未确定等次（${names.join('、')}${open > names.length ? '等' : ''}），请考核委员会全部确定后再锁定年度`);
  }
  const publicity = publicityLockRefusalOf(db, input.year, ctx.today());
  if (publicity) throw new AppError('ANNUAL_PUBLICITY_OPEN', publicity);
  // the app's clock, as the page showed the figures (自动取数 counts up to today, DOMAIN §8.7)
  const now = ctx.now();
  const actor = ctx.actor();
  // The view as the committee saw it, marked locked: `annual.composite` returns exactly this from now on.
  const view = { ...buildLiveComposite(db, record, now).view, status: 'locked' as const };
  db.transaction(() => {
    lockYearRow(db, input.year, JSON.stringify(view), actor, now.toISOString());
    writeAudit(db, {
      actor, action: 'annual.lock', entity: 'annual_year', entityId: input.year,
      summary: `确认并锁定${input.year}年度考核：${counts.participants}人的等次已确定`,
      subjects: `${input.year}年度考核`,
      changes: [{ subject: '', field: '年度状态', before: '未锁定', after: '已锁定', note: `${counts.confirmed}人的等次已确定` }],
      after: { groups: view.groups, confirmed: counts.confirmed },
    }, now);
  })();
  return summaryOf(db, input.year);
}

export function unlockAnnualYear(ctx: AppContext, input: ParsedInput<'annual.unlock'>): ChannelOutput<'annual.unlock'> {
  const db = ctx.db;
  const record = requireYear(db, input.year);
  if (record.status !== 'locked') throw new AppError('ANNUAL_NOT_LOCKED', `${input.year}年度考核尚未锁定，无需解锁`);
  requireAdminPassword(ctx, input.password, {
    where: `解锁${input.year}年度考核`,
    wrongMessage: '管理员密码不正确，未解锁',
    notSetMessage: '尚未设置管理员密码，不能解锁。请先在「设置 → 管理员密码」中设置管理员密码',
  });
  const now = new Date();
  db.transaction(() => {
    unlockYearRow(db, input.year);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.unlock', entity: 'annual_year', entityId: input.year,
      summary: `解锁${input.year}年度考核，理由：${input.reason}`,
      subjects: `${input.year}年度考核`,
      reason: input.reason,
      changes: [{ subject: '', field: '年度状态', before: '已锁定', after: '未锁定', note: record.lockedBy ? `原由${record.lockedBy}于${dayText(record.lockedAt)}锁定` : '' }],
      // the frozen view goes into the log: the year's results as locked stay on record
      before: { lockedAt: record.lockedAt, lockedBy: record.lockedBy, results: record.resultsJson == null ? null : JSON.parse(record.resultsJson) as unknown },
      after: { reason: input.reason },
    }, now);
  })();
  return summaryOf(db, input.year);
}
