import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { RaterCategory } from '../../shared/evaluation';
import './ballot-event.css';

/** A 评委类别 code not yet used: A, B, C, … (letters a clerk cannot mistake for a digit). */
export function freshCategoryCode(used: readonly string[]): string {
  return 'ABCDEFGHJKMNPQRSTUVWXYZ'.split('').find((c) => !used.includes(c)) ?? '';
}

/** The list with a new, empty category at the end. */
export const withNewCategory = (cats: readonly RaterCategory[]): RaterCategory[] => [...cats, { code: freshCategoryCode(cats.map((c) => c.code)), name: '', weight: 0, expected: 0, issued: 0 }];

const widths = { normal: { no: 60, code: 90, number: 120, actions: 70 }, dense: { no: 56, code: 80, number: 110, actions: 64 } } as const;

/**
 * 评委类别 of a ballot event (测评设置, 推荐设置): code (the key a clerk types), name, 权重, 应到人数,
 * 发出票数, with their totals and 「添加评委类别」. The 述职测评 puts the weight after the name and
 * always weighs; the 民主推荐 puts it last and may switch weighting off (`weighted`).
 */
export function RaterCategoriesEditor(props: {
  categories: readonly RaterCategory[];
  onChange: (next: RaterCategory[]) => void;
  readOnly: boolean;
  intro: ReactNode;
  /** false: the weights are kept but greyed, and the total reads 不加权 */
  weighted?: boolean;
  /** the weight as the last column, the table narrower and its totals to the right */
  dense?: boolean;
  /** more settings rows under the table */
  children?: ReactNode;
}) {
  const { categories: cats, onChange, readOnly, dense = false, weighted = true } = props;
  const w = dense ? widths.dense : widths.normal;
  const align = dense ? ('right' as const) : undefined;
  const at = (i: number, patch: Partial<RaterCategory>) => onChange(cats.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const ordinal = (i: number) => `第${i + 1}个评委类别`;
  const label = (c: RaterCategory, i: number, what: string) => `${c.name || ordinal(i)}${what}`;
  const totalWeight = cats.reduce((s, c) => s + c.weight, 0);
  const number = (key: 'expected' | 'issued', title: string): TableColumnsType<RaterCategory>[number] => ({
    title,
    key,
    width: w.number,
    render: (_v, c, i) => <InputNumber value={c[key]} min={0} precision={0} disabled={readOnly} aria-label={label(c, i, title)} onChange={(v) => at(i, { [key]: v ?? 0 })} style={{ width: '100%' }} />,
  });
  const weight: TableColumnsType<RaterCategory>[number] = {
    title: '权重（%）',
    key: 'weight',
    width: w.number,
    render: (_v, c, i) => <InputNumber value={c.weight} min={0} max={100} disabled={readOnly || !weighted} aria-label={label(c, i, '权重')} onChange={(v) => at(i, { weight: v ?? 0 })} style={{ width: '100%' }} />,
  };
  const counts = [number('expected', '应到人数'), number('issued', '发出票数')];

  const columns: TableColumnsType<RaterCategory> = [
    { title: '序号', key: 'no', width: w.no, align: 'center', render: (_v, _c, i) => i + 1 },
    {
      title: '代码',
      key: 'code',
      width: w.code,
      render: (_v, c, i) => <Input value={c.code} maxLength={10} disabled={readOnly} aria-label={label(c, i, '代码')} onChange={(e) => at(i, { code: e.target.value.toUpperCase() })} />,
    },
    {
      title: '类别名称',
      key: 'name',
      render: (_v, c, i) => <Input value={c.name} maxLength={30} disabled={readOnly} aria-label={`${ordinal(i)}名称`} onChange={(e) => at(i, { name: e.target.value })} />,
    },
    ...(dense ? [...counts, weight] : [weight, ...counts]),
    {
      title: '操作',
      key: 'actions',
      width: w.actions,
      align: 'center',
      render: (_v, c, i) => (
        <Button type="text" danger icon={<DeleteOutlined />} disabled={readOnly || cats.length <= 1} aria-label={`删除${c.name || ordinal(i)}`} title="删除" onClick={() => onChange(cats.filter((_x, j) => j !== i))} />
      ),
    },
  ];

  const weightTotal = weighted ? <span className={totalWeight === 100 ? undefined : 'text-warning'} data-testid="category-weight-total">{totalWeight}%</span> : <Typography.Text type="secondary">不加权</Typography.Text>;
  const countTotals = [`${cats.reduce((s, c) => s + c.expected, 0)} 人`, `${cats.reduce((s, c) => s + c.issued, 0)} 张`];
  const totals = dense ? [...countTotals, weightTotal] : [weightTotal, ...countTotals];

  return (
    <div className="setup-section">
      <Typography.Paragraph type="secondary" style={dense ? { marginBottom: 4 } : undefined}>
        {props.intro}
      </Typography.Paragraph>
      <Table<RaterCategory>
        size="small"
        rowKey={(c) => cats.indexOf(c)}
        columns={columns}
        dataSource={[...cats]}
        pagination={false}
        style={dense ? { maxWidth: 900 } : undefined}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3} align="right">合计</Table.Summary.Cell>
            {totals.map((t, i) => (
              <Table.Summary.Cell key={i} index={i + 3} align={align}>
                {t}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )}
      />
      {!readOnly && (
        <Button icon={<PlusOutlined />} style={{ marginTop: dense ? 8 : 12 }} onClick={() => onChange(withNewCategory(cats))}>
          添加评委类别
        </Button>
      )}
      {props.children}
    </div>
  );
}
