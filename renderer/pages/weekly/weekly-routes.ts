import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';

const WeeklyPage = lazyPage(() => import('./WeeklyPage'), 'WeeklyPage');
const PrintWeeklyBoard = lazyPage(() => import('./print/PrintWeeklyBoard'), 'PrintWeeklyBoard');

export const weeklyPath = '/conduct/weekly';
export const weeklyPrintPath = '/conduct/weekly/print';

/** The 周晒成绩 entries of the 能力作风建设 menu group (routes.tsx holds the group). */
export const weeklyMenuEntries: readonly MenuEntry[] = [{ key: 'conduct-weekly', label: '周晒成绩', path: weeklyPath }];

export const weeklyRoutes: readonly RouteEntry[] = [
  { path: weeklyPath, title: '周晒成绩', page: WeeklyPage, menuKey: 'conduct-weekly' },
  { path: weeklyPrintPath, title: '一周工作晒评打印预览', page: PrintWeeklyBoard, menuKey: 'conduct-weekly', bare: true },
];

/** The board's print view for a year and week. */
export const weeklyPrintHref = (year: number, week: number): string => `${weeklyPrintPath}?year=${year}&week=${week}`;
