import type { EvaluationConfig, RedLineEffect } from '../../../../shared/evaluation/config';
import { redLineConsequence } from '../../../../shared/evaluation/red-lines';
import { formatRate } from '../evaluation-labels';

/** The choices of the 规则 tab's red lines (DOMAIN §2), kept apart from the form so they are tested alone. */

export interface RateChoice {
  readonly value: number;
  readonly label: string;
}

/** Red-line thresholds as exact fractions: 2/3 must stay 2/3, not 0.6667, or 6 of 9 would be flagged. */
export const approvalChoices: readonly RateChoice[] = [
  { value: 1 / 2, label: '二分之一（50%）' },
  { value: 3 / 5, label: '五分之三（60%）' },
  { value: 2 / 3, label: '三分之二（66.67%）' },
  { value: 3 / 4, label: '四分之三（75%）' },
  { value: 4 / 5, label: '五分之四（80%）' },
];
export const failChoices: readonly RateChoice[] = [
  { value: 1 / 5, label: '五分之一（20%）' },
  { value: 1 / 4, label: '四分之一（25%）' },
  { value: 1 / 3, label: '三分之一（33.33%）' },
  { value: 1 / 2, label: '二分之一（50%）' },
];

const sameRate = (a: number, b: number) => Math.abs(a - b) < 1e-12;

/** The choices, with the current value added when a preset or an older setting holds another one. */
export const withCurrent = (choices: readonly RateChoice[], current: number): RateChoice[] =>
  choices.some((c) => sameRate(c.value, current)) ? [...choices] : [...choices, { value: current, label: formatRate(current) }];

/** The choice's own value for `current` (so the select shows its label), else `current` itself. */
export const pickRate = (choices: readonly RateChoice[], current: number): number => choices.find((c) => sameRate(c.value, current))?.value ?? current;

/** A red line's effect as one select value: 'committee', 'set:不称职', 'atMost:基本称职'. */
export const effectValue = (effect: RedLineEffect): string => (effect.kind === 'committee' ? 'committee' : `${effect.kind}:${effect.level}`);

export const effectOf = (value: string): RedLineEffect => {
  const [kind, level = ''] = value.split(/:(.*)/s);
  return kind === 'set' || kind === 'atMost' ? { kind, level } : { kind: 'committee' };
};

/** What a red line may lead to: the committee, or a level of the score bands; a level the bands no longer hold stays listed. */
export function effectChoices(config: EvaluationConfig): { value: string; label: string }[] {
  const names = config.bands.map((b) => b.name).filter((n) => n.trim() !== '');
  const choices = [
    { value: 'committee', label: '由考核委员会研究确定等次' },
    ...names.map((n) => ({ value: `set:${n}`, label: `确定为${n}` })),
    ...names.map((n) => ({ value: `atMost:${n}`, label: `等次不高于${n}` })),
  ];
  // a level the bands no longer hold stays visible (and the settings check names it)
  const current = [config.redLines.lowApprovalEffect, config.redLines.highFailEffect].map(effectValue).filter((v) => !choices.some((c) => c.value === v));
  return [...choices, ...[...new Set(current)].map((v) => ({ value: v, label: redLineConsequence(effectOf(v)) }))];
}
