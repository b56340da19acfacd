// `npm start`: Electron when its runtime is present, otherwise browser mode (ARCHITECTURE §4).
// The runtime is detected by the files electron leaves once it has its binary; require('electron')
// would try to download it and throw offline.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve('node_modules/electron');
const hasRuntime = fs.existsSync(path.join(electronDir, 'path.txt')) && fs.existsSync(path.join(electronDir, 'dist'));

let command;
let args;
if (hasRuntime) {
  const binary = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
  command = binary;
  args = ['.'];
} else {
  console.log('未找到 Electron 运行时，改为浏览器模式启动（仅本机 127.0.0.1 可访问）。');
  command = process.execPath;
  args = ['dist/main/browser-main.cjs'];
}
const child = spawn(command, args, { stdio: 'inherit' });
const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
