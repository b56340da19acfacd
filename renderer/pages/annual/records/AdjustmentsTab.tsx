import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { momentText } from '../../../../shared/date-text';
import { App, Button, Input, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { AdjustmentRecord, AnnualYear, Participant } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { useAdjustments } from '../../../hooks/annual-hooks';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useElementHeight } from '../../../hooks/use-element-height';
import { AdjustmentDialog, AdjustmentKindsDialog } from './AdjustmentDialog';
import { adjustmentCap, adjustmentCapText, personNets, signedPoints, type PersonNet } from '../common/record-text';

const Points = ({ value }: { value: number }) => <span className={value > 0 ? 'points-plus' : value < 0 ? 'points-minus' : ''}>{signedPoints(value)}</span>;

/** 加减分: the records of the year, each person's net and what the composite counts of it. */
export function AdjustmentsTab(props: { year: number; detail: AnnualYear; participants: readonly Participant[]; editable: boolean }) {
  const { year, detail, participants, editable } = props;
  const { modal } = App.useApp();
  const records = useAdjustments(year);
  const [view, setView] = useState<'records' | 'people'>('records');
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const [editingKinds, setEditingKinds] = useState(false);
  const remove = useChannelMutation('annual.deleteAdjustment', { success: '已删除加减分记录' });
  const cap = adjustmentCap(detail.rules);
  const component = detail.rules.components.find((c) => c.key === 'adjustments');
  // only 'added' 加减分 go into the composite as points; otherwise there is nothing to show as counted
  const added = component?.enabled === true && component.mode === 'added';

  const all = useMemo(() => records.data ?? [], [records.data]);
  const nets = useMemo(() => personNets(all, cap), [all, cap]);
  const netOf = useMemo(() => new Map(nets.map((n) => [n.personId, n])), [nets]);
  const t = text.trim();
  const shownRecords = useMemo(() => (t ? all.filter((r) => r.name.includes(t) || r.unitName.includes(t) || r.kind.includes(t) || r.reason.includes(t)) : all), [all, t]);
  const shownNets = useMemo(() => (t ? nets.filter((n) => n.name.includes(t) || n.unitName.includes(t)) : nets), [nets, t]);

  const confirmDelete = (r: AdjustmentRecord) => {
    modal.confirm({
      title: `删除加减分记录：${r.name}`,
      content: `${r.kind} ${signedPoints(r.points)}分（${r.date}，${r.reason}）。删除后不能恢复，确定删除吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: r.id }).catch(() => undefined),
    });
  };

  const netText = (personId: number) => {
    const n = netOf.get(personId);
    if (!n) return null;
    return <NetFigure net={n} />;
  };

  const recordColumns: TableColumnsType<AdjustmentRecord> = [
    { title: '序号', key: 'no', width: 52, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 76, ellipsis: true },
    { title: '单位', dataIndex: 'unitName', width: 120, ellipsis: { showTitle: true } },
    { title: '类别', dataIndex: 'kind', width: 86, ellipsis: { showTitle: true } },
    { title: '分值', dataIndex: 'points', width: 58, align: 'right', render: (p: number) => <Points value={p} /> },
    { title: '日期', dataIndex: 'date', width: 96 },
    { title: '事由', dataIndex: 'reason', ellipsis: { showTitle: true } },
    { title: '佐证说明', dataIndex: 'evidence', width: 130, ellipsis: { showTitle: true } },
    { title: '录入人', dataIndex: 'enteredBy', width: 70, ellipsis: true },
    { title: '录入时间', dataIndex: 'enteredAt', width: 128, render: (s: string) => momentText(s) },
    { title: '本人合计', key: 'net', width: 112, render: (_v, r) => netText(r.personId) },
    ...(editable
      ? [{ title: '操作', key: 'actions', width: 58, render: (_v: unknown, r: AdjustmentRecord) => <Button type="link" danger size="small" onClick={() => confirmDelete(r)}>删除</Button> }]
      : []),
  ];

  const netColumns: TableColumnsType<PersonNet> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 100 },
    { title: '单位', dataIndex: 'unitName', width: 180, ellipsis: true },
    { title: '记录数', dataIndex: 'records', width: 80, align: 'right' },
    { title: '加分', dataIndex: 'plus', width: 80, align: 'right', render: (p: number) => (p ? <Points value={p} /> : '') },
    { title: '减分', dataIndex: 'minus', width: 80, align: 'right', render: (p: number) => (p ? <Points value={p} /> : '') },
    { title: '合计', dataIndex: 'net', width: 80, align: 'right', render: (p: number) => <Points value={p} /> },
    ...(added ? [{ title: '计入综合得分', key: 'counted', width: 140, align: 'right' as const, render: (_v: unknown, n: PersonNet) => <Points value={n.counted} /> }] : []),
  ];

  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 360);

  return (
    <div className="records-tab">
      <div className="records-toolbar">
        <Space wrap>
          <Segmented<'records' | 'people'>
            aria-label="查看"
            value={view}
            onChange={setView}
            options={[
              { value: 'records', label: `记录明细（${all.length}）` },
              { value: 'people', label: `按人员汇总（${nets.length}）` },
            ]}
          />
          <Input.Search aria-label="查找加减分" placeholder="姓名、单位、类别或事由" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ width: 220 }} />
        </Space>
        {editable && (
          <Space>
            <Button icon={<SettingOutlined />} onClick={() => setEditingKinds(true)}>
              编辑类别
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增加减分
            </Button>
          </Space>
        )}
      </div>
      <Typography.Text type="secondary" className="records-rule" data-testid="adjustment-cap">
        {adjustmentCapText(detail.rules)}
      </Typography.Text>
      <div ref={box} className="records-table-box">
        {records.isError ? (
          <QueryError error={records.error} />
        ) : view === 'records' ? (
          <Table<AdjustmentRecord>
            virtual
            size="small"
            rowKey="id"
            loading={records.isPending}
            columns={recordColumns}
            dataSource={shownRecords}
            pagination={false}
            scroll={{ x: 1120, y: height - 40 }}
            locale={{ emptyText: '暂无加减分记录' }}
          />
        ) : (
          <Table<PersonNet>
            virtual
            size="small"
            rowKey="personId"
            columns={netColumns}
            dataSource={shownNets}
            pagination={false}
            scroll={{ x: 860, y: height - 40 }}
            locale={{ emptyText: '暂无加减分记录' }}
          />
        )}
      </div>
      <AdjustmentDialog year={year} open={adding} onClose={() => setAdding(false)} participants={participants} />
      <AdjustmentKindsDialog open={editingKinds} onClose={() => setEditingKinds(false)} />
    </div>
  );
}

/** 「+7（计入+5）」 when the cap cuts the net; otherwise the net alone. */
function NetFigure({ net }: { net: PersonNet }) {
  const capped = net.counted !== net.net;
  return (
    <span title={capped ? `合计${signedPoints(net.net)}分，封顶后计入${signedPoints(net.counted)}分` : undefined}>
      <Points value={net.net} />
      {capped && (
        <span className="net-capped">
          （计入<Points value={net.counted} />）
        </span>
      )}
    </span>
  );
}
