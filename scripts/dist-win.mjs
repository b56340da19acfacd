// `npm run dist:win`: the real Windows x64 packaging (nsis installer + portable exe) into release/.
//
// Needs a machine with internet (run it on Windows, or on Linux/macOS with wine for the exe
// resources): it downloads Electron's Windows build, its headers or the better-sqlite3 prebuilt for
// Electron, and NSIS. `npm run dist:win` builds dist/ first, then this script:
//   1. saves node_modules' better_sqlite3.node (built for Node, used by the tests),
//   2. rebuilds better-sqlite3 for the pinned Electron with @electron/rebuild (x64, win32; it takes
//      the prebuilt binary for that Electron when one exists, else compiles, which needs MSVC),
//   3. runs electron-builder --win --x64 (targets from electron-builder.yml: nsis + portable),
//   4. puts the Node build of better_sqlite3.node back, whatever happened, so `npm test` still works.
// electron-builder's own rebuild is off (npmRebuild: false) so that step 2 is the only one, and
// nothing here runs at `npm install` time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const nodeFile = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const saved = `${nodeFile}.node-build`;

function run(command, args) {
  console.log(`dist-win: ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed with exit code ${result.status}`);
}

if (!fs.existsSync(path.join(root, 'dist/main/main.cjs'))) {
  console.error('dist-win: dist/ is missing; run `npm run build` first (npm run dist:win does).');
  process.exit(1);
}

fs.copyFileSync(nodeFile, saved);
try {
  run(process.execPath, [
    // its package.json "exports" hides the CLI file from require.resolve
    path.join(root, 'node_modules/@electron/rebuild/lib/cli.js'),
    '--version', electronVersion, '--arch', 'x64', '--platform', 'win32',
    '--force', '--only', 'better-sqlite3', '--module-dir', root,
  ]);
  run(process.execPath, [require.resolve('electron-builder/cli.js'), '--win', '--x64', '--publish', 'never']);
  console.log('dist-win: done; the installer and the portable exe are in release/.');
} catch (error) {
  console.error(`dist-win: ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.copyFileSync(saved, nodeFile);
  fs.rmSync(saved, { force: true });
}
