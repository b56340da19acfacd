import { Suspense, useMemo, type ComponentProps, type ReactNode } from 'react';
import type { SummaryReport } from '../../../../shared/reports/views';
import { lazyComponent } from '../../../shell/lazy-page';
import { chartWidth, outcomePieOption, starCountOption, unitChartHeight, unitCompositeOption } from './summary-charts';
import { countOf, labelOf, outcomeColumns, overQuotaSentences, overviewSentence, percentText, scoreText, sectionNumber, starCountSentence, tenStarOrgSentence, tenStarSentence } from './summary-text';

/** The numbered sections of the 年终考核汇总报告 (一、总体情况 … 六、双十星评定情况). */

// ECharts is fetched with the first chart drawn, not with the page; a box of the chart's size holds its place.
const EChartsSummaryChart = lazyComponent(() => import('./SummaryChart'), 'SummaryChart');
function SummaryChart(props: ComponentProps<typeof EChartsSummaryChart>) {
  return (
    <Suspense fallback={<div className="summary-chart" style={{ width: chartWidth, height: props.height }} />}>
      <EChartsSummaryChart {...props} />
    </Suspense>
  );
}

type Drawn = (name: string) => void;
type Section = { report: SummaryReport; onDrawn: Drawn };

export function Heading({ n, children }: { n: number; children: ReactNode }) {
  return (
    <h2 className="summary-h1">
      {sectionNumber(n)}、{children}
    </h2>
  );
}

/** 「称职（合格）」 as a column head: the second vocabulary's word on its own line, smaller */
function HeadLabel({ label }: { label: string }) {
  const at = label.indexOf('（');
  if (at <= 0) return <>{label}</>;
  return (
    <>
      {label.slice(0, at)}
      <br />
      <span className="h-alt">{label.slice(at)}</span>
    </>
  );
}

/** a table's caption, kept with the table below it */
function Caption({ children }: { children: ReactNode }) {
  return <div className="summary-caption">{children}</div>;
}

/** a chart's caption, under the chart */
function FigureCaption({ children }: { children: ReactNode }) {
  return <figcaption className="summary-caption summary-figcaption">{children}</figcaption>;
}

/** Charts that will be drawn for this report (the view waits for each before it is ready). */
export function chartsOf(report: SummaryReport): string[] {
  return [
    report.totals.byOutcome.some((o) => o.count > 0) ? 'outcomes' : '',
    report.byUnit.some((u) => u.averageComposite != null) ? 'units' : '',
    report.starCounts.some((c) => c.people > 0) ? 'stars' : '',
  ].filter(Boolean);
}

