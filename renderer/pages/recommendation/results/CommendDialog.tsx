import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { candidatesByVotes, type PostResult } from '../../../../shared/recommendation';
import { formatRate } from '../../../../shared/numbers';
import { DayPicker } from '../../../components/DayPicker';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useAdjustmentKinds } from '../../../hooks/annual-hooks';

interface Draft {
  personIds: number[];
  kind: string | undefined;
  points: number | null;
  date: string | null;
  reason: string;
}

/** The kind a 评选表优 is usually recorded under, when the year's list has it. */
const usualKind = '表彰奖励';

/**
 * 列入年度考核加分 (DOMAIN.md §7 「Into the year」): the chosen people of a closed 评选表优's post each get
 * a 加减分 record of the year, with the event and their votes as the evidence. The top 应推荐人数 by votes
 * are ticked to start with.
 */
export function CommendDialog(props: { eventId: number; eventName: string; eventDate: string; year: number; post: PostResult | null; onClose: () => void }) {
  const { eventId, eventName, eventDate, year, post, onClose } = props;
  const kinds = useAdjustmentKinds();
  const commend = useChannelMutation('recommendation.commend', { success: (records) => `已为 ${records.length} 人记入${year}年度加减分`, showError: false });
  const [draft, setDraft] = useState<Draft>({ personIds: [], kind: undefined, points: null, date: null, reason: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = post ? candidatesByVotes(post).filter((c) => c.votes > 0) : [];

  useEffect(() => {
    if (!post) return;
    const top = candidatesByVotes(post).filter((c) => c.votes > 0).slice(0, post.seats).map((c) => c.personId);
    setDraft({ personIds: top, kind: undefined, points: 1, date: eventDate.startsWith(`${year}-`) ? eventDate : `${year}-12-31`, reason: `${eventName}：${post.name}` });
    setProblem(null);
  }, [post, eventDate, eventName, year]);

  const kind = draft.kind ?? ((kinds.data ?? []).includes(usualKind) ? usualKind : undefined);
  const ready = post && draft.personIds.length > 0 && kind && draft.points && draft.date;
  const submit = () => {
    if (!ready) return;
    commend.mutate(
      { id: eventId, postCode: post.code, personIds: draft.personIds, kind, points: draft.points!, date: draft.date!, reason: draft.reason.trim() },
      { onSuccess: onClose, onError: (e) => setProblem(errorText(e)) },
    );
  };

  return (
    <Modal
      open={post !== null}
      title={post ? `列入${year}年度考核加分：${post.name}` : ''}
      okText="记入加减分"
      cancelText="取消"
      onOk={submit}
      okButtonProps={{ disabled: !ready, loading: commend.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="horizontal" labelCol={{ flex: '88px' }}>
        <Form.Item label="表彰人员" required>
          <Checkbox.Group
            aria-label="表彰人员"
            value={draft.personIds}
            onChange={(ids) => setDraft((d) => ({ ...d, personIds: ids }))}
            options={candidates.map((c) => ({ value: c.personId, label: `${c.name}（${c.votes}票，${formatRate(c.rateOfValid)}，第${c.rank}名）` }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
        <Form.Item label="类别" required>
          <Select aria-label="加减分类别" value={kind} onChange={(k) => setDraft((d) => ({ ...d, kind: k }))} options={(kinds.data ?? []).map((k) => ({ value: k, label: k }))} placeholder="请选择" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="加分" required>
          <InputNumber<number> aria-label="加分分值" value={draft.points} onChange={(points) => setDraft((d) => ({ ...d, points }))} min={0.01} max={100} step={0.5} style={{ width: 110 }} suffix="分" />
        </Form.Item>
        <Form.Item label="日期" required>
          <DayPicker ariaLabel="日期" value={draft.date} onChange={(date) => setDraft((d) => ({ ...d, date }))} />
        </Form.Item>
        <Form.Item label="事由">
          <Input aria-label="事由" value={draft.reason} maxLength={200} onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))} />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title="每人一条加减分记录，佐证写明本次推荐及其得票；须在本年度考核的参加人员中，且不超过本年度加减分上限。" />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 8 }} />}
    </Modal>
  );
}
