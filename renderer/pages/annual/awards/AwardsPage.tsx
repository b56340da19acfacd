import { GiftOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AwardListEntry, AwardLists } from '../../../../shared/contract/annual-history';
import { DayPicker } from '../../../components/DayPicker';
import { ParticipantSelect } from '../../../components/ParticipantSelect';
import { QueryError } from '../../../components/QueryError';
import { YearBar } from '../../../components/YearBar';
import { useChannelMutation, useChannelQuery } from '../../../hooks/api-hooks';
import { useParticipants } from '../../../hooks/annual-hooks';
import { navigate } from '../../../router/hash-router';
import { useSelectedYear } from '../common/use-selected-year';
import { yearPlaceholder } from '../common/YearPlaceholder';
import { awardsPrintHref, flaggedListKey } from './awards-print-href';
import '../history/annual-history.css';

const baseColumns: TableColumnsType<AwardListEntry> = [
  { title: '序号', key: 'i', width: 60, render: (_v, _r, i) => i + 1 },
  { title: '姓名', dataIndex: 'name', width: 90 },
  { title: '单位', dataIndex: 'unitName', width: 140, ellipsis: true },
  { title: '职务', dataIndex: 'post', width: 100, ellipsis: true },
  { title: '本年度等次', dataIndex: 'word', width: 96 },
  { title: '依据', dataIndex: 'basis', width: 230 },
];

const awardColumns: TableColumnsType<AwardListEntry> = [
  ...baseColumns,
  {
    title: '奖励记录', key: 'awarded', width: 170,
    render: (_v, r) => (r.awarded ? <span className="awards-done">已登记{r.awarded.docNo ? `（${r.awarded.docNo}）` : ''}</span> : <Typography.Text type="secondary">未登记</Typography.Text>),
  },
];
const flaggedColumns: TableColumnsType<AwardListEntry> = [...baseColumns, { title: '结果运用', dataIndex: 'consequence' }];

/**
 * 奖励与结果运用 (DOMAIN.md §9): for a 考核年度, the lists its 结果运用规则 give — 嘉奖名单, 记三等功名单
 * (with the years that make the run), the people flagged with the consequence words — each printable on
 * A4; 「生成奖励记录」 writes a list's awards on the people (文号, date), all or none, skipping those
 * already recorded; awards by hand. While the year is open the lists are a preview from the 等次
 * confirmed so far, and no record can be generated.
 */
export function AwardsPage() {
  const { year, select, years } = useSelectedYear();
  const lists = useChannelQuery('awards.lists', { year: year ?? 0 }, { enabled: year !== undefined });
  const [generating, setGenerating] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (lists.isError) body = <QueryError error={lists.error} />;
  else if (!lists.data) body = <Spin className="shell-loading" />;
  else body = <AwardLists data={lists.data} onGenerate={setGenerating} onAdd={() => setAdding(true)} />;

  return (
    <div className="page-fill annual-awards-page">
      <div className="panel history-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>奖励与结果运用</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
          </Space>
        </div>
        {lists.data && !lists.data.final && (
          <Alert
            type="warning"
            showIcon
            data-testid="awards-preview"
            title={`预览：${lists.data.year}年度考核尚未确认并锁定，名单依据目前已确定的等次，锁定后方可生成奖励记录`}
          />
        )}
      </div>
      <div className="panel awards-body">{body}</div>
      {generating && year !== undefined && <GenerateDialog year={year} award={generating} onClose={() => setGenerating(null)} />}
      {adding && year !== undefined && <AddAwardDialog year={year} onClose={() => setAdding(false)} />}
    </div>
  );
}

