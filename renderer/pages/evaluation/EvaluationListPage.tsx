import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { EvaluationSummary } from '../../../shared/contract/evaluation';
import { QueryError } from '../../components/QueryError';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useEvaluationList } from '../../hooks/evaluation-hooks';
import { useLockedYears } from '../../hooks/use-year-lock';
import { navigate } from '../../router/hash-router';
import { statusColors, statusLabels, yearLabel } from './evaluation-labels';
import { NewEvaluationDialog } from './NewEvaluationDialog';
import { eventHref } from './use-event-id';
import './evaluation.css';

/** 述职测评: the 测评活动 of a 考核年度, and 「新建测评」. */
export function EvaluationListPage() {
  const { modal } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const all = useEvaluationList();
  const list = useEvaluationList(year);
  const [creating, setCreating] = useState(false);
  const remove = useChannelMutation('evaluation.delete', { success: '已删除测评' });
  // events of a locked 考核年度 are archived: shown, never changed
  const lockedYears = useLockedYears();

  const years = useMemo(() => {
    const set = new Set((all.data ?? []).map((e) => e.year));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [all.data]);

  const confirmDelete = (e: EvaluationSummary) => {
    modal.confirm({
      title: `删除测评：${e.name}`,
      content: e.testBallots > 0 ? `将一并删除 ${e.testBallots} 张测试票。删除后不能恢复，确定删除吗？` : '删除后不能恢复，确定删除吗？',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: e.id }).catch(() => undefined),
    });
  };

  const columns: TableColumnsType<EvaluationSummary> = [
    {
      title: '测评名称',
      dataIndex: 'name',
      render: (name: string, e) => (
        <Typography.Link onClick={() => navigate(eventHref(e.status === 'setup' ? 'setup' : 'results', e.id))}>{name}</Typography.Link>
      ),
    },
    { title: '考核年度', dataIndex: 'year', width: 100, render: yearLabel },
    { title: '测评日期', dataIndex: 'date', width: 120 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 170,
      render: (s: EvaluationSummary['status'], e) => (
        <>
          <Tag color={statusColors[s]}>{statusLabels[s]}</Tag>
          {lockedYears.has(e.year) && <Tag color="red" data-testid="archived-tag">已归档</Tag>}
        </>
      ),
    },
    { title: '测评对象', dataIndex: 'targets', width: 100, align: 'right', render: (n: number) => `${n} 人` },
    {
      title: '有效票数',
      key: 'ballots',
      width: 150,
      align: 'right',
      render: (_v, e) => (
        <span>
          {e.validBallots} 张{e.liveBallots > e.validBallots && <Typography.Text type="secondary">（收回 {e.liveBallots} 张）</Typography.Text>}{e.testBallots > 0 && <Typography.Text type="warning">（测试票 {e.testBallots} 张）</Typography.Text>}
        </span>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 230,
      render: (_v, e) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => navigate(eventHref('setup', e.id))}>设置</Button>
          <Button type="link" size="small" onClick={() => navigate(eventHref('entry', e.id))} disabled={e.status === 'closed' || lockedYears.has(e.year)}>录入</Button>
          <Button type="link" size="small" onClick={() => navigate(eventHref('results', e.id))}>结果</Button>
          <Button type="link" size="small" danger disabled={e.liveBallots > 0 || lockedYears.has(e.year)} onClick={() => confirmDelete(e)}>删除</Button>
        </Space>
      ),
    },
  ];

  return (
    <div className="page-fill">
      <div className="panel evaluation-list">
        <div className="page-title">
          <Space size={12} align="baseline">
            <Typography.Title level={4}>述职测评</Typography.Title>
            <Select
              aria-label="考核年度"
              value={year ?? 0}
              onChange={(v) => setYear(v === 0 ? undefined : v)}
              options={[{ value: 0, label: '全部年度' }, ...years.map((y) => ({ value: y, label: yearLabel(y) }))]}
              style={{ width: 130 }}
            />
            <Typography.Text type="secondary">{list.data ? `共 ${list.data.length} 次测评` : ''}</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建测评
          </Button>
        </div>
        {list.isError ? (
          <QueryError error={list.error} />
        ) : (
          <Table<EvaluationSummary>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={list.data ?? []}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: '还没有测评活动，请点击“新建测评”' }}
          />
        )}
      </div>
      <NewEvaluationDialog open={creating} onClose={() => setCreating(false)} defaultYear={year ?? new Date().getFullYear()} />
    </div>
  );
}
