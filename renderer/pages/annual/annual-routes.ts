import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';
import { reportsMenuItem, reportsRoutes } from '../reports';

const AnnualSchemePage = lazyPage(() => import('./scheme/AnnualSchemePage'), 'AnnualSchemePage');
const ItemsPage = lazyPage(() => import('./items/ItemsPage'), 'ItemsPage');
const QuartersPage = lazyPage(() => import('./quarters/QuartersPage'), 'QuartersPage');
const RecordsPage = lazyPage(() => import('./records/RecordsPage'), 'RecordsPage');
const CompositePage = lazyPage(() => import('./composite/CompositePage'), 'CompositePage');
const CompositePrintView = lazyPage(() => import('./composite-print/CompositePrintView'), 'CompositePrintView');
const PublicityPage = lazyPage(() => import('./publicity/PublicityPage'), 'PublicityPage');
const PublicityPrintView = lazyPage(() => import('./publicity/PublicityPrintView'), 'PublicityPrintView');
const NoticesPage = lazyPage(() => import('./notices/NoticesPage'), 'NoticesPage');
const NoticesPrintView = lazyPage(() => import('./notices/NoticesPrintView'), 'NoticesPrintView');
const HistoryPage = lazyPage(() => import('./history/HistoryPage'), 'HistoryPage');
const AwardsPage = lazyPage(() => import('./awards/AwardsPage'), 'AwardsPage');
const AwardsPrintView = lazyPage(() => import('./awards/AwardsPrintView'), 'AwardsPrintView');

/** The 年度考核 menu group and its pages, in the order of the year's work (routes.tsx spreads them in). */
export const annualMenu: MenuEntry = {
  key: 'annual',
  label: '年度考核',
  children: [
    { key: 'annual-scheme', label: '年度考核方案', path: '/annual/scheme' },
    { key: 'annual-items', label: '考核项目评分', path: '/annual/items' },
    { key: 'annual-quarters', label: '平时考核', path: '/annual/quarters' },
    { key: 'annual-records', label: '评价与奖惩', path: '/annual/records' },
    { key: 'annual-composite', label: '综合评定', path: '/annual/composite' },
    { key: 'annual-publicity', label: '优秀公示', path: '/annual/publicity' },
    { key: 'annual-notices', label: '考核结果通知书', path: '/annual/notices' },
    { key: 'annual-awards', label: '奖励与结果运用', path: '/annual/awards' },
    { key: 'annual-history', label: '历年等次', path: '/annual/history' },
    reportsMenuItem,
  ],
};

export const annualRoutes: readonly RouteEntry[] = [
  { path: '/annual/scheme', title: '年度考核方案', page: AnnualSchemePage, menuKey: 'annual-scheme' },
  { path: '/annual/items', title: '考核项目评分', page: ItemsPage, menuKey: 'annual-items' },
  { path: '/annual/quarters', title: '平时考核', page: QuartersPage, menuKey: 'annual-quarters' },
  { path: '/annual/records', title: '评价与奖惩', page: RecordsPage, menuKey: 'annual-records' },
  { path: '/annual/composite', title: '综合评定', page: CompositePage, menuKey: 'annual-composite' },
  { path: '/annual/composite-print', title: '综合评定表打印预览', page: CompositePrintView, menuKey: 'annual-composite', bare: true },
  { path: '/annual/publicity', title: '优秀公示', page: PublicityPage, menuKey: 'annual-publicity' },
  { path: '/annual/publicity-print', title: '优秀等次公示打印预览', page: PublicityPrintView, menuKey: 'annual-publicity', bare: true },
  { path: '/annual/notices', title: '考核结果通知书', page: NoticesPage, menuKey: 'annual-notices' },
  { path: '/annual/notices-print', title: '考核结果通知书打印预览', page: NoticesPrintView, menuKey: 'annual-notices', bare: true },
  { path: '/annual/awards', title: '奖励与结果运用', page: AwardsPage, menuKey: 'annual-awards' },
  { path: '/annual/awards-print', title: '奖励名单打印预览', page: AwardsPrintView, menuKey: 'annual-awards', bare: true },
  { path: '/annual/history', title: '历年等次', page: HistoryPage, menuKey: 'annual-history' },
  ...reportsRoutes,
];
