import { levelCodes, levelIndex, outcomeLabel, type AnnualRules, type OutcomeCode } from '../../../../shared/annual/rules';
import type { CompositeRow, CompositeView } from '../../../../shared/annual/views';

/**
 * What the committee's choice of a 确定等次 needs before it can be saved (「考核委员会确定等次」):
 * a written reason when it differs from the suggestion, and an explicit override with a reason
 * when it is one 优秀 more than the group's quota. Pure, so the rules are tested without a screen.
 */

type Group = CompositeView['groups'][number];

export interface ChangeNeeds {
  /** differs from the suggested 等次 (or there is no suggestion): a written reason is required */
  readonly reason: boolean;
  /** 优秀 beyond the group's quota: the 「考核委员会决定超出名额」 override and its reason are required */
  readonly override: boolean;
  /** score-band gates the choice goes above: a judgement the committee may make, with its reason */
  readonly aboveGates: readonly string[];
  /** confirmed 优秀 of the group other than this person, and the quota (for the warning text) */
  readonly excellentOthers: number;
  readonly excellentQuota: number;
}

/**
 * Gates that are regulations (处分, no “好” quarter, 双十星 不得评优): the service refuses any 等次 above
 * them, so the page does not offer it. The score band ('band') is a judgement the committee may
 * depart from with a reason; 不定等次 ('undetermined') is decided in 「年度考核方案」, not here.
 */
export const isRuleGate = (gate: { code: string }): boolean => gate.code !== 'band' && gate.code !== 'undetermined';

/** Is the person 不定等次 (by the roster's dates or the office's decision)? Then 不定等次 is the only outcome. */
export const isUndetermined = (row: CompositeRow): boolean => row.cap === 'undetermined' || row.gates.some((g) => g.code === 'undetermined');

/** Is `outcome` better than `cap`? A level above 不定等次 counts as above: the person should get none. */
export function isAbove(outcome: OutcomeCode, cap: OutcomeCode): boolean {
  if (outcome === 'undetermined') return false;
  if (cap === 'undetermined') return true;
  return levelIndex(outcome) < levelIndex(cap);
}

/** Confirmed 优秀 in the group, leaving out one person (the one whose choice is being weighed). */
export function confirmedExcellent(rows: readonly CompositeRow[], groupId: number, exceptPersonId?: number): number {
  return rows.filter((r) => r.groupId === groupId && r.personId !== exceptPersonId && r.confirmed === 'excellent').length;
}

export function changeNeeds(view: Pick<CompositeView, 'rows' | 'groups'>, row: CompositeRow, outcome: OutcomeCode): ChangeNeeds {
  const group = view.groups.find((g) => g.id === row.groupId);
  const excellentQuota = group?.excellentQuota ?? 0;
  const excellentOthers = confirmedExcellent(view.rows, row.groupId, row.personId);
  return {
    // a tie at the 优秀 boundary is the committee's decision whichever 等次 it gives: written down
    reason: outcome !== row.suggested || row.committee === true,
    override: outcome === 'excellent' && excellentOthers >= excellentQuota,
    aboveGates: row.gates.filter((g) => g.code === 'band' && isAbove(outcome, g.maxOutcome)).map((g) => g.label),
    excellentOthers,
    excellentQuota,
  };
}

export const needsDialog = (needs: ChangeNeeds): boolean => needs.reason || needs.override || needs.aboveGates.length > 0;

export interface ConfirmEntry {
  readonly personId: number;
  readonly outcome: OutcomeCode;
  readonly reason: string;
  readonly overrideReason: string;
}

/**
 * The `annual.confirm` entry for a choice. One written reason serves both purposes when both apply
 * (the committee writes down one decision); `null` while something required is still missing.
 */
