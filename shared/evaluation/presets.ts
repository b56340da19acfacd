import { evaluationConfig, type BallotIndicator, type BallotLevel, type EvaluationConfig, type ExcellentLimit, type RaterCategory } from './config';

/**
 * The ready-made rule sets of 「新建测评」 (DOMAIN.md §2). Everything here is a starting point the office
 * edits; 应到人数 and 发出票数 start at 0 for the office to fill in.
 */

const civilServantLevels: BallotLevel[] = [
  { code: 'excellent', name: '优秀', points: 100, key: '1', excellent: true, approval: true, fail: false },
  { code: 'competent', name: '称职', points: 80, key: '2', excellent: false, approval: true, fail: false },
  { code: 'basic', name: '基本称职', points: 60, key: '3', excellent: false, approval: false, fail: false },
  { code: 'incompetent', name: '不称职', points: 40, key: '4', excellent: false, approval: false, fail: true },
];

const institutionLevels: BallotLevel[] = [
  { code: 'excellent', name: '优秀', points: 100, key: '1', excellent: true, approval: true, fail: false },
  { code: 'qualified', name: '合格', points: 80, key: '2', excellent: false, approval: true, fail: false },
  { code: 'basic', name: '基本合格', points: 60, key: '3', excellent: false, approval: false, fail: false },
  { code: 'unqualified', name: '不合格', points: 40, key: '4', excellent: false, approval: false, fail: true },
];

const satisfactionLevels: BallotLevel[] = [
  { code: 'satisfied', name: '满意', points: 100, key: '1', excellent: true, approval: true, fail: false },
  { code: 'basic', name: '基本满意', points: 70, key: '2', excellent: false, approval: true, fail: false },
  { code: 'dissatisfied', name: '不满意', points: 40, key: '3', excellent: false, approval: false, fail: true },
  { code: 'unknown', name: '不了解', points: 0, key: '4', excellent: false, approval: false, fail: false },
];

const deNengQinJiLian: BallotIndicator[] = [
  { code: 'de', name: '德', weight: 15, max: 100 },
  { code: 'neng', name: '能', weight: 10, max: 100 },
  { code: 'qin', name: '勤', weight: 30, max: 100 },
  { code: 'ji', name: '绩', weight: 30, max: 100 },
  { code: 'lian', name: '廉', weight: 15, max: 100 },
];

const categories = (): RaterCategory[] => [
  { code: 'A', name: '领导班子成员', weight: 20, expected: 0, issued: 0 },
  { code: 'B', name: '中层干部', weight: 40, expected: 0, issued: 0 },
  { code: 'C', name: '一般干部职工代表', weight: 40, expected: 0, issued: 0 },
];

const civilServantBands = [
  { min: 90, name: '优秀' },
  { min: 70, name: '称职' },
  { min: 60, name: '基本称职' },
  { min: 0, name: '不称职' },
];

const institutionBands = [
  { min: 90, name: '优秀' },
  { min: 70, name: '合格' },
  { min: 60, name: '基本合格' },
  { min: 0, name: '不合格' },
];

/** The parts every preset shares; each preset overrides what differs. */
/**
 * Red lines and what they do to the 建议等次, in the words printed on the ballot: 「…票合计低于三分之二的，
 * 等次不高于基本称职」「不称职票超过三分之一的，确定为不称职」.
 */
const redLinesTo = (capLevel: string, failLevel: string): EvaluationConfig['redLines'] => ({
  minApprovalRate: 2 / 3,
  maxFailRate: 1 / 3,
  lowApprovalEffect: { kind: 'atMost', level: capLevel },
  highFailEffect: { kind: 'set', level: failLevel },
});

const common = (): Omit<EvaluationConfig, 'form' | 'levels' | 'indicators' | 'bands' | 'rateLabels' | 'rules' | 'redLines'> => ({
  categories: categories(),
  selfRating: false,
  // 「超过5人去掉一个最高分和一个最低分」
  trimmedMean: { enabled: false, minRaters: 6, drop: 1 },
  formWeights: { level: 50, score: 50 },
  // 实到须超过应到的一半
  quorum: { numerator: 1, denominator: 2, inclusive: false },
  normalize: { enabled: false, fullPoints: 100 },
});

/** A 满意度 ballot: no limit on 满意, no bands and no suggested level (the red lines are flags for the committee). */
const satisfaction = (): EvaluationConfig => ({
  ...common(),
  form: 'level',
  levels: satisfactionLevels,
  indicators: [],
  rules: { excellentLimit: { kind: 'none' }, identicalScoresInvalid: false, allFullMarksInvalid: false },
  bands: [],
  redLines: { minApprovalRate: 2 / 3, maxFailRate: 1 / 3, lowApprovalEffect: { kind: 'committee' }, highFailEffect: { kind: 'committee' } },
  rateLabels: { excellent: '满意率', approval: '满意度', fail: '不满意率' },
});

/** 优秀 at most 20% of the 测评对象 (rounded down): the usual share for 公务员/事业单位 优秀. */
const excellentShare = { kind: 'percent', value: 20 } satisfies ExcellentLimit;

