import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { taskStatus, taskStatusLabels, type CampaignPlanInput, type CampaignView } from '../../../../shared/campaigns';
import type { Unit } from '../../../../shared/domain';
import { DayPicker } from '../../../components/DayPicker';
import { OrderButtons } from '../../../components/OrderButtons';
import { today } from '../../../components/step-dates';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { buildUnitTree } from '../../../components/unit-tree';

/**
 * The 活动方案 (DOMAIN §8.2): name, 活动目的和总体要求, phases, tasks with 牵头/配合单位, per-person duties.
 * Edited here as a whole and saved in one call; the service checks the dates and refuses a bad plan
 * naming the row, with nothing written.
 */
export function PlanEditor(props: { campaign: CampaignView; units: readonly Unit[]; readOnly: boolean }) {
  const { campaign, units, readOnly } = props;
  const [plan, setPlan] = useState<CampaignPlanInput>(() => structuredClone(campaign.plan));
  const save = useChannelMutation('campaigns.save', { success: '活动方案已保存' });
  const unitOptions = useMemo(() => {
    const out: { value: number; label: string }[] = [];
    const walk = (nodes: ReturnType<typeof buildUnitTree>, depth: number) => nodes.forEach((n) => (out.push({ value: n.unit.id, label: `${'　'.repeat(depth)}${n.unit.name}` }), walk(n.children, depth + 1)));
    walk(buildUnitTree(units), 0);
    return out;
  }, [units]);
  const year = campaign.year;
  const min = `${year}-01-01`;
  const max = `${year}-12-31`;
  const day = today();
  const set = <K extends keyof CampaignPlanInput>(key: K, value: CampaignPlanInput[K]) => setPlan((p) => ({ ...p, [key]: value }));
  const edit = <K extends 'phases' | 'tasks' | 'duties'>(key: K, i: number, patch: Partial<CampaignPlanInput[K][number]>) =>
    setPlan((p) => ({ ...p, [key]: p[key].map((row, j) => (j === i ? { ...row, ...patch } : row)) }));
  const recorded = new Set(campaign.recordedDutyIds);
  const lastTo = plan.phases.at(-1)?.to;

  return (
    <div className="campaign-plan">
      <div className="campaign-plan-bar">
        <Button type="primary" icon={<SaveOutlined />} disabled={readOnly} loading={save.isPending} onClick={() => save.mutate({ id: campaign.id, plan })}>
          保存活动方案
        </Button>
        <span style={{ color: '#666' }}>阶段按时间先后排列，不得重叠；日期须在{year}年度内。</span>
      </div>
      <table>
        <tbody>
          <tr><th style={{ width: 120 }}>活动名称</th><td><Input aria-label="活动名称" value={plan.name} maxLength={60} disabled={readOnly} onChange={(e) => set('name', e.target.value)} /></td></tr>
          <tr><th>活动目的和总体要求</th><td><Input.TextArea aria-label="活动目的和总体要求" value={plan.purpose} maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} disabled={readOnly} onChange={(e) => set('purpose', e.target.value)} /></td></tr>
        </tbody>
      </table>

      <h3>活动阶段</h3>
      <table>
        <thead><tr><th className="cp-no">序</th><th>阶段名称</th><th>开始日期</th><th>结束日期</th><th /></tr></thead>
        <tbody>
          {plan.phases.map((p, i) => (
            <tr key={i}>
              <td className="cp-no">{i + 1}</td>
              <td><Input aria-label={`第${i + 1}阶段名称`} value={p.name} maxLength={20} disabled={readOnly} onChange={(e) => edit('phases', i, { name: e.target.value })} /></td>
              <td><DayPicker ariaLabel={`第${i + 1}阶段开始日期`} value={p.from} min={min} max={max} onChange={(d) => d && edit('phases', i, { from: d })} /></td>
              <td><DayPicker ariaLabel={`第${i + 1}阶段结束日期`} value={p.to} min={min} max={max} onChange={(d) => d && edit('phases', i, { to: d })} /></td>
              <td><OrderButtons list={plan.phases} index={i} name={p.name} minLength={0} disabled={readOnly} onChange={(l) => set('phases', l)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button size="small" icon={<PlusOutlined />} disabled={readOnly} style={{ marginTop: 4 }}
        onClick={() => set('phases', [...plan.phases, { name: '', from: lastTo && lastTo < max ? nextDay(lastTo) : max, to: max }])}>添加阶段</Button>

      <h3>工作任务</h3>
      <table>
        <thead><tr><th className="cp-no">序</th><th>任务</th><th style={{ width: 170 }}>牵头单位</th><th style={{ width: 220 }}>配合单位</th><th>完成时限</th><th>完成日期</th><th>状态</th><th /></tr></thead>
        <tbody>
          {plan.tasks.map((t, i) => {
            const status = taskStatus({ due: t.due, doneOn: t.doneOn ?? null }, day);
            return (
              <tr key={i}>
                <td className="cp-no">{i + 1}</td>
                <td><Input aria-label={`第${i + 1}项任务`} value={t.name} maxLength={60} disabled={readOnly} onChange={(e) => edit('tasks', i, { name: e.target.value })} /></td>
                <td><UnitTreeSelect units={units} value={t.leadUnitId} onChange={(v) => edit('tasks', i, { leadUnitId: v })} /></td>
                <td><Select aria-label={`第${i + 1}项任务配合单位`} mode="multiple" style={{ width: '100%' }} maxTagCount="responsive" placeholder="无" disabled={readOnly}
                  value={t.partnerUnitIds ?? []} options={unitOptions} optionFilterProp="label" onChange={(v) => edit('tasks', i, { partnerUnitIds: v })} /></td>
                <td><DayPicker ariaLabel={`第${i + 1}项任务完成时限`} value={t.due} min={min} max={max} width={130} onChange={(d) => d && edit('tasks', i, { due: d })} /></td>
                <td><ClearableDay ariaLabel={`第${i + 1}项任务完成日期`} value={t.doneOn ?? null} max={day} onChange={(d) => edit('tasks', i, { doneOn: d })} disabled={readOnly} /></td>
                <td><Tag color={status === 'overdue' ? 'red' : status === 'doneLate' ? 'orange' : status === 'done' ? 'green' : 'blue'}>{taskStatusLabels[status]}</Tag></td>
                <td><OrderButtons list={plan.tasks} index={i} name={t.name} minLength={0} disabled={readOnly} onChange={(l) => set('tasks', l)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button size="small" icon={<PlusOutlined />} disabled={readOnly || units.length === 0} style={{ marginTop: 4 }}
        onClick={() => set('tasks', [...plan.tasks, { name: '', leadUnitId: unitOptions[1]?.value ?? unitOptions[0]!.value, partnerUnitIds: [], due: max, doneOn: null }])}>添加任务</Button>

      <h3>个人任务（每人完成，登记到人）</h3>
      <table>
        <thead><tr><th className="cp-no">序</th><th>个人任务</th><th>次数</th><th>完成时限</th><th style={{ width: 300 }}>适用单位（不选为全体在职人员）</th><th /></tr></thead>
        <tbody>
          {plan.duties.map((d, i) => (
            <tr key={d.id ?? `new${i}`}>
              <td className="cp-no">{i + 1}</td>
              <td><Input aria-label={`第${i + 1}项个人任务`} value={d.name} maxLength={30} disabled={readOnly} onChange={(e) => edit('duties', i, { name: e.target.value })} /></td>
              <td><InputNumber aria-label={`第${i + 1}项个人任务次数`} min={1} max={99} precision={0} value={d.count} disabled={readOnly} onChange={(v) => edit('duties', i, { count: v ?? 1 })} style={{ width: 72 }} /></td>
              <td><DayPicker ariaLabel={`第${i + 1}项个人任务完成时限`} value={d.due} min={min} max={max} width={130} onChange={(v) => v && edit('duties', i, { due: v })} /></td>
              <td><Select aria-label={`第${i + 1}项个人任务适用单位`} mode="multiple" style={{ width: '100%' }} maxTagCount="responsive" placeholder="全体在职人员" disabled={readOnly}
                value={d.unitIds ?? []} options={unitOptions} optionFilterProp="label" onChange={(v) => edit('duties', i, { unitIds: v.length ? v : null })} /></td>
              <td><OrderButtons list={plan.duties} index={i} name={d.name} minLength={0} disabled={readOnly}
                keepReason={d.id != null && recorded.has(d.id) ? '已有登记，不能删除' : null} onChange={(l) => set('duties', l)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button size="small" icon={<PlusOutlined />} disabled={readOnly} style={{ marginTop: 4 }}
        onClick={() => set('duties', [...plan.duties, { name: '', due: max, count: 1, unitIds: null }])}>添加个人任务</Button>
    </div>
  );
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A date that may be empty (未完成), with 「清除」. */
function ClearableDay(props: { ariaLabel: string; value: string | null; max: string; disabled: boolean; onChange: (d: string | null) => void }) {
  return (
    <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
      <DayPicker ariaLabel={props.ariaLabel} value={props.value} max={props.max} width={130} onChange={props.onChange} />
      {props.value && !props.disabled && <Button size="small" type="link" onClick={() => props.onChange(null)}>清除</Button>}
    </span>
  );
}
