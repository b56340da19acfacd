import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { quotaFor, roundingLabels, type RoundingRule } from '../../../../shared/annual/rules';
import type { AnnualYear } from '../../../../shared/annual/views';
import { OrderButtons } from '../../../components/OrderButtons';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useDraft } from './scheme-draft';
import { fromPercent, toPercent } from './scheme-text';

interface GroupDraft {
  /** the group's id; undefined for a group added here and not saved yet */
  id: number | undefined;
  /** row key: stable across edits, also for new groups */
  key: string;
  name: string;
  excellentShare: number;
  goodShare: number;
  rounding: RoundingRule;
}

const draftOf = (year: AnnualYear): GroupDraft[] =>
  year.groups.map((g) => ({ id: g.id, key: `g${g.id}`, name: g.name, excellentShare: g.excellentShare, goodShare: g.goodShare, rounding: g.rounding }));

const roundingOptions = (Object.keys(roundingLabels) as RoundingRule[]).map((r) => ({ value: r, label: roundingLabels[r] }));

/** 考核分组: the ranking groups in order, each with its 优秀 and 平时考核“好” shares and rounding. */
export function GroupsTab({ year, locked }: { year: AnnualYear; locked: boolean }) {
  const source = useMemo(() => draftOf(year), [year]);
  const { draft, setDraft, dirty, reset, adopt } = useDraft(source);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(0);
  const save = useChannelMutation('annual.saveGroups', { success: '已保存考核分组', showError: false });
  const sizes = useMemo(() => new Map(year.groups.map((g) => [g.id, g.size])), [year.groups]);
  const sizeOf = (g: GroupDraft) => (g.id === undefined ? 0 : (sizes.get(g.id) ?? 0));

  const patch = (index: number, change: Partial<GroupDraft>) => setDraft(draft.map((g, i) => (i === index ? { ...g, ...change } : g)));
  const addGroup = () => {
    const d = year.rules.groupDefaults;
    setAdded(added + 1);
    setDraft([...draft, { id: undefined, key: `new${added + 1}`, name: '', excellentShare: d.excellentShare, goodShare: d.goodShare, rounding: d.rounding }]);
  };
  // never rejects (a failure is shown above the table), so the button fires and forgets it
  const submit = async () => {
    setError(null);
    try {
      const saved = await save.mutateAsync({
        year: year.year,
        groups: draft.map((g) => ({ id: g.id, name: g.name.trim(), excellentShare: g.excellentShare, goodShare: g.goodShare, rounding: g.rounding })),
      });
      adopt(draftOf(saved));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const total = draft.reduce((s, g) => s + sizeOf(g), 0);
  const columns: TableColumnsType<GroupDraft> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _g, i) => i + 1 },
    {
      title: '分组名称',
      dataIndex: 'name',
      width: 180,
      render: (name: string, _g, i) => <Input aria-label={`第${i + 1}组名称`} value={name} maxLength={20} placeholder="例如：机关科室" onChange={(e) => patch(i, { name: e.target.value })} />,
    },
    {
      title: '优秀比例',
      dataIndex: 'excellentShare',
      width: 120,
      render: (share: number, _g, i) => (
        <InputNumber aria-label={`第${i + 1}组优秀比例`} min={0} max={100} step={1} value={toPercent(share)} suffix="%" onChange={(v) => patch(i, { excellentShare: fromPercent(v ?? 0) })} style={{ width: 100 }} />
      ),
    },
    {
      title: '平时考核“好”比例',
      dataIndex: 'goodShare',
      width: 140,
      render: (share: number, _g, i) => (
        <InputNumber aria-label={`第${i + 1}组好等次比例`} min={0} max={100} step={1} value={toPercent(share)} suffix="%" onChange={(v) => patch(i, { goodShare: fromPercent(v ?? 0) })} style={{ width: 100 }} />
      ),
    },
    {
      title: '取整方式',
      dataIndex: 'rounding',
      width: 120,
      render: (rounding: RoundingRule, _g, i) => <Select aria-label={`第${i + 1}组取整方式`} value={rounding} onChange={(r) => patch(i, { rounding: r })} options={roundingOptions} style={{ width: 104 }} />,
    },
    { title: '人数', key: 'size', width: 70, align: 'right', render: (_v, g) => sizeOf(g) },
    { title: '优秀名额', key: 'excellentQuota', width: 84, align: 'right', render: (_v, g) => <b>{quotaFor(g.excellentShare, sizeOf(g), g.rounding)}</b> },
    { title: '“好”名额（每季度）', key: 'goodQuota', width: 130, align: 'right', render: (_v, g) => <b>{quotaFor(g.goodShare, sizeOf(g), g.rounding)}</b> },
  ];
  if (!locked)
    columns.push({
      title: '调整',
      key: 'actions',
      width: 116,
      render: (_v, g, i) => <OrderButtons list={draft} index={i} onChange={setDraft} keepReason={sizeOf(g) > 0 ? '该分组还有参加人员，请先将人员调整到其他分组' : null} />,
    });

  return (
    <div className="annual-tab groups-tab">
      <Typography.Paragraph type="secondary" className="annual-hint">
        排名和名额按分组计算：优秀名额 = 分组人数 × 优秀比例，平时考核每季度“好”等次名额 = 分组人数 × “好”比例，按所选方式取整；分组人数含不定等次人员。
      </Typography.Paragraph>
      <Table<GroupDraft>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={draft}
        pagination={false}
        data-testid="groups-table"
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5} align="right">
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {total}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              {draft.reduce((s, g) => s + quotaFor(g.excellentShare, sizeOf(g), g.rounding), 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right">
              {draft.reduce((s, g) => s + quotaFor(g.goodShare, sizeOf(g), g.rounding), 0)}
            </Table.Summary.Cell>
            {!locked && <Table.Summary.Cell index={8} />}
          </Table.Summary.Row>
        )}
      />
      {!locked && (
        <>
          <Button icon={<PlusOutlined />} style={{ marginTop: 8, alignSelf: 'flex-start' }} disabled={draft.length >= 50} onClick={addGroup}>
            增加分组
          </Button>
          {error && <Alert type="error" showIcon title="未保存" description={error} style={{ marginTop: 12 }} />}
          <Space className="annual-actions">
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => void submit()}>
              保存分组
            </Button>
            <Button disabled={!dirty} onClick={reset}>
              撤销修改
            </Button>
            {dirty && <Typography.Text type="warning">有修改尚未保存</Typography.Text>}
          </Space>
        </>
      )}
    </div>
  );
}
