import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { SanctionType } from '../../../../shared/annual/rules';
import type { AnnualYear, Participant, SanctionRecord } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { useSanctions } from '../../../hooks/annual-hooks';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useElementHeight } from '../../../hooks/use-element-height';
import { periodText, sanctionGateLines } from '../common/record-text';
import { SanctionDialog } from './SanctionDialog';

/** heavier 处分 in darker red; 警告 in orange */
const typeColors: Record<SanctionType, string> = { 警告: 'orange', 记过: 'volcano', 记大过: 'volcano', 降级: 'red', 撤职: 'red', 开除: 'magenta' };

/** 处分: records whose period overlaps the year, and the gates they set on the 等次. */
export function SanctionsTab(props: { year: number; detail: AnnualYear; participants: readonly Participant[]; editable: boolean }) {
  const { year, detail, participants, editable } = props;
  const { modal } = App.useApp();
  const records = useSanctions(year);
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const remove = useChannelMutation('annual.deleteSanction', { success: '已删除处分记录' });
  const all = useMemo(() => records.data ?? [], [records.data]);
  const t = text.trim();
  const shown = useMemo(() => (t ? all.filter((r) => r.name.includes(t) || r.unitName.includes(t) || r.type.includes(t) || r.documentNo.includes(t)) : all), [all, t]);
  const gates = sanctionGateLines(detail.rules);

  const confirmDelete = (r: SanctionRecord) => {
    modal.confirm({
      title: `删除处分记录：${r.name}`,
      content: `${r.type}（${r.decidedOn}${r.documentNo ? `，${r.documentNo}` : ''}）。删除后不能恢复，确定删除吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: r.id }).catch(() => undefined),
    });
  };

  const columns: TableColumnsType<SanctionRecord> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 84, ellipsis: true },
    { title: '单位', dataIndex: 'unitName', width: 150, ellipsis: true },
    { title: '处分种类', dataIndex: 'type', width: 90, render: (type: SanctionType) => <Tag color={typeColors[type]}>{type}</Tag> },
    { title: '决定日期', dataIndex: 'decidedOn', width: 104 },
    { title: '处分期间', key: 'period', width: 170, render: (_v, r) => periodText(r.months, r.endsOn) },
    { title: '文号', dataIndex: 'documentNo', width: 160, ellipsis: { showTitle: true } },
    { title: '事由', dataIndex: 'reason', ellipsis: { showTitle: true } },
    { title: '录入人', dataIndex: 'enteredBy', width: 80, ellipsis: true },
    ...(editable
      ? [{ title: '操作', key: 'actions', width: 64, fixed: 'right' as const, render: (_v: unknown, r: SanctionRecord) => <Button type="link" danger size="small" onClick={() => confirmDelete(r)}>删除</Button> }]
      : []),
  ];

  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 360);

  return (
    <div className="records-tab">
      <div className="records-toolbar">
        <Space wrap>
          <Input.Search aria-label="查找处分" placeholder="姓名、单位、处分种类或文号" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ width: 240 }} />
          <Typography.Text type="secondary">处分期间与{year}年度有交叉的处分共 {all.length} 条</Typography.Text>
        </Space>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增处分
          </Button>
        )}
      </div>
      <div className="records-rule sanction-gates" data-testid="sanction-gates">
        {gates.length === 0 ? '本年度考核方案未规定处分对考核等次的限制。' : `本年度考核方案规定：${gates.join('；')}。`}
      </div>
      <div ref={box} className="records-table-box">
        {records.isError ? (
          <QueryError error={records.error} />
        ) : (
          <Table<SanctionRecord>
            virtual
            size="small"
            rowKey="id"
            loading={records.isPending}
            columns={columns}
            dataSource={shown}
            pagination={false}
            scroll={{ x: 1150, y: height - 40 }}
            locale={{ emptyText: '暂无处分记录' }}
          />
        )}
      </div>
      <SanctionDialog year={year} rules={detail.rules} open={adding} onClose={() => setAdding(false)} participants={participants} />
    </div>
  );
}
