import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Form, Input, InputNumber, List, Modal, Popconfirm, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HistoryOutcome } from '../../../../shared/annual';
import type { PersonHistoryView } from '../../../../shared/contract/annual-history';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation, useChannelQuery } from '../../../hooks/api-hooks';
import { historyOutcomeOptions, outcomeTone } from './history-words';

type Year = PersonHistoryView['years'][number];
interface EditValues { year: number; outcome: HistoryOutcome; note: string }

const sourceLabel = { rule: '按规则生成', manual: '手工登记', import: '导入' } as const;

/**
 * One person's history (DOMAIN.md §9): every year with its source, an imported value that a locked
 * year overrides shown struck out, what the rules say follows (嘉奖, 连续两年基本称职 …), the 奖励
 * records; imported years may be corrected or deleted by hand, and missing years added (audited).
 */
export function PersonHistoryDrawer(props: { personId: number | null; onClose: () => void }) {
  const { personId, onClose } = props;
  const view = useChannelQuery('history.person', { personId: personId ?? 0 }, { enabled: personId !== null });
  const [editing, setEditing] = useState<EditValues | 'new' | null>(null);
  const remove = useChannelMutation('history.deleteImported', { success: '已删除' });
  const data = personId !== null ? view.data : undefined;

  let body;
  if (view.isError) body = <QueryError error={view.error} />;
  else if (!data) body = <Spin />;
  else
    body = (
      <>
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{data.unitName}</Typography.Text>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            补录年度等次
          </Button>
        </Space>
        {data.years.length === 0 ? (
          <Empty description="尚无历年等次" />
        ) : (
          <List<Year>
            className="history-year-list"
            dataSource={[...data.years].reverse()}
            renderItem={(y) => (
              <List.Item
                actions={
                  y.source === 'import'
                    ? [
                        <Button key="edit" size="small" type="text" icon={<EditOutlined />} aria-label={`修改${y.year}年度`} onClick={() => setEditing({ year: y.year, outcome: y.outcome, note: y.note })} />,
                        <Popconfirm key="delete" title={`删除${y.year}年度导入的等次？`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove.mutate({ personId: data.personId, year: y.year })}>
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除${y.year}年度`} />
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <div>
                  <div className="history-year-head">
                    <strong>{y.year}年度</strong>
                    <span className={outcomeTone(y.outcome)}>{y.word}</span>
                    <Tag color={y.source === 'app' ? 'blue' : 'default'}>{y.source === 'app' ? '本系统锁定' : '导入'}</Tag>
                    {y.shadowed && (
                      <span className="history-shadowed" title="导入的等次，以本系统锁定结果为准">
                        导入值 <del>{y.shadowed.word}</del>
                      </span>
                    )}
                    {y.runs.map((r) => (
                      <Tag key={r.consequence} color={r.kind === 'award' ? 'green' : 'red'}>
                        {r.consequence}（{r.years[0]}—{r.years[r.years.length - 1]}）
                      </Tag>
                    ))}
                  </div>
                  {y.consequence && <div className="history-year-words">结果运用：{y.consequence}</div>}
                  {y.note && <div className="history-year-words">备注：{y.note}</div>}
                </div>
              </List.Item>
            )}
          />
        )}
        <div className="history-section-title">奖励记录</div>
        {data.awards.length === 0 ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={data.awards}
            renderItem={(a) => (
              <List.Item>
                {a.year}年度 {a.kind}
                {a.basis && `（${a.basis}）`} {a.docNo} {a.awardedOn ?? ''}
                <Tag style={{ marginLeft: 8 }}>{sourceLabel[a.source]}</Tag>
              </List.Item>
            )}
          />
        )}
        {editing && <EditYearDialog view={data} initial={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      </>
    );

  return (
    <Drawer title={data ? `${data.name}的历年考核等次` : '历年考核等次'} open={personId !== null} onClose={onClose} size={560} destroyOnHidden>
      {body}
    </Drawer>
  );
}

function EditYearDialog(props: { view: PersonHistoryView; initial: EditValues | null; onClose: () => void }) {
  const { view, initial, onClose } = props;
  const [form] = Form.useForm<EditValues>();
  const save = useChannelMutation('history.setImported', { success: '已保存' });
  const submit = async () => {
    const values = await form.validateFields();
    await save.mutateAsync({ personId: view.personId, year: values.year, outcome: values.outcome, note: values.note ?? '' });
    onClose();
  };
  return (
    <Modal title={initial ? `修改${view.name}${initial.year}年度等次` : `补录${view.name}的年度等次`} open onCancel={onClose} onOk={() => void submit()} confirmLoading={save.isPending} okText="保存" destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial ?? { note: '' }}>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={1980} max={2100} precision={0} disabled={initial !== null} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="outcome" label="等次" rules={[{ required: true, message: '请选择等次' }]}>
          <Select options={historyOutcomeOptions(view.vocabulary)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
