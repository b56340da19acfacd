import { Alert, Form, Input, Radio } from 'antd';
import { useCallback } from 'react';
import type { Participant } from '../../../shared/annual';
import type { ChannelOutput } from '../../../shared/contract';
import type { Unit } from '../../../shared/domain';
import { noticeKindLabels, noticePoints, passOnLabels, pointsWord, type InspectionSettings, type NoticeKind } from '../../../shared/inspections';
import { DayPicker } from '../../components/DayPicker';
import { ParticipantSelect } from '../../components/ParticipantSelect';
import { RecordModal, useRecordDialog } from '../../components/RecordModal';
import { today } from '../../components/step-dates';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

interface Draft {
  date: string | null;
  docNo: string;
  kind: NoticeKind;
  target: 'people' | 'unit';
  unitId: number | null;
  personIds: number[];
  reason: string;
}

/** 登记通报: 表扬 or 批评, of a unit or of people, with its 文号 and 事由; says what goes into the 加减分. */
export function NoticeDialog(props: {
  year: number;
  open: boolean;
  onClose: () => void;
  settings: InspectionSettings;
  units: readonly Unit[];
  participants: readonly Participant[];
  onSaved: (result: ChannelOutput<'inspections.addNotice'>) => void;
}) {
  const { year, open, onClose, settings, units, participants, onSaved } = props;
  const emptyDraft = useCallback((): Draft => {
    const day = today();
    return { date: day.startsWith(`${year}-`) ? day : null, docNo: '', kind: 'praise', target: 'people', unitId: null, personIds: [], reason: '' };
  }, [year]);
  const { draft, set, modal } = useRecordDialog({
    open,
    onClose,
    emptyDraft,
    channel: 'inspections.addNotice',
    success: (r) => `已登记${noticeKindLabels[r.notice.kind]}${r.notice.adjustments.length > 0 ? `，生成加减分记录${r.notice.adjustments.length}条` : ''}`,
    onSaved,
    toInput: (d) => {
      const subject = d.target === 'unit' ? d.unitId !== null : d.personIds.length > 0;
      return d.date && subject && d.reason.trim()
        ? { year, date: d.date, docNo: d.docNo, kind: d.kind, unitId: d.target === 'unit' ? d.unitId : null, personIds: d.target === 'people' ? d.personIds : [], reason: d.reason.trim() }
        : null;
    },
  });
  const points = pointsWord(noticePoints(settings, draft.kind));
  const effect = draft.target === 'people'
    ? `所选人员每人生成一条「${noticeKindLabels[draft.kind]}」加减分记录 ${points}（计入${year}年度考核）。`
    : settings.passOn === 'none'
      ? '按本年度规则，单位通报不计入个人加减分，只计入单位的督查统计。'
      : `按本年度规则${passOnLabels[settings.passOn]}：每人 ${points}；未参加本年度考核的人员不计入，登记后列出。`;
  return (
    <RecordModal title="登记通报" {...modal}>
      <Form layout="horizontal" labelCol={{ flex: '88px' }} className="inspections-form">
        <Form.Item label="类别" required>
          <Radio.Group aria-label="通报类别" optionType="button" buttonStyle="solid" value={draft.kind} onChange={(e) => set({ kind: e.target.value as NoticeKind })}
            options={(['praise', 'criticism'] as const).map((k) => ({ value: k, label: noticeKindLabels[k] }))} />
        </Form.Item>
        <Form.Item label="日期" required>
          <DayPicker ariaLabel="通报日期" value={draft.date} onChange={(date) => set({ date })} min={`${year}-01-01`} max={`${year}-12-31`} />
        </Form.Item>
        <Form.Item label="文号">
          <Input aria-label="文号" value={draft.docNo} onChange={(e) => set({ docNo: e.target.value })} maxLength={40} placeholder="可不填，如：某督通〔2026〕3号" />
        </Form.Item>
        <Form.Item label="通报对象" required>
          <Radio.Group value={draft.target} onChange={(e) => set({ target: e.target.value as Draft['target'] })} options={[{ value: 'people', label: '个人' }, { value: 'unit', label: '单位' }]} />
        </Form.Item>
        <Form.Item label={draft.target === 'unit' ? '单位' : '人员'} required>
          {draft.target === 'unit' ? (
            <UnitTreeSelect units={units} value={draft.unitId} onChange={(unitId) => set({ unitId })} id="notice-unit" />
          ) : (
            <ParticipantSelect multiple participants={participants} value={draft.personIds} onChange={(personIds) => set({ personIds })} ariaLabel="通报人员" placeholder="输入姓名或单位查找，可多选" notFound="本年度考核对象中没有找到" />
          )}
        </Form.Item>
        <Form.Item label="事由" required>
          <Input.TextArea aria-label="通报事由" value={draft.reason} onChange={(e) => set({ reason: e.target.value })} maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：值班期间脱岗" />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={effect} style={{ marginBottom: 8 }} />
    </RecordModal>
  );
}
