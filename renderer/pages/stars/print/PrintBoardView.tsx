import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useEffect } from 'react';
import { starSchemeKindLabels, starTierLabels, type StarTier } from '../../../../shared/stars/scheme';
import { starCellStateLabels, type StarCellState } from '../../../../shared/stars/states';
import { QueryError } from '../../../components/QueryError';
import { useUnits } from '../../../hooks/data-hooks';
import { useStarBoard } from '../common/stars-hooks';
import { navigate, useHashLocation } from '../../../router/hash-router';
import { disqualifiedRemark, disqualifiedSymbol, starBoardTitle, starLegendText, starSymbols } from '../../../../shared/stars/symbols';
import './print-board.css';

/** 2026-04-01 -> 2026年4月1日, as a 落款 is dated */
const chineseDay = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const localIsoDay = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * 星级公示榜 print view: A4 landscape, the symbols of the screen and the exported .xlsx (blank for
 * 未申报), the unit in the title, 公示期, page numbers 「— N —」 and the 落款 (unit and date: the
 * first day of 公示, or today); the toolbar does not print.
 */
export function PrintBoardView() {
  const { query } = useHashLocation();
  const schemeId = Number(query.get('schemeId'));
  const periodParam = query.get('period');
  const period = periodParam === 'year' || periodParam === null ? null : Number(periodParam);
  const unitId = query.get('unitId') ? Number(query.get('unitId')) : undefined;
  const tier = (query.get('tier') ?? undefined) as StarTier | undefined;
  const board = useStarBoard(Number.isInteger(schemeId) && schemeId > 0 ? { schemeId, period, unitId, includeSubunits: true, tier } : null);
  const units = useUnits();

  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);

  if (board.isError) return <QueryError error={board.error} />;
  if (!board.data) return <Spin size="large" className="shell-loading" />;
  const b = board.data;
  // the unit in the title and the 落款: the chosen unit, else the top of the tree, as the .xlsx
  const unitName = (unitId != null ? units.data?.find((u) => u.id === unitId)?.name : undefined) ?? units.data?.find((u) => u.parentId == null)?.name ?? '';
  const signedOn = chineseDay(b.publicity?.start ?? localIsoDay(new Date()));
  const tenStarTitle = b.kind === 'org' ? '十星级党组织' : '十星级党员';
  return (
    <div className="print-root board-print-root">
      <div className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/stars/board')}>
          返回
        </Button>
        <span className="print-toolbar-info">星级公示榜（A4 横向），共 {b.rows.length} 个对象</span>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <div className="board-sheet">
        <h1 className="board-sheet-title">
          {starBoardTitle({ unitName, year: b.year, periodLabel: b.period?.label ?? null, kind: b.kind })}
        </h1>
        <div className="board-sheet-meta">
          <span>评星对象：{starSchemeKindLabels[b.kind]}{tier ? `\u3000星目类别：${starTierLabels[tier]}` : ''}</span>
          <span>{b.publicity ? `公示期：${b.publicity.start} 至 ${b.publicity.end}` : b.period ? `评星期间：${b.period.start} 至 ${b.period.end}` : '按年终认定规则统计'}</span>
        </div>
        <table className="board-sheet-table">
          <thead>
            <tr>
              <th className="c-no">序号</th>
              <th className="c-name">{b.kind === 'org' ? '党组织' : '姓名'}</th>
              <th className="c-unit">{b.kind === 'org' ? '上级单位' : '单位'}</th>
              {b.items.map((i) => (
                <th key={i.code} className="c-star">{i.name}</th>
              ))}
              <th className="c-count">获星</th>
              <th className="c-note">备注</th>
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r, n) => (
              <tr key={r.targetId}>
                <td>{n + 1}</td>
                <td>{r.name}</td>
                <td className="c-unit">{r.unitName}</td>
                {b.items.map((i, col) => {
                  const state = (r.states[col] ?? 'none') as StarCellState;
                  return (
                    <td key={i.code} className="c-star" title={starCellStateLabels[state]}>
                      {r.disqualified ? '' : starSymbols[state]}
                    </td>
                  );
                })}
                <td>{r.disqualified ? disqualifiedSymbol : r.held}</td>
                <td className="c-note">{r.disqualified ? disqualifiedRemark(r.disqualified) : r.tenStar ? tenStarTitle : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="board-sheet-foot">{`说明：${starLegendText}。公示期内如有异议，请向评星工作机构反映。`}</div>
        <div className="board-sheet-sign">
          <div>{unitName}</div>
          <div>{signedOn}</div>
        </div>
      </div>
    </div>
  );
}
