import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { RecommendationSummary } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels } from '../../../../shared/recommendation';
import { navigate } from '../../../router/hash-router';
import { statusColors, statusLabels } from '../common/recommendation-labels';
import { recommendationHref } from '../recommendation-href';

/** The list's columns: name (opens the event), date, ballot kind, counts, status, ballots received and the actions. */
export function recommendationColumns(lockedYears: ReadonlySet<number>, confirmDelete: (e: RecommendationSummary) => void): TableColumnsType<RecommendationSummary> {
  return [
    {
      title: '名称',
      dataIndex: 'name',
      render: (name: string, e) => (
        <Typography.Link onClick={() => navigate(recommendationHref(e.status === 'setup' ? 'setup' : 'results', e.id))}>{name}</Typography.Link>
      ),
    },
    { title: '日期', dataIndex: 'date', width: 104 },
    { title: '票种', dataIndex: 'kind', width: 70, render: (k: RecommendationSummary['kind']) => recommendationKindLabels[k] },
    { title: '职位/荣誉数', dataIndex: 'posts', width: 96, align: 'right', render: (n: number) => `${n} 项` },
    { title: '候选人数', dataIndex: 'candidates', width: 84, align: 'right', render: (n: number) => `${n} 人` },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      render: (s: RecommendationSummary['status'], e) => (
        <>
          <Tag color={statusColors[s]}>{statusLabels[s]}</Tag>
          {lockedYears.has(e.year) && <Tag color="blue" data-testid="archived-tag">已归档</Tag>}
        </>
      ),
    },
    {
      title: '已收票',
      key: 'ballots',
      width: 110,
      align: 'right',
      render: (_v, e) => (
        <>
          <div>{e.liveBallots} 张</div>
          {e.testBallots > 0 && <Typography.Text type="warning">测试票 {e.testBallots} 张</Typography.Text>}
        </>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 272,
      render: (_v, e) => {
        const archived = lockedYears.has(e.year);
        return (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => navigate(recommendationHref('setup', e.id))}>设置</Button>
            <Button type="link" size="small" onClick={() => navigate(recommendationHref('print', e.id))}>打印推荐票</Button>
            <Button type="link" size="small" onClick={() => navigate(recommendationHref('entry', e.id))} disabled={e.status === 'closed' || archived}>录入</Button>
            <Button type="link" size="small" onClick={() => navigate(recommendationHref('results', e.id))}>结果</Button>
            <Button type="link" size="small" danger disabled={archived} onClick={() => confirmDelete(e)} aria-label={`删除${e.name}`}>删除</Button>
          </Space>
        );
      },
    },
  ];
}
