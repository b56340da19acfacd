import { figureText, weeklyMarkLabels, weekSpan, weekTitle, type WeeklyItem, type WeeklyWeekView } from '../../../../shared/weekly';
import { useStepFit } from '../../../components/use-step-fit';
import '../../../components/a4-sheet.css';
import './print-weekly.css';

/**
 * The body type sizes tried, largest first (pt): the board takes the largest at which it fits one A4
 * page; under 8 pt nothing is printed (the project's floor), so a week too full for 8 pt says so and
 * runs onto a second page (DOMAIN §8.3).
 */
const sizes = [12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8] as const;

export interface BoardFit {
  /** the body size chosen, pt */
  readonly size: number;
  /** pages at that size: 1 unless even 8 pt does not hold the week */
  readonly pages: number;
}

const chineseDay = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
const markSymbol = { highlight: '★', shortfall: '▲' } as const;

/**
 * 一周工作晒评 (DOMAIN §8.3), the sheet itself: every unit that posted a row, its items numbered, figures
 * in bold, 〔未完成〕, a leader's ★亮点 / ▲不足 under the item; the units that did not post; the 落款.
 * It measures itself and steps the type down until it fits one page, and reports the fit.
 */
export function WeeklyBoardSheet({ view, onFit, testId }: { view: WeeklyWeekView; onFit?: (fit: BoardFit) => void; testId?: string }) {
  const { ref: sheet, step } = useStepFit(view, sizes.length, (fit) => onFit?.({ size: sizes[fit.step]!, pages: fit.pages }));
  const size = sizes[step]!;
  const posted = view.targets.filter((t) => t.items.length > 0);
  const span = weekSpan(view.year, view.week, view.settings.weekRule);
  const who = view.settings.mode === 'unit' ? '单位' : '人员';
  return (
    <div className="a4-sheet weekly-sheet" ref={sheet} style={{ fontSize: `${size}pt` }} data-testid={testId} data-font-pt={size}>
      <h1 className="a4-sheet-title">{view.officeName}一周工作晒评</h1>
      <div className="weekly-sheet-sub">{weekTitle(span)}</div>
      <table className="weekly-sheet-table">
        <thead>
          <tr>
            <th className="c-no">序号</th>
            <th className="c-name">{view.settings.mode === 'unit' ? '科室（单位）' : '姓名'}</th>
            <th>{'本周工作成效（★亮点\u3000▲不足）'}</th>
          </tr>
        </thead>
        <tbody>
          {posted.map((t, n) => (
            <tr key={`${t.kind}:${t.id}`}>
              <td className="c-no">{n + 1}</td>
              <td className="c-name">
                {t.name}
                {t.kind === 'person' && <div className="c-sub">{t.unitName}</div>}
              </td>
              <td className="c-items">
                {t.items.map((i, k) => (
                  <div key={i.id} className="w-item">
                    {k + 1}. {i.text}
                    {i.figure && <b>（{figureText(i.figure)}）</b>}
                    {i.unfinished && <span>〔未完成〕</span>}
                    {i.mark && <MarkLine item={i} />}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="weekly-sheet-foot">
        {view.week >= view.settings.startWeek && (
          <div>{view.notPosted.length === 0 ? `本周参晒${who}均已晒报。` : `本周未晒（${view.notPosted.length}个）：${view.notPosted.map((t) => t.name).join('、')}。`}</div>
        )}
        <div>说明：★为领导点评的亮点，▲为不足；〔未完成〕事项下周继续晒。</div>
      </div>
      <div className="weekly-sheet-sign">
        <div>{view.officeName}</div>
        <div>{chineseDay(new Date())}</div>
      </div>
    </div>
  );
}

/** A leader's 亮点/不足 under its item: 「★亮点：推进有力」 */
function MarkLine({ item }: { item: WeeklyItem }) {
  const mark = item.mark!;
  return (
    <div className={`w-mark w-${mark}`}>
      {markSymbol[mark]}
      {weeklyMarkLabels[mark]}
      {item.markComment ? `：${item.markComment}` : ''}
    </div>
  );
}
