import type { CompositeFigure, CompositeOutput, CompositePersonInput, RawComponent } from '../../../shared/annual/composite';
import type { AutoSource } from '../../../shared/annual/item-sources';
import type { ComponentKey, QuarterGrade } from '../../../shared/annual/rules';
import type { CompositeItemEntry, CompositeItemInfo, CompositeRow, CompositeView, ItemBasisFigure } from '../../../shared/annual/views';
import type { CompositeParticipantRecord, ItemPointsFigure, SanctionFactRecord } from '../../../db/annual/composite';
import type { AnnualGroupRecord } from '../../../db/annual/years';

/**
 * The pure steps of the live composite (「综合评定」) around `computeComposite`: each person's input
 * from the gathered facts, then the view's rows in display order and its group figures.
 */

/** A source's facts per person; `all`: why it is missing for everybody (null when it is not). */
export interface SourceFacts<Extra> {
  readonly byPerson: Map<number, { raw: RawComponent } & Extra>;
  readonly all: string | null;
}

/** What the year's enabled components draw on, for everybody at once (composite-facts.ts). */
export interface ComponentFacts {
  readonly evaluation: SourceFacts<{ redLines: string[] }> | null;
  /** read when the stars count or their 不得评优 gate applies */
  readonly stars: SourceFacts<{ bar: string | null }> | null;
  readonly starsCounted: boolean;
  readonly leader: boolean;
  /**
   * `points`: typed entries; `byPerson`: each person's items with the 自动取数 points (DOMAIN §8.7);
   * `figures`: the 自动取数 figures they refer to; `none`: the year has no item that counts for a person
   */
  readonly items: {
    readonly points: ReadonlyMap<number, ItemPointsFigure>;
    readonly none: boolean;
    readonly byPerson: ReadonlyMap<number, PersonItems>;
    readonly infos: readonly CompositeItemInfo[];
    readonly figures: readonly ItemBasisFigure[];
  } | null;
  readonly adjustments: ReadonlyMap<number, { readonly points: number; readonly records: number }> | null;
  /** 能力作风 (DOMAIN §8.7): each person's raw value (the weighted mean) with the figures it was made of */
  readonly conduct: { readonly byPerson: ReadonlyMap<number, PersonConduct>; readonly figures: readonly ItemBasisFigure[] } | null;
  /** full marks from a component's source (考核项目: the 指标体系's Σ of maxima) */
  readonly fullMarks: Partial<Record<ComponentKey, number>>;
}

/** One person's 考核项目 for the breakdown, with the sum of the 自动取数 points and the figures missing. */
export interface PersonItems {
  readonly entries: readonly CompositeItemEntry[];
  readonly autoTotal: number;
  readonly autoCount: number;
  /** 「任务按时完成率：办公室本年度没有到期的牵头任务节点」 */
  readonly missing: readonly string[];
}

/** One person's 能力作风: the weighted mean of the figures, or why it is missing. */
export interface PersonConduct {
  readonly raw: RawComponent;
  readonly entries: readonly { readonly source: AutoSource; readonly weight: number; readonly figureKey: string }[];
}

/** 考核项目 raw: typed points plus 自动取数 points; a missing figure is the component missing, never 0. */
function itemsRaw(items: NonNullable<ComponentFacts['items']>, personId: number): RawComponent {
  if (items.none) return { missing: '本年度未设置考核项目' };
  const mine = items.byPerson.get(personId);
  if (mine && mine.missing.length > 0) return { missing: mine.missing.join('；') };
  const typed = items.points.get(personId);
  if (!typed && !mine?.autoCount) return { missing: '未录入考核项目得分' };
  return { value: (typed?.total ?? 0) + (mine?.autoTotal ?? 0) };
}

const sourceRaw = <E>(facts: SourceFacts<E>, personId: number, absent: string): RawComponent =>
  facts.all != null ? { missing: facts.all } : (facts.byPerson.get(personId)?.raw ?? { missing: absent });

