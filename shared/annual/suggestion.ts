import { outcomeStrictness, stricterOutcome } from './outcome-order';
import type { OutcomeCode } from './rules';

/**
 * The suggested 等次 within one group (DOMAIN §4): walk the ranking, give 优秀 to those whose gates
 * allow it while the group's quota lasts, everybody else 称职 unless a gate caps them lower. A block
 * of tied people that does not fit entirely into the places left gets no 优秀 — the committee
 * decides between them — and nobody ranked below them takes those places either.
 */

export interface SuggestionEntry {
  /** null: no composite */
  readonly rank: number | null;
  readonly cap: OutcomeCode;
  /** labels of the missing components (for people without a composite) */
  readonly missingLabels: readonly string[];
  /** 「数据不足：…」 for people with too few components for a suggestion (they have no rank either) */
  readonly insufficient?: string | null;
}

export interface Suggestion {
  readonly suggested: OutcomeCode | null;
  readonly note: string;
  /**
   * In a tied block at the 优秀 boundary: the committee chooses who (if anyone) gets the places, so
   * no bulk action confirms the 称职 suggested meanwhile.
   */
  readonly committee: boolean;
}

export const tieNote = (rank: number): string => `与第${rank}名并列，优秀名额不足，请考核委员会确定`;

/** the suggestions in the order of `entries`, and how many are 优秀 */
export function suggestForGroup(entries: readonly SuggestionEntry[], quota: number): { suggestions: Suggestion[]; excellent: number } {
  const suggestions: Suggestion[] = entries.map((entry) => {
    if (entry.rank !== null) return { suggested: stricterOutcome(entry.cap, 'competent'), note: '', committee: false };
    // without a rank only a gate that decides the outcome by itself gives a suggestion
    if (outcomeStrictness(entry.cap) > outcomeStrictness('competent')) return { suggested: entry.cap, note: '', committee: false };
    if (entry.insufficient) return { suggested: null, note: entry.insufficient, committee: false };
    return { suggested: null, note: entry.missingLabels.length > 0 ? `缺少：${entry.missingLabels.join('、')}` : '暂无综合得分', committee: false };
  });

  const ranked = entries
    .map((entry, index) => ({ rank: entry.rank, index, eligible: entry.cap === 'excellent' }))
    .filter((e): e is { rank: number; index: number; eligible: boolean } => e.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);

  let remaining = quota;
  let excellent = 0;
  for (let start = 0; start < ranked.length && remaining > 0; ) {
    let end = start;
    while (end < ranked.length && ranked[end]!.rank === ranked[start]!.rank) end++;
    const block = ranked.slice(start, end).filter((e) => e.eligible);
    start = end;
    if (block.length === 0) continue;
    if (block.length > remaining) {
      for (const e of block) suggestions[e.index] = { suggested: 'competent', note: tieNote(e.rank), committee: true };
      break;
    }
    for (const e of block) suggestions[e.index] = { suggested: 'excellent', note: '', committee: false };
    remaining -= block.length;
    excellent += block.length;
  }
  return { suggestions, excellent };
}
