import { Spin } from 'antd';
import { fillNotice, periodSentence } from '../../../../shared/publicity';
import { paperDayText } from '../../../../shared/date-text';
import { PrintAddressProblem, PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useHashLocation } from '../../../router/hash-router';
import './publicity-print.css';

/** The list's type size by its length, so the notice stays on one A4 page (小四, or 五号 for a long list). */
const listClass = (count: number): string => (count <= 15 ? 'pub-list-large' : 'pub-list-small');

/**
 * 优秀等次公示 as printed (DOMAIN §9.1): one A4 page in the manner of GB/T 9704 — title in 小标宋,
 * text in 仿宋 (with CJK fallbacks), the names with unit and post in the composite's order, the
 * 公示时间 in working days, how to object (phone and address), the 落款 and its date at the right.
 */
export function PublicityPrintView() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const valid = Number.isInteger(year) && year >= 2000;
  const view = useChannelQuery('publicity.get', { year }, { enabled: valid });
  if (!valid) return <PrintAddressProblem backTo="/annual/publicity" missing="考核年度" page="优秀公示" />;
  if (view.isError) return <QueryError error={view.error} />;
  if (!view.data) return <Spin size="large" className="shell-loading" />;
  const p = view.data.publicity;
  if (!p) return <QueryError error={new Error(`${year}年度尚未建立优秀等次公示`)} />;
  const fill = (t: string) => fillNotice(t, year, p.names.length);
  return (
    <div className="print-root">
      <PrintToolbar backTo="/annual/publicity" info={`优秀等次公示（A4 纵向），${p.names.length}人`} canPrint />
      <div className="pub-sheet">
        <h1 className="pub-sheet-title">{fill(p.title)}</h1>
        <p className="pub-sheet-para">{fill(p.body)}</p>
        <table className={`pub-sheet-list ${listClass(p.names.length)}`}>
          <thead>
            <tr>
              <th className="c-no">序号</th>
              <th className="c-name">姓名</th>
              <th>单位</th>
              <th>职务</th>
            </tr>
          </thead>
          <tbody>
            {p.names.map((n, i) => (
              <tr key={n.personId}>
                <td>{i + 1}</td>
                <td>{n.name}</td>
                <td className="c-left">{n.unitName}</td>
                <td className="c-left">{n.post}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="pub-sheet-para">{periodSentence(p.start, p.end, p.workingDays)}</p>
        {p.objectionText && <p className="pub-sheet-para">{fill(p.objectionText)}</p>}
        {(p.phone || p.address) && (
          <div className="pub-sheet-contact">
            {p.phone && <p className="pub-sheet-para">{`联系电话：${p.phone}`}</p>}
            {p.address && <p className="pub-sheet-para">{`通信地址：${p.address}`}</p>}
          </div>
        )}
        <div className="pub-sheet-sign">
          <div>{p.signer}</div>
          <div>{paperDayText(p.signedOn)}</div>
        </div>
      </div>
    </div>
  );
}
