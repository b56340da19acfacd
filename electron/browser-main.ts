import path from 'node:path';
import { bootApp, shutdownApp } from './boot';
import { resolveDataDir } from './data-dir';
import { handlers } from './handlers';
import { startHost } from './host';

/** Entry point of browser mode: `node dist/main/browser-main.cjs` (npm start without Electron). */
async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const ctx = await bootApp({ dataDir, mode: 'browser', version: process.env.npm_package_version ?? '0.1.0' });
  const rendererDir = process.env.KAOPING_RENDERER_DIR ?? path.join(__dirname, '..', 'renderer');
  const host = await startHost({ ctx, handlers, rendererDir, port: Number(process.env.KAOPING_PORT ?? 0), token: process.env.KAOPING_TOKEN });
  console.log(`浏览器模式已启动，数据目录：${dataDir}`);
  console.log(`请在浏览器中打开：${host.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await shutdownApp(ctx);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error((error as Error)?.message ?? error);
  process.exit(1);
});
