// The public face of renderer/pages/recommendation (民主推荐, 评选表优, 赞成票): what other features import from it.
// Its pages are fetched when first opened (renderer/shell/lazy-page.tsx), so the first screen carries none of them.
import { lazyPage } from '../../shell/lazy-page';

export const RecommendationListPage = lazyPage(() => import('./list/RecommendationListPage'), 'RecommendationListPage');
export const RecommendationSetupPage = lazyPage(() => import('./setup/RecommendationSetupPage'), 'RecommendationSetupPage');
export const RecommendationResultsPage = lazyPage(() => import('./results/RecommendationResultsPage'), 'RecommendationResultsPage');
export const RecommendationPrintPage = lazyPage(() => import('./print/RecommendationPrintPage'), 'RecommendationPrintPage');
export const RecommendationBallotPrintView = lazyPage(() => import('./print/RecommendationBallotPrintView'), 'RecommendationBallotPrintView');
export const RecommendationKioskPage = lazyPage(() => import('./kiosk/RecommendationKioskPage'), 'RecommendationKioskPage');
export const RecommendationEntryPage = lazyPage(() => import('./entry/RecommendationEntryPage'), 'RecommendationEntryPage');