export function confirmEntryFor(row: CompositeRow, outcome: OutcomeCode, needs: ChangeNeeds, input: { reason: string; overrideChecked: boolean }): ConfirmEntry | null {
  const text = input.reason.trim();
  if ((needs.reason || needs.override || needs.aboveGates.length > 0) && text === '') return null;
  if (needs.override && !input.overrideChecked) return null;
  return {
    personId: row.personId,
    outcome,
    reason: needs.reason || needs.aboveGates.length > 0 ? text : '',
    overrideReason: needs.override ? text : '',
  };
}

export interface OutcomeOption {
  readonly value: OutcomeCode;
  readonly label: string;
  readonly disabled: boolean;
  /** why it cannot be chosen (shown on hover) */
  readonly title?: string;
}

/** Why an outcome cannot be confirmed for the person, or null when it can. Mirrors the service's refusals. */
export function blockedReason(row: CompositeRow, outcome: OutcomeCode): string | null {
  if (isUndetermined(row)) return outcome === 'undetermined' ? null : '不定等次人员只能确定为不定等次；如需调整，请在“年度考核方案”的参加人员中修改';
  if (outcome === 'undetermined') return '不属于不定等次人员';
  const blocking = row.gates.filter((g) => isRuleGate(g) && isAbove(outcome, g.maxOutcome));
  return blocking.length > 0 ? blocking.map((g) => g.label).join('；') : null;
}

/**
 * The 确定等次 choices of a person: the four levels of their vocabulary, plus 不定等次 where it applies
 * (or where it is the value already stored, so the box never shows a bare code). What the
 * regulations forbid is listed but disabled, with the reason.
 */
export function outcomeOptions(rules: AnnualRules, row: CompositeRow): OutcomeOption[] {
  const vocabulary = rules.vocabularies[row.vocabulary];
  const codes: OutcomeCode[] = isUndetermined(row) || row.confirmed === 'undetermined' ? [...levelCodes, 'undetermined'] : [...levelCodes];
  return codes.map((code) => {
    const blocked = blockedReason(row, code);
    return { value: code, label: outcomeLabel(vocabulary, code), disabled: blocked !== null, ...(blocked !== null ? { title: blocked } : {}) };
  });
}

export const labelOf = (rules: AnnualRules, row: CompositeRow, outcome: OutcomeCode | null): string =>
  outcome === null ? '' : outcomeLabel(rules.vocabularies[row.vocabulary], outcome);

/** A group over its quota: more confirmed 优秀 than places (only by the committee's override). */
export const overQuota = (group: Group): boolean => group.excellentConfirmed > group.excellentQuota;

export interface GroupCounts {
  readonly size: number;
  readonly unconfirmed: number;
  /** unconfirmed people with a suggestion outside a boundary tie: what 「按建议等次确认」 would confirm */
  readonly confirmable: number;
  /** unconfirmed people tied at the 优秀 boundary: left for the committee */
  readonly committee: number;
}

export function groupCounts(rows: readonly CompositeRow[], groupId?: number): GroupCounts {
  const mine = groupId === undefined ? rows : rows.filter((r) => r.groupId === groupId);
  const open = mine.filter((r) => r.confirmed === null);
  const committee = open.filter((r) => r.committee).length;
  return { size: mine.length, unconfirmed: open.length, confirmable: open.filter((r) => r.suggested !== null && !r.committee).length, committee };
}

/**
 * A gate's tag text: short enough for a table cell; the full label goes in the tooltip.
 * Codes are those of shared/annual/composite.ts; an unknown code falls back to its label.
 */
export function gateTag(gate: { code: string; label: string }): string {
  if (gate.code === 'no-good-quarter') return '无“好”季度';
  if (gate.code === 'stars') return '双十星';
  if (gate.code === 'undetermined') return '不定等次';
  if (gate.code === 'band') return '分数线';
  if (gate.code.startsWith('sanction:')) return `${gate.code.slice('sanction:'.length)}处分`;
  return gate.label.length > 6 ? `${gate.label.slice(0, 6)}…` : gate.label;
}
