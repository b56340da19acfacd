import { Button, Layout, Menu, Spin, Tooltip, type MenuProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAppInfo } from '../hooks/data-hooks';
import { useKioskSession } from '../hooks/evaluation-hooks';
import { EmptyState } from '../pages/start';
import { navigate, useHashLocation } from '../router/hash-router';
import { QueryError } from '../components/QueryError';
import { PageSlot, preloadPage } from './lazy-page';
import { defaultPath, findRoute, menu, menuPathOf, operatorPath, parentKeysOf, redirectFor, type MenuEntry } from './routes';
import './shell.css';

const { Header, Sider, Content } = Layout;

// first run only: its cards stay out of the everyday first screen

type MenuItem = Required<MenuProps>['items'][number];

const toMenuItems = (entries: readonly MenuEntry[]): MenuItem[] =>
  entries.map((e) => (e.children ? { key: e.key, icon: e.icon, label: e.label, children: toMenuItems(e.children) } : { key: e.key, icon: e.icon, label: e.label }));

/** Opening a group closes the others (groups are one level deep); closing one just closes it. */
const accordionKeys = (before: readonly string[], after: string[]): string[] => {
  const opened = after.find((k) => !before.includes(k));
  return opened ? [opened] : after;
};

export function AppShell() {
  const location = useHashLocation();
  const route = findRoute(location.path);
  const kiosk = useKioskSession();
  const redirect = redirectFor(location.path, kiosk.data);
  // during 现场测评 the main process answers only the kiosk's channels: ask for nothing else
  const info = useAppInfo({ enabled: !kiosk.isPending && !kiosk.data });
  const items = useMemo(() => toMenuItems(menu), []);
  // an accordion: only the current page's group is open, so the whole menu fits a 720 px high screen
  const [openKeys, setOpenKeys] = useState<string[]>(() => (route ? parentKeysOf(route.menuKey) ?? [] : []));

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
    else if (!route) navigate(defaultPath, { replace: true });
  }, [route, redirect]);

  useEffect(() => {
    if (!route) return;
    preloadPage(route.page);
    document.title = `${route.title} - 干部考核测评系统`;
    setOpenKeys(parentKeysOf(route.menuKey) ?? []);
  }, [route]);

  if (kiosk.isPending) return <Spin size="large" className="shell-loading" description="正在加载…" />;
  if (redirect) return null;
  // 现场测评 and print views fill the window: no menu, no header
  if (route?.bare) return <PageSlot page={route.page} routeKey={route.path} />;

  let body;
  if (info.isPending) body = <Spin size="large" className="shell-loading" description="正在加载…" />;
  else if (info.isError) body = <QueryError error={info.error} />;
  else if (!route) body = null;
  else if (route.showEmptyState && info.data.empty) body = <PageSlot page={EmptyState} routeKey="empty-state" />;
  else body = <PageSlot page={route.page} routeKey={route.path} />;

  return (
    <Layout className="shell">
      <Header className="shell-header">
        <div className="shell-title">
          <span className="shell-emblem" aria-hidden>考</span>
          干部考核测评系统
        </div>
        {info.data && (
          <Tooltip title="修改操作员姓名" placement="bottomRight">
            <Button type="text" className="shell-operator" onClick={() => navigate(operatorPath)}>
              {/* one child: the button would otherwise put a gap between the label and the name */}
              <span>操作员：<span className="shell-operator-name">{info.data.operator}</span></span>
            </Button>
          </Tooltip>
        )}
      </Header>
      <Layout>
        <Sider width={184} theme="light" className="shell-sider">
          <Menu
            mode="inline"
            items={items}
            selectedKeys={route ? [route.menuKey] : []}
            openKeys={openKeys}
            onOpenChange={(keys) => setOpenKeys(accordionKeys(openKeys, keys))}
            onClick={({ key }) => {
              const path = menuPathOf(key);
              if (path) navigate(path);
            }}
          />
        </Sider>
        <Content className="shell-content">{body}</Content>
      </Layout>
    </Layout>
  );
}
