import type { StarItem, StarSchemeKind, StarSchemeSettings } from './scheme';

/**
 * Preset star lists (DOMAIN.md §3). The person list is the 国动办 blend of published lists; the 党组织
 * list follows the usual 十星级党组织 wording. Both are starting points the office edits per year.
 */
export const personStarPreset: readonly StarItem[] = [
  { code: 'political', name: '政治坚定星', tier: 'basic', criteria: '坚定理想信念，自觉在思想上政治上行动上同党中央保持高度一致，认真贯彻落实上级决策部署。', evidenceRequired: false },
  { code: 'discipline', name: '遵规守纪星', tier: 'basic', criteria: '严守政治纪律和政治规矩，遵守各项规章制度，按时参加组织生活，按时足额交纳党费。', evidenceRequired: false },
  { code: 'integrity', name: '廉洁自律星', tier: 'basic', criteria: '严格落实中央八项规定精神，廉洁从政、廉洁用权，无违纪违法行为，不在负面清单之列。', evidenceRequired: false },
  { code: 'learning', name: '学习提升星', tier: 'basic', criteria: '积极参加理论学习和业务培训，按要求完成学习任务，学习笔记、心得体会齐全。', evidenceRequired: true },
  { code: 'competence', name: '业务能力星', tier: 'performance', criteria: '熟悉岗位业务，业务技能过硬，能独立高质量完成本职工作。', evidenceRequired: false },
  { code: 'achievement', name: '工作实绩星', tier: 'performance', criteria: '圆满完成年度目标任务，工作成效明显，得到领导和群众认可。', evidenceRequired: true },
  { code: 'tackling', name: '攻坚担当星', tier: 'performance', criteria: '在急难险重任务中冲锋在前，敢于担当，主动承担重点工作并取得实效。', evidenceRequired: true },
  { code: 'innovation', name: '创新争先星', tier: 'performance', criteria: '工作思路新、方法新，形成可推广的经验做法，或获得上级表彰。', evidenceRequired: true },
  { code: 'service', name: '服务群众星', tier: 'advanced', criteria: '践行全心全意为人民服务宗旨，积极参加志愿服务，群众满意度高。', evidenceRequired: true },
  { code: 'teamwork', name: '团结协作星', tier: 'advanced', criteria: '顾全大局，团结同志，配合协作意识强，营造风清气正的工作氛围。', evidenceRequired: false },
];

export const orgStarPreset: readonly StarItem[] = [
  { code: 'leadership', name: '政治引领星', tier: 'basic', criteria: '把党的政治建设摆在首位，认真落实“第一议题”制度，旗帜鲜明讲政治。', evidenceRequired: true },
  { code: 'organisation', name: '组织建设星', tier: 'basic', criteria: '班子健全、分工明确，党员队伍管理规范，按期换届，发展党员程序规范。', evidenceRequired: true },
  { code: 'institutions', name: '制度落实星', tier: 'basic', criteria: '严格落实“三会一课”、主题党日、组织生活会、民主评议党员等制度，记录完整。', evidenceRequired: true },
  { code: 'education', name: '学习教育星', tier: 'basic', criteria: '理论学习有计划、有内容、有记录，党员教育培训覆盖率达到要求。', evidenceRequired: true },
  { code: 'conduct', name: '作风建设星', tier: 'performance', criteria: '作风扎实，无“四风”问题，工作纪律严明，服务效能高。', evidenceRequired: false },
  { code: 'integrity', name: '廉政建设星', tier: 'performance', criteria: '认真落实党风廉政建设责任制，廉政风险防控到位，本年度无违纪违法案件。', evidenceRequired: false },
  { code: 'tasks', name: '业务攻坚星', tier: 'performance', criteria: '党建与业务深度融合，圆满完成年度重点任务和急难险重任务。', evidenceRequired: true },
  { code: 'service', name: '服务群众星', tier: 'performance', criteria: '常态化开展为民服务，解决群众急难愁盼问题，群众满意度高。', evidenceRequired: true },
  { code: 'innovation', name: '创新创优星', tier: 'advanced', criteria: '党建工作有特色、有品牌，经验做法被上级推广或获得表彰。', evidenceRequired: true },
  { code: 'harmony', name: '团结和谐星', tier: 'advanced', criteria: '班子团结，干群关系融洽，无越级上访和重大不稳定事件。', evidenceRequired: false },
];

export const starPresetFor = (kind: StarSchemeKind): readonly StarItem[] => (kind === 'org' ? orgStarPreset : personStarPreset);

/** The settings a new scheme starts with: quarterly, 公示5天, held in the last period, 1 point a star up to 10. */
export function defaultSchemeSettings(kind: StarSchemeKind, year: number): StarSchemeSettings {
  return {
    name: kind === 'org' ? `${year}年度十星级党组织评星方案` : `${year}年度十星级党员干部评星方案`,
    cycle: 'quarterly',
    publicityDays: 5,
    yearEndRule: { kind: 'last-period' },
    points: { perStar: 1, cap: 10 },
    gates: [
      { label: '十星 优先评优', when: { kind: 'all' }, effect: 'priority' },
      { label: '少于5星 不得评优', when: { kind: 'below', stars: 5 }, effect: 'barred' },
    ],
  };
}

/** 不得参评 reasons seeded into the editable vocabulary (kind 'star-disqualify'). */
export const defaultDisqualifyReasons: readonly string[] = ['处分期内', '受审查', '未参加组织生活', '未交党费'];
