import { Alert, Spin } from 'antd';
import { useLayoutEffect, useRef, useState } from 'react';
import { figureText, weeklyMarkLabels, weekTitle, weekSpan, type WeeklyItem, type WeeklyWeekView } from '../../../../shared/weekly';
import { PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useHashLocation } from '../../../router/hash-router';
import { useWeeklyWeek } from '../common/weekly-hooks';
import { weeklyPath } from '../weekly-routes';
import './print-weekly.css';

/**
 * The body type sizes tried, largest first (pt): the board takes the largest at which it fits one A4
 * page; under 8 pt nothing is printed (the project's floor), so a week too full for 8 pt says so and
 * runs onto a second page.
 */
const sizes = [12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8] as const;
/** A4 portrait less the 12 mm margins, in CSS px */
const pageHeightPx = ((297 - 24) * 96) / 25.4;

const chineseDay = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
const markSymbol = { highlight: '★', shortfall: '▲' } as const;

/**
 * 一周工作晒评 (DOMAIN §8): the week's board on one A4 page for the notice board or the weekly meeting.
 * Every 参晒 unit a row: its items numbered, figures in bold, 未完成 marked; the leaders' 亮点 (★) and
 * 不足 (▲) with their comments; the units that did not post; the 落款.
 */
export function PrintWeeklyBoard() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const week = Number(query.get('week'));
  const data = useWeeklyWeek(Number.isInteger(year) ? year : undefined, Number.isInteger(week) && week > 0 ? week : undefined);
  if (data.isError) return <QueryError error={data.error} />;
  if (!data.data) return <Spin size="large" className="shell-loading" />;
  return <Board view={data.data} />;
}

function Board({ view }: { view: WeeklyWeekView }) {
  const sheet = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(0);
  const [pages, setPages] = useState(1);
  // shrink step by step until the sheet fits one page (measured, so any fonts and wrapping count)
  useLayoutEffect(() => {
    const height = sheet.current?.scrollHeight ?? 0;
    if (height > pageHeightPx && step < sizes.length - 1) setStep(step + 1);
    else setPages(Math.max(1, Math.ceil(height / pageHeightPx)));
  }, [step, view]);
  const size = sizes[step]!;
  const posted = view.targets.filter((t) => t.items.length > 0);
  const span = weekSpan(view.year, view.week, view.settings.weekRule);
  const who = view.settings.mode === 'unit' ? '单位' : '人员';
  return (
    <div className="print-root weekly-print-root">
      <PrintToolbar
        backTo={`${weeklyPath}?week=${view.week}`}
        canPrint
        info={pages > 1 ? `一周工作晒评（A4 纵向）：内容较多，缩至${size}磅仍需${pages}页，可精简条目后再打印` : `一周工作晒评（A4 纵向，一页），正文${size}磅，${posted.length}个${who}`}
      />
      {pages > 1 && <Alert className="print-empty" type="warning" showIcon title={`本周内容缩至最小字号（8磅）仍超出一页A4，将打印为${pages}页`} />}
      <div className="weekly-sheet" ref={sheet} style={{ fontSize: `${size}pt` }} data-testid="weekly-sheet" data-font-pt={size}>
        <h1 className="weekly-sheet-title">{view.officeName}一周工作晒评</h1>
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
