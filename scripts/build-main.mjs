// Bundles the main process, the browser-mode host and the preload into dist/main (CommonJS).
// better-sqlite3 stays external: it is a native module loaded from node_modules (asar-unpacked).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', outdir: 'dist/main', outExtension: { '.js': '.cjs' } };

await build({ ...common, entryPoints: ['electron/main.ts', 'electron/browser-main.ts'], external: ['electron', 'better-sqlite3'] });
// The preload runs sandboxed: one file, nothing external but electron.
await build({ ...common, entryPoints: ['electron/preload.ts'], external: ['electron'], platform: 'browser', format: 'cjs' });
