import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Participant } from '../../../shared/annual';
import type { Unit } from '../../../shared/domain';
import { rectificationLabels, type InspectionRecord, type InspectionRecordsView } from '../../../shared/inspections';
import { BoxTable } from '../../components/BoxTable';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useChannelMutation } from '../../hooks/api-hooks';
import { RecordDialog } from './RecordDialog';

export type StateFilter = 'all' | 'open' | 'overdue' | 'done';
export interface RecordFilter {
  readonly unitId: number | null;
  readonly state: StateFilter;
}

/** 「逾期12天」 in red, or the state in words. */
export function StateText({ record }: { record: Pick<InspectionRecord, 'state' | 'daysOverdue'> }) {
  if (record.state === 'overdue') return <span className="inspection-overdue">逾期{record.daysOverdue}天</span>;
  return <span>{rectificationLabels[record.state]}</span>;
}

/** 督查记录 of the year: filtered by unit and 整改 state with the counts; 登记, 编辑 (整改完成 too), 删除. */
export function RecordsTab(props: {
  year: number;
  view: InspectionRecordsView;
  units: readonly Unit[];
  participants: readonly Participant[];
  filter: RecordFilter;
  onFilter: (f: RecordFilter) => void;
  editable: boolean;
}) {
  const { year, view, units, participants, filter, onFilter, editable } = props;
  const [editing, setEditing] = useState<InspectionRecord | 'new' | null>(null);
  const { modal } = App.useApp();
  const remove = useChannelMutation('inspections.deleteRecord', { success: '已删除督查记录' });
  const ofUnit = useMemo(() => view.records.filter((r) => filter.unitId === null || r.unitId === filter.unitId), [view.records, filter.unitId]);
  const count = (s: StateFilter) => (s === 'all' ? ofUnit.length : ofUnit.filter((r) => r.state === s).length);
  const shown = filter.state === 'all' ? ofUnit : ofUnit.filter((r) => r.state === filter.state);

  const confirmDelete = (r: InspectionRecord) => {
    modal.confirm({
      title: `删除督查记录：${r.unitName}`,
      content: `${r.date} ${r.team}。删除后不能恢复，确定删除吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: r.id }).catch(() => undefined),
    });
  };

  const columns: TableColumnsType<InspectionRecord> = [
    { title: '序号', key: 'no', width: 48, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: '督查日期', dataIndex: 'date', width: 96 },
    { title: '督查组', dataIndex: 'team', width: 110, ellipsis: { showTitle: true } },
    { title: '被督查单位', key: 'unit', width: 120, ellipsis: { showTitle: true }, render: (_v, r) => (r.personName ? `${r.unitName}·${r.personName}` : r.unitName) },
    // 督查内容 and 整改情况 are read in the dialog (查看/编辑)
    { title: '发现问题', dataIndex: 'findings', ellipsis: { showTitle: true } },
    { title: '整改要求', dataIndex: 'requirement', width: 130, ellipsis: { showTitle: true } },
    { title: '整改期限', dataIndex: 'deadline', width: 96 },
    { title: '整改状态', key: 'state', width: 92, render: (_v, r) => <StateText record={r} /> },
    { title: '整改完成', dataIndex: 'doneOn', width: 96 },
    {
      title: '操作',
      key: 'actions',
      width: editable ? 104 : 60,
      render: (_v, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {editable ? '编辑' : '查看'}
          </Button>
          {editable && (
            <Button type="link" danger size="small" onClick={() => confirmDelete(r)}>
              删除
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="inspections-tab">
      <div className="inspections-toolbar">
        <Space wrap>
          <div style={{ width: 200 }}>
            <UnitTreeSelect units={units} value={filter.unitId} onChange={(unitId) => onFilter({ ...filter, unitId: unitId ?? null })} allowClear placeholder="全部单位" id="inspection-unit-filter" />
          </div>
          <Segmented<StateFilter>
            aria-label="整改状态"
            value={filter.state}
            onChange={(state) => onFilter({ ...filter, state })}
            options={[
              { value: 'all', label: `全部（${count('all')}）` },
              { value: 'open', label: `整改中（${count('open')}）` },
              { value: 'overdue', label: <span className={count('overdue') > 0 ? 'inspection-overdue' : ''}>逾期（{count('overdue')}）</span> },
              { value: 'done', label: `已整改（${count('done')}）` },
            ]}
          />
        </Space>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            登记督查
          </Button>
        )}
      </div>
      <BoxTable<InspectionRecord>
        boxClassName="inspections-table-box"
        boxTestId="inspection-records"
        columns={columns}
        rows={shown}
        rowKey="id"
        width={980}
        locale={{ emptyText: filter.unitId === null && filter.state === 'all' ? '本年度暂无督查记录' : '没有符合条件的督查记录' }}
      />
      <RecordDialog
        year={year}
        today={view.today}
        record={editing === 'new' ? null : editing}
        open={editing !== null}
        readOnly={!editable}
        onClose={() => setEditing(null)}
        units={units}
        participants={participants}
        teams={view.teams}
        defaultUnitId={filter.unitId}
      />
    </div>
  );
}
