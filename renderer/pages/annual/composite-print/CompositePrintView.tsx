import { Spin } from 'antd';
import { useComposite } from '../../../hooks/annual-hooks';
import { PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useHashLocation } from '../../../router/hash-router';
import { meetingSheetColumns, paperLabels, type Paper } from './composite-sheet';
import './composite-print.css';

const chineseNumbers = '一二三四五六七八九十';
const ordinal = (i: number) => (i < 10 ? chineseNumbers[i]! : String(i + 1));

/**
 * 「打印综合评定表」 for the 考核委员会会议 (DOMAIN §9.6): A4 or A3 landscape, all groups (one after
 * another, each from a new page) or one; every component column of the year's rules, the composite,
 * rank and suggestion, the red lines and gates, an empty 确定等次 column for the committee, and the
 * signature lines of 考核委员会主任 and 委员 with the date.
 */
export function CompositePrintView() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const paper: Paper = query.get('paper') === 'A3' ? 'A3' : 'A4';
  const groupParam = query.get('group');
  const composite = useComposite(Number.isInteger(year) ? year : undefined);
  if (composite.isError) return <QueryError error={composite.error} />;
  const view = composite.data?.year === year ? composite.data : undefined;
  if (!view) return <Spin size="large" className="shell-loading" />;
  const groups = view.groups.filter((g) => groupParam == null || groupParam === 'all' || String(g.id) === groupParam);
  const columns = meetingSheetColumns(view);
  const total = columns.reduce((a, c) => a + c.width, 0);
  const componentCount = columns.filter((c) => c.group).length;
  const people = view.rows.filter((r) => groups.some((g) => g.id === r.groupId)).length;
  return (
    <div className="print-root">
      <PrintToolbar backTo="/annual/composite" info={`综合评定表（${paperLabels[paper]}），${groups.length}个分组，${people}人`} canPrint />
      {groups.map((g, gi) => {
        const rows = view.rows.filter((r) => r.groupId === g.id);
        return (
          <section key={g.id} className={`cps-sheet cps-${paper.toLowerCase()}`} data-testid="composite-sheet">
            <h1 className="cps-title">{`${view.year}年度考核综合评定表`}</h1>
            <div className="cps-meta">
              <span>{`${ordinal(gi)}、${g.name}（参加考核${g.size}人，优秀名额${g.excellentQuota}名）`}</span>
              <span>考核委员会会议用</span>
            </div>
            <table className="cps-table">
              <colgroup>
                {columns.map((c) => (
                  <col key={c.key} style={{ width: `${((c.width / total) * 100).toFixed(2)}%` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {columns.map((c, i) => {
                    if (c.group && i > 0 && columns[i - 1]!.group === c.group) return null;
                    if (c.group) return <th key={c.key} colSpan={componentCount}>{c.group}</th>;
                    return <th key={c.key} rowSpan={componentCount > 0 ? 2 : 1} className={c.key === 'confirmed' ? 'cps-confirm-head' : undefined}>{c.header}</th>;
                  })}
                </tr>
                {componentCount > 0 && (
                  <tr>
                    {columns.filter((c) => c.group).map((c) => (
                      <th key={c.key}>{c.header}</th>
                    ))}
                  </tr>
                )}
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.personId}>
                    {columns.map((c) => (
                      <td key={c.key} className={`${c.align === 'left' ? 'cps-left' : ''}${c.key === 'confirmed' ? ' cps-confirm' : ''}${c.key === 'limits' && c.text(r, i) ? ' cps-hit' : ''}`}>
                        {c.text(r, i)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="cps-sign">
              <span>考核委员会主任（签字）：<i className="cps-line" /></span>
              <span>委员（签字）：<i className="cps-line cps-line-long" /></span>
              <span>日期：<i className="cps-line cps-line-short" />年<i className="cps-line cps-line-tiny" />月<i className="cps-line cps-line-tiny" />日</span>
            </div>
          </section>
        );
      })}
      {groups.length === 0 && <div className="print-empty">本年度没有考核分组</div>}
    </div>
  );
}
