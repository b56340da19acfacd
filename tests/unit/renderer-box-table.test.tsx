// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { TableColumnsType } from 'antd';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BoxTable, columnsWidth } from '../../renderer/components/BoxTable';
import { stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

interface Row {
  id: number;
  name: string;
}
const columns: TableColumnsType<Row> = [
  { title: '姓名', dataIndex: 'name', width: 80 },
  { title: '单位', key: 'unit' },
];

describe('columnsWidth', () => {
  it('adds the columns’ widths, 100 for a column without one, and the extra', () => {
    expect(columnsWidth(columns)).toBe(180);
    expect(columnsWidth(columns, 48)).toBe(228);
    expect(columnsWidth([])).toBe(0);
  });
});

describe('BoxTable', () => {
  it('shows the rows in its box, virtualized, with the props it is given', () => {
    render(<BoxTable<Row> boxClassName="people-table-box" boxTestId="box" rowKey="id" columns={columns} rows={[{ id: 1, name: '张三' }, { id: 2, name: '李四' }]} />);
    const box = screen.getByTestId('box');
    expect(box.className).toBe('people-table-box');
    expect(box.querySelector('.ant-table-tbody-virtual')).not.toBeNull();
    expect(screen.getByText('张三')).toBeTruthy();
    expect(screen.getByText('李四')).toBeTruthy();
  });

  it('says the caller’s empty text when there are no rows', () => {
    render(<BoxTable<Row> boxClassName="box" rowKey="id" columns={columns} rows={[]} locale={{ emptyText: '没有符合条件的人员' }} />);
    expect(screen.getByText('没有符合条件的人员')).toBeTruthy();
  });
});
