// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../shared/contract/roster-import';
import { MappingStep } from '../../renderer/pages/roster-import/MappingStep';
import { PreviewStep } from '../../renderer/pages/roster-import/PreviewStep';

beforeAll(() => {
  // antd asks for these; jsdom has neither
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  // jsdom does not do pseudo-elements and says so on every call; the element's own style is enough here
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computed(element);
});
afterEach(cleanup);

const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  session: {
    sessionId: 's1', fileName: '花名册.xlsx', format: 'xlsx', sheetName: '花名册', headerRow: 3,
    sheets: [{ name: '填表说明', rowCount: 5, looksLikeRoster: false }, { name: '花名册', rowCount: 51, looksLikeRoster: true }],
    columns: [
      { index: 0, header: '序号', field: null, samples: ['1', '2'] },
      { index: 1, header: '姓名', field: 'name', samples: ['张三', '李四'] },
      { index: 2, header: '部门', field: 'unitName', samples: ['办公室'] },
      { index: 3, header: '现任职务', field: 'post', samples: ['科员'] },
    ],
  },
  rows: [],
  counts: { new: 0, update: 0, same: 0, error: 0, warning: 0 },
  newUnits: [],
  unknownColumns: ['序号'],
  skipped: [],
  ...over,
});

const pick = (label: string, option: string) => {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const options = document.querySelectorAll('.ant-select-item-option');
  const target = [...options].find((o) => o.textContent === option);
  if (!target) throw new Error(`no option ${option}`);
  fireEvent.click(target);
};

describe('核对表头 (MappingStep)', () => {
  it('shows every column with its samples and marks unknown ones', () => {
    render(<MappingStep session={preview().session} unknownColumns={['序号']} busy={false} onChange={() => {}} />);
    expect(screen.getByText('张三，李四')).toBeTruthy();
    expect(screen.getByText('未识别（将忽略）')).toBeTruthy();
    expect(screen.queryByText(/还没有对应到必填项/)).toBeNull();
  });

  it('asks for a new preview with the whole mapping; a field moves off the column that had it', () => {
    const onChange = vi.fn();
    render(<MappingStep session={preview().session} unknownColumns={['序号']} busy={false} onChange={onChange} />);
    pick('第D列导入为', '姓名（必填）');
    expect(onChange).toHaveBeenCalledWith({ sheetName: '花名册', headerRow: 3, mapping: { 0: null, 1: null, 2: 'unitName', 3: 'name' } });
  });

  it('says which required fields are still unmapped', () => {
    const p = preview();
    p.session.columns[2]!.field = null;
    render(<MappingStep session={p.session} unknownColumns={p.unknownColumns} busy={false} onChange={() => {}} />);
    expect(screen.getByText('还没有对应到必填项：单位/科室')).toBeTruthy();
  });
});

describe('预览 (PreviewStep)', () => {
  it('counts each kind of row, says error rows are left out and offers them for download', () => {
    const onDownload = vi.fn();
    const p = preview({
      counts: { new: 2, update: 1, same: 0, error: 1, warning: 1 },
      newUnits: ['工程科'],
      rows: [{ sheetRow: 5, status: 'error', name: '赵六', idNumber: '1', unitName: '工程科', errors: ['身份证号应为18位'], warnings: [], changes: [] }],
    });
    render(<PreviewStep preview={p} onDownloadErrors={onDownload} downloading={false} />);
    const counts = screen.getByTestId('import-counts');
    for (const text of ['新增 2', '更新 1', '无变化 0', '错误 1', '警告 1']) expect(within(counts).getByText(text)).toBeTruthy();
    expect(screen.getByText('有 1 行存在错误，这些行不会导入；其余行可以正常导入。')).toBeTruthy();
    expect(screen.getByText('将新建 1 个单位')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下载错误行/ }));
    expect(onDownload).toHaveBeenCalledOnce();
  });
});
