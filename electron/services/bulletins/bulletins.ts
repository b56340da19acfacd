import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { bulletinFigures, bulletinTitle, suggestUnits, type BulletinFigures, type BulletinSettings, type BulletinText, type BulletinView } from '../../../shared/bulletins';
import { writeAudit } from '../../../db/audit';
import { bulletinMonthOfIssue, deleteBulletin, getBulletin, insertBulletin, issueBulletin, listBulletins, maxIssueNo, updateBulletinText, withdrawBulletin } from '../../../db/bulletins';
import type { Db } from '../../../db/open';
import { unitsInTreeOrder } from '../../../db/units';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireYear } from '../annual';
import { monthReviews } from './reviews';
import { loadBulletinSettings } from './settings';
import { yearSources } from './sources';

/**
 * 月度通报 (DOMAIN §8.5): one 通报 per 考核年度 and month. A draft shows the figures live; 印发 freezes
 * them into the database (so the printed 通报 never changes) and 撤回印发 (with a reason, audited) makes
 * it a draft again. Every write checks the year lock first; the triggers of migration 017 back it up.
 */

/** The month's figures as of today for the year's covered units, in unit-tree order. */
export function liveFigures(db: Db, year: number, month: number, today: string, settings: BulletinSettings): BulletinFigures {
  const covered = new Set(settings.unitIds);
  const units = unitsInTreeOrder(db).filter((u) => covered.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
  return bulletinFigures({ year, month, today, weights: settings.weights, units, ...yearSources(db, year), reviews: monthReviews(db, year, month) });
}

const subject = (year: number, month: number, issueNo: number) => `${year}年${month}月份月度通报（第${issueNo}期）`;

export function bulletinMonths(ctx: AppContext, input: ParsedInput<'bulletins.list'>): ChannelOutput<'bulletins.list'> {
  requireYear(ctx.db, input.year);
  return listBulletins(ctx.db, input.year).map((b) => ({ month: b.month, id: b.id, issueNo: b.issueNo, title: b.title, status: b.status, issuedOn: b.issuedOn }));
}

export function bulletinViewOf(db: Db, year: number, month: number, today: string): BulletinView {
  const { settings } = loadBulletinSettings(db, year);
  const stored = getBulletin(db, year, month);
  const figures = stored?.figures ?? liveFigures(db, year, month, today, settings);
  const proposal: BulletinText = {
    issueNo: maxIssueNo(db, year) + 1,
    issuedOn: today,
    title: bulletinTitle(year, month, settings.titleWords),
    opening: `现将${year}年${month}月份各科室（单位）工作任务完成情况通报如下。`,
    praise: [],
    criticism: [],
    signature: settings.signature,
  };
  return { year, month, today, bulletin: stored?.bulletin ?? null, figures, frozen: stored?.figures != null, proposal, suggestions: suggestUnits(figures.rows) };
}

export function bulletinView(ctx: AppContext, input: ParsedInput<'bulletins.view'>): ChannelOutput<'bulletins.view'> {
  requireYear(ctx.db, input.year);
  return bulletinViewOf(ctx.db, input.year, input.month, ctx.today());
}

const lines = (xs: readonly string[]) => (xs.length === 0 ? '（无）' : xs.join('；'));
const textWords = (t: BulletinText) => ({ 期数: `第${t.issueNo}期`, 印发日期: t.issuedOn, 标题: t.title, 开头语: t.opening, 表扬: lines(t.praise), 批评: lines(t.criticism), 落款: t.signature });

export function saveBulletin(ctx: AppContext, input: ParsedInput<'bulletins.save'>): ChannelOutput<'bulletins.save'> {
  const db = ctx.db;
  const now = ctx.now();
  const { year, month, text } = input;
  db.transaction(() => {
    requireYear(db, year);
    assertYearOpen(db, year);
    const stored = getBulletin(db, year, month);
    if (stored?.bulletin.status === 'issued') throw new AppError('BULLETIN_ISSUED', `${year}年${month}月份的通报已印发，不能再修改；如确需修改，请先「撤回印发」`);
    const taken = bulletinMonthOfIssue(db, year, text.issueNo);
    if (taken !== undefined && taken !== month) throw new AppError('BULLETIN_ISSUE_TAKEN', `第${text.issueNo}期已用于${year}年${taken}月份的通报，请换一个期数`);
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (text.issuedOn < first) throw new AppError('BULLETIN_DATE_EARLY', `印发日期${text.issuedOn}早于通报月份（${year}年${month}月），请改为该月1日或以后`);
    const after = textWords(text);
    if (stored) {
      updateBulletinText(db, stored.bulletin.id, text, now);
      const before = textWords(stored.bulletin);
      writeAudit(db, {
        actor: ctx.actor(), action: 'bulletins.save', entity: 'bulletin', entityId: stored.bulletin.id, subjects: subject(year, month, text.issueNo),
        summary: `修改${subject(year, month, text.issueNo)}草稿`,
        changes: (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]).map((k) => ({ subject: '', field: k, before: before[k], after: after[k] })),
        before: stored.bulletin, after: text,
      }, now);
    } else {
      const id = insertBulletin(db, year, month, text, ctx.actor(), now);
      writeAudit(db, {
        actor: ctx.actor(), action: 'bulletins.save', entity: 'bulletin', entityId: id, subjects: subject(year, month, text.issueNo),
        summary: `新建${subject(year, month, text.issueNo)}草稿：${text.title}`,
        changes: (Object.keys(after) as (keyof typeof after)[]).map((k) => ({ subject: '', field: k, before: '', after: after[k] })),
        after: text,
      }, now);
    }
  })();
  return bulletinViewOf(db, year, month, ctx.today());
}

