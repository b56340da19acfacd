import { Alert, Button, Spin } from 'antd';
import { Component, lazy, Suspense, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/**
 * A component fetched when it is first rendered, from its module's named export `name` (the app has
 * no default exports). Its chunk, and the antd parts only it uses, stay out of the first screen.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, the same constraint as React's own lazy()
export function lazyComponent<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * A page fetched when its route is first opened. Each page is its own chunk, so the first screen
 * loads the shell and the start page only, not every feature's pages and ECharts (issue 14 §5).
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): ComponentType {
  const page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  loaders.set(page, load);
  return page;
}

const loaders = new WeakMap<ComponentType, () => Promise<unknown>>();

/**
 * Starts fetching a lazy page's chunk now: the shell calls it for the route it opens on, so the
 * start page downloads while the first requests (kiosk session, app info) are answered instead of
 * after them. The module cache makes the later render use the same fetch.
 */
export function preloadPage(page: ComponentType): void {
  loaders.get(page)?.().catch(() => undefined);
}

/**
 * True from the first time `open` is true on: a lazy dialog is fetched when first opened, then stays
 * mounted so it closes with its animation and keeps its state like an eager one.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  // state from props during render (React's documented pattern), no extra effect pass
  if (open && !opened) setOpened(true);
  return opened || open;
}

/** What shows while a page's chunk arrives (usually too short to see, longer on a busy PC). */
export const pageLoading = <Spin size="large" className="shell-loading" description="正在打开页面…" />;

/** Chromium's and Vite's words for a chunk that could not be fetched. */
const isChunkLoadError = (error: unknown): boolean => error instanceof Error && /dynamically imported module|Unable to preload/i.test(error.message);

/**
 * A page's chunk that cannot be fetched (browser mode: the program was closed) would otherwise
 * throw out of the whole tree and leave a blank window. Other errors pass on unchanged. The boundary
 * is keyed by route, so going to another page tries again.
 */
class PageLoadBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error == null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <Alert
        type="error"
        showIcon
        style={{ margin: 16 }}
        title="页面打开失败"
        description="未能载入此页面，请确认程序仍在运行后重新加载。"
        action={
          <Button size="small" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        }
      />
    );
  }
}

/** A route's page with its loading state and load-failure message. */
export function PageSlot({ page: Page, routeKey }: { page: ComponentType; routeKey: string }) {
  return (
    <PageLoadBoundary key={routeKey}>
      <Suspense fallback={pageLoading}>
        <Page />
      </Suspense>
    </PageLoadBoundary>
  );
}
