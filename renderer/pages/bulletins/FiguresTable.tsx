import { Descriptions, Drawer, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { rankedRows, rankPartLabels, rankParts, type BulletinFigures, type BulletinRow } from '../../../shared/bulletins';
import { reviewPeriodLabel } from '../../../shared/evaluation';
import { nodeStateLabels } from '../../../shared/tasks';
import { BoxTable } from '../../components/BoxTable';

const score = (n: number | null) => (n === null ? <span className="muted">—</span> : n.toFixed(2));
const count = (n: number, className?: string) => (n > 0 ? <span className={className}>{n}</span> : <span className="muted">0</span>);
const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/**
 * The 月度通报's figures per unit (DOMAIN §8.5), by rank; a row opens what is behind it: the nodes
 * counted, the weeks posted and missed, the 科室评议 scores, and how its 排名分 was weighted.
 */
export function FiguresTable({ figures }: { figures: BulletinFigures }) {
  const [open, setOpen] = useState<BulletinRow | null>(null);
  const rows = rankedRows(figures.rows);
  const columns: TableColumnsType<BulletinRow> = [
    { title: '排名', dataIndex: 'rank', width: 52, align: 'center', render: (r: number | null) => r ?? <span className="muted">—</span> },
    { title: '科室（单位）', dataIndex: 'unitName', width: 136, ellipsis: { showTitle: true } },
    { title: '应完成节点', dataIndex: 'due', width: 84, align: 'right' },
    { title: '按时完成', dataIndex: 'onTime', width: 72, align: 'right' },
    { title: '逾期完成', dataIndex: 'doneLate', width: 72, align: 'right', render: (n: number) => count(n) },
    { title: '逾期未完成', dataIndex: 'overdue', width: 84, align: 'right', render: (n: number) => count(n, 'bulletin-bad') },
    { title: '周晒', key: 'weekly', width: 56, align: 'center', render: (_v, r) => (r.weeksExpected === 0 ? <span className="muted">—</span> : `${r.weeksPosted}/${r.weeksExpected}`) },
    { title: '评议得分', dataIndex: 'reviewScore', width: 72, align: 'right', render: score },
    { title: '督查表扬', dataIndex: 'praise', width: 72, align: 'right', render: (n: number) => count(n) },
    { title: '督查批评', dataIndex: 'criticism', width: 72, align: 'right', render: (n: number) => count(n, 'bulletin-bad') },
    { title: '排名分', dataIndex: 'score', width: 72, align: 'right', render: (n: number | null, r) => <span title={r.note || undefined}>{score(n)}{r.note ? ' *' : ''}</span> },
  ];
  return (
    <>
      <BoxTable<BulletinRow>
        boxClassName="bulletin-table-box"
        boxTestId="bulletin-figures"
        columns={columns}
        rows={rows}
        rowKey="unitId"
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '没有通报单位，请在「通报设置」中选择' }}
      />
      {open && <RowDetail row={open} figures={figures} onClose={() => setOpen(null)} />}
    </>
  );
}

function RowDetail({ row, figures, onClose }: { row: BulletinRow; figures: BulletinFigures; onClose: () => void }) {
  const weekOf = new Map(figures.weeks.map((w) => [w.week, w]));
  const reviewOf = new Map(figures.reviews.map((r) => [r.eventId, r]));
  const weights = rankParts.filter((p) => figures.weights[p] > 0).map((p) => `${rankPartLabels[p]}${figures.weights[p]}%`).join('、');
  return (
    <Drawer open width={640} title={`${row.unitName}：${figures.year}年${figures.month}月份通报数据`} onClose={onClose}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="按时完成率">{percent(row.onTimeRate)}</Descriptions.Item>
        <Descriptions.Item label="周晒参与率">{percent(row.weeklyRate)}</Descriptions.Item>
        <Descriptions.Item label="评议得分">{row.reviewScore === null ? '—' : row.reviewScore.toFixed(2)}</Descriptions.Item>
        <Descriptions.Item label="排名分">{row.score === null ? '—（不排名）' : `${row.score.toFixed(2)}（第${row.rank}名）`}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" className="bulletin-detail-rule">
        {`权重：${weights}。${row.note ? `${row.note}。` : ''}数据截至${figures.asOf}。`}
      </Typography.Paragraph>
      <Typography.Title level={5}>{`任务节点（本月到期${row.due}个${row.carriedLate > 0 ? `，此前逾期未完成${row.carriedLate}个` : ''}）`}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(n) => `${n.taskId}-${n.dueOn}-${n.nodeName}`}
        dataSource={row.nodes}
        locale={{ emptyText: '本月没有到期的节点' }}
        columns={[
          { title: '任务', dataIndex: 'taskTitle', ellipsis: true },
          { title: '节点', dataIndex: 'nodeName', width: 110, ellipsis: true },
          { title: '完成时限', dataIndex: 'dueOn', width: 100 },
          { title: '完成日期', dataIndex: 'doneOn', width: 100, render: (d: string | null) => d ?? '—' },
          { title: '本月计为', key: 'state', width: 110, render: (_v, n) => (n.carried ? <Tag color="red">此前逾期</Tag> : <Tag color={n.state === 'onTime' ? 'green' : n.state === 'pending' ? 'default' : n.state === 'doneLate' ? 'orange' : 'red'}>{n.state === 'late' ? '逾期未完成' : nodeStateLabels[n.state]}</Tag>) },
        ]}
      />
      <Typography.Title level={5} className="bulletin-detail-head">{`周晒（本月${figures.weeks.length}周）`}</Typography.Title>
      <div className="bulletin-weeks">
        {figures.weeks.map((w) => {
          const posted = row.postedWeeks.includes(w.week);
          const missed = row.missedWeeks.includes(w.week);
          return <Tag key={w.week} color={posted ? 'green' : missed ? 'red' : 'default'}>{`第${w.week}周 ${posted ? '已晒' : missed ? '未晒' : '未到'}`}</Tag>;
        })}
        {weekOf.size === 0 && <Typography.Text type="secondary">本月没有周晒周次</Typography.Text>}
      </div>
      <Typography.Title level={5} className="bulletin-detail-head">科室评议</Typography.Title>
      {row.reviewScores.length === 0 ? (
        <Typography.Text type="secondary">本月没有已结束的科室评议</Typography.Text>
      ) : (
        <ul className="bulletin-reviews">
          {row.reviewScores.map((r) => {
            const e = reviewOf.get(r.eventId);
            return <li key={r.eventId}>{`${e?.name ?? ''}（${e ? reviewPeriodLabel(e.period) : ''}）：${r.score === null ? '未参评' : `${r.score.toFixed(2)}分`}`}</li>;
          })}
        </ul>
      )}
      {(row.praise > 0 || row.criticism > 0) && (
        <Typography.Paragraph className="bulletin-detail-head">{`督查通报：表扬${row.praise}次，批评${row.criticism}次（见「督查督办」）`}</Typography.Paragraph>
      )}
    </Drawer>
  );
}
