import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Space, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { HistoryTable } from '../../../../shared/contract/annual-history';
import { invoke } from '../../../api';
import { QueryError } from '../../../components/QueryError';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { useFileExport } from '../../../hooks/use-file-export';
import { HistoryImportDialog } from './HistoryImportDialog';
import { PersonHistoryDrawer } from './PersonHistoryDrawer';
import { outcomeTone } from './history-words';
import './annual-history.css';

type Row = HistoryTable['rows'][number];

/** One year's cell: the 等次 word, marked 「锁」 for a year this app locked, 「导」 for an imported one. */
function YearCell({ cell }: { cell: Row['cells'][number] | undefined }) {
  if (!cell) return null;
  const app = cell.source === 'app';
  return (
    <span className={`history-cell ${app ? 'history-cell-app' : ''} ${outcomeTone(cell.outcome)}`} title={app ? '本系统确认并锁定的年度' : '从Excel导入或手工录入'}>
      {cell.word}
      <span className="history-cell-mark">{app ? '锁' : '导'}</span>
    </span>
  );
}

/**
 * 历年等次 (DOMAIN.md §9): people × years, the years this app locked and the earlier years imported
 * from Excel read as one (the app's year wins). Filter by 单位 and 姓名/拼音首字母; a name opens the
 * person's history (every year, its source, what the rules say follows, the 奖励 records).
 */
export function HistoryPage() {
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const units = useUnits();
  const table = useChannelQuery('history.table', { unitId: unitId ?? undefined, includeSubunits: true, text: search || undefined });
  const [importing, setImporting] = useState(false);
  const [personId, setPersonId] = useState<number | null>(null);
  const { busy, run } = useFileExport();

  const columns = useMemo<TableColumnsType<Row>>(() => {
    const years = table.data?.years ?? [];
    return [
      { title: '序号', key: 'index', width: 64, fixed: 'left', render: (_v, _r, i) => i + 1 },
      {
        title: '姓名', dataIndex: 'name', width: 100, fixed: 'left',
        render: (name: string, r) => (
          <Button type="link" className="history-name-link" onClick={() => setPersonId(r.personId)}>
            {name}
          </Button>
        ),
      },
      { title: '单位', dataIndex: 'unitName', width: 150, ellipsis: true },
      ...years.map((y) => ({
        title: `${y}年度`, key: String(y), width: 100, align: 'center' as const,
        render: (_v: unknown, r: Row) => <YearCell cell={r.cells.find((c) => c.year === y)} />,
      })),
    ];
  }, [table.data?.years]);

  let body;
  if (table.isError) body = <QueryError error={table.error} />;
  else if (!table.data) body = <Spin className="shell-loading" />;
  else
    body = (
      <div className="history-table-box">
        <Table<Row>
          virtual
          size="small"
          bordered
          rowKey="personId"
          columns={columns}
          dataSource={table.data.rows}
          pagination={false}
          scroll={{ x: 320 + 100 * table.data.years.length, y: 'calc(100vh - 300px)' }}
          locale={{ emptyText: table.data.years.length === 0 ? '尚无历年等次：点「导入历年等次」从Excel导入，锁定的考核年度会自动列入' : '没有符合条件的人员' }}
          data-testid="history-table"
        />
      </div>
    );

  return (
    <div className="page-fill annual-history-page">
      <div className="panel history-head">
        <div className="page-title">
          <Typography.Title level={4}>历年等次</Typography.Title>
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={busy === 'export'} onClick={() => void run(() => invoke('history.template'))}>
              下载导入模板
            </Button>
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入历年等次
            </Button>
          </Space>
        </div>
        <div className="history-filters">
          <div style={{ width: 220 }}>
            <UnitTreeSelect units={units.data ?? []} value={unitId} onChange={(v) => setUnitId(v ?? null)} allowClear placeholder="全部单位" />
          </div>
          <Input.Search aria-label="按姓名查找" placeholder="姓名或拼音首字母" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ width: 200 }} />
          {table.data && <Typography.Text type="secondary">共 {table.data.rows.length} 人</Typography.Text>}
          <span className="history-legend">
            <span className="history-cell history-cell-app">锁</span>：本系统确认并锁定的年度（以此为准）；<span className="history-cell">导</span>：从Excel导入或手工录入
          </span>
        </div>
      </div>
      <div className="panel history-body">{body}</div>
      <HistoryImportDialog open={importing} onClose={() => setImporting(false)} />
      <PersonHistoryDrawer personId={personId} onClose={() => setPersonId(null)} />
    </div>
  );
}
