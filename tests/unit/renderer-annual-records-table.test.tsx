// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

// every channel goes through api.ts `invoke`
const invoke = vi.fn();
vi.mock('../../renderer/api', async (original) => ({ ...(await original<typeof import('../../renderer/api')>()), invoke: (...args: unknown[]) => invoke(...args) }));
const { RecordsTable, useDeleteColumn, useRecordSearch } = await import('../../renderer/pages/annual/records/RecordsTable');

beforeAll(stubBrowserForAntd);
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

interface Rec {
  id: number;
  name: string;
  unitName: string;
  type: string;
}
const records: Rec[] = [
  { id: 7, name: '张三', unitName: '办公室', type: '警告' },
  { id: 8, name: '李四', unitName: '保障中心', type: '记过' },
];
const texts = (r: Rec) => [r.name, r.unitName, r.type];

describe('useRecordSearch', () => {
  it('keeps the records any of whose texts hold the typed text, trimmed; all when nothing is typed', () => {
    const search = (text: string) => renderHook(() => useRecordSearch(records, text, texts)).result.current.map((r) => r.name);
    expect(search('')).toEqual(['张三', '李四']);
    expect(search(' 保障 ')).toEqual(['李四']);
    expect(search('警告')).toEqual(['张三']);
    expect(search('王')).toEqual([]);
  });
});

function Tab({ editable }: { editable: boolean }) {
  const deleteColumn = useDeleteColumn<Rec>({ editable, channel: 'annual.deleteSanction', what: '处分记录', describe: (r) => `${r.type}（2026-03-01）`, width: 64 });
  return <RecordsTable<Rec> error={null} columns={[{ title: '姓名', dataIndex: 'name', width: 80 }, ...deleteColumn]} rows={records} rowKey="id" width={600} emptyText="暂无处分记录" />;
}

describe('useDeleteColumn', () => {
  it('asks first, naming the record, then deletes it by id', async () => {
    invoke.mockResolvedValue(null);
    render(<Tab editable />, { wrapper: QueryWrapper });
    fireEvent.click(screen.getAllByRole('button', { name: /删\s*除/ })[1]!);
    expect(await screen.findAllByText('删除处分记录：李四')).not.toHaveLength(0);
    expect(screen.getByText('记过（2026-03-01）。删除后不能恢复，确定删除吗？')).toBeTruthy();
    expect(invoke).not.toHaveBeenCalled();
    const confirm = document.querySelector('.ant-modal-confirm')!;
    fireEvent.click([...confirm.querySelectorAll('button')].find((b) => /删\s*除/.test(b.textContent ?? ''))!);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('annual.deleteSanction', { id: 8 }));
  });

  it('gives no column when the year cannot be edited', () => {
    render(<Tab editable={false} />, { wrapper: QueryWrapper });
    expect(screen.getByText('张三')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
  });
});

describe('RecordsTable', () => {
  it('shows the query’s error in place of the table', () => {
    render(<RecordsTable<Rec> error={new Error('读取失败')} columns={[]} rows={[]} rowKey="id" width={600} emptyText="暂无" />, { wrapper: QueryWrapper });
    expect(screen.getByText('加载失败')).toBeTruthy();
    expect(document.querySelector('.ant-table')).toBeNull();
  });
});
