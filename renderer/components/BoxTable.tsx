import { Table, type TableColumnsType, type TableProps } from 'antd';
import { useRef } from 'react';
import { useElementHeight } from '../hooks/use-element-height';

/** The header row and the sideways scrollbar, which sit inside the box with the virtual body. */
const defaultChrome = 40 + 16;

/** The table's width for sideways scrolling: its columns' widths (100 px for one without), plus `extra` (a check-box column). */
export const columnsWidth = <R,>(columns: TableColumnsType<R>, extra = 0): number => columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), extra);

export type BoxTableProps<R> = Omit<TableProps<R>, 'virtual' | 'size' | 'pagination' | 'scroll' | 'dataSource' | 'columns'> & {
  /** the box the table fills (its CSS gives it its height in the page) */
  boxClassName: string;
  boxTestId?: string;
  columns: TableColumnsType<R>;
  rows: readonly R[];
  /** sideways scroll width; the columns' widths unless given */
  width?: number;
  /** what of the box is not the body: the header row and the scrollbar unless given */
  chromeHeight?: number;
};

/**
 * A virtualized table (thousands of rows scroll smoothly) that fills its box: a virtual table needs
 * its body's height in pixels, so the box is measured as the window changes. The roster, the
 * participants, the records, the star boards use it.
 */
export function BoxTable<R extends object>(props: BoxTableProps<R>) {
  const { boxClassName, boxTestId, columns, rows, width, chromeHeight = defaultChrome, ...rest } = props;
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box);
  return (
    <div ref={box} className={boxClassName} data-testid={boxTestId}>
      <Table<R> virtual size="small" pagination={false} columns={columns} dataSource={rows as R[]} scroll={{ x: width ?? columnsWidth(columns), y: height - chromeHeight }} {...rest} />
    </div>
  );
}