export const evaluationPresets: readonly { key: string; name: string; description: string; config: EvaluationConfig }[] = [
  {
    key: 'civil-servant-level',
    name: '公务员年度 等次票',
    description:
      '按优秀、称职、基本称职、不称职划票（100/80/60/40分）；优秀等次不超过测评对象的20%（向下取整），超过为无效票；' +
      '评委分领导班子成员20%、中层干部40%、一般干部职工代表40%；实到须超过应到的一半；' +
      '优秀、称职票合计低于有效票三分之二的等次不高于基本称职，不称职票超过有效票三分之一的确定为不称职（印在填票说明上）。',
    config: {
      ...common(),
      form: 'level',
      levels: civilServantLevels,
      indicators: [],
      rules: { excellentLimit: excellentShare, identicalScoresInvalid: false, allFullMarksInvalid: false },
      bands: civilServantBands,
      redLines: redLinesTo('基本称职', '不称职'),
      rateLabels: { excellent: '优秀率', approval: '称职及以上率', fail: '不称职率' },
    },
  },
  {
    key: 'institution-level',
    name: '事业单位 等次票',
    description:
      '按优秀、合格、基本合格、不合格划票（100/80/60/40分）；优秀等次不超过测评对象的20%（向下取整），超过为无效票；' +
      '评委分三类，权重20/40/40；实到须超过应到的一半；优秀、合格票合计低于三分之二的等次不高于基本合格，不合格票超过三分之一的确定为不合格。',
    config: {
      ...common(),
      form: 'level',
      levels: institutionLevels,
      indicators: [],
      rules: { excellentLimit: excellentShare, identicalScoresInvalid: false, allFullMarksInvalid: false },
      bands: institutionBands,
      redLines: redLinesTo('基本合格', '不合格'),
      rateLabels: { excellent: '优秀率', approval: '合格及以上率', fail: '不合格率' },
    },
  },
  {
    key: 'de-neng-qin-ji-lian',
    name: '德能勤绩廉 评分票',
    description:
      '德、能、勤、绩、廉五项各0-100分，权重15/10/30/30/15；同一类评委超过5人时去掉一个最高分和一个最低分；' +
      '所有分数相同或全部满分为无效票；综合得分90分以上建议优秀，70分以上称职，60分以上基本称职。',
    config: {
      ...common(),
      form: 'score',
      levels: [],
      indicators: deNengQinJiLian,
      trimmedMean: { enabled: true, minRaters: 6, drop: 1 },
      rules: { excellentLimit: { kind: 'none' }, identicalScoresInvalid: true, allFullMarksInvalid: true },
      bands: civilServantBands,
      redLines: redLinesTo('基本称职', '不称职'),
      rateLabels: { excellent: '优秀率', approval: '称职及以上率', fail: '不称职率' },
    },
  },
  {
    key: 'level-and-score',
    name: '等次 + 评分',
    description:
      '每位测评对象既划等次（优秀/称职/基本称职/不称职，100/80/60/40分）又按德能勤绩廉评分，两部分各占50%；' +
      '优秀等次不超过测评对象的20%；评分超过5人去掉一个最高分和一个最低分；所有分数相同或全部满分为无效票。',
    config: {
      ...common(),
      form: 'both',
      levels: civilServantLevels,
      indicators: deNengQinJiLian,
      trimmedMean: { enabled: true, minRaters: 6, drop: 1 },
      rules: { excellentLimit: excellentShare, identicalScoresInvalid: true, allFullMarksInvalid: true },
      bands: civilServantBands,
      redLines: redLinesTo('基本称职', '不称职'),
      rateLabels: { excellent: '优秀率', approval: '称职及以上率', fail: '不称职率' },
    },
  },
  {
    key: 'satisfaction',
    name: '满意度测评',
    description:
      '按满意、基本满意、不满意、不了解划票；满意度 =（满意 + 基本满意）/ 有效票数，“不了解”计入总票数；' +
      '得分 = Σ票数×分值（100/70/40/0）/ 投票数，称“得分”而非“满意率”；不限满意人数，不给出建议等次。',
    config: satisfaction(),
  },
  {
    key: 'unit-review',
    name: '科室评议（群众评议）',
    description:
      '每月或每季度对机关各科室、所属事业单位的工作完成情况进行评议，测评对象为科室和单位；按满意、基本满意、不满意、不了解划票，' +
      '得分 = Σ票数×分值（100/70/40/0）/ 投票数；评委分领导班子成员30%、机关干部职工40%、服务对象代表30%；' +
      '得分进入当月的月度通报和年度考核。',
    config: {
      ...satisfaction(),
      categories: [
        { code: 'A', name: '领导班子成员', weight: 30, expected: 0, issued: 0 },
        { code: 'B', name: '机关干部职工', weight: 40, expected: 0, issued: 0 },
        { code: 'C', name: '服务对象代表', weight: 30, expected: 0, issued: 0 },
      ],
    },
  },
];

/** The preset of a 科室评议 (DOMAIN.md §8.4): its events carry a 评议周期 and rate units. */
export const unitReviewPresetKey = 'unit-review';

/** A preset's config by key, as a fresh copy (parsing builds new objects), so callers may edit it. */
export function presetConfig(key: string): EvaluationConfig | undefined {
  const preset = evaluationPresets.find((p) => p.key === key);
  return preset ? evaluationConfig.parse(preset.config) : undefined;
}
