// The public face of renderer/pages/settings: what other features import from it. Import this, not the files inside.
// Its pages are fetched when first opened (renderer/shell/lazy-page.tsx), so the first screen carries none of them.
import { lazyPage } from '../../shell/lazy-page';

export const DataBackupPage = lazyPage(() => import('./DataBackupPage'), 'DataBackupPage');
export const OperatorPage = lazyPage(() => import('./OperatorPage'), 'OperatorPage');
