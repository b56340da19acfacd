// The public face of shared/annual: what other features import from it. Import this, not the files inside.
export { fullMarksOf, requiredComponents } from './components';
export { defaultGroupFor, vocabularyFor } from './default-group';
export { itemEntryPoints, pointsText } from './item-points';
export type { ItemRule } from './item-points';
export { partsRuleText } from './printed-parts';
export { effectiveUndetermined, undeterminedFromRoster } from './undetermined';
export { annualCategoryPresets, annualRules, annualRulesPreset, componentLabels, levelCodes, levelIndex, outcomeCode, outcomeLabel, quarterGrade, quarterGradeLabels, quarterName, quarterNames, quarterNumber, quarters, quotaFor, roundingLabels, roundingRule, sanctionType, sanctionTypes, undeterminedLabel, vocabularyKey, vocabularyKeys } from './rules';
export type { AnnualRules, ComponentKey, LevelCode, OutcomeCode, QuarterGrade, RoundingRule, SanctionGate, VocabularyKey } from './rules';
export { adjustmentRecord, annualYear, annualYearSummary, assessmentItem, committeeBlock, compositeView, itemCategory, itemMethod, itemTarget, participant, quarterGrid, quarterImportResult, sanctionRecord, scoreCell, scoreGrid, yearStatus } from './views';
export type { AdjustmentRecord, AnnualGroup, AnnualYearSummary, CompositeRow, CompositeView, ItemMethod, ItemTarget, Participant, SanctionRecord } from './views';
