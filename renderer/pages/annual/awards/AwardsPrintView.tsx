import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { paperDayText } from '../../../../shared/date-text';
import type { AwardListEntry, AwardLists } from '../../../../shared/contract/annual-history';
import { PrintAddressProblem, PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useHashLocation } from '../../../router/hash-router';
import { flaggedListKey } from './awards-print-href';
import './awards-print.css';

/**
 * One list of 奖励与结果运用 on A4 (`#/annual/awards-print?year=2026&list=嘉奖`, or `list=结果运用` for the
 * people flagged): title, the people in a ruled table, 落款 and date. An open year prints marked 预览.
 * `data-ready` turns true once data and fonts are in, for whoever renders it to PDF.
 */
export function AwardsPrintView() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const list = query.get('list') ?? '';
  const valid = Number.isInteger(year) && year >= 1980 && year <= 2100 && list !== '';
  const lists = useChannelQuery('awards.lists', { year: valid ? year : 0 }, { enabled: valid });
  if (!valid) return <PrintAddressProblem backTo="/annual/awards" missing="考核年度或名单" page="奖励与结果运用" />;
  if (lists.isError) return <QueryError error={lists.error} title="名单未能生成" />;
  if (!lists.data) return <Spin size="large" className="shell-loading" />;
  return <AwardsDocument data={lists.data} list={list} />;
}

interface Printed {
  readonly title: string;
  readonly entries: readonly AwardListEntry[];
  readonly lastColumn: { readonly title: string; readonly value: (e: AwardListEntry) => string };
}

function printedList(data: AwardLists, list: string): Printed | null {
  if (list === flaggedListKey) {
    return { title: `${data.year}年度考核结果运用人员名单`, entries: data.flagged, lastColumn: { title: '结果运用', value: (e) => e.consequence } };
  }
  const found = data.awards.find((a) => a.award === list);
  if (!found) return null;
  return { title: `${data.year}年度${found.award}人员名单`, entries: found.entries, lastColumn: { title: '依据', value: (e) => e.basis } };
}

function AwardsDocument({ data, list }: { data: AwardLists; list: string }) {
  const printed = printedList(data, list);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    if (printed) document.title = `${data.unitTitle}${printed.title}`;
    let live = true;
    void document.fonts.ready.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, [data.unitTitle, printed]);
  if (!printed) return <Alert type="error" showIcon title={`${data.year}年度没有“${list}”名单`} style={{ margin: 16 }} />;
  const wide = list === flaggedListKey;
  return (
    <div className="awards-print-root" data-ready={fontsReady ? 'true' : 'false'} data-testid="awards-print">
      <PrintToolbar backTo="/annual/awards" info={`${printed.title}（A4 纵向，${printed.entries.length}人）${data.final ? '' : '，年度未锁定，为预览'}`} canPrint={fontsReady} />
      <article className="awards-sheet">
        <h1 className="awards-title">
          {data.unitTitle}
          <br />
          {printed.title}
        </h1>
        <div className="awards-subtitle">
          共{printed.entries.length}人
          {!data.final && <span className="awards-preview">预览：年度考核尚未锁定</span>}
        </div>
        <table className="awards-table">
          <colgroup>
            <col style={{ width: '8%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: wide ? '16%' : '19%' }} />
            <col style={{ width: wide ? '14%' : '19%' }} />
            <col style={{ width: '10%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>姓名</th>
              <th>单位</th>
              <th>职务</th>
              <th>等次</th>
              <th>{printed.lastColumn.title}</th>
            </tr>
          </thead>
          <tbody>
            {printed.entries.map((e, i) => (
              <tr key={e.personId}>
                <td>{i + 1}</td>
                <td>{e.name}</td>
                <td>{e.unitName}</td>
                <td>{e.post}</td>
                <td>{e.word}</td>
                <td className="awards-left">{printed.lastColumn.value(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="awards-signature">
          <div>{data.unitTitle}</div>
          <div>{paperDayText(new Date())}</div>
        </div>
      </article>
    </div>
  );
}
