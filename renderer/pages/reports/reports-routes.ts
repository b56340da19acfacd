import { lazyPage } from '../../shell/lazy-page';
import type { RouteEntry } from '../../shell/routes';

const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');
const RegisterPrintView = lazyPage(() => import('./register/RegisterPrintView'), 'RegisterPrintView');
const SummaryPrintView = lazyPage(() => import('./summary/SummaryPrintView'), 'SummaryPrintView');

/** 年终考核材料 (under the 年度考核 menu) and its two A4 print views. */
export const reportsMenuItem = { key: 'annual-reports', label: '年终考核材料', path: '/annual/reports' };

export const reportsRoutes: readonly RouteEntry[] = [
  { path: '/annual/reports', title: '年终考核材料', page: ReportsPage, menuKey: 'annual-reports' },
  { path: '/annual/register-print', title: '年度考核登记表打印预览', page: RegisterPrintView, menuKey: 'annual-reports', bare: true },
  { path: '/annual/summary-print', title: '年终考核汇总报告', page: SummaryPrintView, menuKey: 'annual-reports', bare: true },
];
