import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { EvaluationSummary } from '../../../../shared/contract/evaluation';
import { reviewPeriodLabel } from '../../../../shared/evaluation';
import { navigate } from '../../../router/hash-router';
import { statusColors, statusLabels, yearLabel } from '../evaluation-labels';
import { eventHref } from '../use-event-id';

/**
 * The list's columns: name (opens the event), year, date, status (已归档 in a locked year), counts and
 * actions. A 科室评议 list (`reviews`) says 评议 and shows the 评议周期; its 测评对象 are units.
 */
export const eventColumnsFor = (reviews: boolean) => (lockedYears: ReadonlySet<number>, confirmDelete: (e: EvaluationSummary) => void): TableColumnsType<EvaluationSummary> => {
  const noun = reviews ? '评议' : '测评';
  return [
    {
      title: `${noun}名称`,
      dataIndex: 'name',
      render: (name: string, e) => (
        <Typography.Link onClick={() => navigate(eventHref(e.status === 'setup' ? 'setup' : 'results', e.id))}>{name}</Typography.Link>
      ),
    },
    { title: '考核年度', dataIndex: 'year', width: 100, render: yearLabel },
    ...(reviews ? [{ title: '评议周期', dataIndex: 'reviewPeriod', width: 130, render: (p: string) => reviewPeriodLabel(p) }] : []),
    { title: `${noun}日期`, dataIndex: 'date', width: 120 },
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
    { title: reviews ? '评议对象' : '测评对象', dataIndex: 'targets', width: 100, align: 'right', render: (n: number) => `${n} ${reviews ? '个' : '人'}` },
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
};
