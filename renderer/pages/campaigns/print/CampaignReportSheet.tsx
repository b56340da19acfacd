import { monthDayText, taskStatusLabels, truncatedNames, type CampaignProgress } from '../../../../shared/campaigns';
import { paperDayText } from '../../../../shared/date-text';
import { useStepFit } from '../../../components/use-step-fit';
import '../../../components/a4-sheet.css';
import './print-campaign.css';

/**
 * Layout steps, tried in order until the report fits one A4 page (DOMAIN §8.2): the body size (pt,
 * never under 8) and how many overdue names each unit shows before 「等N人」.
 */
const steps = [
  { size: 12, names: 30 }, { size: 11, names: 30 }, { size: 10.5, names: 20 }, { size: 10, names: 15 }, { size: 9.5, names: 10 },
  { size: 9, names: 8 }, { size: 8.5, names: 6 }, { size: 8, names: 5 }, { size: 8, names: 3 }, { size: 8, names: 1 },
] as const;

export interface ReportFit { readonly size: number; readonly names: number; readonly pages: number }

const phaseState = (p: CampaignProgress['phases'][number], asOf: string) => (p.current ? '当前阶段' : p.to < asOf ? '已结束' : '未开始');
const period = (from: string, to: string) => `${monthDayText(from)}—${monthDayText(to)}`;

/**
 * 专项活动进展情况 (DOMAIN §8.2), one A4 page in the GB/T 9704 look of the other print views: the phases
 * and which is current, the tasks with 牵头单位 and status, each unit's completion of the per-person
 * duties, the overdue names in each unit's row (cut to 「等N人」 to stay on the page), the 落款 and date.
 */
export function CampaignReportSheet({ progress, onFit, testId }: { progress: CampaignProgress; onFit?: (fit: ReportFit) => void; testId?: string }) {
  const { ref, step } = useStepFit(progress, steps.length, (fit) => onFit?.({ ...steps[fit.step]!, pages: fit.pages }));
  const { size, names } = steps[step]!;
  const p = progress;
  const overduePeople = p.overdue.reduce((n, u) => n + u.people.length, 0);
  const overdueByUnit = new Map(p.overdue.map((u) => [u.unitId, u.people.map((x) => x.name)]));
  return (
    <div className="a4-sheet campaign-sheet" ref={ref} style={{ fontSize: `${size}pt` }} data-testid={testId} data-font-pt={size}>
      <h1 className="a4-sheet-title">{p.name}进展情况</h1>
      <div className="campaign-sheet-sub">（截至{paperDayText(p.asOf)}）</div>

      <h2>一、活动阶段</h2>
      <table className="campaign-sheet-table">
        <thead><tr><th className="c-no">序号</th><th>阶段</th><th>时间</th><th className="c-state">进度</th></tr></thead>
        <tbody>
          {p.phases.map((ph, i) => (
            <tr key={i} className={ph.current ? 'is-current' : undefined}>
              <td className="c-no">{i + 1}</td><td>{ph.name}</td><td className="c-mid">{period(ph.from, ph.to)}</td><td className="c-mid">{phaseState(ph, p.asOf)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>二、工作任务</h2>
      <table className="campaign-sheet-table">
        <thead><tr><th className="c-no">序号</th><th>任务</th><th className="c-unit">牵头单位</th><th className="c-unit">配合单位</th><th className="c-date">完成时限</th><th className="c-state">完成情况</th></tr></thead>
        <tbody>
          {p.tasks.map((t, i) => (
            <tr key={i}>
              <td className="c-no">{i + 1}</td><td>{t.name}</td><td className="c-mid c-wide">{t.leadUnitName}</td><td className="c-mid">{t.partnerUnitNames.join('、') || '—'}</td>
              <td className="c-mid">{monthDayText(t.due)}</td>
              <td className={`c-mid c-state${t.status === 'overdue' ? ' is-overdue' : ''}`}>{taskStatusLabels[t.status]}{t.doneOn && t.doneOn <= p.asOf ? `（${monthDayText(t.doneOn)}）` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>三、个人任务完成情况和逾期未完成人员</h2>
      <p className="campaign-sheet-text">
        {p.duties.map((d) => `“${d.name}”${d.count > 1 ? `（${d.count}次）` : ''}${monthDayText(d.due)}前完成，应完成${d.assigned}人，按时完成${d.done}人，逾期完成${d.doneLate}人，逾期未完成${d.overdue}人`).join('；')}。
        {overduePeople === 0 ? '目前没有逾期未完成的人员。' : `逾期未完成的共${overduePeople}人，名单见下表。`}
      </p>
      <table className="campaign-sheet-table">
        <thead>
          <tr><th>单位</th><th className="c-n">人数</th><th className="c-n">应完成</th><th className="c-n">按时完成</th><th className="c-n">逾期完成</th><th className="c-n">逾期未完成</th><th className="c-n">完成率</th><th className="c-names">逾期未完成人员</th></tr>
        </thead>
        <tbody>
          {p.units.map((u) => {
            const late = overdueByUnit.get(u.unitId) ?? [];
            return (
              <tr key={u.unitId}>
                <td className="c-wide">{u.unitName}</td><td className="c-n">{u.people}</td><td className="c-n">{u.assigned}</td><td className="c-n">{u.done}</td><td className="c-n">{u.doneLate}</td><td className="c-n">{u.overdue}</td>
                <td className="c-n">{u.rate == null ? '—' : `${u.rate}%`}</td>
                <td className="c-names" data-testid="campaign-sheet-overdue">{late.length ? truncatedNames(late, names) : '—'}</td>
              </tr>
            );
          })}
          <tr className="is-total">
            <td>合计</td><td className="c-n">{p.units.reduce((n, u) => n + u.people, 0)}</td><td className="c-n">{p.total.assigned}</td><td className="c-n">{p.total.done}</td>
            <td className="c-n">{p.total.doneLate}</td><td className="c-n">{p.total.overdue}</td><td className="c-n">{p.total.rate == null ? '—' : `${p.total.rate}%`}</td>
            <td className="c-names">{overduePeople > 0 ? `${overduePeople}人` : '—'}</td>
          </tr>
        </tbody>
      </table>
      <p className="campaign-sheet-note">注：应完成、按时完成、逾期完成、逾期未完成均按人次计；完成率＝（按时完成＋逾期完成）÷应完成。</p>

      <div className="campaign-sheet-sign">
        <div>{p.officeName}</div>
        <div>{paperDayText(p.asOf)}</div>
      </div>
    </div>
  );
}

