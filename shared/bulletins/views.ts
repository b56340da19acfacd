import { z } from 'zod';
import { bulletinSettings, rankWeights } from './settings';

/**
 * What the 月度通报 channels return (DOMAIN §8.5). The figures are also what 印发 freezes into the
 * database as JSON, parsed back through `bulletinFigures` when read, so a printed 通报 never changes.
 */
const nodeState = z.enum(['pending', 'late', 'onTime', 'doneLate']);

export const bulletinNode = z.object({
  taskId: z.number(),
  taskTitle: z.string(),
  nodeName: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  state: nodeState,
  /** due before the month and still undone at its end (此前逾期, not in the month's counts) */
  carried: z.boolean(),
});
export type BulletinNode = z.infer<typeof bulletinNode>;

export const bulletinRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  /** 应完成节点: due in the month */
  due: z.number(),
  onTime: z.number(),
  doneLate: z.number(),
  /** 逾期未完成: due in the month, undone at its end */
  overdue: z.number(),
  /** due in the running month, not yet due by today */
  pending: z.number(),
  carriedLate: z.number(),
  onTimeRate: z.number().nullable(),
  weeksPosted: z.number(),
  weeksExpected: z.number(),
  weeklyRate: z.number().nullable(),
  postedWeeks: z.array(z.number()),
  missedWeeks: z.array(z.number()),
  /** mean of the unit's scores in the closed 科室评议 covering the month; null: 「—」 */
  reviewScore: z.number().nullable(),
  reviewScores: z.array(z.object({ eventId: z.number(), score: z.number().nullable() })),
  praise: z.number(),
  criticism: z.number(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  /** the re-weighting said in words, '' when all parts were there */
  note: z.string(),
  nodes: z.array(bulletinNode),
});
export type BulletinRow = z.infer<typeof bulletinRow>;

export const bulletinFigures = z.object({
  year: z.number(),
  month: z.number(),
  /** the day the month was judged at: its last day, or today while it runs */
  asOf: z.string(),
  weights: rankWeights,
  weeks: z.array(z.object({ week: z.number(), start: z.string(), end: z.string() })),
  reviews: z.array(z.object({ eventId: z.number(), name: z.string(), period: z.string() })),
  /** the month-wide re-weighting in words (「本月无科室评议…」), '' when none */
  note: z.string(),
  rows: z.array(bulletinRow),
});
export type BulletinFigures = z.infer<typeof bulletinFigures>;

export const bulletinStatus = z.enum(['draft', 'issued']);
export type BulletinStatus = z.infer<typeof bulletinStatus>;
export const bulletinStatusLabels: Readonly<Record<BulletinStatus, string>> = { draft: '草稿', issued: '已印发' };

/** the text the clerk writes (表扬/批评: one line each) */
export const bulletinText = z.object({
  issueNo: z.number().int().min(1, '期数应为正整数').max(999, '期数不超过999'),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '印发日期应为YYYY-MM-DD'),
  title: z.string().trim().min(1, '请填写标题').max(80, '标题不超过80字'),
  opening: z.string().trim().max(500, '开头语不超过500字'),
  praise: z.array(z.string().trim().min(1).max(200, '每条表扬不超过200字')).max(40, '表扬不超过40条'),
  criticism: z.array(z.string().trim().min(1).max(200, '每条批评不超过200字')).max(40, '批评不超过40条'),
  signature: z.string().trim().min(1, '请填写落款').max(40, '落款不超过40字'),
});
export type BulletinText = z.infer<typeof bulletinText>;

export const bulletin = bulletinText.extend({
  id: z.number(),
  year: z.number(),
  month: z.number(),
  status: bulletinStatus,
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
});
export type Bulletin = z.infer<typeof bulletin>;

export const bulletinSuggestion = z.object({ unitId: z.number(), unitName: z.string(), why: z.string() });

export const bulletinView = z.object({
  year: z.number(),
  month: z.number(),
  today: z.string(),
  bulletin: bulletin.nullable(),
  /** frozen at 印发, else live */
  figures: bulletinFigures,
  frozen: z.boolean(),
  /** what a new draft starts from (期数 = the next number, title from the year's words, 落款) */
  proposal: bulletinText,
  /** offered to the clerk, never written by the app */
  suggestions: z.object({ praise: z.array(bulletinSuggestion), criticism: z.array(bulletinSuggestion) }),
});
export type BulletinView = z.infer<typeof bulletinView>;

export const bulletinMonth = z.object({ month: z.number(), id: z.number(), issueNo: z.number(), title: z.string(), status: bulletinStatus, issuedOn: z.string() });
export const bulletinSettingsView = z.object({ year: z.number(), settings: bulletinSettings, saved: z.boolean(), carriedFrom: z.number().nullable() });
export type BulletinSettingsView = z.infer<typeof bulletinSettingsView>;
