import { z } from 'zod';
import { objectionResult, reviewStep, starCellState } from './states';
import { starItem, starSchemeKind, starSchemeSettings } from './scheme';

/** Shapes the stars channels return (shared by the contract and the services). */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reviewPeriodView = z.object({ no: z.number().int(), label: z.string(), start: isoDay, end: isoDay });
export type ReviewPeriodView = z.infer<typeof reviewPeriodView>;

export const starSchemeSummary = z.object({
  id: z.number().int(),
  year: z.number().int(),
  kind: starSchemeKind,
  name: z.string(),
  cycle: starSchemeSettings.shape.cycle,
  stars: z.number().int(),
  /** reviews recorded (any step) */
  reviews: z.number().int(),
});
export type StarSchemeSummary = z.infer<typeof starSchemeSummary>;

export const starScheme = starSchemeSettings.extend({
  id: z.number().int(),
  year: z.number().int(),
  kind: starSchemeKind,
  items: z.array(starItem),
  periods: z.array(reviewPeriodView),
  /** reviews exist: the cycle can no longer change and stars with states cannot be dropped */
  hasReviews: z.boolean(),
});
export type StarScheme = z.infer<typeof starScheme>;

export const stepRecord = z.object({ step: reviewStep, date: isoDay, by: z.string() });
export type StepRecord = z.infer<typeof stepRecord>;

export const disqualification = z.object({ reason: z.string(), note: z.string(), date: isoDay, by: z.string() });
export type Disqualification = z.infer<typeof disqualification>;

/** One target × star in a period, every fact. */
export const starCell = z.object({
  code: z.string(),
  state: starCellState,
  claimed: z.boolean(),
  claimNote: z.string(),
  /** evidence files attached to this star */
  evidence: z.number().int(),
  agree: z.number().int().nullable(),
  disagree: z.number().int().nullable(),
  score: z.number().nullable(),
  decision: z.enum(['award', 'refuse']).nullable(),
  refuseReason: z.string(),
  awardedOn: isoDay.nullable(),
  removedOn: isoDay.nullable(),
  removedReason: z.string(),
  /** start of the 公示 that published the current 支部评定 result; null: not (yet) published */
  publishedOn: isoDay.nullable(),
});
export type StarCell = z.infer<typeof starCell>;

/** A target of a scheme: a person (person scheme) or a unit (org scheme). */
export const starTarget = z.object({
  /** person id or unit id, per the scheme kind */
  targetId: z.number().int(),
  name: z.string(),
  /** the person's unit, or the unit's parent ('' at the top) */
  unitId: z.number().int().nullable(),
  unitName: z.string(),
  post: z.string(),
});
export type StarTarget = z.infer<typeof starTarget>;

export const gridRow = starTarget.extend({
  reviewId: z.number().int().nullable(),
  disqualified: disqualification.nullable(),
  steps: z.array(stepRecord),
  /** in the scheme's star order */
  cells: z.array(starCell),
  held: z.number().int(),
  remark: z.string(),
});
export type GridRow = z.infer<typeof gridRow>;

export const objection = z.object({
  id: z.number().int(),
  targetId: z.number().int(),
  targetName: z.string(),
  /** null = about the target as a whole */
  code: z.string().nullable(),
  date: isoDay,
  content: z.string(),
  result: objectionResult,
  resultNote: z.string(),
});
export type Objection = z.infer<typeof objection>;

export const publicity = z.object({ start: isoDay, end: isoDay, days: z.number().int(), by: z.string(), objections: z.array(objection) });
export type Publicity = z.infer<typeof publicity>;

export const starGrid = z.object({
  schemeId: z.number().int(),
  period: reviewPeriodView,
  items: z.array(starItem),
  publicity: publicity.nullable(),
  rows: z.array(gridRow),
});
export type StarGrid = z.infer<typeof starGrid>;

/** One row of the 星级公示榜. For a period: the state of each star. For the year: 'held' when held at year end. */
export const boardRow = starTarget.extend({
  disqualified: z.string().nullable(),
  /** aligned with `items` of the board */
  states: z.array(starCellState),
  /** year board: periods each star was held in, aligned with `items` */
  heldPeriods: z.array(z.number().int()).nullable(),
  held: z.number().int(),
  tenStar: z.boolean(),
});
export type BoardRow = z.infer<typeof boardRow>;

export const boardStarCount = z.object({ code: z.string(), held: z.number().int(), claimed: z.number().int(), approved: z.number().int(), refused: z.number().int(), removed: z.number().int() });
export const boardUnitCount = z.object({ unitId: z.number().int().nullable(), unitName: z.string(), targets: z.number().int(), stars: z.number().int(), tenStar: z.number().int(), disqualified: z.number().int() });

export const starBoard = z.object({
  schemeId: z.number().int(),
  year: z.number().int(),
  kind: starSchemeKind,
  /** null = the whole year (year-end rule applied) */
  period: reviewPeriodView.nullable(),
  items: z.array(starItem),
  publicity: publicity.nullable(),
  rows: z.array(boardRow),
  perStar: z.array(boardStarCount),
  perUnit: z.array(boardUnitCount),
});
export type StarBoard = z.infer<typeof starBoard>;

/** The figure the 年终考核 reads for one target. */
export const yearEndFigure = starTarget.extend({
  kind: starSchemeKind,
  /**
   * took part in 评星 this year (any review: a claim, a decision or 不得参评). Gates apply to every
   * target of the scheme alike, taking part or not: 「少于5星 不得评优」 is one rule for everyone.
   */
  participated: z.boolean(),
  /** stars held at year end under the scheme's rule */
  stars: z.number().int(),
  heldCodes: z.array(z.string()),
  /** all stars of the scheme held (9 of 10 is not) */
  tenStar: z.boolean(),
  /** stars × perStar, capped */
  points: z.number(),
  /** labels of the gates that apply, e.g. 「十星 优先评优」 */
  gates: z.array(z.string()),
  /** a 'priority' gate applies: 优先评优 */
  priority: z.boolean(),
  /** a 'barred' gate applies: 不得评优 */
  barred: z.boolean(),
});
export type YearEndFigure = z.infer<typeof yearEndFigure>;

export const yearEndResult = z.object({
  year: z.number().int(),
  kind: starSchemeKind,
  scheme: starSchemeSummary.nullable(),
  rows: z.array(yearEndFigure),
});
export type YearEndResult = z.infer<typeof yearEndResult>;

export const evidenceItem = z.object({
  id: z.number().int(),
  code: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
  note: z.string(),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

/** The detail of one target's review in a period. */
export const reviewDetail = z.object({
  schemeId: z.number().int(),
  period: reviewPeriodView,
  target: starTarget,
  row: gridRow,
  evidence: z.array(evidenceItem),
  objections: z.array(objection),
});
export type ReviewDetail = z.infer<typeof reviewDetail>;
