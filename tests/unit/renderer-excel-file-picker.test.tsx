// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExcelFilePicker, type ExcelFilePickerProps } from '../../renderer/components/ExcelFilePicker';
import { stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

const props = (over: Partial<ExcelFilePickerProps> = {}): ExcelFilePickerProps => ({
  prompt: '点击选择花名册文件，或将文件拖到此处',
  formats: '支持 .xlsx、.xls 和 CSV',
  reading: null,
  failure: null,
  tips: '导入前会先预览',
  onPick: () => undefined,
  ...over,
});
const input = () => document.querySelector('input[type=file]') as HTMLInputElement;

describe('ExcelFilePicker', () => {
  it('hands the picked file to onPick as it is, and offers only workbooks and CSV', async () => {
    const onPick = vi.fn();
    render(<ExcelFilePicker {...props({ onPick })} />);
    expect(input().accept).toBe('.xlsx,.xls,.csv');
    const file = new File(['姓名'], '花名册.xlsx');
    fireEvent.change(input(), { target: { files: [file] } });
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1));
    expect((onPick.mock.calls[0]![0] as File).name).toBe('花名册.xlsx');
    expect(screen.getByText('点击选择花名册文件，或将文件拖到此处')).toBeTruthy();
    expect(screen.getByText('导入前会先预览')).toBeTruthy();
  });

  it('shows the reading and takes no other file meanwhile', () => {
    render(<ExcelFilePicker {...props({ reading: <div role="status">正在读取：花名册.xlsx</div> })} />);
    expect(screen.getByRole('status').textContent).toBe('正在读取：花名册.xlsx');
    expect(input().disabled).toBe(true);
  });

  it('says which file could not be read and why', () => {
    render(<ExcelFilePicker {...props({ failure: { fileName: '旧表.xls', message: '文件已损坏', testId: 'import-error' } })} />);
    expect(screen.getByText('无法导入“旧表.xls”')).toBeTruthy();
    expect(screen.getByTestId('import-error').textContent).toBe('文件已损坏');
    expect(input().disabled).toBe(false);
  });
});
