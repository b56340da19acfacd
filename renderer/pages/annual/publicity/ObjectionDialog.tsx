import { AutoComplete, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { ObjectionInput, PublicityName, PublicityObjection } from '../../../../shared/publicity';
import { DayPicker } from '../../../components/DayPicker';
import { useChannelMutation } from '../../../hooks/api-hooks';

/** What the dialog edits: a new 异议 (null) or one on record, to add its handling and outcome. */
export type ObjectionTarget = { kind: 'new' } | { kind: 'edit'; objection: PublicityObjection };

const blank = (today: string): ObjectionInput => ({ receivedOn: today, raisedBy: '', personId: null, content: '', handling: '', outcome: '', resolvedOn: null });

/**
 * 登记异议 / 处理异议: when it came in, from whom (blank: 匿名), about whom on the 公示, what; then the
 * handling, the outcome (the office's words: 维持原公示/调整人选/不予采纳 …) and the 办结日期.
 */
export function ObjectionDialog(props: {
  year: number; target: ObjectionTarget | null; names: readonly PublicityName[]; outcomes: readonly string[]; today: string; onClose: () => void;
}) {
  const { year, target, names, outcomes, today, onClose } = props;
  const [draft, setDraft] = useState<ObjectionInput>(blank(today));
  useEffect(() => {
    if (!target) return;
    if (target.kind === 'new') setDraft(blank(today));
    else {
      const { id: _id, personName: _n, recordedBy: _b, recordedAt: _a, ...o } = target.objection;
      setDraft(o);
    }
  }, [target, today]);
  const add = useChannelMutation('publicity.addObjection', { success: '已登记异议' });
  const update = useChannelMutation('publicity.updateObjection', { success: '已保存异议处理情况' });
  const set = (patch: Partial<ObjectionInput>) => setDraft((d) => ({ ...d, ...patch }));
  const pending = add.isPending || update.isPending;
  const ok = () => {
    const objection = { ...draft, resolvedOn: draft.outcome.trim() === '' ? null : (draft.resolvedOn ?? today) };
    if (target?.kind === 'edit') update.mutate({ id: target.objection.id, objection }, { onSuccess: onClose });
    else add.mutate({ year, objection }, { onSuccess: onClose });
  };
  return (
    <Modal
      open={target !== null}
      title={target?.kind === 'edit' ? '异议处理' : '登记异议'}
      width={620}
      okText="保存"
      cancelText="取消"
      onOk={ok}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ disabled: draft.content.trim() === '' }}
      destroyOnHidden
    >
      <Form layout="horizontal" labelCol={{ flex: '84px' }}>
        <Form.Item label="收到日期" required>
          <DayPicker ariaLabel="收到日期" value={draft.receivedOn} onChange={(receivedOn) => receivedOn && set({ receivedOn })} max={today} />
        </Form.Item>
        <Form.Item label="反映人" extra="不填即为匿名反映">
          <Input aria-label="反映人" value={draft.raisedBy} onChange={(e) => set({ raisedBy: e.target.value })} maxLength={40} placeholder="匿名" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="涉及人员">
          <Select
            aria-label="涉及人员"
            value={draft.personId ?? 0}
            onChange={(v: number) => set({ personId: v === 0 ? null : v })}
            options={[{ value: 0, label: '公示整体' }, ...names.map((n) => ({ value: n.personId, label: `${n.name}（${n.unitName}）` }))]}
            style={{ width: 320 }}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item label="异议内容" required>
          <Input.TextArea aria-label="异议内容" value={draft.content} onChange={(e) => set({ content: e.target.value })} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item label="处理情况">
          <Input.TextArea aria-label="处理情况" value={draft.handling} onChange={(e) => set({ handling: e.target.value })} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="核查经过和结论" />
        </Form.Item>
        <Form.Item label="处理结果" extra="填写处理结果即为办结；未办结的异议不能锁定年度">
          <AutoComplete
            aria-label="处理结果"
            value={draft.outcome}
            onChange={(outcome: string) => set({ outcome, resolvedOn: outcome.trim() === '' ? null : (draft.resolvedOn ?? today) })}
            options={outcomes.map((o) => ({ value: o }))}
            style={{ width: 240 }}
            placeholder="未办结"
          />
        </Form.Item>
        {draft.outcome.trim() !== '' && (
          <Form.Item label="办结日期" required>
            <DayPicker ariaLabel="办结日期" value={draft.resolvedOn ?? today} onChange={(resolvedOn) => set({ resolvedOn })} min={draft.receivedOn} max={today} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
