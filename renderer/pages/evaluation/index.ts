// The public face of renderer/pages/evaluation: what other features import from it. Import this, not the files inside.
export { AdminPasswordPage } from './AdminPasswordPage';
export { EvaluationListPage } from './EvaluationListPage';
export { PaperEntryPage } from './entry/PaperEntryPage';
export { kioskRedirect } from './kiosk-lock';
export { KioskPage } from './kiosk/KioskPage';
export { BallotPrintView } from './print/BallotPrintView';
export { PrintTicketsPage } from './print/PrintTicketsPage';
export { ResultsPage } from './results/ResultsPage';
export { EvaluationSetupPage } from './setup/EvaluationSetupPage';
