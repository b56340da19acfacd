// The public face of db/inspections: what other features import from it. Import this, not the files inside.
export { deleteNoticeRow, getNoticeRow, insertNotice, insertNoticePerson, linkNoticeAdjustment, listNoticeRows, noticeAdjustments, noticePeople } from './notices';
export type { NoticeRow } from './notices';
export { deleteInspectionRow, getInspectionRow, insertInspection, inspectionTeams, listInspectionRows, personHasInspections, unitInspectionCount, updateInspection } from './records';
export type { InspectionRecordRow, InspectionRecordWrite } from './records';
export { activePeopleOfUnits, getInspectionSettings, peopleByIds, saveInspectionSettings } from './settings';