export function OverviewSection({ report, onDrawn }: Section) {
  const columns = outcomeColumns(report.totals);
  const pie = useMemo(() => outcomePieOption(report.totals), [report.totals]);
  const total = (outcome: (typeof columns)[number]['outcome']) => report.groups.reduce((n, g) => n + countOf(g.byOutcome, outcome), 0);
  return (
    <section>
      <Heading n={1}>总体情况</Heading>
      <p>{overviewSentence(report)}</p>
      {overQuotaSentences(report).map((s) => (
        <p key={s}>{s}</p>
      ))}
      <Caption>{'表1\u3000各考核分组等次分布与优秀名额'}</Caption>
      <table className="summary-table">
        <colgroup>
          <col style={{ width: '26mm' }} />
          <col style={{ width: '12mm' }} />
          <col style={{ width: '19mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>考核分组</th>
            <th>人数</th>
            <th>优秀名额</th>
            {columns.map((c) => (
              <th key={c.outcome}>
                <HeadLabel label={c.label} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.groups.map((g) => (
            <tr key={g.name}>
              <td className="c-left">{g.name}</td>
              <td>{g.size}</td>
              <td>{g.excellentQuota}</td>
              {columns.map((c) => (
                <td key={c.outcome} className={c.outcome === 'excellent' && g.overQuota ? 'c-over' : undefined}>
                  {countOf(g.byOutcome, c.outcome)}
                  {c.outcome === 'excellent' && g.overQuota ? '（超额）' : ''}
                </td>
              ))}
            </tr>
          ))}
          <tr className="r-total">
            <td className="c-left">合计</td>
            <td>{report.groups.reduce((n, g) => n + g.size, 0)}</td>
            <td>{report.groups.reduce((n, g) => n + g.excellentQuota, 0)}</td>
            {columns.map((c) => (
              <td key={c.outcome}>{total(c.outcome)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      {chartsOf(report).includes('outcomes') && (
        <figure className="summary-figure">
          <SummaryChart name="outcomes" option={pie} height={240} label="等次分布图" onDrawn={onDrawn} />
          <FigureCaption>{'图1\u3000考核等次分布'}</FigureCaption>
        </figure>
      )}
    </section>
  );
}

export function UnitsSection({ report, onDrawn }: Section) {
  // a level nobody has this year would be a column of blanks here (表1 still shows its 0)
  const columns = outcomeColumns(report.totals).filter((c) => c.count > 0 || c.outcome === 'excellent' || c.outcome === 'competent');
  const chart = useMemo(() => unitCompositeOption(report.byUnit), [report.byUnit]);
  const charted = report.byUnit.filter((u) => u.averageComposite != null).length;
  return (
    <section>
      <Heading n={2}>各单位考核结果</Heading>
      <p className="summary-lead">按单位（人员所在单位）统计参加考核人数、各等次人数和平均综合得分，单位按单位序列排列。</p>
      <Caption>{'表2\u3000各单位考核结果'}</Caption>
      <table className="summary-table">
        <colgroup>
          <col style={{ width: '9mm' }} />
          <col style={{ width: '36mm' }} />
          <col style={{ width: '10mm' }} />
          {columns.map((c) => (
            <col key={c.outcome} />
          ))}
          <col style={{ width: '17mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>单位</th>
            <th>人数</th>
            {columns.map((c) => (
              <th key={c.outcome}>
                <HeadLabel label={c.label} />
              </th>
            ))}
            <th>平均综合得分</th>
          </tr>
        </thead>
        <tbody>
          {report.byUnit.map((u, i) => (
            <tr key={`${u.unitName}-${i}`}>
              <td>{i + 1}</td>
              <td className="c-left">{u.unitName}</td>
              <td>{u.participants}</td>
              {columns.map((c) => (
                <td key={c.outcome}>{countOf(u.byOutcome, c.outcome) || ''}</td>
              ))}
              <td>{scoreText(u.averageComposite)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {charted > 0 && (
        <figure className="summary-figure">
          <SummaryChart name="units" option={chart} height={unitChartHeight(charted)} label="各单位平均综合得分图" onDrawn={onDrawn} />
          <FigureCaption>{'图2\u3000各单位平均综合得分'}</FigureCaption>
        </figure>
      )}
    </section>
  );
}

type Line = SummaryReport['excellent'][number];

/**
 * A list of people. With `extra` (红线情形) the 考核分组 column gives way to it, so the reason has
 * room on the 版心 width.
 */
function PeopleTable({ people, caption, extra }: { people: readonly Line[]; caption: string; extra?: { title: string; cell: (p: Line) => ReactNode } }) {
  return (
    <>
      <Caption>{caption}</Caption>
      <table className="summary-table summary-people">
        <colgroup>
          <col style={{ width: '9mm' }} />
          <col style={{ width: '17mm' }} />
          <col style={{ width: extra ? '30mm' : '37mm' }} />
          <col style={{ width: extra ? '22mm' : undefined }} />
          {!extra && <col style={{ width: '19mm' }} />}
          <col style={{ width: '17mm' }} />
          {extra && <col />}
          <col style={{ width: '25mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>姓名</th>
            <th>单位</th>
            <th>职务</th>
            {!extra && <th>考核分组</th>}
            <th>综合得分</th>
            {extra && <th>{extra.title}</th>}
            <th>等次</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p, i) => (
            <tr key={p.personId}>
              <td>{i + 1}</td>
              <td>{p.name}</td>
              <td className="c-left">{p.unitName}</td>
              <td className="c-left">{p.post}</td>
              {!extra && <td>{p.groupName}</td>}
              <td>{scoreText(p.composite)}</td>
              {extra && <td className="c-left">{extra.cell(p)}</td>}
              <td>{p.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ExcellentSection({ report }: { report: SummaryReport }) {
  const excellent = labelOf(report.totals.byOutcome, 'excellent', '优秀');
  const n = report.excellent.length;
  return (
    <section>
      <Heading n={3}>{excellent}等次人员名单</Heading>
      {n === 0 ? (
        <p>本年度无{excellent}等次人员。</p>
      ) : (
        <>
          <p className="summary-lead">
            {excellent}等次共{n}人，占参加考核人数的{percentText(n, report.totals.participants)}
            {report.groups.length > 1 ? `（${report.groups.map((g) => `${g.name}${countOf(g.byOutcome, 'excellent')}人`).join('，')}）` : ''}。名单按考核分组、综合排名排列：
          </p>
          <PeopleTable people={report.excellent} caption={`表3\u3000${excellent}等次人员名单`} />
        </>
      )}
    </section>
  );
}

export function LowerSection({ report }: { report: SummaryReport }) {
  const basic = labelOf(report.totals.byOutcome, 'basic', '基本称职');
  return (
    <section>
      <Heading n={4}>{basic}及以下人员</Heading>
      {report.lower.length === 0 ? (
        <p>本年度无{basic}及以下等次人员。</p>
      ) : (
        <>
          <p className="summary-lead">
            {basic}等次{countOf(report.totals.byOutcome, 'basic')}人，{labelOf(report.totals.byOutcome, 'fail', '不称职')}等次{countOf(report.totals.byOutcome, 'fail')}人：
          </p>
          <PeopleTable people={report.lower} caption={`表4\u3000${basic}及以下等次人员`} />
        </>
      )}
    </section>
  );
}

export function RedLineSection({ report }: { report: SummaryReport }) {
  return (
    <section>
      <Heading n={5}>述职测评红线情况</Heading>
      {report.redLines.length === 0 ? (
        <p>述职测评中无触及红线的情形。</p>
      ) : (
        <>
          <p className="summary-lead">
            述职测评中触及红线的{report.redLines.length}人，{report.final ? '考核委员会已结合其情况确定等次' : '提请考核委员会研究确定等次'}：
          </p>
          <PeopleTable
            people={report.redLines}
            caption={'表5\u3000述职测评红线情况'}
            extra={{ title: '红线情形', cell: (p) => (p as SummaryReport['redLines'][number]).redLines.join('；') }}
          />
        </>
      )}
    </section>
  );
}

export function StarsSection({ report, onDrawn }: Section) {
  const chart = useMemo(() => starCountOption(report.starCounts), [report.starCounts]);
  const charted = chartsOf(report).includes('stars');
  return (
    <section>
      <Heading n={6}>双十星评定情况</Heading>
      {report.starCounts.length === 0 ? (
        <p>本年度未建立党员干部评星方案。</p>
      ) : (
        <>
          <p>
            {tenStarSentence(report.tenStar.people)}
            {starCountSentence(report.starCounts)}
          </p>
        </>
      )}
      <p>{tenStarOrgSentence(report.tenStar.orgs)}</p>
      {report.starCounts.length > 0 && (
        <>
          <Caption>{'表6\u3000党员干部年终获星情况'}</Caption>
          <table className="summary-table summary-stars">
            <tbody>
              <tr>
                <th>获星数</th>
                {report.starCounts.map((c) => (
                  <td key={c.stars}>{c.stars}星</td>
                ))}
              </tr>
              <tr>
                <th>人数</th>
                {report.starCounts.map((c) => (
                  <td key={c.stars}>{c.people}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </>
      )}
      {charted && (
        <figure className="summary-figure">
          <SummaryChart name="stars" option={chart} height={240} label="获星数分布图" onDrawn={onDrawn} />
          <FigureCaption>{'图3\u3000党员干部年终获星数分布'}</FigureCaption>
        </figure>
      )}
    </section>
  );
}
