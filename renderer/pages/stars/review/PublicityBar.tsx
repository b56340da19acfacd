import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { awardFrom, publicityEnd } from '../../../../shared/stars/publicity';
import { objectionResultLabels, type ObjectionResult } from '../../../../shared/stars/states';
import type { Objection, StarGrid } from '../../../../shared/stars/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useAwardPreview, useStarScheme } from '../common/stars-hooks';
import { StepDayPicker } from '../../../components/DayPicker';
import { defaultStepDate, today } from '../../../components/step-dates';

/** 公示 and 授星 for the whole period: start the 公示 (end date shown), record objections, then 授星. */
export function PublicityBar(props: { schemeId: number; period: number; grid: StarGrid }) {
  const { schemeId, period, grid } = props;
  const [dialog, setDialog] = useState<'start' | 'objections' | 'award' | null>(null);
  const publicity = grid.publicity;
  const approved = grid.rows.reduce((n, r) => n + (r.disqualified ? 0 : r.cells.filter((c) => c.state === 'approved').length), 0);
  const pending = publicity?.objections.filter((o) => o.result === 'pending').length ?? 0;
  return (
    <Space wrap size={8} className="publicity-bar">
      {publicity ? (
        <Typography.Text data-testid="publicity-range">
          公示期：{publicity.start} 至 {publicity.end}（{publicity.days}天）
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">尚未公示</Typography.Text>
      )}
      <Button onClick={() => setDialog('start')} disabled={approved === 0 && !publicity}>
        {publicity ? '重新公示' : '开始公示'}
      </Button>
      <Button onClick={() => setDialog('objections')} disabled={!publicity}>
        公示异议{pending > 0 ? `（待处理 ${pending}）` : publicity && publicity.objections.length > 0 ? `（${publicity.objections.length}）` : ''}
      </Button>
      <Button type="primary" onClick={() => setDialog('award')} disabled={!publicity || approved === 0}>
        授星
      </Button>
      <StartPublicityDialog open={dialog === 'start'} onClose={() => setDialog(null)} schemeId={schemeId} period={period} grid={grid} />
      <ObjectionsDialog open={dialog === 'objections'} onClose={() => setDialog(null)} schemeId={schemeId} period={period} grid={grid} />
      <AwardDialog open={dialog === 'award'} onClose={() => setDialog(null)} onRepublish={() => setDialog('start')} schemeId={schemeId} period={period} grid={grid} />
    </Space>
  );
}

interface DialogProps {
  open: boolean;
  onClose: () => void;
  schemeId: number;
  period: number;
  grid: StarGrid;
}

