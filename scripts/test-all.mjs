// `npm test`: build, typecheck, lint, dist:check, unit + integration (vitest), e2e (Playwright), then
// how long each stage took, then one closing line with the total over all runners, alone on the last
// line: `N passed, N failed[, N skipped]`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const totals = { passed: 0, failed: 0, skipped: 0 };
/** [stage, seconds, ok] in the order run, printed before the closing line */
const timings = [];
const run = (label, command, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const start = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  timings.push([label, (performance.now() - start) / 1000, r.status === 0]);
  return r.status === 0;
};
const step = (label, command, args) => {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
};
/** A step run beside others: its output is kept and printed in one piece when it ends. */
const stepAside = (label, command, args) =>
  new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      console.log(`\n=== ${label} ===`);
      process.stdout.write(output);
      timings.push([label, (performance.now() - start) / 1000, ok]);
      totals[ok ? 'passed' : 'failed'] += 1;
      resolve(ok);
    });
  });
const bin = (name) => 'node_modules/.bin/' + name;
const started = performance.now();

const built = step('build', 'npm', ['run', 'build']);
// The static checks each keep one core busy: run side by side, they take about as long as the lint alone.
// Each one's output is printed whole when it ends, so the log reads stage by stage.
await Promise.all([
  stepAside('typecheck', 'npm', ['run', 'typecheck']),
  stepAside('lint', 'npm', ['run', 'lint']),
  // Packaging layout with a stub Electron (offline): the asar holds the app, the native module is unpacked.
  built ? stepAside('dist:check', 'node', ['scripts/dist-check.mjs']) : Promise.resolve(false),
]);

fs.mkdirSync('test-results', { recursive: true });
const vitestJson = 'test-results/vitest-results.json';
fs.rmSync(vitestJson, { force: true });
const vitestOk = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
  const r = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (!vitestOk && r.numFailedTests === 0 && !r.numFailedTestSuites) totals.failed += 1;
} else totals.failed += 1;

const e2eJson = 'test-results/e2e-results.json';
if (built) {
  fs.rmSync(e2eJson, { force: true });
  const e2eOk = run('e2e', bin('playwright'), ['test']);
  if (fs.existsSync(e2eJson)) {
    const s = JSON.parse(fs.readFileSync(e2eJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
    if (!e2eOk && s.unexpected === 0) totals.failed += 1;
  } else totals.failed += 1;
} else totals.failed += 1;

console.log('');
console.log(formatTimings(timings, (performance.now() - started) / 1000));
console.log('');
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);

/** 「build       5.1 s」 per stage (failed ones marked), then the total. */
function formatTimings(rows, total) {
  const width = Math.max(...rows.map(([label]) => label.length), 'total'.length);
  const line = (label, seconds, mark = '') => `${label.padEnd(width)}  ${seconds.toFixed(1).padStart(7)} s${mark}`;
  return ['stage times (typecheck, lint and dist:check run side by side):', ...rows.map(([label, s, ok]) => line(label, s, ok ? '' : '  (failed)')), line('total', total)].join('\n');
}
