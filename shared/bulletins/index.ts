// The public face of shared/bulletins: what other features import from it. Import this, not the files inside.
export { bulletinFigures } from './figures';
export type { BulletinFigureInput, ReviewFact } from './figures';
export { compositeScore, rankScores, reweightNote } from './ranking';
export type { Composite, RankValues } from './ranking';
export { bulletinSettings, bulletinTitle, defaultBulletinSettings, defaultRankWeights, rankPartLabels, rankParts, rankWeights, weightsText } from './settings';
export type { BulletinSettings, RankPart, RankWeights } from './settings';
export { suggestUnits } from './suggestions';
export { bulletinColumns, bulletinRowCells, figureNotes, rankedRows } from './table';
export {
  bulletin, bulletinFigures as bulletinFiguresSchema, bulletinMonth, bulletinNode, bulletinRow, bulletinSettingsView, bulletinStatus, bulletinStatusLabels, bulletinSuggestion, bulletinText, bulletinView,
} from './views';
export type { Bulletin, BulletinFigures, BulletinNode, BulletinRow, BulletinSettingsView, BulletinStatus, BulletinText, BulletinView } from './views';
