import os from 'node:os';
import path from 'node:path';

/**
 * The OS user-data folder, the same in Electron and browser mode so both open one database:
 * %APPDATA%\kaoping on Windows, ~/Library/Application Support/kaoping on macOS,
 * $XDG_CONFIG_HOME/kaoping (~/.config/kaoping) elsewhere. KAOPING_DATA_DIR overrides.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.KAOPING_DATA_DIR) return path.resolve(env.KAOPING_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'kaoping');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'kaoping');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'kaoping');
}

export const databaseFile = (dataDir: string) => path.join(dataDir, 'kaoping.sqlite');
export const backupDir = (dataDir: string) => path.join(dataDir, 'backups');
