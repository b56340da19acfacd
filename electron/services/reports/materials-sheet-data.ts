import type { QuarterGrade, RoundingRule, AdjustmentRecord, CompositeView, SanctionRecord } from '../../../shared/annual';
import type { EvaluationTarget } from '../../../shared/contract/evaluation';
import type { EvaluationConfig, EvaluationResults } from '../../../shared/evaluation';
import type { StarGate, StarItem, StarSchemeKind } from '../../../shared/stars';
import type { SummarySheetInput } from '../stars';

/**
 * What the 年终考核材料 workbook is written from (electron/services/reports-materials-data.ts reads
 * it in one snapshot): the composite view of the year and the records behind its figures.
 */

export interface MaterialsPerson {
  readonly gender: string;
  /** YYYY.MM as the roster keeps it */
  readonly birth: string;
  readonly political: string;
  readonly rank: string;
  readonly category: string;
}

export interface MaterialsGroup {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly excellentShare: number;
  readonly excellentQuota: number;
  readonly goodShare: number;
  readonly goodQuota: number;
  readonly rounding: RoundingRule;
}

export interface MaterialsEvaluation {
  readonly event: { readonly id: number; readonly name: string; readonly year: number; readonly date: string; readonly unitTitle: string; readonly config: EvaluationConfig; readonly closed: boolean };
  readonly targets: readonly EvaluationTarget[];
  readonly results: EvaluationResults;
}

export interface MaterialsStarScheme {
  readonly kind: StarSchemeKind;
  readonly name: string;
  readonly cycleLabel: string;
  readonly items: readonly StarItem[];
  readonly gates: readonly StarGate[];
  /** points per star and their cap (the 双十星 component's raw value) */
  readonly points: { readonly perStar: number; readonly cap: number };
  /** how stars held at year end are counted, in words */
  readonly yearEndRule: string;
  readonly summary: SummarySheetInput['rows'];
  readonly tenStar: readonly { readonly name: string; readonly unitName: string; readonly post: string; readonly stars: number; readonly points: number; readonly gates: string }[];
}

export interface MaterialsData {
  readonly year: number;
  readonly unitTitle: string;
  /** the year is locked: its figures are final and the titles carry no 「（未确定）」 */
  readonly final: boolean;
  /** 锁定日期 of a locked year, else the day the file is made (Chinese) */
  readonly dateLine: string;
  readonly view: CompositeView;
  readonly groups: readonly MaterialsGroup[];
  /** person ids in group order, then roster order */
  readonly rosterOrder: readonly number[];
  readonly people: ReadonlyMap<number, MaterialsPerson>;
  readonly quarters: ReadonlyMap<number, readonly (QuarterGrade | null)[]>;
  readonly adjustments: readonly AdjustmentRecord[];
  readonly sanctions: readonly SanctionRecord[];
  readonly evaluations: readonly MaterialsEvaluation[];
  /** events named by the rules that no longer exist */
  readonly missingEvaluations: readonly number[];
  /** the year's 双十星 schemes, 党员干部 first */
  readonly starSchemes: readonly MaterialsStarScheme[];
  /** stars held at year end per person (党员干部 scheme); null without a scheme */
  readonly starCounts: ReadonlyMap<number, number> | null;
}

