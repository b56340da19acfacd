import { componentLabels, roundingLabels, type AnnualRules } from '../../../../shared/annual/rules';

/** Shares are stored 0..1 and typed as percents; two decimals keep 33.33% exact enough. */
export const toPercent = (share: number): number => Math.round(share * 10000) / 100;
export const fromPercent = (percent: number): number => Math.round(percent * 100) / 10000;

/** 「平时考核40%、述职测评30%、领导评价20%、双十星10%、加减分±5分」 */
export function formulaText(rules: AnnualRules): string {
  return rules.components
    .filter((c) => c.enabled)
    .map((c) => (c.mode === 'weighted' ? `${componentLabels[c.key]}${c.weight}%` : `${componentLabels[c.key]}${c.cap != null ? `±${c.cap}分` : '（直接加减）'}`))
    .join('、');
}

/** What 「使用预置方案」 brings, said from the preset data itself. */
export function presetText(preset: { rules: AnnualRules; groups: readonly string[]; categories: readonly string[] }): string {
  const g = preset.rules.groupDefaults;
  return (
    `预置方案：${formulaText(preset.rules)}；考核分组：${preset.groups.join('、')}，` +
    `优秀比例${toPercent(g.excellentShare)}%（${roundingLabels[g.rounding]}）；指标类别：${preset.categories.join('、')}。`
  );
}

/** How people are grouped when they join without a chosen group (the service's default rule, in words). */
export const defaultGroupingText = '班子成员入名称含“班子”的分组，事业单位（工勤）人员入含“事业”的分组，其余入含“机关”的分组；没有相应分组的入第一个分组。';
