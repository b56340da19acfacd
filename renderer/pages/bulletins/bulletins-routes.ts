import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';

const BulletinsPage = lazyPage(() => import('./BulletinsPage'), 'BulletinsPage');
const PrintBulletin = lazyPage(() => import('./print/PrintBulletin'), 'PrintBulletin');

export const bulletinsPath = '/conduct/bulletins';
export const bulletinsPrintPath = '/conduct/bulletins/print';

/** The 月度通报 entry of the 能力作风建设 menu group (routes.tsx holds the group). */
export const bulletinsMenuEntries: readonly MenuEntry[] = [{ key: 'conduct-bulletins', label: '月度通报', path: bulletinsPath }];

export const bulletinsRoutes: readonly RouteEntry[] = [
  { path: bulletinsPath, title: '月度通报', page: BulletinsPage, menuKey: 'conduct-bulletins' },
  { path: bulletinsPrintPath, title: '月度通报打印预览', page: PrintBulletin, menuKey: 'conduct-bulletins', bare: true },
];

/** The 通报's print view for a year and month. */
export const bulletinPrintHref = (year: number, month: number): string => `${bulletinsPrintPath}?year=${year}&month=${month}`;
