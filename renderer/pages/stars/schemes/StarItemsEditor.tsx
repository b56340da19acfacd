import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Switch, Table, type TableColumnsType } from 'antd';
import { starTierLabels, starTiers, type StarItem } from '../../../../shared/stars/scheme';
import { OrderButtons } from '../../../components/OrderButtons';

/** A code for a new star that no other star of the scheme uses (codes are stable, names are not). */
export function newStarCode(items: readonly StarItem[]): string {
  const used = new Set(items.map((i) => i.code));
  let n = items.length + 1;
  while (used.has(`star${n}`)) n += 1;
  return `star${n}`;
}

/** The ten stars of a scheme, edited in place: order, name, tier, criteria, evidence required. */
export function StarItemsEditor(props: { items: readonly StarItem[]; onChange: (items: StarItem[]) => void; lockedCodes: ReadonlySet<string> }) {
  const { items, onChange, lockedCodes } = props;
  const patch = (index: number, change: Partial<StarItem>) => onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const columns: TableColumnsType<StarItem> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _item, i) => i + 1 },
    {
      title: '星目名称',
      dataIndex: 'name',
      width: 150,
      render: (name: string, _item, i) => <Input aria-label={`第${i + 1}颗星名称`} value={name} maxLength={20} onChange={(e) => patch(i, { name: e.target.value })} />,
    },
    {
      title: '类别',
      dataIndex: 'tier',
      width: 112,
      render: (tier: StarItem['tier'], _item, i) => (
        <Select aria-label={`第${i + 1}颗星类别`} value={tier} onChange={(t) => patch(i, { tier: t })} options={starTiers.map((t) => ({ value: t, label: starTierLabels[t] }))} style={{ width: '100%' }} />
      ),
    },
    {
      title: '评星标准',
      dataIndex: 'criteria',
      render: (criteria: string, _item, i) => (
        <Input.TextArea aria-label={`第${i + 1}颗星评星标准`} value={criteria} autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} onChange={(e) => patch(i, { criteria: e.target.value })} />
      ),
    },
    {
      title: '须附佐证',
      dataIndex: 'evidenceRequired',
      width: 84,
      align: 'center',
      render: (required: boolean, _item, i) => <Switch aria-label={`第${i + 1}颗星须附佐证`} size="small" checked={required} onChange={(v) => patch(i, { evidenceRequired: v })} />,
    },
    {
      title: '调整',
      key: 'actions',
      width: 116,
      render: (_v, item, i) => <OrderButtons list={items} index={i} onChange={onChange} keepReason={lockedCodes.has(item.code) ? '已有评星记录的星目不能删除' : null} />,
    },
  ];
  return (
    <div className="star-items-editor">
      <Table<StarItem> size="small" rowKey="code" columns={columns} dataSource={items as StarItem[]} pagination={false} />
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        disabled={items.length >= 20}
        onClick={() => onChange([...items, { code: newStarCode(items), name: '', tier: 'advanced', criteria: '', evidenceRequired: false }])}
      >
        增加星目
      </Button>
    </div>
  );
}
