import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
// antd's styles as one static stylesheet (zeroRuntime below): ARCHITECTURE §6
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { usePrefersReducedMotion } from './hooks/use-reduced-motion';
import { AppShell } from './shell/AppShell';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

export function App() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    // zeroRuntime: antd's component styles come from the static antd.css instead of being generated in the
    // page as each component first renders, which was about half the script time of opening a page on the
    // office PCs' two cores; the theme tokens are still applied, as CSS variables. autoInsertSpace off: buttons read 「保存」, not 「保 存」, the same as on the office's forms
    <ConfigProvider
      locale={zhCN}
      theme={{ zeroRuntime: true, token: { colorPrimary: '#1d5fbf', borderRadius: 6, motion: !reducedMotion } }}
      wave={{ disabled: reducedMotion }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AppShell />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
