import { App, Button, type TableColumnsType } from 'antd';
import { useMemo, useRef, type ReactNode } from 'react';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useElementHeight } from '../../../hooks/use-element-height';

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
  const confirmDelete = (r: R) =>
    modal.confirm({
      title: `删除${what}：${r.name}`,
      content: `${describe(r)}。删除后不能恢复，确定删除吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: r.id }).catch(() => undefined),
    });
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

/** The box the records table fills (a virtual table needs its height in pixels), or the query's error in its place. */
export function RecordsTableBox(props: { error: Error | null; children: (scrollY: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 360);
  return (
    <div ref={box} className="records-table-box">
      {props.error ? <QueryError error={props.error} /> : props.children(height - 40)}
    </div>
  );
}
