// The public face of shared/publicity: 优秀等次公示 (DOMAIN §9.1). Import this, not the files inside.
export { emptyCalendar, firstWorkingDay, isWorkingDay, publicityEndDay, publicityRunning } from './working-days';
export type { WorkCalendar } from './working-days';
export {
  effectiveStatus, fillNotice, periodSentence, publicityEndOf, publicityFields, publicityLockRefusal, publicityPreset,
  publicityStatusLabels, publicityStatuses, workCalendar,
} from './notice';
export type { LockGateInput, PublicityFields, PublicityStatus } from './notice';
export { objectionInput, publicityName, publicityObjection, publicityView } from './views';
export type { ObjectionInput, PublicityName, PublicityObjection, PublicityView } from './views';
