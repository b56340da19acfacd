import { type SavedCampaignPlan } from '../../../shared/campaigns';

/** The audit log's words for a 活动方案, one line per field (DOMAIN §8.2). */
export function planText(plan: SavedCampaignPlan, units: ReadonlyMap<number, string>): Record<string, string> {
  const unit = (id: number) => units.get(id) ?? `单位${id}`;
  return {
    活动名称: plan.name,
    活动目的和总体要求: plan.purpose || '无',
    活动阶段: plan.phases.map((p) => `${p.name} ${p.from}至${p.to}`).join('；') || '无',
    工作任务: plan.tasks.map((t) => `${t.name}（牵头：${unit(t.leadUnitId)}${t.partnerUnitIds.length ? `，配合：${t.partnerUnitIds.map(unit).join('、')}` : ''}；时限${t.due}${t.doneOn ? `；${t.doneOn}完成` : ''}）`).join('；') || '无',
    个人任务: plan.duties.map((d) => `${d.name}（${d.count > 1 ? `${d.count}次，` : ''}时限${d.due}；${d.unitIds == null ? '全体在职人员' : d.unitIds.map(unit).join('、')}）`).join('；') || '无',
  };
}

/** A register cell in words: 「已完成 2/4次（2026-06-30）」, 「未完成」. */
export function cellText(cell: { count: number; doneOn: string | null; note: string } | undefined, required: number): string {
  if (!cell || (cell.count === 0 && !cell.note)) return '未登记';
  const amount = required > 1 ? `${cell.count}/${required}次` : cell.count >= 1 ? '已完成' : '未完成';
  return [amount, cell.doneOn ? `（${cell.doneOn}）` : '', cell.note ? `，说明：${cell.note}` : ''].join('');
}
