import { AutoComplete, Form, Input, Space } from 'antd';
import { useCallback } from 'react';
import type { Participant } from '../../../shared/annual';
import type { Unit } from '../../../shared/domain';
import type { InspectionRecord } from '../../../shared/inspections';
import { DayPicker } from '../../components/DayPicker';
import { ParticipantSelect } from '../../components/ParticipantSelect';
import { RecordModal, useRecordDialog } from '../../components/RecordModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

interface Draft {
  date: string | null;
  team: string;
  unitId: number | null;
  personId: number | undefined;
  content: string;
  findings: string;
  requirement: string;
  deadline: string | null;
  doneOn: string | null;
  doneNote: string;
  evidenceNote: string;
}

const text = (label: string, value: string, onChange: (v: string) => void, max: number, placeholder?: string) => (
  <Form.Item label={label}>
    <Input.TextArea aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} maxLength={max} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={placeholder} />
  </Form.Item>
);

/** 登记督查 / 编辑督查记录: the 督查, its findings and 整改要求 with the 期限, and later the 整改完成. */
export function RecordDialog(props: {
  year: number;
  today: string;
  record: InspectionRecord | null;
  open: boolean;
  readOnly: boolean;
  onClose: () => void;
  units: readonly Unit[];
  participants: readonly Participant[];
  teams: readonly string[];
  defaultUnitId: number | null;
}) {
  const { year, today, record, open, readOnly, onClose, units, participants, teams, defaultUnitId } = props;
  const emptyDraft = useCallback(
    (): Draft =>
      record
        ? { ...record, personId: record.personId ?? undefined }
        : {
            date: today.startsWith(`${year}-`) ? today : null, team: teams[0] ?? '', unitId: defaultUnitId, personId: undefined, content: '', findings: '',
            requirement: '', deadline: null, doneOn: null, doneNote: '', evidenceNote: '',
          },
    [record, today, year, teams, defaultUnitId],
  );
  const { draft, set, modal } = useRecordDialog({
    open,
    onClose,
    emptyDraft,
    channel: 'inspections.saveRecord',
    success: record ? '已保存督查记录' : '已登记督查记录',
    toInput: (d) =>
      !readOnly && d.date && d.team.trim() && d.unitId !== null
        ? {
            year, id: record?.id, date: d.date, team: d.team.trim(), unitId: d.unitId, personId: d.personId ?? null, content: d.content, findings: d.findings,
            requirement: d.requirement, deadline: d.deadline, doneOn: d.doneOn, doneNote: d.doneNote, evidenceNote: d.evidenceNote,
          }
        : null,
  });
  const unitPeople = participants.filter((p) => draft.unitId === null || p.unitId === draft.unitId);
  return (
    <RecordModal title={readOnly ? '督查记录' : record ? '编辑督查记录' : '登记督查'} width={700} {...modal}>
      <Form layout="horizontal" labelCol={{ flex: '96px' }} className="inspections-form">
        <Form.Item label="督查日期" required>
          <DayPicker ariaLabel="督查日期" value={draft.date} onChange={(date) => set({ date })} min={`${year}-01-01`} max={`${year}-12-31`} />
        </Form.Item>
        <Form.Item label="督查组" required>
          <AutoComplete aria-label="督查组" value={draft.team} onChange={(team: string) => set({ team })} options={teams.map((t) => ({ value: t }))} placeholder="如：县委第二督查组" maxLength={40} />
        </Form.Item>
        <Form.Item label="被督查单位" required>
          <Space.Compact style={{ width: '100%' }}>
            <div style={{ flex: 1 }}>
              <UnitTreeSelect units={units} value={draft.unitId} onChange={(unitId) => set({ unitId, personId: undefined })} id="inspection-unit" />
            </div>
            <div style={{ width: 200 }}>
              <ParticipantSelect participants={unitPeople} value={draft.personId} onChange={(personId) => set({ personId })} ariaLabel="被督查人员" placeholder="人员（可不填）" notFound="该单位没有本年度考核对象" />
            </div>
          </Space.Compact>
        </Form.Item>
        {text('督查内容', draft.content, (content) => set({ content }), 500)}
        {text('发现问题', draft.findings, (findings) => set({ findings }), 1000)}
        {text('整改要求', draft.requirement, (requirement) => set({ requirement }), 500)}
        <Form.Item label="整改期限">
          <DayPicker ariaLabel="整改期限" value={draft.deadline} onChange={(deadline) => set({ deadline })} min={draft.date ?? undefined} />
        </Form.Item>
        <Form.Item label="整改完成">
          <Space>
            <DayPicker ariaLabel="整改完成日期" value={draft.doneOn} onChange={(doneOn) => set({ doneOn })} min={draft.date ?? undefined} max={today} />
            {draft.doneOn && <a onClick={() => set({ doneOn: null })}>清除</a>}
          </Space>
        </Form.Item>
        {text('整改情况', draft.doneNote, (doneNote) => set({ doneNote }), 500)}
        {text('佐证说明', draft.evidenceNote, (evidenceNote) => set({ evidenceNote }), 200, '材料名称、存放位置等')}
      </Form>
    </RecordModal>
  );
}
