import { Table, Typography, type TableColumnsType } from 'antd';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { invalidReasonLabels } from '../../../../shared/evaluation/config';
import type { EvaluationResults, SessionFigures as Figures } from '../../../../shared/evaluation/results';

/** 应到/实到/发出/收回/有效/无效 per 评委类别 and 合计, with the reasons of the 无效票. */
export function SessionFigures(props: { config: EvaluationConfig; results: EvaluationResults }) {
  const { config, results } = props;
  const name = (code: string | null) => (code === null ? '合计' : (config.categories.find((c) => c.code === code)?.name ?? code));
  const rows = [...results.session, results.sessionTotal];
  const columns: TableColumnsType<Figures> = [
    { title: '评委类别', key: 'category', render: (_v, f) => (f.category === null ? <b>合计</b> : name(f.category)) },
    { title: '应到', dataIndex: 'expected', width: 80, align: 'right' },
    { title: '实到', dataIndex: 'present', width: 80, align: 'right' },
    { title: '发出', dataIndex: 'issued', width: 80, align: 'right' },
    { title: '收回', dataIndex: 'returned', width: 80, align: 'right', render: (n: number, f) => <span className={n > f.issued && f.issued > 0 ? 'text-danger' : undefined}>{n}</span> },
    { title: '有效', dataIndex: 'valid', width: 80, align: 'right' },
    { title: '无效', dataIndex: 'invalid', width: 80, align: 'right' },
  ];
  const reasons = Object.entries(results.invalidByReason).filter(([, n]) => n > 0);
  return (
    <div className="session-figures">
      <Table<Figures> size="small" rowKey={(f) => f.category ?? '__total'} columns={columns} dataSource={rows} pagination={false} data-testid="session-figures" />
      {reasons.length > 0 && (
        <Typography.Text type="secondary" className="invalid-reasons">
          无效票原因：{reasons.map(([code, n]) => `${invalidReasonLabels[code as keyof typeof invalidReasonLabels] ?? code} ${n} 张`).join('，')}
        </Typography.Text>
      )}
    </div>
  );
}
