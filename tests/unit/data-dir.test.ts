import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, databaseFile, resolveDataDir } from '../../electron/data-dir';

describe('data folder', () => {
  it('honours KAOPING_DATA_DIR', () => {
    expect(resolveDataDir({ KAOPING_DATA_DIR: '/tmp/kp' }, 'linux', '/home/a')).toBe(path.resolve('/tmp/kp'));
  });
  it('uses the OS user-data folder otherwise', () => {
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'kaoping'));
    expect(resolveDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/kaoping');
    expect(resolveDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/kaoping');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/kaoping');
  });
  it('keeps the database and backups inside it', () => {
    expect(databaseFile('/d')).toBe(path.join('/d', 'kaoping.sqlite'));
    expect(backupDir('/d')).toBe(path.join('/d', 'backups'));
  });
});