function StartPublicityDialog({ open, onClose, schemeId, period, grid }: DialogProps) {
  const scheme = useStarScheme(schemeId);
  const days = scheme.data?.publicityDays ?? 5;
  const [start, setStart] = useState<string | null>(null);
  const mutation = useChannelMutation('stars.startPublicity', { success: (p) => `已开始公示，${p.end} 公示期满` });
  useEffect(() => {
    if (open) setStart(defaultStepDate(grid.period));
  }, [open, grid.period]);
  return (
    <Modal
      title={`${grid.publicity ? '重新公示' : '开始公示'}：${grid.period.label}`}
      open={open}
      onCancel={onClose}
      okText={grid.publicity ? '重新公示' : '开始公示'}
      cancelText="取消"
      okButtonProps={{ disabled: !start, loading: mutation.isPending }}
      onOk={() => {
        if (!start) return;
        mutation.mutate({ schemeId, period, start }, { onSuccess: onClose });
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="公示开始日期" required>
          <StepDayPicker ariaLabel="公示开始日期" value={start} onChange={setStart} />
        </Form.Item>
        {grid.publicity && (
          <Typography.Paragraph type="secondary">
            重新公示将替换现有公示期（{grid.publicity.start} 至 {grid.publicity.end}），本期所有尚未授星的评定结果一并公示，授星须待新的公示期结束。
          </Typography.Paragraph>
        )}
        <Typography.Paragraph data-testid="publicity-end-preview">
          公示 {days} 天（发布当日不计，自次日起算），至 {start ? <Typography.Text strong>{publicityEnd(start, days)}</Typography.Text> : '—'} 止；
          {start ? <Typography.Text strong>{awardFrom(publicityEnd(start, days))}</Typography.Text> : '—'} 起可授星。
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}

function ObjectionsDialog({ open, onClose, schemeId, period, grid }: DialogProps) {
  const [adding, setAdding] = useState<{ targetId?: number; code: string | null; date: string | null; content: string }>({ code: null, date: null, content: '' });
  const add = useChannelMutation('stars.addObjection', { success: '已登记异议' });
  const resolve = useChannelMutation('stars.resolveObjection', { success: '已记录处理结果' });
  const objections = grid.publicity?.objections ?? [];
  const starName = (code: string | null) => (code ? (grid.items.find((i) => i.code === code)?.name ?? code) : '全部星目');
  useEffect(() => {
    if (open) setAdding({ code: null, date: today(), content: '' });
  }, [open]);
  const columns: TableColumnsType<Objection> = [
    { title: '对象', dataIndex: 'targetName', width: 90 },
    { title: '星目', dataIndex: 'code', width: 110, render: (c: string | null) => starName(c) },
    { title: '日期', dataIndex: 'date', width: 104 },
    { title: '异议内容', dataIndex: 'content' },
    {
      title: '处理',
      key: 'result',
      width: 200,
      render: (_v, o) =>
        o.result === 'pending' ? (
          <Space size={4}>
            <Button size="small" danger onClick={() => resolve.mutate({ id: o.id, result: 'upheld', note: '' })}>异议成立</Button>
            <Button size="small" onClick={() => resolve.mutate({ id: o.id, result: 'dismissed', note: '' })}>不成立</Button>
          </Space>
        ) : (
          <Tag color={o.result === 'upheld' ? 'red' : 'default'}>{objectionResultLabels[o.result as ObjectionResult]}</Tag>
        ),
    },
  ];
  const targets = grid.rows.filter((r) => !r.disqualified && r.cells.some((c) => c.decision === 'award'));
  return (
    <Modal title="公示异议" open={open} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={820} destroyOnHidden>
      <Table<Objection> size="small" rowKey="id" columns={columns} dataSource={objections} pagination={false} locale={{ emptyText: '公示期内无异议' }} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>登记异议</Typography.Title>
      <Space wrap align="start">
        <Select
          aria-label="异议对象"
          placeholder="对象"
          showSearch={{ optionFilterProp: 'label' }}
          value={adding.targetId}
          onChange={(targetId) => setAdding({ ...adding, targetId, code: null })}
          options={targets.map((r) => ({ value: r.targetId, label: r.name }))}
          style={{ width: 130 }}
        />
        <Select
          aria-label="异议星目"
          value={adding.code ?? ''}
          onChange={(code) => setAdding({ ...adding, code: code || null })}
          options={[{ value: '', label: '全部星目' }, ...grid.items.map((i) => ({ value: i.code, label: i.name }))]}
          style={{ width: 140 }}
        />
        <StepDayPicker ariaLabel="异议日期" value={adding.date} onChange={(date) => setAdding({ ...adding, date })} width={130} />
        <Input.TextArea aria-label="异议内容" placeholder="异议内容" value={adding.content} onChange={(e) => setAdding({ ...adding, content: e.target.value })} autoSize={{ minRows: 1, maxRows: 3 }} style={{ width: 260 }} maxLength={500} />
        <Button
          type="primary"
          disabled={adding.targetId === undefined || !adding.date || !adding.content.trim()}
          loading={add.isPending}
          onClick={() =>
            add.mutate(
              { schemeId, period, targetId: adding.targetId!, code: adding.code, date: adding.date!, content: adding.content },
              { onSuccess: () => setAdding({ code: null, date: adding.date, content: '' }) },
            )
          }
        >
          登记
        </Button>
      </Space>
    </Modal>
  );
}

/** Names and stars of a plan's entries, one line each. */
function PlanList({ entries, testId }: { entries: readonly { targetId: number; name: string; stars: string[] }[]; testId: string }) {
  return (
    <ul className="award-plan-list" data-testid={testId}>
      {entries.map((e) => (
        <li key={e.targetId}>
          <Typography.Text strong>{e.name}</Typography.Text>：{e.stars.join('、')}
        </li>
      ))}
    </ul>
  );
}

const starTotal = (entries: readonly { stars: string[] }[]) => entries.reduce((n, e) => n + e.stars.length, 0);

/**
 * 授星: says what will really happen before anything is written (stars.awardPreview, the same plan
 * the service then carries out): who gets which stars, which an upheld objection turns into 未通过,
 * and which were assessed after the 公示 was published and need 「重新公示」 first.
 */
function AwardDialog({ open, onClose, onRepublish, schemeId, period, grid }: DialogProps & { onRepublish: () => void }) {
  const [date, setDate] = useState<string | null>(null);
  const preview = useAwardPreview(open ? { schemeId, period } : null);
  const mutation = useChannelMutation('stars.award', { success: (r) => `已为 ${r.targets} 个对象授星 ${r.awarded} 颗` });
  const plan = preview.data;
  const from = plan?.awardFrom ?? null;
  useEffect(() => {
    if (open && plan) setDate(from && from > plan.today ? null : plan.today);
  }, [open, plan, from]);
  const early = !!plan && !!from && plan.today < from;
  const awarding = plan ? starTotal(plan.award) : 0;
  const nothing = !!plan && plan.award.length === 0 && plan.refuse.length === 0;
  const blocked = !plan || early || nothing || plan.pending.length > 0 || !date || (from !== null && date < from);
  return (
    <Modal
      title={`授星：${grid.period.label}`}
      open={open}
      onCancel={onClose}
      okText={awarding > 0 ? `确定授星 ${awarding} 颗` : '确定授星'}
      cancelText="取消"
      okButtonProps={{ disabled: blocked, loading: mutation.isPending }}
      onOk={() => {
        if (!date) return;
        mutation.mutate({ schemeId, period, date }, { onSuccess: onClose });
      }}
      width={640}
      destroyOnHidden
    >
      {!plan ? (
        <Typography.Text type="secondary">正在核对公示名单…</Typography.Text>
      ) : (
        <div className="award-plan" data-testid="award-plan">
          {plan.publicity && (
            <Typography.Paragraph>
              公示期：{plan.publicity.start} 至 {plan.publicity.end}（含当日），{from} 起可授星。
            </Typography.Paragraph>
          )}
          {early && <Alert type="warning" showIcon title={`公示期尚未结束，${from} 起方可授星（今天是 ${plan.today}）`} style={{ marginBottom: 12 }} />}
          {plan.pending.length > 0 && <Alert type="error" showIcon title={`${plan.pending.join('、')}的公示异议尚未处理，请先处理再授星`} style={{ marginBottom: 12 }} />}
          {plan.award.length > 0 ? (
            <>
              <Typography.Text strong>将授星：{plan.award.length} 个对象，共 {awarding} 颗</Typography.Text>
              <PlanList entries={plan.award} testId="award-plan-award" />
            </>
          ) : (
            <Alert type="info" showIcon title="本次公示中没有可授予的星级" style={{ marginBottom: 12 }} />
          )}
          {plan.refuse.length > 0 && (
            <>
              <Typography.Text strong type="danger">公示异议成立，改为未通过：{starTotal(plan.refuse)} 颗</Typography.Text>
              <PlanList entries={plan.refuse} testId="award-plan-refuse" />
            </>
          )}
          {plan.republish.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`${starTotal(plan.republish)} 颗星不在本次公示中（公示发布后才评定或更改），本次不授星，须重新公示`}
              description={<PlanList entries={plan.republish} testId="award-plan-republish" />}
              action={
                <Button size="small" onClick={onRepublish}>
                  重新公示
                </Button>
              }
              style={{ margin: '8px 0 12px' }}
            />
          )}
          <Form layout="vertical">
            <Form.Item label="授星日期" required>
              <StepDayPicker ariaLabel="授星日期" value={date} onChange={setDate} min={from ?? undefined} />
            </Form.Item>
          </Form>
        </div>
      )}
    </Modal>
  );
}
