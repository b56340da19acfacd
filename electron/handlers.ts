import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/contract';
import type { AppContext } from './context';
import { appInfo } from './services/app-info';
import { auditList } from './services/audit';
import { checkIntegrity, createBackup, listBackups, restoreBackup } from './services/backup';
import { loadDemoData } from './services/demo';
import { createPerson, deletePerson, getPerson, movePeople, peopleVocabularies, searchPeople, setPeopleStatus, updatePerson } from './services/people';
import { exportRoster } from './services/roster-export';
import { commitRosterImport, previewRosterImport, rosterImportErrorReport, rosterImportStatus, startRosterImport } from './services/roster-import';
import { createUnit, deleteUnit, listUnits, reorderUnits, updateUnit } from './services/units';

export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, ctx: AppContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** Every channel of the contract, bound to its service. A missing or mistyped entry fails to compile. */
export const handlers = {
  'app.info': (_input, ctx) => appInfo(ctx),
  'demo.load': (_input, ctx) => loadDemoData(ctx),

  'units.list': (_input, ctx) => listUnits(ctx),
  'units.create': (input, ctx) => createUnit(ctx, input),
  'units.update': (input, ctx) => updateUnit(ctx, input),
  'units.reorder': (input, ctx) => reorderUnits(ctx, input),
  'units.delete': (input, ctx) => deleteUnit(ctx, input),

  'people.search': (input, ctx) => searchPeople(ctx, input),
  'people.get': (input, ctx) => getPerson(ctx, input),
  'people.create': (input, ctx) => createPerson(ctx, input),
  'people.update': (input, ctx) => updatePerson(ctx, input),
  'people.move': (input, ctx) => movePeople(ctx, input),
  'people.setStatus': (input, ctx) => setPeopleStatus(ctx, input),
  'people.delete': (input, ctx) => deletePerson(ctx, input),
  'people.vocabularies': (_input, ctx) => peopleVocabularies(ctx),
  'roster.export': (input, ctx) => exportRoster(ctx, input),

  'roster.importStart': (input, ctx) => startRosterImport(ctx, input),
  'roster.importStatus': (input, ctx) => rosterImportStatus(ctx, input),
  'roster.importPreview': (input, ctx) => previewRosterImport(ctx, input),
  'roster.importCommit': (input, ctx) => commitRosterImport(ctx, input),
  'roster.importErrorReport': (input, ctx) => rosterImportErrorReport(ctx, input),

  'backup.list': (_input, ctx) => listBackups(ctx),
  'backup.create': (_input, ctx) => createBackup(ctx),
  'backup.restore': (input, ctx) => restoreBackup(ctx, input),
  'backup.integrityCheck': (_input, ctx) => checkIntegrity(ctx),

  'audit.list': (input, ctx) => auditList(ctx, input),
} satisfies Handlers;
