import type { EvaluationConfig } from './config';
import { excellentLimitFor } from './ballot-validation';
import { redLineRuleTexts } from './red-lines';

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The 填票说明 printed on the ballot and shown on the kiosk, one sentence each, e.g.
 * 「优秀等次不超过3人，超过视为无效票」「不称职票超过有效票三分之一的，确定为不称职」「不划视为弃权」「每项评分0-100分」.
 */
export function ballotRulesText(config: EvaluationConfig, targetCount: number): string[] {
  const lines: string[] = [];
  const hasLevels = config.form !== 'score' && config.levels.length > 0;
  const hasScores = config.form !== 'level' && config.indicators.length > 0;

  lines.push('本票无记名填写，请在所属评委类别前的方框内划“√”');
  if (hasLevels) {
    const names = config.levels.map((l) => l.name).join('、');
    lines.push(`每位测评对象只能在“${names}”中选择一项，在相应栏内划“√”`);
    const limit = excellentLimitFor(config.rules.excellentLimit, targetCount);
    const excellent = config.levels.find((l) => l.excellent);
    if (limit !== null && excellent) {
      lines.push(
        limit === 0 ? `本次不评${excellent.name}等次，选${excellent.name}视为无效票` : `${excellent.name}等次不超过${limit}人，超过视为无效票`,
      );
    }
    // how the votes bear on the 建议等次: the tally applies exactly these sentences (red-lines.ts)
    lines.push(...redLineRuleTexts(config));
  }
  if (hasScores) {
    const maxes = new Set(config.indicators.map((i) => i.max));
    if (maxes.size === 1) {
      lines.push(`每项评分0-${num(config.indicators[0]!.max)}分`);
    } else {
      lines.push(`各项评分不超过该项满分（${config.indicators.map((i) => `${i.name}${num(i.max)}分`).join('、')}），超出视为无效票`);
    }
    if (config.rules.identicalScoresInvalid) lines.push('所有评分完全相同视为无效票');
    if (config.rules.allFullMarksInvalid) lines.push('全部打满分视为无效票');
  }
  lines.push(hasLevels && !hasScores ? '不划视为弃权' : hasScores && !hasLevels ? '不填视为弃权' : '不划、不填视为弃权');
  if (!config.selfRating) lines.push('评委不对本人进行测评，本人一栏不划即可');
  return lines;
}
