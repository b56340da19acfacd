import { CheckOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Modal, Select, Space, Spin, Upload } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { completedOn, monthDayText, taskStatus, type CampaignCell, type CampaignRegister, type CampaignView } from '../../../../shared/campaigns';
import type { Unit } from '../../../../shared/domain';
import { invoke, readPickedFile, saveFile } from '../../../api';
import { DayPicker } from '../../../components/DayPicker';
import { gridMove } from '../../../components/grid-navigation';
import { QueryError } from '../../../components/QueryError';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { useCampaignRegister } from '../campaign-hooks';

/**
 * The register of per-person duties (DOMAIN §8.2): rows = people, columns = duties. Keys on a cell:
 * Space marks done (today) or clears, a digit sets how many times, Delete clears, Enter opens the cell
 * (date, note, evidence file); arrows move. Every change shows at once and is saved through one queue
 * (ARCHITECTURE §6, no keystroke lost). 「全部标记完成」 marks a unit's people for one duty.
 */
type Duty = CampaignRegister['duties'][number];
const keyOf = (dutyId: number, personId: number) => `${dutyId}:${personId}`;
const empty = (dutyId: number, personId: number): CampaignCell => ({ dutyId, personId, count: 0, doneOn: null, note: '', evidenceFile: null });

export function RegisterGrid(props: { campaign: CampaignView; units: readonly Unit[]; readOnly: boolean; flushRef: RefObject<() => Promise<void>> }) {
  const { campaign, units, readOnly } = props;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const data = useCampaignRegister(campaign.id, unitId);
  const [edits, setEdits] = useState<ReadonlyMap<string, CampaignCell>>(new Map());
  const [queue] = useState(createSaveQueue);
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const [open, setOpen] = useState<CampaignCell | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const pending = useRef(0);

  useEffect(() => {
    props.flushRef.current = () => queue(() => Promise.resolve());
  }, [props.flushRef, queue]);

  if (data.isError) return <QueryError error={data.error} />;
  const reg = data.data?.id === campaign.id ? data.data : undefined;
  if (!reg) return <Spin className="shell-loading" />;
  const saved = new Map(reg.cells.map((c) => [keyOf(c.dutyId, c.personId), c]));
  const cellAt = (dutyId: number, personId: number) => edits.get(keyOf(dutyId, personId)) ?? saved.get(keyOf(dutyId, personId)) ?? empty(dutyId, personId);

  const write = (duty: Duty, next: CampaignCell) => {
    const key = keyOf(next.dutyId, next.personId);
    setEdits((m) => new Map(m).set(key, next));
    pending.current++;
    void queue(async () => {
      try {
        const back = await invoke('campaigns.setRecord', { id: campaign.id, dutyId: duty.id, personId: next.personId, count: next.count, doneOn: next.doneOn, note: next.note });
        setEdits((m) => (m.get(key) === next ? new Map(m).set(key, back) : m));
      } catch (error) {
        void message.error(errorText(error), 6);
        setEdits((m) => { const c = new Map(m); c.delete(key); return c; });
      } finally {
        if (--pending.current === 0) void queryClient.invalidateQueries({ queryKey: ['campaigns.progress'] });
      }
    });
  };
  const setCount = (duty: Duty, cell: CampaignCell, count: number) => {
    const n = Math.max(0, Math.min(duty.count, count));
    write(duty, { ...cell, count: n, doneOn: n === 0 ? null : (cell.doneOn ?? reg.today) });
  };

  const onKey = (e: React.KeyboardEvent, row: number, col: number) => {
    const move = gridMove(e.key, { row, col }, reg.rows.length, reg.duties.length, { ctrl: e.ctrlKey });
    if (move) {
      e.preventDefault();
      setFocus(move);
      gridRef.current?.querySelector<HTMLElement>(`[data-cell="${move.row}:${move.col}"]`)?.focus();
      return;
    }
    const person = reg.rows[row]!;
    const duty = reg.duties[col]!;
    if (!person.dutyIds.includes(duty.id)) return;
    const cell = cellAt(duty.id, person.personId);
    if (e.key === 'Enter') { e.preventDefault(); setOpen(cell); return; }
    if (readOnly) return;
    if (e.key === ' ') { e.preventDefault(); setCount(duty, cell, cell.count >= duty.count ? 0 : duty.count); }
    else if (/^[0-9]$/.test(e.key)) { e.preventDefault(); setCount(duty, cell, Number(e.key)); }
    else if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); setCount(duty, cell, 0); }
  };

  return (
    <div className="campaign-register">
      <div className="campaign-register-bar">
        <span>单位</span>
        <div style={{ width: 220 }}><UnitTreeSelect units={units} value={unitId ?? null} allowClear placeholder="全部单位" onChange={(v) => void queue(() => Promise.resolve()).then(() => setUnitId(v ?? undefined))} /></div>
        <MarkAll campaignId={campaign.id} duties={reg.duties} unitId={unitId} today={reg.today} disabled={readOnly} onDone={() => setEdits(new Map())} />
        <span style={{ color: '#666' }}>空格：完成/取消；数字：完成次数；回车：日期、说明、佐证材料</span>
      </div>
      <table className="campaign-grid" ref={gridRef} role="grid" aria-label="个人任务登记">
        <thead>
          <tr>
            <th>姓名</th><th>单位</th>
            {reg.duties.map((d) => <th key={d.id}>{d.name}<span className="cg-due">{d.count > 1 ? `${d.count}次，` : ''}{monthDayText(d.due)}前</span></th>)}
          </tr>
        </thead>
        <tbody>
          {reg.rows.map((p, row) => (
            <tr key={p.personId} className="campaign-grid-row">
              <td className="cg-name">{p.name}</td>
              <td className="cg-unit">{p.unitName}</td>
              {reg.duties.map((d, col) => {
                const owes = p.dutyIds.includes(d.id);
                const cell = cellAt(d.id, p.personId);
                const status = taskStatus({ due: d.due, doneOn: completedOn(d, cell, reg.today) }, reg.today);
                const label = !owes ? '—' : d.count > 1 ? `${cell.count}/${d.count}${cell.doneOn ? ` ${cell.doneOn.slice(5)}` : ''}` : cell.count > 0 ? `✓ ${cell.doneOn?.slice(5) ?? ''}` : status === 'overdue' ? '逾期' : '';
                return (
                  <td key={d.id} data-cell={`${row}:${col}`} tabIndex={focus.row === row && focus.col === col ? 0 : -1} role="gridcell"
                    aria-label={`${p.name} ${d.name}`} className={`cg-cell ${owes ? `cg-${status}` : 'cg-na'}`}
                    onFocus={() => setFocus({ row, col })} onKeyDown={(e) => onKey(e, row, col)} onDoubleClick={() => owes && setOpen(cell)}>
                    {label}{owes && cell.note ? ' ·' : ''}{cell.evidenceFile && <PaperClipOutlined className="cg-clip" />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {reg.rows.length === 0 && <p style={{ color: '#666', padding: 12 }}>所选单位没有需要完成个人任务的在职人员。</p>}
      {open && (
        <CellDialog campaignId={campaign.id} cell={open} duty={reg.duties.find((d) => d.id === open.dutyId)!} person={reg.rows.find((r) => r.personId === open.personId)!.name}
          today={reg.today} readOnly={readOnly}
          onSave={(next) => { write(reg.duties.find((d) => d.id === next.dutyId)!, next); setOpen(null); }}
          onFile={(next) => setEdits((m) => new Map(m).set(keyOf(next.dutyId, next.personId), next))}
          onClose={() => setOpen(null)} flush={() => queue(() => Promise.resolve())} />
      )}
    </div>
  );
}

function MarkAll(props: { campaignId: number; duties: readonly Duty[]; unitId: number | undefined; today: string; disabled: boolean; onDone: () => void }) {
  const [dutyId, setDutyId] = useState<number | undefined>(props.duties[0]?.id);
  const [day, setDay] = useState(props.today);
  const mark = useChannelMutation('campaigns.markAll', { success: (r) => (r.marked > 0 ? `已标记完成${r.marked}人` : '该单位人员均已完成') });
  return (
    <Space.Compact>
      <Select aria-label="批量标记的个人任务" value={dutyId} style={{ width: 150 }} options={props.duties.map((d) => ({ value: d.id, label: d.name }))} onChange={setDutyId} />
      <DayPicker ariaLabel="批量标记的完成日期" value={day} max={props.today} width={130} onChange={(d) => d && setDay(d)} />
      <Button icon={<CheckOutlined />} disabled={props.disabled || props.unitId === undefined || dutyId === undefined} loading={mark.isPending}
        title={props.unitId === undefined ? '请先选择单位' : undefined}
        onClick={() => dutyId !== undefined && props.unitId !== undefined && mark.mutate({ id: props.campaignId, dutyId, unitId: props.unitId, doneOn: day }, { onSuccess: props.onDone })}>
        全部标记完成
      </Button>
    </Space.Compact>
  );
}

function CellDialog(props: {
  campaignId: number; cell: CampaignCell; duty: Duty; person: string; today: string; readOnly: boolean;
  onSave: (cell: CampaignCell) => void; onFile: (cell: CampaignCell) => void; onClose: () => void; flush: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [count, setCount] = useState(props.cell.count);
  const [doneOn, setDoneOn] = useState<string | null>(props.cell.doneOn);
  const [note, setNote] = useState(props.cell.note);
  const [file, setFile] = useState(props.cell.evidenceFile);
  const key = { id: props.campaignId, dutyId: props.duty.id, personId: props.cell.personId };
  const upload = async (picked: File | null) => {
    try {
      await props.flush();
      const back = await invoke('campaigns.setEvidence', { ...key, file: picked ? await readPickedFile(picked) : null });
      setFile(back.evidenceFile);
      props.onFile(back);
      void message.success(picked ? '已保存佐证材料' : '已移除佐证材料');
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  return (
    <Modal open title={`${props.person}：${props.duty.name}`} okText="保存" okButtonProps={{ disabled: props.readOnly }} onCancel={props.onClose}
      onOk={() => props.onSave({ ...props.cell, count, doneOn: count === 0 ? null : doneOn ?? props.today, note: note.trim(), evidenceFile: file })}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <span>完成次数</span>
          <InputNumber aria-label="完成次数" min={0} max={props.duty.count} precision={0} value={count} onChange={(v) => setCount(v ?? 0)} disabled={props.readOnly} />
          <span>/ {props.duty.count}（时限 {props.duty.due}）</span>
        </Space>
        <Space>
          <span>完成日期</span>
          <DayPicker ariaLabel="完成日期" value={doneOn} max={props.today} onChange={setDoneOn} />
        </Space>
        <Input.TextArea aria-label="说明" placeholder="说明（如：心得体会已交办公室，见台账第3页）" maxLength={200} autoSize={{ minRows: 2 }} value={note} onChange={(e) => setNote(e.target.value)} disabled={props.readOnly} />
        <Space wrap>
          <Upload showUploadList={false} disabled={props.readOnly || props.cell.count + props.cell.note.length === 0 && !props.cell.evidenceFile}
            beforeUpload={(f) => (void upload(f), false)} accept=".jpg,.jpeg,.png,.gif,.bmp,.webp,.tif,.tiff,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et,.dps,.odt,.ods,.odp,.ofd">
            <Button icon={<PaperClipOutlined />}>上传佐证文件</Button>
          </Upload>
          {file ? (
            <>
              <Button type="link" onClick={() => void invoke('campaigns.openEvidence', key).then(saveFile, (e: unknown) => void message.error(errorText(e), 6))}>{file.fileName}</Button>
              {!props.readOnly && <Button type="link" danger onClick={() => void upload(null)}>移除文件</Button>}
            </>
          ) : (
            <span style={{ color: '#888' }}>{props.cell.count + props.cell.note.length === 0 ? '先登记完成情况并保存，再上传文件' : '未附文件'}</span>
          )}
        </Space>
      </Space>
    </Modal>
  );
}
