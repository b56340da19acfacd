import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import type { EvaluationConfig, RaterCategory } from '../../../../shared/evaluation/config';
import { removeAt, replaceAt } from './config-checks';

const nextCode = (used: readonly string[]) => 'ABCDEFGHJKMNPQRSTUVWXYZ'.split('').find((c) => !used.includes(c)) ?? '';

/** 评委类别: code (the key a clerk types), name, weight, 应到人数, 发出票数. */
export function CategoriesTab(props: { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean }) {
  const { config, onChange, readOnly } = props;
  const set = (categories: RaterCategory[]) => onChange({ ...config, categories });
  const cats = config.categories;
  const at = (i: number, patch: Partial<RaterCategory>) => set(replaceAt(cats, i, patch));
  const label = (c: RaterCategory, what: string) => `${c.name || '评委类别'}${what}`;
  const totalWeight = cats.reduce((s, c) => s + c.weight, 0);

  const columns: TableColumnsType<RaterCategory> = [
    { title: '序号', key: 'no', width: 60, align: 'center', render: (_v, _c, i) => i + 1 },
    {
      title: '代码',
      key: 'code',
      width: 90,
      render: (_v, c, i) => <Input value={c.code} maxLength={10} disabled={readOnly} aria-label={label(c, '代码')} onChange={(e) => at(i, { code: e.target.value.toUpperCase() })} />,
    },
    {
      title: '类别名称',
      key: 'name',
      render: (_v, c, i) => <Input value={c.name} maxLength={30} disabled={readOnly} aria-label={`第${i + 1}个评委类别名称`} onChange={(e) => at(i, { name: e.target.value })} />,
    },
    {
      title: '权重（%）',
      key: 'weight',
      width: 120,
      render: (_v, c, i) => <InputNumber value={c.weight} min={0} max={100} disabled={readOnly} aria-label={label(c, '权重')} onChange={(v) => at(i, { weight: v ?? 0 })} style={{ width: '100%' }} />,
    },
    {
      title: '应到人数',
      key: 'expected',
      width: 120,
      render: (_v, c, i) => <InputNumber value={c.expected} min={0} precision={0} disabled={readOnly} aria-label={label(c, '应到人数')} onChange={(v) => at(i, { expected: v ?? 0 })} style={{ width: '100%' }} />,
    },
    {
      title: '发出票数',
      key: 'issued',
      width: 120,
      render: (_v, c, i) => <InputNumber value={c.issued} min={0} precision={0} disabled={readOnly} aria-label={label(c, '发出票数')} onChange={(v) => at(i, { issued: v ?? 0 })} style={{ width: '100%' }} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      align: 'center',
      render: (_v, c, i) => <Button type="text" danger icon={<DeleteOutlined />} disabled={readOnly || cats.length <= 1} aria-label={`删除${c.name}`} title="删除" onClick={() => set(removeAt(cats, i))} />,
    },
  ];

  return (
    <div className="setup-section">
      <Typography.Paragraph type="secondary">
        代码是纸质票录入时输入的类别键（如 A、B、C）。权重用于计算综合得分，只在有票的类别之间按比例折算；发出票数合计即应打印的测评票数。
      </Typography.Paragraph>
      <Table<RaterCategory>
        size="small"
        rowKey={(c) => cats.indexOf(c)}
        columns={columns}
        dataSource={cats}
        pagination={false}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3} align="right">合计</Table.Summary.Cell>
            <Table.Summary.Cell index={3}>
              <span className={totalWeight === 100 ? undefined : 'text-warning'} data-testid="category-weight-total">{totalWeight}%</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4}>{cats.reduce((s, c) => s + c.expected, 0)} 人</Table.Summary.Cell>
            <Table.Summary.Cell index={5}>{cats.reduce((s, c) => s + c.issued, 0)} 张</Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )}
      />
      {!readOnly && (
        <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => set([...cats, { code: nextCode(cats.map((c) => c.code)), name: '', weight: 0, expected: 0, issued: 0 }])}>
          添加评委类别
        </Button>
      )}
    </div>
  );
}
