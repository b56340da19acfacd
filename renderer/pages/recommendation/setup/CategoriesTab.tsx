import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import type { RaterCategory } from '../../../../shared/evaluation';
import type { RecommendationConfig } from '../../../../shared/recommendation';
import { addCategory, quorumOf, quorumValue, updateCategory } from '../common/config-edit';
import { quorumChoices } from '../common/recommendation-labels';
import { SetupRow } from './SetupRow';

type Props = { config: RecommendationConfig; onChange: (next: RecommendationConfig) => void; readOnly: boolean };

/** 评委类别 (code, name, 应到, 发出, 权重), whether the rates are weighted by them, and the 到会要求. */
export function CategoriesTab({ config, onChange, readOnly }: Props) {
  const cats = config.categories;
  const at = (i: number, patch: Partial<RaterCategory>) => onChange(updateCategory(config, i, patch));
  const label = (c: RaterCategory, i: number, what: string) => `${c.name || `第${i + 1}个评委类别`}${what}`;
  const totalWeight = cats.reduce((s, c) => s + c.weight, 0);
  const setQuorum = (patch: Partial<RecommendationConfig['quorum']>) => onChange({ ...config, quorum: { ...config.quorum, ...patch } });

  const columns: TableColumnsType<RaterCategory> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _c, i) => i + 1 },
    {
      title: '代码',
      key: 'code',
      width: 80,
      render: (_v, c, i) => <Input value={c.code} maxLength={10} disabled={readOnly} aria-label={label(c, i, '代码')} onChange={(e) => at(i, { code: e.target.value.toUpperCase() })} />,
    },
    {
      title: '类别名称',
      key: 'name',
      render: (_v, c, i) => <Input value={c.name} maxLength={30} disabled={readOnly} aria-label={`第${i + 1}个评委类别名称`} onChange={(e) => at(i, { name: e.target.value })} />,
    },
    {
      title: '应到人数',
      key: 'expected',
      width: 110,
      render: (_v, c, i) => <InputNumber value={c.expected} min={0} precision={0} disabled={readOnly} aria-label={label(c, i, '应到人数')} onChange={(v) => at(i, { expected: v ?? 0 })} style={{ width: '100%' }} />,
    },
    {
      title: '发出票数',
      key: 'issued',
      width: 110,
      render: (_v, c, i) => <InputNumber value={c.issued} min={0} precision={0} disabled={readOnly} aria-label={label(c, i, '发出票数')} onChange={(v) => at(i, { issued: v ?? 0 })} style={{ width: '100%' }} />,
    },
    {
      title: '权重（%）',
      key: 'weight',
      width: 110,
      render: (_v, c, i) => (
        <InputNumber value={c.weight} min={0} max={100} disabled={readOnly || !config.weighted} aria-label={label(c, i, '权重')} onChange={(v) => at(i, { weight: v ?? 0 })} style={{ width: '100%' }} />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      align: 'center',
      render: (_v, c, i) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={readOnly || cats.length <= 1}
          aria-label={`删除${c.name || `第${i + 1}个评委类别`}`}
          title="删除"
          onClick={() => onChange({ ...config, categories: cats.filter((_x, j) => j !== i) })}
        />
      ),
    },
  ];

  return (
    <div className="setup-section">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        代码是纸质票录入时输入的类别键（如 A、B、C）。发出票数合计即应打印的推荐票数；实到人数在推荐当天于“实到人数”中填写。
      </Typography.Paragraph>
      <Table<RaterCategory>
        size="small"
        rowKey={(c) => cats.indexOf(c)}
        columns={columns}
        dataSource={cats}
        pagination={false}
        style={{ maxWidth: 900 }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3} align="right">合计</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{cats.reduce((s, c) => s + c.expected, 0)} 人</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">{cats.reduce((s, c) => s + c.issued, 0)} 张</Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {config.weighted ? <span className={totalWeight === 100 ? undefined : 'text-warning'} data-testid="category-weight-total">{totalWeight}%</span> : <Typography.Text type="secondary">不加权</Typography.Text>}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )}
      />
      {!readOnly && (
        <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => onChange(addCategory(config))}>
          添加评委类别
        </Button>
      )}
      <SetupRow label="按评委类别加权" note="打开后另算加权得票率：各类别得票率按权重折算，只在有有效票的类别之间按比例折算；关闭时只按得票数计算">
        <Space>
          <Switch checked={config.weighted} disabled={readOnly} aria-label="按评委类别加权" onChange={(v) => onChange({ ...config, weighted: v })} />
          <span>{config.weighted ? '计算加权得票率' : '不加权'}</span>
        </Space>
      </SetupRow>
      <SetupRow label="到会要求" note="实到人数未达到要求时，结果页提示本次推荐到会人数不足">
        <Space wrap>
          <span>实到人数须</span>
          <Select
            aria-label="到会要求"
            value={config.quorum.inclusive ? 'inclusive' : 'strict'}
            disabled={readOnly}
            style={{ width: 130 }}
            onChange={(v) => setQuorum({ inclusive: v === 'inclusive' })}
            options={[
              { value: 'strict', label: '超过（＞）' },
              { value: 'inclusive', label: '不少于（≥）' },
            ]}
          />
          <span>应到人数的</span>
          <Select aria-label="到会比例" value={quorumValue(config.quorum)} disabled={readOnly} style={{ width: 130 }} onChange={(v) => setQuorum(quorumOf(v))} options={quorumChoices} />
        </Space>
      </SetupRow>
    </div>
  );
}
