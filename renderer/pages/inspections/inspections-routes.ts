import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';

const InspectionsPage = lazyPage(() => import('./InspectionsPage'), 'InspectionsPage');

export const inspectionsPath = '/conduct/inspections';

/** The 督查督办 entry of the 能力作风建设 menu group (routes.tsx holds the group). */
export const inspectionsMenuEntries: readonly MenuEntry[] = [{ key: 'conduct-inspections', label: '督查督办', path: inspectionsPath }];

export const inspectionsRoutes: readonly RouteEntry[] = [{ path: inspectionsPath, title: '督查督办', page: InspectionsPage, menuKey: 'conduct-inspections' }];
