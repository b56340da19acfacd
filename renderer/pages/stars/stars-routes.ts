import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';

const SchemesPage = lazyPage(() => import('./schemes/SchemesPage'), 'SchemesPage');
const ReviewPage = lazyPage(() => import('./review/ReviewPage'), 'ReviewPage');
const BoardPage = lazyPage(() => import('./board/BoardPage'), 'BoardPage');
const PrintBoardView = lazyPage(() => import('./print/PrintBoardView'), 'PrintBoardView');
const YearEndPage = lazyPage(() => import('./year-end/YearEndPage'), 'YearEndPage');

/** The 双十星 menu group and its pages (routes.tsx spreads them in). */
export const starsMenu: MenuEntry = {
  key: 'stars',
  label: '双十星',
  children: [
    { key: 'stars-schemes', label: '星级方案', path: '/stars/schemes' },
    { key: 'stars-review', label: '评星', path: '/stars/review' },
    { key: 'stars-board', label: '星级公示榜', path: '/stars/board' },
    { key: 'stars-year-end', label: '年终认定', path: '/stars/year-end' },
  ],
};

export const starsRoutes: readonly RouteEntry[] = [
  { path: '/stars/schemes', title: '星级方案', page: SchemesPage, menuKey: 'stars-schemes' },
  { path: '/stars/review', title: '评星', page: ReviewPage, menuKey: 'stars-review' },
  { path: '/stars/board', title: '星级公示榜', page: BoardPage, menuKey: 'stars-board' },
  { path: '/stars/print', title: '星级公示榜打印预览', page: PrintBoardView, menuKey: 'stars-board', bare: true },
  { path: '/stars/year-end', title: '年终认定', page: YearEndPage, menuKey: 'stars-year-end' },
];
