// `npm run dist:check`: proves the packaging config offline (ARCHITECTURE §7).
//
// Packs the built app (dist/) for Windows x64 as an unpacked folder (`--dir`) with electron-builder,
// using a stub Electron distribution (an empty electron.exe), so nothing is downloaded. Then it
// checks what a real build would ship: app.asar holds the main bundle, the preload and the renderer;
// better-sqlite3's .node file sits in app.asar.unpacked (a native module cannot load from an asar);
// every require() left in the bundles is a Node built-in, electron, or a module that was packed.
// It does not prove the Electron binary runs; that needs the real packaging (scripts/dist-win.mjs).
//
// Two settings differ from a real build because the stub exe is not a real Windows executable:
// asar integrity (written into the exe's resources) and exe resource editing (rcedit/signing) are off.
// Any network access is made to fail (proxy pointed at a closed local port, empty cache folder), so
// a passing check also proves the --dir packing needs no download.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = '45.5.0';

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

// 0. the built app must exist (npm run dist:check runs `npm run build` first)
const mustBuild = ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html'];
for (const file of mustBuild) {
  if (!fs.existsSync(path.join(root, file))) {
    console.error(`dist-check: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

// The preload is injected into every page load: a small script, not the zod contract (issue 14 §4).
const preloadBytes = fs.statSync(path.join(root, 'dist/main/preload.cjs')).size;
check(preloadBytes <= 100 * 1024, `the preload bundle is at most 100 KB (${Math.round(preloadBytes / 1024)} KB)`);

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
check(!Object.values(pkg.scripts ?? {}).some((s) => /install-app-deps/.test(s)), 'package.json has no `electron-builder install-app-deps` script (it would rebuild better-sqlite3 for Electron and break the Node tests)');
check(pkg.devDependencies?.['electron-builder'] && !/^[~^]/.test(pkg.devDependencies['electron-builder']), 'electron-builder is a pinned devDependency');

// The Windows settings the office PCs rely on (ARCHITECTURE §7); --dir packing does not exercise them.
const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml');
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const winTargets = (config.win?.target ?? []).map((t) => `${t.target}:${(t.arch ?? []).join(',')}`);
check(winTargets.includes('nsis:x64') && winTargets.includes('portable:x64'), `Windows targets are nsis and portable, x64 (${winTargets.join(' ')})`);
check(config.nsis?.oneClick === false && config.nsis?.perMachine === false && config.nsis?.allowToChangeInstallationDirectory === true, 'nsis installs per user into a folder the user may choose');
check(config.nsis?.deleteAppDataOnUninstall === false, 'uninstalling keeps the data folder');
check(config.publish === null && config.npmRebuild === false && (config.asarUnpack ?? []).includes('**/*.node'), 'publish: null, npmRebuild: false, asarUnpack **/*.node');

// 1. a stub Electron distribution: only the executable electron-builder renames
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-dist-check-'));
const stubDist = path.join(work, 'electron-dist');
const outDir = path.join(work, 'release');
fs.mkdirSync(stubDist, { recursive: true });
fs.writeFileSync(path.join(stubDist, 'electron.exe'), '');
fs.chmodSync(path.join(stubDist, 'electron.exe'), 0o755);

// 2. pack
const cli = require.resolve('electron-builder/cli.js');
const args = [
  cli, '--win', '--x64', '--dir', '--publish', 'never',
  `-c.electronDist=${stubDist}`,
  `-c.electronVersion=${electronVersion}`,
  `-c.directories.output=${outDir}`,
  '-c.disableAsarIntegrity=true',
  '-c.win.signAndEditExecutable=false',
];
const offline = {
  ...process.env,
  ELECTRON_BUILDER_CACHE: path.join(work, 'cache'),
  ELECTRON_CACHE: path.join(work, 'cache'),
  HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '', no_proxy: '',
  CSC_IDENTITY_AUTO_DISCOVERY: 'false',
};
console.log(`dist-check: electron-builder ${args.slice(1).join(' ')}`);
const packed = spawnSync(process.execPath, args, { cwd: root, env: offline, encoding: 'utf8' });
const log = `${packed.stdout}\n${packed.stderr}`.split('\n').filter((l) => !l.includes('duplicate dependency references')).join('\n');
if (packed.status !== 0) {
  console.error(log);
  console.error('dist-check: electron-builder failed (see above).');
  process.exit(1);
}
check(!/download/i.test(log), 'electron-builder packed without downloading anything');

// 3. what went into the package
const resources = path.join(outDir, 'win-unpacked', 'resources');
const asarFile = path.join(resources, 'app.asar');
check(fs.existsSync(path.join(outDir, 'win-unpacked', 'kaoping.exe')), 'win-unpacked/kaoping.exe exists');
check(fs.existsSync(asarFile), 'resources/app.asar exists');
const asar = require('@electron/asar');
const entries = new Set(asar.listPackage(asarFile).map((e) => e.replaceAll('\\', '/').replace(/^\//, '')));
for (const file of [...mustBuild, 'package.json']) check(entries.has(file), `app.asar holds ${file}`);
const packedPkg = JSON.parse(asar.extractFile(asarFile, 'package.json').toString('utf8'));
check(packedPkg.main === 'dist/main/main.cjs' && entries.has(packedPkg.main), `package.json "main" (${packedPkg.main}) is in app.asar`);
const html = asar.extractFile(asarFile, 'dist/renderer/index.html').toString('utf8');
const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => `dist/renderer/${m[1]}`);
check(assets.length > 0 && assets.every((a) => entries.has(a)), `index.html's scripts and styles are in app.asar (${assets.length})`);
const strays = [...entries].filter((e) => /^(electron|shared|db|renderer|tests|scripts)\//.test(e) || e.endsWith('.map') || e.endsWith('.ts'));
check(strays.length === 0, `no sources, tests or source maps in app.asar${strays.length ? `: ${strays.slice(0, 5).join(', ')}` : ''}`);

const nodeFile = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const unpackedNode = path.join(resources, 'app.asar.unpacked', nodeFile);
check(fs.existsSync(unpackedNode), `${nodeFile} is in app.asar.unpacked`);
check(fs.existsSync(unpackedNode) && fs.statSync(unpackedNode).size === fs.statSync(path.join(root, nodeFile)).size, 'the unpacked better_sqlite3.node is the one in node_modules');

// Every module the bundles still require at run time must be built in or packed.
const builtins = new Set([...builtinModules, 'electron']);
for (const bundle of ['dist/main/main.cjs', 'dist/main/preload.cjs']) {
  const code = asar.extractFile(asarFile, bundle).toString('utf8');
  // a plain require("x"), and createRequire(…)("x"): the latter escapes the bundler, so a module it
  // names is looked up in node_modules at run time even if a copy is bundled (and patched) inside
  const plain = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const created = [...code.matchAll(/createRequire\)?\([^()]*\)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const required = [...new Set([...plain, ...created])];
  const missing = required.filter((name) => {
    if (name.startsWith('node:') || builtins.has(name) || builtins.has(name.split('/')[0])) return false;
    const pkgName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
    return !entries.has(`node_modules/${pkgName}/package.json`);
  });
  check(missing.length === 0, `${bundle} requires only built-ins, electron and packed modules (${required.join(', ')})${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
}
// better-sqlite3 loads its addon through bindings -> file-uri-to-path
for (const dep of ['bindings', 'file-uri-to-path']) check(entries.has(`node_modules/${dep}/package.json`), `node_modules/${dep} is packed (better-sqlite3 loads its addon with it)`);

fs.rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`dist-check: ${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('dist-check: packaging config OK (stub Electron; the real build is `npm run dist:win` on a machine with internet).');
