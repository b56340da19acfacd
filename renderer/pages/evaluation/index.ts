// The public face of renderer/pages/evaluation: what other features import from it. Import this, not the files inside.
// Its pages are fetched when first opened (renderer/shell/lazy-page.tsx), so the first screen carries none of them.
import { lazyPage } from '../../shell/lazy-page';

export { kioskRedirect } from './kiosk-lock';
export const AdminPasswordPage = lazyPage(() => import('./admin-password/AdminPasswordPage'), 'AdminPasswordPage');
export const EvaluationListPage = lazyPage(() => import('./list/EvaluationListPage'), 'EvaluationListPage');
export const PaperEntryPage = lazyPage(() => import('./entry/PaperEntryPage'), 'PaperEntryPage');
export const KioskPage = lazyPage(() => import('./kiosk/KioskPage'), 'KioskPage');
export const BallotPrintView = lazyPage(() => import('./print/BallotPrintView'), 'BallotPrintView');
export const PrintTicketsPage = lazyPage(() => import('./print/PrintTicketsPage'), 'PrintTicketsPage');
export const ResultsPage = lazyPage(() => import('./results/ResultsPage'), 'ResultsPage');
export const EvaluationSetupPage = lazyPage(() => import('./setup/EvaluationSetupPage'), 'EvaluationSetupPage');
export const UnitReviewListPage = lazyPage(() => import('./reviews/UnitReviewListPage'), 'UnitReviewListPage');
export { unitReviewPath } from './paths';
