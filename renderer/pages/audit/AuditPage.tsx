import { DatePicker, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { momentText } from '../../../shared/date-text';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { AuditEntry } from '../../../shared/contract/audit';
import { QueryError } from '../../components/QueryError';
import { useAuditList, useUnits } from '../../hooks/data-hooks';
import { useDebounced } from '../../hooks/use-debounced';
import { AuditDiff } from './AuditDiff';
import { AuditChanges } from './AuditChanges';
import { actionLabel, actionOptions } from './audit-labels';
import './audit.css';

const pageSize = 50;

const clipped = (text: string) => (text ? <span className="audit-clip" title={text}>{text}</span> : <span className="muted">—</span>);

const columns: TableColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 160, render: (at: string) => momentText(at, { seconds: true }) },
  { title: '操作员', dataIndex: 'actor', width: 96 },
  { title: '操作', dataIndex: 'action', width: 150, render: (a: string) => <Tag className="audit-action">{actionLabel(a)}</Tag> },
  { title: '涉及', dataIndex: 'subjects', width: 220, render: clipped },
  { title: '摘要', dataIndex: 'summary', render: (s: string) => <span className="audit-summary" title={s}>{s}</span> },
  { title: '理由', dataIndex: 'reason', width: 180, render: clipped },
];

/** 操作日志: every change, who made it and when, with its before/after. */
export function AuditPage() {
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const keyword = useDebounced(text, 250);
  const query = useMemo(
    () => ({
      action,
      // `at` is stored in UTC; the day boundaries are the user's local days.
      from: range?.[0] ? range[0].startOf('day').toISOString() : undefined,
      to: range?.[1] ? range[1].add(1, 'day').startOf('day').toISOString() : undefined,
      text: keyword.trim() || undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
    [action, range, keyword, page],
  );
  const audit = useAuditList(query);
  const units = useUnits();
  const reset = () => setPage(1);

  return (
    <div className="page-fill">
      <div className="panel audit-panel">
        <div className="page-title" style={{ marginBottom: 12 }}>
          <Space align="baseline" size={12}>
            <Typography.Title level={4}>操作日志</Typography.Title>
            <Typography.Text type="secondary">{audit.data ? `共 ${audit.data.total} 条` : ''}</Typography.Text>
          </Space>
        </div>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="操作类型"
            style={{ width: 200 }}
            value={action}
            onChange={(v) => { setAction(v); reset(); }}
            options={actionOptions(audit.data?.actions ?? [])}
            aria-label="操作类型"
          />
          <DatePicker.RangePicker value={range} onChange={(v) => { setRange(v); reset(); }} placeholder={['开始日期', '结束日期']} />
          <Input.Search allowClear placeholder="关键字（姓名、摘要、理由、操作员）" style={{ width: 280 }} value={text} onChange={(e) => { setText(e.target.value); reset(); }} aria-label="关键字" />
        </Space>
        {audit.isError ? (
          <QueryError error={audit.error} />
        ) : (
          <Table<AuditEntry>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={audit.data?.rows ?? []}
            loading={audit.isFetching}
            expandable={{
              expandedRowRender: (entry) =>
                entry.changes && entry.changes.length > 0 ? <AuditChanges entry={entry} /> : <AuditDiff entry={entry} units={units.data ?? []} />,
              rowExpandable: (entry) => (entry.changes?.length ?? 0) > 0 || entry.before != null || entry.after != null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: audit.data?.total ?? 0,
              onChange: setPage,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条`,
            }}
            locale={{ emptyText: '没有符合条件的记录' }}
          />
        )}
      </div>
    </div>
  );
}
