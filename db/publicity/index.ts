// The public face of db/publicity (annual_publicity, annual_publicity_objections): import this, not the files inside.
export { deletePublicityRow, getPublicity, insertPublicity, previousPublicity, setPublicityNames, setPublicityStatus, updatePublicityFields } from './publicity';
export type { PublicityRecord } from './publicity';
export { deleteObjectionRow, getObjection, insertObjection, listObjections, objectionOutcomeWords, updateObjectionRow } from './objections';
export type { ObjectionRecord } from './objections';
