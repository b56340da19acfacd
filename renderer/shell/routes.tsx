import { ApartmentOutlined, AuditOutlined, DashboardOutlined, FlagOutlined, LikeOutlined, IdcardOutlined, StarOutlined, TrophyOutlined, DatabaseOutlined, FormOutlined, LockOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { KioskSession } from '../../shared/contract/kiosk';
import { AuditPage } from '../pages/audit';
import { AdminPasswordPage, BallotPrintView, EvaluationListPage, EvaluationSetupPage, KioskPage, kioskRedirect, PaperEntryPage, PrintTicketsPage, ResultsPage, UnitReviewListPage, unitReviewPath } from '../pages/evaluation';
import { ImportWizard } from '../pages/roster-import';
import { PeoplePage } from '../pages/people';
import {
  RecommendationBallotPrintView, RecommendationEntryPage, RecommendationKioskPage, RecommendationListPage, RecommendationPrintPage, RecommendationResultsPage,
  RecommendationSetupPage,
} from '../pages/recommendation';
import { DataBackupPage, OperatorPage } from '../pages/settings';
import { starsMenu, starsRoutes } from '../pages/stars';
import { annualMenu, annualRoutes } from '../pages/annual';
import { tasksMenuItem, tasksRoutes } from '../pages/tasks';
import { UnitsPage } from '../pages/units';
import { WorkbenchPage } from '../pages/workbench';
import { weeklyMenuEntries, weeklyRoutes } from '../pages/weekly';
import { inspectionsMenuEntries, inspectionsRoutes } from '../pages/inspections';
import { campaignsMenuEntries, campaignsRoutes } from '../pages/campaigns';
import { bulletinsMenuEntries, bulletinsRoutes } from '../pages/bulletins';

/**
 * The menu and the pages, as data. A later feature (述职测评, 双十星, 年度考核, 年终考核) adds one
 * menu entry and its routes here and nothing else in the shell changes.
 */
export interface MenuEntry {
  readonly key: string;
  readonly label: string;
  readonly icon?: ReactNode;
  /** leaf entries open a route */
  readonly path?: string;
  readonly children?: readonly MenuEntry[];
}

export interface RouteEntry {
  readonly path: string;
  readonly title: string;
  readonly page: ComponentType;
  /** the menu entry that stays highlighted on this route */
  readonly menuKey: string;
  /** first run: the empty state takes this route's place */
  readonly showEmptyState?: boolean;
  /** full window without menu and header (现场测评, print views) */
  readonly bare?: boolean;
}

/** 设置 → 操作员, also opened from the header's 「操作员：…」 */
export const operatorPath = '/settings/operator';

/** 科室评议 (DOMAIN §8.4): 述职测评 events rating units; their other pages are the 述职测评's */
const unitReviewMenuItem: MenuEntry = { key: 'conduct-reviews', label: '科室评议', path: unitReviewPath };

export const menu: readonly MenuEntry[] = [
  { key: 'home', label: '工作台', icon: <DashboardOutlined />, path: '/home' },
  {
    key: 'roster',
    label: '人员花名册',
    icon: <TeamOutlined />,
    children: [
      { key: 'people', label: '人员', icon: <UserOutlined />, path: '/people' },
      { key: 'units', label: '单位', icon: <ApartmentOutlined />, path: '/units' },
    ],
  },
  { key: 'evaluation', label: '述职测评', icon: <FormOutlined />, path: '/evaluation' },
  { key: 'recommendation', label: '民主推荐', icon: <LikeOutlined />, path: '/recommendation' },
  { ...starsMenu, icon: <StarOutlined /> },
  { ...annualMenu, icon: <TrophyOutlined /> },
  // 能力作风建设 (DOMAIN §8): 工作任务清单, 周晒成绩 …, one group
  { key: 'conduct', label: '能力作风建设', icon: <FlagOutlined />, children: [tasksMenuItem, ...weeklyMenuEntries, unitReviewMenuItem, ...bulletinsMenuEntries, ...campaignsMenuEntries, ...inspectionsMenuEntries] },
  { key: 'audit', label: '操作日志', icon: <AuditOutlined />, path: '/audit' },
  {
    key: 'settings',
    label: '设置',
    icon: <SettingOutlined />,
    children: [
      { key: 'data', label: '数据与备份', icon: <DatabaseOutlined />, path: '/settings/data' },
      { key: 'admin-password', label: '管理员密码', icon: <LockOutlined />, path: '/settings/admin-password' },
      { key: 'operator', label: '操作员', icon: <IdcardOutlined />, path: operatorPath },
    ],
  },
];

export const routes: readonly RouteEntry[] = [
  { path: '/home', title: '工作台', page: WorkbenchPage, menuKey: 'home', showEmptyState: true },
  { path: '/people', title: '人员', page: PeoplePage, menuKey: 'people', showEmptyState: true },
  { path: '/units', title: '单位', page: UnitsPage, menuKey: 'units' },
  { path: '/import', title: '导入花名册', page: ImportWizard, menuKey: 'people' },
  { path: '/audit', title: '操作日志', page: AuditPage, menuKey: 'audit' },
  { path: '/settings/data', title: '数据与备份', page: DataBackupPage, menuKey: 'data' },
  { path: '/evaluation', title: '述职测评', page: EvaluationListPage, menuKey: 'evaluation' },
  { path: unitReviewPath, title: '科室评议', page: UnitReviewListPage, menuKey: 'conduct-reviews' },
  { path: '/evaluation/setup', title: '测评设置', page: EvaluationSetupPage, menuKey: 'evaluation' },
  { path: '/evaluation/print', title: '打印测评票', page: PrintTicketsPage, menuKey: 'evaluation' },
  { path: '/evaluation/ballots', title: '测评票打印预览', page: BallotPrintView, menuKey: 'evaluation', bare: true },
  { path: '/evaluation/kiosk', title: '现场测评', page: KioskPage, menuKey: 'evaluation', bare: true },
  { path: '/evaluation/entry', title: '纸质票录入', page: PaperEntryPage, menuKey: 'evaluation' },
  { path: '/evaluation/results', title: '测评结果', page: ResultsPage, menuKey: 'evaluation' },
  { path: '/recommendation', title: '民主推荐与评选表优', page: RecommendationListPage, menuKey: 'recommendation' },
  { path: '/recommendation/setup', title: '推荐设置', page: RecommendationSetupPage, menuKey: 'recommendation' },
  { path: '/recommendation/print', title: '打印推荐票', page: RecommendationPrintPage, menuKey: 'recommendation' },
  { path: '/recommendation/ballots', title: '推荐票打印预览', page: RecommendationBallotPrintView, menuKey: 'recommendation', bare: true },
  { path: '/recommendation/kiosk', title: '现场推荐', page: RecommendationKioskPage, menuKey: 'recommendation', bare: true },
  { path: '/recommendation/entry', title: '推荐票录入', page: RecommendationEntryPage, menuKey: 'recommendation' },
  { path: '/recommendation/results', title: '推荐结果', page: RecommendationResultsPage, menuKey: 'recommendation' },
  ...starsRoutes,
  ...annualRoutes,
  ...tasksRoutes,
  ...weeklyRoutes,
  ...inspectionsRoutes,
  ...campaignsRoutes,
  ...bulletinsRoutes,
  { path: '/settings/admin-password', title: '管理员密码', page: AdminPasswordPage, menuKey: 'admin-password' },
  { path: operatorPath, title: '操作员', page: OperatorPage, menuKey: 'operator' },
];

/** Where the shell must go instead (现场测评 keeps the app until the admin password is given). */
export const redirectFor = (path: string, kiosk: KioskSession | null | undefined): string | null => kioskRedirect(path, kiosk);

export const defaultPath = '/home';

export const findRoute = (path: string): RouteEntry | undefined => routes.find((r) => r.path === path);

/** The submenus that hold an entry (to open them when it is highlighted). */
export function parentKeysOf(key: string, entries: readonly MenuEntry[] = menu): string[] | null {
  for (const e of entries) {
    if (e.key === key) return [];
    const inner = e.children ? parentKeysOf(key, e.children) : null;
    if (inner) return [e.key, ...inner];
  }
  return null;
}

export function menuPathOf(key: string, entries: readonly MenuEntry[] = menu): string | undefined {
  for (const e of entries) {
    if (e.key === key) return e.path;
    const inner = e.children && menuPathOf(key, e.children);
    if (inner) return inner;
  }
  return undefined;
}
