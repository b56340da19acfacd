import { ApartmentOutlined, AuditOutlined, DatabaseOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { AuditPage } from '../pages/audit/AuditPage';
import { ImportWizard } from '../pages/import/ImportWizard';
import { PeoplePage } from '../pages/people/PeoplePage';
import { DataBackupPage } from '../pages/settings/DataBackupPage';
import { UnitsPage } from '../pages/units/UnitsPage';

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
}

export const menu: readonly MenuEntry[] = [
  {
    key: 'roster',
    label: '人员花名册',
    icon: <TeamOutlined />,
    children: [
      { key: 'people', label: '人员', icon: <UserOutlined />, path: '/people' },
      { key: 'units', label: '单位', icon: <ApartmentOutlined />, path: '/units' },
    ],
  },
  { key: 'audit', label: '操作日志', icon: <AuditOutlined />, path: '/audit' },
  {
    key: 'settings',
    label: '设置',
    icon: <SettingOutlined />,
    children: [{ key: 'data', label: '数据与备份', icon: <DatabaseOutlined />, path: '/settings/data' }],
  },
];

export const routes: readonly RouteEntry[] = [
  { path: '/people', title: '人员', page: PeoplePage, menuKey: 'people', showEmptyState: true },
  { path: '/units', title: '单位', page: UnitsPage, menuKey: 'units' },
  { path: '/import', title: '导入花名册', page: ImportWizard, menuKey: 'people' },
  { path: '/audit', title: '操作日志', page: AuditPage, menuKey: 'audit' },
  { path: '/settings/data', title: '数据与备份', page: DataBackupPage, menuKey: 'data' },
];

export const defaultPath = '/people';

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
