import { Table, type TableColumnsType } from 'antd';
import type { RecommendationResults } from '../../../../shared/recommendation';

type Row = { key: string; name: string; expected: number; present: number; issued: number; returned: number };

/** 应到/实到/发出/收回 per 评委类别 and 合计: how far the voting has got. */
export function SessionTable({ session }: { session: RecommendationResults['session'] }) {
  const rows: Row[] = [
    ...session.categories.map((c) => ({ key: c.code, name: c.name, expected: c.expected, present: c.present, issued: c.issued, returned: c.returned })),
    { key: '__total', name: '合计', expected: session.expected, present: session.present, issued: session.issued, returned: session.returned },
  ];
  const over = (r: Row) => r.issued > 0 && r.returned > r.issued;
  const columns: TableColumnsType<Row> = [
    { title: '评委类别', dataIndex: 'name', render: (name: string, r) => (r.key === '__total' ? <b>{name}</b> : name) },
    { title: '应到', dataIndex: 'expected', width: 90, align: 'right' },
    { title: '实到', dataIndex: 'present', width: 90, align: 'right' },
    { title: '发出', dataIndex: 'issued', width: 90, align: 'right' },
    { title: '收回', dataIndex: 'returned', width: 90, align: 'right', render: (n: number, r) => <span className={over(r) ? 'text-danger' : undefined}>{n}</span> },
  ];
  return <Table<Row> size="small" className="session-table" rowKey="key" columns={columns} dataSource={rows} pagination={false} data-testid="session-table" />;
}
