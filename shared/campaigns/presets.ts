import type { CampaignPlan } from './plan';

/**
 * 活动方案 presets (DOMAIN §8.2): what 「从预设新建」 fills in, all of it editable afterwards. Dates are
 * month-day in the campaign's year; a task's 牵头单位 is a hint (a word of the unit's name) matched to
 * the office's own units, else its first 科室, and the user picks the right one on the 方案 page.
 */
export interface CampaignPreset {
  readonly key: string;
  readonly name: string;
  readonly purpose: string;
  readonly phases: readonly { name: string; from: string; to: string }[];
  readonly tasks: readonly { name: string; lead: string; due: string }[];
  readonly duties: readonly { name: string; due: string; count: number }[];
}

export const campaignPresets: readonly CampaignPreset[] = [
  {
    key: 'emancipation',
    name: '解放思想大讨论',
    purpose:
      '深入开展解放思想大讨论活动，引导全体干部职工破除思想障碍、转变工作作风、提升能力本领，推动各项工作提质增效。' +
      '各科室、各单位主要负责同志为第一责任人，要精心组织、全员参与，把活动开展情况和个人学习、心得体会提交情况列入年终考核内容。',
    phases: [
      { name: '动员部署', from: '05-01', to: '05-31' },
      { name: '学习讨论', from: '06-01', to: '08-31' },
      { name: '查摆剖析', from: '09-01', to: '09-30' },
      { name: '整改落实', from: '10-01', to: '11-30' },
      { name: '总结提高', from: '12-01', to: '12-31' },
    ],
    tasks: [
      { name: '召开动员大会，印发活动方案', lead: '办公室', due: '05-15' },
      { name: '组织集中学习和专题讨论', lead: '办公室', due: '08-31' },
      { name: '开展征求意见和查摆剖析', lead: '综合', due: '09-30' },
      { name: '制定整改清单并督促落实', lead: '综合', due: '11-30' },
      { name: '督促检查活动开展情况', lead: '办公室', due: '11-30' },
      { name: '总结活动成效，形成总结报告', lead: '办公室', due: '12-25' },
    ],
    duties: [
      { name: '参加集中学习', due: '08-31', count: 4 },
      { name: '提交心得体会', due: '12-31', count: 1 },
    ],
  },
];

export const campaignPresetNames: readonly { key: string; name: string }[] = campaignPresets.map((p) => ({ key: p.key, name: p.name }));

/** The preset as a plan for `year`, with 牵头单位 matched among `units` (tree order). */
export function planFromPreset(preset: CampaignPreset, year: number, units: readonly { id: number; name: string; parentId: number | null }[]): CampaignPlan {
  const fallback = units.find((u) => u.parentId != null) ?? units[0];
  const lead = (hint: string) => (units.find((u) => u.name === hint) ?? units.find((u) => u.parentId != null && u.name.includes(hint)) ?? fallback)?.id ?? 0;
  const day = (md: string) => `${year}-${md}`;
  return {
    name: `${year}年${preset.name}活动`,
    purpose: preset.purpose,
    phases: preset.phases.map((p) => ({ name: p.name, from: day(p.from), to: day(p.to) })),
    tasks: preset.tasks.map((t) => ({ name: t.name, leadUnitId: lead(t.lead), partnerUnitIds: [], due: day(t.due), doneOn: null })),
    duties: preset.duties.map((d, i) => ({ id: i + 1, name: d.name, due: day(d.due), count: d.count, unitIds: null })),
  };
}
