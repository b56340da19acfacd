import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/** What antd asks of the browser and jsdom lacks: matchMedia and ResizeObserver. Call it in `beforeAll`. */
export function stubBrowserForAntd(): void {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
}

/**
 * A page's surroundings: a fresh query cache (no retries, so a refusal shows at once) and antd's App,
 * with antd's styles static as in the app (renderer/App.tsx, zeroRuntime): jsdom then does not spend
 * most of a render generating CSS it never applies.
 */
export function QueryWrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <ConfigProvider theme={{ zeroRuntime: true }}>
      <QueryClientProvider client={client}>
        <App>{children}</App>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
