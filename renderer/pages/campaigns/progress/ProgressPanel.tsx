import { Alert, Spin, Table, Tag } from 'antd';
import { taskStatusLabels, type CampaignProgress } from '../../../../shared/campaigns';
import { QueryError } from '../../../components/QueryError';
import { useCampaignProgress } from '../campaign-hooks';

/** Progress at today (DOMAIN §8.2): the current phase, each unit's duty figures, the tasks and the overdue names. */
export function ProgressPanel({ id }: { id: number }) {
  const data = useCampaignProgress(id);
  if (data.isError) return <QueryError error={data.error} />;
  if (!data.data) return <Spin className="shell-loading" />;
  const p = data.data;
  const phase = p.phases.find((x) => x.current);
  const overdueCount = p.overdue.reduce((n, u) => n + u.people.length, 0);
  return (
    <div className="campaign-progress">
      <Alert type={overdueCount > 0 ? 'warning' : 'info'} showIcon
        title={`截至${p.asOf}：${phase ? `处于“${phase.name}”阶段（${phase.from}至${phase.to}）` : '不在任何阶段内'}；个人任务完成率${p.total.rate ?? '—'}%，逾期未完成${p.total.overdue}项（${overdueCount}人）`} />
      <h3>各单位个人任务完成情况</h3>
      <Table<CampaignProgress['units'][number]> size="small" pagination={false} rowKey="unitId" dataSource={p.units}
        columns={[
          { title: '单位', dataIndex: 'unitName' },
          { title: '人数', dataIndex: 'people', align: 'right' },
          { title: '应完成（人次）', dataIndex: 'assigned', align: 'right' },
          { title: '已到期', dataIndex: 'due', align: 'right' },
          { title: '按时完成', dataIndex: 'done', align: 'right' },
          { title: '逾期完成', dataIndex: 'doneLate', align: 'right' },
          { title: '逾期未完成', dataIndex: 'overdue', align: 'right', render: (n: number) => (n > 0 ? <span style={{ color: '#cf1322' }}>{n}</span> : n) },
          { title: '完成率', dataIndex: 'rate', align: 'right', render: (r: number | null) => (r == null ? '—' : `${r}%`) },
        ]} />
      <h3>逾期未完成名单</h3>
      {p.overdue.length === 0 ? <p style={{ color: '#666' }}>无</p> : p.overdue.map((u) => (
        <div key={u.unitId} className="campaign-overdue-unit" data-testid="campaign-overdue">
          <b>{u.unitName}（{u.people.length}人）</b>
          {u.people.map((x) => `${x.name}（${x.duties.join('、')}）`).join('；')}
        </div>
      ))}
      <h3>工作任务</h3>
      <Table<CampaignProgress['tasks'][number]> size="small" pagination={false} rowKey={(_t) => p.tasks.indexOf(_t)} dataSource={p.tasks}
        columns={[
          { title: '任务', dataIndex: 'name' },
          { title: '牵头单位', dataIndex: 'leadUnitName' },
          { title: '配合单位', dataIndex: 'partnerUnitNames', render: (n: string[]) => n.join('、') || '—' },
          { title: '完成时限', dataIndex: 'due' },
          { title: '状态', dataIndex: 'status', render: (s: CampaignProgress['tasks'][number]['status']) => <Tag color={s === 'overdue' ? 'red' : s === 'doneLate' ? 'orange' : s === 'done' ? 'green' : 'blue'}>{taskStatusLabels[s]}</Tag> },
        ]} />
    </div>
  );
}
