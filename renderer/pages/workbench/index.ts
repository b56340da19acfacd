// The public face of renderer/pages/workbench (工作台); fetched when first opened (renderer/shell/lazy-page.tsx).
import { lazyPage } from '../../shell/lazy-page';

export const WorkbenchPage = lazyPage(() => import('./WorkbenchPage'), 'WorkbenchPage');
