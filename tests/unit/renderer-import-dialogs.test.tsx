// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TaskImportPreview } from '../../shared/contract/tasks';
import { ApiError } from '../../renderer/api';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

// the import channels answer from here; a picked file is read without jsdom's Blob
const invoke = vi.fn();
vi.mock('../../renderer/api', async (original) => ({
  ...(await original<typeof import('../../renderer/api')>()),
  invoke: (...args: unknown[]) => invoke(...args),
  readPickedFile: (file: File) => Promise.resolve({ fileName: file.name, bytes: new Uint8Array([1, 2, 3]) }),
}));
const { TaskImportDialog } = await import('../../renderer/pages/tasks/TaskImportDialog');

beforeAll(stubBrowserForAntd);
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const preview = (errors: TaskImportPreview['errors']): TaskImportPreview => ({
  fileName: '任务清单.xlsx', sheetName: '任务清单', headerRow: 3,
  tasks: [{ rows: [4], goal: '优化营商环境', project: '政务服务提质', title: '推行一网通办', lead: '办公室', nodes: 2 }],
  counts: { goals: 1, projects: 1, tasks: 1, nodes: 2 }, errors, skipped: [], committed: false,
});
const pick = (name: string) => fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [new File(['x'], name)] } });
const commitButton = () => screen.getByRole('button', { name: /确认导入/ }) as HTMLButtonElement;

describe('工作任务清单 import dialog (the shared preview-then-commit steps)', () => {
  it('shows the problems per row and will not commit; a clean file is committed with the chosen mode, then the dialog closes', async () => {
    const onClose = vi.fn();
    render(<TaskImportDialog year={2026} hasTasks open onClose={onClose} />, { wrapper: QueryWrapper });
    invoke.mockResolvedValueOnce(preview([{ row: 7, message: '牵头单位：“宣传部”不是系统中的单位' }]));
    pick('有误.xlsx');
    await screen.findByText('第7行');
    expect(screen.getByText('牵头单位：“宣传部”不是系统中的单位')).toBeTruthy();
    expect(commitButton().disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '重新选择文件' }));
    invoke.mockResolvedValueOnce(preview([]));
    pick('无误.xlsx');
    await screen.findByText('全部 1 项任务无误，选择导入方式后点「确认导入」。');
    fireEvent.click(screen.getByLabelText('替换2026年度现有清单'));
    invoke.mockResolvedValueOnce({ ...preview([]), committed: true });
    fireEvent.click(commitButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(invoke.mock.calls.map((c) => [c[0], (c[1] as { commit?: boolean; mode?: string }).commit, (c[1] as { mode?: string }).mode])).toEqual([
      ['tasks.import', undefined, undefined], ['tasks.import', undefined, undefined], ['tasks.import', true, 'replace'],
    ]);
  });

  it('a file that cannot be read says why; a refused commit keeps the preview', async () => {
    render(<TaskImportDialog year={2026} hasTasks={false} open onClose={() => undefined} />, { wrapper: QueryWrapper });
    invoke.mockRejectedValueOnce(new ApiError('TASK_SHEET_NO_HEADER', '没有找到任务清单的表头'));
    pick('别的表.xlsx');
    expect((await screen.findByTestId('task-import-error')).textContent).toBe('没有找到任务清单的表头');

    invoke.mockResolvedValueOnce(preview([]));
    pick('无误.xlsx');
    await screen.findByText('全部 1 项任务无误，选择导入方式后点「确认导入」。');
    invoke.mockRejectedValueOnce(new ApiError('YEAR_LOCKED', '2026年度已确认等次并锁定（归档）'));
    fireEvent.click(commitButton());
    await waitFor(() => expect(commitButton().disabled).toBe(false));
    expect(screen.getByText('推行一网通办')).toBeTruthy();
  });
});
