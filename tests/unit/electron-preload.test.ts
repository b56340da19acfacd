import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/contract';
import { channelNameList, ipcChannels } from '../../shared/contract/channel-names';

/** The preload runs in the sandboxed page; here against a fake `electron` that records the bridge. */
const fake = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), invoke: undefined as unknown as ReturnType<typeof vi.fn> }));

vi.mock('electron', () => {
  fake.invoke = vi.fn(async () => ({ ok: true, value: 'from main' }));
  return {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => fake.exposed.set(key, api)) },
    ipcRenderer: { invoke: fake.invoke },
  };
});

await import('../../electron/preload');

type Bridge = { invoke(channel: string, input: unknown): Promise<unknown>; saveFile(file: { fileName: string; bytes: Uint8Array }): Promise<unknown>; printToPdf(fileName: string): Promise<unknown> };
const bridge = () => fake.exposed.get('kaoping') as Bridge;

describe('preload bridge (mocked electron)', () => {
  beforeEach(() => fake.invoke.mockClear());

  it('exposes exactly window.kaoping with invoke, saveFile and printToPdf', () => {
    expect([...fake.exposed.keys()]).toEqual(['kaoping']);
    expect(Object.keys(bridge()).sort()).toEqual(['invoke', 'printToPdf', 'saveFile']);
  });

  it('forwards contract channels to main over the one invoke channel', async () => {
    await expect(bridge().invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'from main' });
    expect(fake.invoke).toHaveBeenCalledWith('kaoping:invoke', 'app.info', {});
  });

  it('forwards every channel of the contract and only those: its zod-free list is the contract map, once each', async () => {
    expect([...channelNameList].sort()).toEqual([...channelNames].sort());
    expect(new Set(channelNameList).size).toBe(channelNameList.length);
    for (const channel of channelNames) await bridge().invoke(channel, {});
    expect(fake.invoke).toHaveBeenCalledTimes(channelNames.length);
    expect(new Set(fake.invoke.mock.calls.map((call) => call[0]))).toEqual(new Set([ipcChannels.invoke]));
  });

  it('forwards the 现场测评 channels, so entering and leaving the kiosk are decided by main', async () => {
    for (const channel of ['evaluation.kioskStart', 'evaluation.kioskSession', 'evaluation.kioskExit']) {
      await bridge().invoke(channel, {});
      expect(fake.invoke).toHaveBeenLastCalledWith('kaoping:invoke', channel, {});
    }
  });

  it('refuses a channel outside the contract without sending anything to main', async () => {
    for (const channel of ['fs.readFile', 'kaoping:save-file', '__proto__', 'constructor', '']) {
      await expect(bridge().invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('hands a file to main to save through the save dialog', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    await bridge().saveFile({ fileName: '人员花名册-2026-11-25.xlsx', bytes });
    expect(fake.invoke).toHaveBeenCalledWith('kaoping:save-file', '人员花名册-2026-11-25.xlsx', bytes);
  });

  it('asks main to print the page to PDF over its one channel, passing only the file name', async () => {
    await expect(bridge().printToPdf('2026年度年终考核汇总报告.pdf')).resolves.toEqual({ ok: true, value: 'from main' });
    expect(fake.invoke).toHaveBeenCalledTimes(1);
    expect(fake.invoke).toHaveBeenCalledWith('kaoping:print-to-pdf', '2026年度年终考核汇总报告.pdf');
  });
});

/**
 * The preload is injected into the page before anything else runs: it must stay a small script.
 * Built here the way scripts/build-main.mjs builds it; it was 843 KB while it imported the zod
 * contract to check channel names.
 */
describe('preload bundle', () => {
  it('is at most 100 KB and holds no zod', async () => {
    const result = await build({ entryPoints: ['electron/preload.ts'], bundle: true, platform: 'browser', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent', metafile: true });
    const bytes = result.outputFiles[0]!.contents.length;
    expect(bytes, `preload bundle ${bytes} bytes`).toBeLessThanOrEqual(100 * 1024);
    expect(Object.keys(result.metafile.inputs).filter((file) => file.includes('node_modules/zod'))).toEqual([]);
  });
});
