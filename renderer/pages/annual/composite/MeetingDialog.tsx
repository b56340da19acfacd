import { Alert, Form, Input, Modal, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { OutcomeCode } from '../../../../shared/annual/rules';
import type { CompositeRow, CompositeView } from '../../../../shared/annual/views';
import { formatScore } from '../../../../shared/numbers';
import { DayPicker } from '../../../components/DayPicker';
import { today } from '../../../components/step-dates';
import { useChannelMutation, useChannelQuery } from '../../../hooks/api-hooks';
import { labelOf, outcomeOptions } from './composite-decisions';

interface Decision {
  readonly outcome: OutcomeCode | null;
  readonly reason: string;
}

/** What the committee is taken to have decided before anything is typed: the 等次 on record, else the suggestion. */
const startingPoint = (r: CompositeRow): Decision => ({ outcome: r.confirmed ?? (r.committee ? null : r.suggested), reason: '' });

/**
 * 「录入会议结果」 (DOMAIN §9.6): the meeting (name, date, attendees, note), then each person's 确定等次
 * as the committee decided it on the printed 综合评定表, starting from the suggestion. Tab moves from
 * one person's 等次 to their reason and on to the next person. Saved as one batch under the confirm
 * rules: a refusal names who and why, and nothing is saved.
 */
export function MeetingDialog(props: { view: CompositeView; open: boolean; onClose: () => void }) {
  const { view, open, onClose } = props;
  const [meeting, setMeeting] = useState({ name: '考核委员会会议', heldOn: today(), attendees: '', note: '' });
  const [group, setGroup] = useState<string>('all');
  const [decisions, setDecisions] = useState<ReadonlyMap<number, Decision>>(new Map());
  const record = useChannelMutation('annual.recordMeeting', { success: (o) => `已按会议结果确定${o.saved}人的等次` });
  const earlier = useChannelQuery('annual.meetings', { year: view.year }, { enabled: open });
  useEffect(() => {
    if (open) setDecisions(new Map(view.rows.map((r) => [r.personId, startingPoint(r)])));
  }, [open, view.rows]);
  const rows = useMemo(() => view.rows.filter((r) => group === 'all' || String(r.groupId) === group), [view.rows, group]);
  const decisionOf = (r: CompositeRow) => decisions.get(r.personId) ?? startingPoint(r);
  const set = (r: CompositeRow, patch: Partial<Decision>) => setDecisions((m) => new Map(m).set(r.personId, { ...decisionOf(r), ...patch }));
  const missing = rows.filter((r) => decisionOf(r).outcome == null);
  const differs = (r: CompositeRow) => decisionOf(r).outcome !== r.suggested || r.committee;

  const save = () => {
    const entries = rows.map((r) => {
      const d = decisionOf(r);
      const reason = d.reason.trim();
      // one written reason serves the deviation and an 优秀 over the quota alike (the committee writes one decision)
      return { personId: r.personId, outcome: d.outcome!, reason, overrideReason: d.outcome === 'excellent' ? reason : '' };
    });
    record.mutate({ year: view.year, meeting: { ...meeting, name: meeting.name.trim() }, entries }, { onSuccess: onClose });
  };

  const groupName = (id: number) => view.groups.find((g) => g.id === id)?.name ?? '';
  const columns: TableColumnsType<CompositeRow> = [
    { title: '序号', key: 'no', width: 52, render: (_v, _r, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 84 },
    ...(group === 'all' ? [{ title: '分组', key: 'group', width: 90, ellipsis: true, render: (_v: unknown, r: CompositeRow) => groupName(r.groupId) }] : []),
    { title: '综合得分', key: 'composite', width: 80, render: (_v, r) => (r.composite == null ? '—' : formatScore(r.composite)) },
    { title: '建议等次', key: 'suggested', width: 96, render: (_v, r) => (r.committee ? '委员会确定' : labelOf(view.rules, r, r.suggested) || '—') },
    {
      title: '确定等次', key: 'outcome', width: 130,
      render: (_v, r) => (
        <Select
          aria-label={`${r.name}的确定等次`}
          size="small"
          value={decisionOf(r).outcome ?? undefined}
          placeholder="请选择"
          onChange={(outcome: OutcomeCode) => set(r, { outcome })}
          options={outcomeOptions(view.rules, r)}
          style={{ width: 116 }}
          status={decisionOf(r).outcome == null ? 'warning' : undefined}
        />
      ),
    },
    {
      title: '理由（与建议不同时必填）', key: 'reason',
      render: (_v, r) => (
        <Input
          aria-label={`${r.name}的理由`}
          size="small"
          value={decisionOf(r).reason}
          onChange={(e) => set(r, { reason: e.target.value })}
          maxLength={500}
          status={differs(r) && decisionOf(r).reason.trim() === '' ? 'error' : undefined}
          placeholder={differs(r) ? '须填写理由' : ''}
        />
      ),
    },
  ];

  return (
    <Modal
      open={open}
      title="录入考核委员会会议结果"
      width={980}
      okText={`保存会议结果（${rows.length}人）`}
      cancelText="取消"
      onCancel={onClose}
      onOk={save}
      confirmLoading={record.isPending}
      okButtonProps={{ disabled: missing.length > 0 || meeting.name.trim() === '' || rows.length === 0 }}
      destroyOnHidden
    >
      <Form layout="inline" className="cp-meeting-form">
        <Form.Item label="会议名称" required>
          <Input aria-label="会议名称" value={meeting.name} onChange={(e) => setMeeting((m) => ({ ...m, name: e.target.value }))} maxLength={60} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="会议日期" required>
          <DayPicker ariaLabel="会议日期" value={meeting.heldOn} onChange={(heldOn) => heldOn && setMeeting((m) => ({ ...m, heldOn }))} max={today()} width={140} />
        </Form.Item>
        <Form.Item label="范围">
          <Select
            aria-label="录入范围"
            value={group}
            onChange={setGroup}
            options={[{ value: 'all', label: '全部分组' }, ...view.groups.map((g) => ({ value: String(g.id), label: g.name }))]}
            style={{ width: 150 }}
          />
        </Form.Item>
      </Form>
      <Space orientation="vertical" size={8} style={{ width: '100%', marginTop: 8 }}>
        <Input aria-label="出席人员" value={meeting.attendees} onChange={(e) => setMeeting((m) => ({ ...m, attendees: e.target.value }))} maxLength={500} placeholder="出席人员（如：主任 王某某；委员 李某某、张某某）" />
        <Input aria-label="会议备注" value={meeting.note} onChange={(e) => setMeeting((m) => ({ ...m, note: e.target.value }))} maxLength={1000} placeholder="备注" />
        <Typography.Text type="secondary">
          确定等次默认为建议等次（已确定的为原等次）。保存时按确定等次的规则检查（优秀名额、与建议不同须填理由），有一人不符合则全部不保存；理由自动注明本次会议。
        </Typography.Text>
        {(earlier.data ?? []).length > 0 && (
          <Typography.Text type="secondary" data-testid="earlier-meetings">
            {`已录入：${(earlier.data ?? []).map((m) => `${m.heldOn} ${m.name}（${m.decided}人）`).join('；')}`}
          </Typography.Text>
        )}
        {missing.length > 0 && <Alert type="warning" showIcon title={`还有${missing.length}人未选择确定等次：${missing.slice(0, 5).map((r) => r.name).join('、')}${missing.length > 5 ? '等' : ''}`} />}
        <Table size="small" rowKey="personId" pagination={false} dataSource={rows} columns={columns} scroll={{ y: 'max(240px, calc(100vh - 420px))' }} data-testid="meeting-table" />
      </Space>
    </Modal>
  );
}