/** The raw value of each enabled component for one person, or why it is missing. */
export function rawComponents(p: Pick<CompositeParticipantRecord, 'personId' | 'leaderScore'>, facts: ComponentFacts): Partial<Record<ComponentKey, RawComponent>> {
  const raw: Partial<Record<ComponentKey, RawComponent>> = {};
  if (facts.evaluation) raw.evaluation = sourceRaw(facts.evaluation, p.personId, '未参加述职测评');
  if (facts.stars && facts.starsCounted) raw.stars = sourceRaw(facts.stars, p.personId, '未参加双十星评星');
  if (facts.leader) raw.leader = p.leaderScore == null ? { missing: '未录入领导评价' } : { value: p.leaderScore };
  if (facts.items) raw.items = itemsRaw(facts.items, p.personId);
  if (facts.adjustments) raw.adjustments = { value: facts.adjustments.get(p.personId)?.points ?? 0 };
  if (facts.conduct) raw.conduct = facts.conduct.byPerson.get(p.personId)?.raw ?? { missing: '无数据' };
  return raw;
}

const noGrades = [null, null, null, null] as const;

/** One person's input to `computeComposite`; `undetermined`: why they are 不定等次, or null. */
export function personInput(
  p: CompositeParticipantRecord,
  facts: ComponentFacts,
  known: { readonly quarters: ReadonlyMap<number, readonly (QuarterGrade | null)[]>; readonly sanctions: ReadonlyMap<number, readonly SanctionFactRecord[]> },
  undetermined: string | null,
): CompositePersonInput {
  return {
    personId: p.personId,
    groupId: p.groupId,
    vocabulary: p.vocabulary,
    raw: rawComponents(p, facts),
    quarters: known.quarters.get(p.personId) ?? noGrades,
    sanctions: known.sanctions.get(p.personId) ?? [],
    starsBar: facts.stars?.byPerson.get(p.personId)?.bar ?? null,
    undetermined,
  };
}

/** Indices into `participants` (and `output.rows`) in display order: group order, then rank, then roster order. */
export function displayOrder(participants: readonly Pick<CompositeParticipantRecord, 'groupId'>[], groups: readonly Pick<AnnualGroupRecord, 'id'>[], output: Pick<CompositeOutput, 'rows'>): number[] {
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]));
  const rankKey = (i: number) => output.rows[i]!.rank ?? Number.MAX_SAFE_INTEGER;
  const groupKey = (i: number) => groupOrder.get(participants[i]!.groupId) ?? 0;
  return participants.map((_p, i) => i).sort((a, b) => groupKey(a) - groupKey(b) || rankKey(a) - rankKey(b) || a - b);
}

/** One row of the 综合评定 table: the person, their figures and the committee's confirmation. */
export function compositeRow(
  p: CompositeParticipantRecord,
  figure: CompositeFigure,
  redLines: readonly string[],
  items: readonly CompositeItemEntry[] = [],
  conduct?: PersonConduct,
): CompositeRow {
  return {
    personId: p.personId,
    name: p.name,
    unitName: p.unitName,
    post: p.post,
    groupId: p.groupId,
    vocabulary: p.vocabulary,
    components: figure.components,
    composite: figure.composite,
    missing: [...figure.missing],
    rank: figure.rank,
    gates: [...figure.gates],
    cap: figure.cap,
    redLines: [...redLines],
    suggested: figure.suggested,
    note: figure.note,
    committee: figure.committee,
    insufficient: figure.insufficient,
    confirmed: p.confirmed,
    confirmReason: p.confirmReason,
    overrideReason: p.overrideReason,
    confirmedBy: p.confirmedBy,
    confirmedAt: p.confirmedAt,
    items: [...items],
    ...(conduct ? { conduct: [...conduct.entries] } : {}),
  };
}

/** Each group with its size, 优秀 quota and how many 优秀 are suggested and confirmed. */
export function groupViews(
  groups: readonly Pick<AnnualGroupRecord, 'id' | 'name'>[],
  output: Pick<CompositeOutput, 'groups'>,
  participants: readonly Pick<CompositeParticipantRecord, 'groupId' | 'confirmed'>[],
): CompositeView['groups'] {
  const byGroup = new Map(output.groups.map((g) => [g.id, g]));
  return groups.map((g) => {
    const figure = byGroup.get(g.id);
    return {
      id: g.id,
      name: g.name,
      size: figure?.size ?? 0,
      quotaBase: figure?.quotaBase ?? 0,
      excellentQuota: figure?.excellentQuota ?? 0,
      excellentSuggested: figure?.excellentSuggested ?? 0,
      excellentConfirmed: participants.filter((p) => p.groupId === g.id && p.confirmed === 'excellent').length,
    };
  });
}