/** The month's stored 通报 of an open year: every write after the first save starts here. */
function requireStored(db: Db, year: number, month: number) {
  requireYear(db, year);
  assertYearOpen(db, year);
  const stored = getBulletin(db, year, month);
  if (!stored) throw new AppError('BULLETIN_NOT_FOUND', `${year}年${month}月份还没有通报，请先保存草稿`);
  return stored;
}

/** 「40个单位，第1名综合计划科（96.5分）」 */
const figuresSummary = (f: BulletinFigures) => {
  const first = f.rows.filter((r) => r.rank === 1).map((r) => `${r.unitName}（${r.score}分）`);
  return `${f.rows.length}个单位${first.length > 0 ? `，第1名${first.join('、')}` : ''}`;
};

export function issueBulletinChannel(ctx: AppContext, input: ParsedInput<'bulletins.issue'>): ChannelOutput<'bulletins.issue'> {
  const db = ctx.db;
  const now = ctx.now();
  const today = ctx.today();
  const { year, month } = input;
  db.transaction(() => {
    const stored = requireStored(db, year, month);
    if (stored.bulletin.status === 'issued') throw new AppError('BULLETIN_ISSUED', `${year}年${month}月份的通报已于${stored.bulletin.issuedOn}印发`);
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (today < first) throw new AppError('BULLETIN_TOO_EARLY', `${year}年${month}月尚未开始，不能印发该月的通报`);
    const figures = liveFigures(db, year, month, today, loadBulletinSettings(db, year).settings);
    if (figures.rows.length === 0) throw new AppError('BULLETIN_NO_UNITS', '通报单位为空，请先在「通报设置」中选择通报单位');
    issueBulletin(db, stored.bulletin.id, figures, ctx.actor(), now);
    const s = subject(year, month, stored.bulletin.issueNo);
    writeAudit(db, {
      actor: ctx.actor(), action: 'bulletins.issue', entity: 'bulletin', entityId: stored.bulletin.id, subjects: s,
      summary: `印发${s}：${figuresSummary(figures)}（数据截至${figures.asOf}，印发后不再变化）`,
      changes: [{ subject: '', field: '状态', before: '草稿', after: '已印发' }],
      after: { bulletin: stored.bulletin, figures },
    }, now);
  })();
  return bulletinViewOf(db, year, month, today);
}

export function withdrawBulletinChannel(ctx: AppContext, input: ParsedInput<'bulletins.withdraw'>): ChannelOutput<'bulletins.withdraw'> {
  const db = ctx.db;
  const now = ctx.now();
  const { year, month } = input;
  db.transaction(() => {
    const stored = requireStored(db, year, month);
    if (stored.bulletin.status !== 'issued') throw new AppError('BULLETIN_NOT_ISSUED', `${year}年${month}月份的通报尚未印发，无需撤回`);
    withdrawBulletin(db, stored.bulletin.id, now);
    const s = subject(year, month, stored.bulletin.issueNo);
    writeAudit(db, {
      actor: ctx.actor(), action: 'bulletins.withdraw', entity: 'bulletin', entityId: stored.bulletin.id, subjects: s,
      summary: `撤回印发${s}`, reason: input.reason,
      changes: [{ subject: '', field: '状态', before: `已印发（${stored.bulletin.issuedOn}）`, after: '草稿' }],
      before: { bulletin: stored.bulletin, figures: stored.figures },
    }, now);
  })();
  return bulletinViewOf(db, year, month, ctx.today());
}

export function deleteBulletinChannel(ctx: AppContext, input: ParsedInput<'bulletins.delete'>): ChannelOutput<'bulletins.delete'> {
  const db = ctx.db;
  const now = ctx.now();
  const { year, month } = input;
  db.transaction(() => {
    const stored = requireStored(db, year, month);
    if (stored.bulletin.status === 'issued') throw new AppError('BULLETIN_ISSUED', `${year}年${month}月份的通报已印发，不能删除；如确需删除，请先「撤回印发」`);
    deleteBulletin(db, stored.bulletin.id);
    const s = subject(year, month, stored.bulletin.issueNo);
    writeAudit(db, { actor: ctx.actor(), action: 'bulletins.delete', entity: 'bulletin', entityId: stored.bulletin.id, subjects: s, summary: `删除${s}草稿`, before: stored.bulletin }, now);
  })();
  return null;
}