function AwardLists(props: { data: AwardLists; onGenerate: (award: string) => void; onAdd: () => void }) {
  const { data, onGenerate, onAdd } = props;
  const remove = useChannelMutation('awards.delete', { success: '已删除' });
  return (
    <>
      {data.awards.map((list) => {
        const missing = list.entries.filter((e) => !e.awarded).length;
        return (
          <Card
            key={list.award}
            className="awards-card"
            size="small"
            title={`${list.award}名单（${list.entries.length}人）`}
            extra={
              <Space>
                <Button size="small" icon={<PrinterOutlined />} disabled={list.entries.length === 0} onClick={() => navigate(awardsPrintHref(data.year, list.award))}>
                  打印名单
                </Button>
                <Button size="small" type="primary" icon={<GiftOutlined />} disabled={!data.final || missing === 0} onClick={() => onGenerate(list.award)}>
                  生成奖励记录{missing > 0 && data.final ? `（${missing}人）` : ''}
                </Button>
              </Space>
            }
          >
            <Table<AwardListEntry> size="small" rowKey="personId" columns={awardColumns} dataSource={list.entries} pagination={false} locale={{ emptyText: `本年度无${list.award}人员` }} data-testid={`award-list-${list.award}`} />
          </Card>
        );
      })}
      <Card
        className="awards-card"
        size="small"
        title={`需按规定运用结果的人员（${data.flagged.length}人）`}
        extra={
          <Button size="small" icon={<PrinterOutlined />} disabled={data.flagged.length === 0} onClick={() => navigate(awardsPrintHref(data.year, flaggedListKey))}>
            打印名单
          </Button>
        }
      >
        <Table<AwardListEntry> size="small" rowKey="personId" columns={flaggedColumns} dataSource={data.flagged} pagination={false} locale={{ emptyText: '本年度无基本称职（基本合格）以下等次人员' }} />
      </Card>
      <Card
        className="awards-card"
        size="small"
        title={`${data.year}年度奖励记录（${data.records.length}条）`}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
            登记奖励
          </Button>
        }
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={data.records}
          pagination={false}
          locale={{ emptyText: '尚无奖励记录' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 90 },
            { title: '单位', dataIndex: 'unitName', width: 140 },
            { title: '奖励', dataIndex: 'kind', width: 90 },
            { title: '依据', dataIndex: 'basis' },
            { title: '文号', dataIndex: 'docNo', width: 160 },
            { title: '日期', dataIndex: 'awardedOn', width: 110 },
            { title: '来源', dataIndex: 'source', width: 96, render: (s: string) => <Tag>{s === 'rule' ? '按规则生成' : s === 'manual' ? '手工登记' : '导入'}</Tag> },
            {
              title: '', key: 'op', width: 60,
              render: (_v, r) => (
                <Popconfirm title={`删除${r.name}的${r.kind}记录？`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove.mutate({ id: r.id })}>
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

function GenerateDialog(props: { year: number; award: string; onClose: () => void }) {
  const { year, award, onClose } = props;
  const [docNo, setDocNo] = useState('');
  const [awardedOn, setAwardedOn] = useState<string | null>(null);
  const generate = useChannelMutation('awards.generate', {
    success: (r) => `已生成${r.created}条${award}记录${r.skipped > 0 ? `，已有记录的${r.skipped}人未重复生成` : ''}`,
  });
  return (
    <Modal
      title={`生成${year}年度${award}记录`}
      open
      onCancel={onClose}
      okText="生成"
      confirmLoading={generate.isPending}
      onOk={() => void generate.mutateAsync({ year, award, docNo, awardedOn }).then(onClose, () => undefined)}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="文号">
          <Input value={docNo} onChange={(e) => setDocNo(e.target.value)} maxLength={60} placeholder="如：国动发〔2027〕3号" aria-label="文号" />
        </Form.Item>
        <Form.Item label="奖励日期">
          <DayPicker value={awardedOn} onChange={setAwardedOn} ariaLabel="奖励日期" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">名单中每人生成一条记录；已有本年度{award}记录的人员跳过。全部成功才写入。</Typography.Text>
    </Modal>
  );
}

function AddAwardDialog(props: { year: number; onClose: () => void }) {
  const participants = useParticipants(props.year);
  const [personId, setPersonId] = useState<number | undefined>();
  const [values, setValues] = useState({ year: props.year, kind: '嘉奖', basis: '', docNo: '', awardedOn: null as string | null });
  const add = useChannelMutation('awards.add', { success: '已登记' });
  return (
    <Modal
      title="登记奖励"
      open
      onCancel={props.onClose}
      okText="登记"
      okButtonProps={{ disabled: personId === undefined || values.kind.trim() === '' }}
      confirmLoading={add.isPending}
      onOk={() => personId !== undefined && void add.mutateAsync({ personId, ...values }).then(props.onClose, () => undefined)}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="人员">
          <ParticipantSelect participants={participants.data ?? []} ariaLabel="人员" placeholder="选择人员" notFound="没有该人员" value={personId} onChange={setPersonId} />
        </Form.Item>
        <Space>
          <Form.Item label="考核年度">
            <InputNumber value={values.year} min={1980} max={2100} precision={0} onChange={(v) => setValues({ ...values, year: v ?? props.year })} />
          </Form.Item>
          <Form.Item label="奖励">
            <Input value={values.kind} maxLength={20} onChange={(e) => setValues({ ...values, kind: e.target.value })} aria-label="奖励" />
          </Form.Item>
        </Space>
        <Form.Item label="依据">
          <Input value={values.basis} maxLength={200} onChange={(e) => setValues({ ...values, basis: e.target.value })} placeholder="如：2026年度考核优秀" />
        </Form.Item>
        <Space>
          <Form.Item label="文号">
            <Input value={values.docNo} maxLength={60} onChange={(e) => setValues({ ...values, docNo: e.target.value })} />
          </Form.Item>
          <Form.Item label="日期">
            <DayPicker value={values.awardedOn} onChange={(d) => setValues({ ...values, awardedOn: d })} ariaLabel="日期" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
