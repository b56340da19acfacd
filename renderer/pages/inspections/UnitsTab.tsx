import { Button, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../../shared/domain';
import { inspectionFigures, type InspectionNotice, type InspectionRecord, type MonthlyInspectionFigures } from '../../../shared/inspections';
import { BoxTable } from '../../components/BoxTable';
import { buildUnitTree, flattenUnitTree } from '../../components/unit-tree';

type Row = MonthlyInspectionFigures & { name: string };

const count = (n: number, className?: string) => (n > 0 ? <span className={className}>{n}</span> : <span className="muted">0</span>);

/**
 * 按单位: per unit of the tree with any 督查 or 通报 this year, the 督查 held, the 整改 open / overdue /
 * done as of today and the 通报表扬/批评 (the same figures as the 月度通报, over the whole year).
 */
export function UnitsTab(props: { year: number; today: string; records: readonly InspectionRecord[]; notices: readonly InspectionNotice[]; units: readonly Unit[]; onOpen: (unitId: number) => void }) {
  const { year, today, records, notices, units, onOpen } = props;
  const rows = useMemo<Row[]>(() => {
    const ordered = flattenUnitTree(buildUnitTree(units)).map((n) => n.unit);
    const figures = inspectionFigures({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      today,
      unitIds: ordered.map((u) => u.id),
      records,
      notices: notices.map((n) => ({ kind: n.kind, date: n.date, unitIds: n.unitId !== null ? [n.unitId] : n.people.map((p) => p.unitId) })),
    });
    const names = new Map(ordered.map((u) => [u.id, u.name]));
    return figures.filter((f) => f.inspections + f.open + f.overdue + f.done + f.praise + f.criticism > 0).map((f) => ({ ...f, name: names.get(f.unitId) ?? '' }));
  }, [year, today, records, notices, units]);

  const columns: TableColumnsType<Row> = [
    { title: '序号', key: 'no', width: 52, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: '单位', dataIndex: 'name', ellipsis: { showTitle: true } },
    { title: '督查次数', dataIndex: 'inspections', width: 90, align: 'right', render: (n: number) => count(n) },
    { title: '整改中', dataIndex: 'open', width: 90, align: 'right', render: (n: number) => count(n) },
    { title: '逾期未整改', dataIndex: 'overdue', width: 100, align: 'right', render: (n: number) => count(n, 'inspection-overdue') },
    { title: '已整改', dataIndex: 'done', width: 90, align: 'right', render: (n: number) => count(n) },
    { title: '通报表扬', dataIndex: 'praise', width: 90, align: 'right', render: (n: number) => count(n, 'points-plus') },
    { title: '通报批评', dataIndex: 'criticism', width: 90, align: 'right', render: (n: number) => count(n, 'points-minus') },
    {
      title: '操作',
      key: 'open',
      width: 90,
      render: (_v, r) => (
        <Button type="link" size="small" onClick={() => onOpen(r.unitId)}>
          查看记录
        </Button>
      ),
    },
  ];
  return (
    <div className="inspections-tab">
      <Typography.Text type="secondary" className="inspection-rule">
        {`${year}年度截至${today < `${year}-12-31` ? today : `${year}-12-31`}；整改状态按当日计算，期限当天仍算按期。个人受通报的计入其所在单位。`}
      </Typography.Text>
      <BoxTable<Row> boxClassName="inspections-table-box" boxTestId="inspection-units" columns={columns} rows={rows} rowKey="unitId" width={860} locale={{ emptyText: '本年度暂无督查记录和通报' }} />
    </div>
  );
}
