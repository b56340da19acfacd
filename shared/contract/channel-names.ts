/**
 * The names that cross the process boundary, without zod: the preload checks every call's channel
 * against this list, and it must stay a small sandboxed script (importing the contract's schemas
 * made it 843 KB). index.ts checks at compile time that the list is exactly the contract's channel
 * names (a channel added to a contract file and not here, or the reverse, fails `tsc`), and
 * tests/unit/electron-preload.test.ts checks it at run time.
 */
export const channelNameList = [
  // app.ts
  'app.info', 'settings.operator', 'settings.setOperator', 'demo.load',
  // units.ts
  'units.list', 'units.create', 'units.update', 'units.reorder', 'units.delete',
  // people.ts
  'people.search', 'people.create', 'people.update', 'people.move', 'people.setStatus', 'people.delete',
  'people.vocabularies', 'roster.export',
  // roster-import.ts
  'roster.importStart', 'roster.importPreview', 'roster.importCommit', 'roster.importErrorReport',
  // backup.ts
  'backup.list', 'backup.create', 'backup.restore', 'backup.integrityCheck',
  // audit.ts
  'audit.list',
  // evaluation.ts
  'evaluation.presets', 'evaluation.list', 'evaluation.get', 'evaluation.create', 'evaluation.update', 'evaluation.setTargets',
  'evaluation.setAttendance', 'evaluation.issueTickets', 'evaluation.ballotSheet', 'evaluation.setStatus',
  'evaluation.wipeTestBallots', 'evaluation.kioskSubmit', 'evaluation.paperEntry',
  'evaluation.mismatches', 'evaluation.settleMismatch', 'evaluation.revalidate', 'evaluation.results', 'evaluation.unitReviews',
  'evaluation.exportResults', 'evaluation.close', 'evaluation.delete', 'settings.setAdminPassword',
  'settings.verifyAdminPassword', 'settings.hasAdminPassword',
  // recommendation.ts
  'recommendation.presets', 'recommendation.list', 'recommendation.get', 'recommendation.create', 'recommendation.update',
  'recommendation.setAttendance', 'recommendation.issueTickets', 'recommendation.ballotSheet', 'recommendation.setStatus',
  'recommendation.wipeTestBallots', 'recommendation.kioskSubmit', 'recommendation.writeInSearch', 'recommendation.paperEntry',
  'recommendation.mismatches', 'recommendation.settleMismatch', 'recommendation.results', 'recommendation.exportResults',
  'recommendation.close', 'recommendation.delete', 'recommendation.commend', 'recommendation.candidateLists',
  // kiosk.ts
  'evaluation.kioskStart', 'evaluation.kioskSession', 'evaluation.kioskExit',
  // stars.ts
  'stars.presets', 'stars.schemes', 'stars.scheme', 'stars.createScheme', 'stars.updateScheme', 'stars.deleteScheme',
  'stars.disqualifyReasons', 'stars.setDisqualifyReasons', 'stars.grid', 'stars.review', 'stars.selfAssess', 'stars.recordVotes',
  'stars.votesFromEvaluation', 'stars.decide', 'stars.startPublicity', 'stars.addObjection', 'stars.resolveObjection',
  'stars.awardPreview', 'stars.award', 'stars.removeStar', 'stars.disqualify', 'stars.clearDisqualification', 'stars.setRemark',
  'stars.addEvidence', 'stars.openEvidence', 'stars.deleteEvidence', 'stars.board', 'stars.yearEnd',
  'stars.exportBoard', 'stars.exportSummary', 'stars.exportTenStar',
  // annual.ts
  'annual.presets', 'annual.years', 'annual.year', 'annual.createYear', 'annual.deleteYear', 'annual.updateRules',
  'annual.saveGroups', 'annual.participants', 'annual.addParticipants', 'annual.removeParticipants', 'annual.updateParticipants',
  'annual.setUndetermined', 'annual.setParticipantNotes', 'annual.items', 'annual.saveCategories', 'annual.saveItem', 'annual.moveItem', 'annual.deleteItem',
  'annual.scoreGrid', 'annual.setScore', 'annual.quarterGrid', 'annual.setQuarter', 'annual.importQuarters',
  'annual.quarterTemplate', 'annual.setLeaderScores', 'annual.adjustmentKinds', 'annual.setAdjustmentKinds',
  'annual.adjustments', 'annual.addAdjustment', 'annual.deleteAdjustment', 'annual.sanctions', 'annual.addSanction',
  'annual.deleteSanction', 'annual.composite', 'annual.confirm', 'annual.confirmAsSuggested', 'annual.clearConfirmation',
  'annual.lock', 'annual.unlock', 'annual.exportComposite', 'annual.recordMeeting', 'annual.meetings',
  // publicity.ts
  'publicity.get', 'publicity.create', 'publicity.update', 'publicity.refreshNames', 'publicity.publish', 'publicity.end',
  'publicity.delete', 'publicity.addObjection', 'publicity.updateObjection', 'publicity.deleteObjection',
  // annual-results.ts
  'annual.notices', 'annual.exportFiling',
  // annual-history.ts
  'history.table', 'history.person', 'history.recent', 'history.import', 'history.template', 'history.setImported', 'history.deleteImported',
  'awards.lists', 'awards.generate', 'awards.add', 'awards.delete',
  // reports.ts
  'reports.startMaterials', 'reports.startRegister', 'reports.registerForms', 'reports.summary',
  // weekly.ts
  'weekly.settings', 'weekly.setSettings', 'weekly.week', 'weekly.saveItems', 'weekly.copyUnfinished', 'weekly.mark', 'weekly.setEvidence', 'weekly.openEvidence',
  // tasks.ts
  'tasks.list', 'tasks.saveItem', 'tasks.deleteItem', 'tasks.saveNode', 'tasks.deleteNode', 'tasks.import', 'tasks.export', 'tasks.monthFigures',
  // inspections.ts
  'inspections.settings', 'inspections.setSettings', 'inspections.records', 'inspections.saveRecord', 'inspections.deleteRecord',
  'inspections.notices', 'inspections.addNotice', 'inspections.deleteNotice',
  // campaigns.ts
  'campaigns.presets', 'campaigns.list', 'campaigns.create', 'campaigns.get', 'campaigns.save', 'campaigns.delete', 'campaigns.register', 'campaigns.setRecord',
  'campaigns.markAll', 'campaigns.setEvidence', 'campaigns.openEvidence', 'campaigns.progress',
  // bulletins.ts
  'bulletins.settings', 'bulletins.setSettings', 'bulletins.list', 'bulletins.view', 'bulletins.save', 'bulletins.issue', 'bulletins.withdraw', 'bulletins.delete', 'bulletins.export',
  // workbench.ts
  'workbench.overview',
  // jobs.ts
  'jobs.status', 'jobs.cancel',
] as const;

export type ListedChannelName = (typeof channelNameList)[number];

const listed: ReadonlySet<string> = new Set(channelNameList);

/** A channel of the contract (own names only: not `__proto__`, `constructor` …). */
export const isChannelName = (name: string): name is ListedChannelName => listed.has(name);

/** The Electron IPC channels between preload and main (renderer calls go through `invoke`). */
export const ipcChannels = {
  invoke: 'kaoping:invoke',
  saveFile: 'kaoping:save-file',
  printToPdf: 'kaoping:print-to-pdf',
} as const;
