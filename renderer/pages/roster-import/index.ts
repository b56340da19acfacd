// The public face of renderer/pages/roster-import: what other features import from it. Import this, not the files inside.
// Its pages are fetched when first opened (renderer/shell/lazy-page.tsx), so the first screen carries none of them.
import { lazyPage } from '../../shell/lazy-page';

export const ImportWizard = lazyPage(() => import('./ImportWizard'), 'ImportWizard');
