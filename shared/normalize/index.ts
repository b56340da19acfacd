// The public face of shared/normalize: what other features import from it. Import this, not the files inside.
export { excelSerialToDate, parseDateParts, toIsoDate, toYearMonth } from './dates';
export type { DateCell, NormalizedDate } from './dates';
export { checkIdNumber, checkIdNumberCell, excelScientific, idCheckChar } from './id-number';
export { cleanCell, cleanCode, cleanName, stripXmlIllegal, stripXmlIllegalDeep, toHalfWidth } from './text';
export { pinyinInitials } from './pinyin-initials';
export { ethnicGroups, normalizeEthnicity } from './ethnicity';
