import { App, Button, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { BoxTable } from '../../../components/BoxTable';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';

/** What the 加减分 and 处分 tabs have alike: a search over the year's records, a confirmed delete, a table that fills the tab. */

/** The records whose texts (from `fields`) hold the typed text; all of them when nothing is typed. */
export function useRecordSearch<R>(all: readonly R[], text: string, fields: (r: R) => readonly string[]): readonly R[] {
  const t = text.trim();
  return useMemo(() => (t ? all.filter((r) => fields(r).some((f) => f.includes(t))) : all), [all, t, fields]);
}

/**
 * The 操作 column with 删除, asking first (删除后不能恢复); no column when the year cannot be edited.
 * `what` names the record (加减分记录, 处分记录), `describe` says which one in the question.
 */
export function useDeleteColumn<R extends { id: number; name: string }>(args: {
  editable: boolean;
  channel: 'annual.deleteAdjustment' | 'annual.deleteSanction';
  what: string;
  describe: (r: R) => string;
  width: number;
  fixed?: 'right';
}): TableColumnsType<R> {
  const { editable, channel, what, describe, width, fixed } = args;
  const { modal } = App.useApp();
  const remove = useChannelMutation(channel, { success: `已删除${what}` });
  // a block body: modal.confirm returns a thenable, which a click handler must not hand back
  const confirmDelete = (r: R) => {
    modal.confirm({
      title: `删除${what}：${r.name}`,
      content: `${describe(r)}。删除后不能恢复，确定删除吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: r.id }).catch(() => undefined),
    });
  };
  if (!editable) return [];
  return [
    {
      title: '操作',
      key: 'actions',
      width,
      fixed,
      render: (_v: unknown, r: R) => (
        <Button type="link" danger size="small" onClick={() => confirmDelete(r)}>
          删除
        </Button>
      ),
    },
  ];
}

/** The records table, filling the box below the toolbar, or the query's error in its place. */
export function RecordsTable<R extends object>(props: {
  error: Error | null;
  loading?: boolean;
  columns: TableColumnsType<R>;
  rows: readonly R[];
  rowKey: keyof R & string;
  /** the columns' total width: wider than the box, the table scrolls sideways */
  width: number;
  emptyText: string;
}) {
  const { error, loading, columns, rows, rowKey, width, emptyText } = props;
  if (error) return <div className="records-table-box"><QueryError error={error} /></div>;
  return <BoxTable<R> boxClassName="records-table-box" rowKey={rowKey} loading={loading} columns={columns} rows={rows} width={width} chromeHeight={40} locale={{ emptyText }} />;
}
