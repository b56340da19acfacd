import { ExportOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Select, Space, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import { starTierLabels, starTiers, type StarTier } from '../../../../shared/stars/scheme';
import { starSymbols } from '../../../../shared/stars/symbols';
import type { BoardRow, StarBoard } from '../../../../shared/stars/views';
import { BoxTable } from '../../../components/BoxTable';
import { QueryError } from '../../../components/QueryError';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { invoke } from '../../../api';
import { useFileExport } from '../../../hooks/use-file-export';
import { useUnits } from '../../../hooks/data-hooks';
import { useStarBoard } from '../common/stars-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { navigate } from '../../../router/hash-router';
import { boardColumns } from './board-columns';
import { Legend } from '../common/Legend';
import { SchemeBar } from '../common/SchemeBar';
import { useSelectedScheme } from '../common/use-selected-scheme';
import '../common/stars.css';

type ExportKind = 'board' | 'summary' | 'tenStar';

/** Query string of the print view (the same board, full window). */
export const boardPrintHref = (input: ChannelInput<'stars.board'>): string => {
  const q = new URLSearchParams({ schemeId: String(input.schemeId), period: input.period == null ? 'year' : String(input.period) });
  if (input.unitId != null) q.set('unitId', String(input.unitId));
  if (input.tier) q.set('tier', input.tier);
  return `/stars/print?${q.toString()}`;
};

/** 星级公示榜: targets × stars for a period or the year, filtered by unit and tier, with counts, print and export. */
export function BoardPage() {
  const { selection, select, all, summary, scheme, years } = useSelectedScheme();
  const units = useUnits();
  const yearLocked = useYearLocked(selection.year);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [tier, setTier] = useState<StarTier | undefined>();
  const { busy: exporting, run: runExport } = useFileExport<ExportKind>();
  const periodCount = scheme.data?.periods.length ?? 1;
  const period = selection.period === null ? null : Math.min(selection.period, periodCount);
  const input: ChannelInput<'stars.board'> | null = summary ? { schemeId: summary.id, period, unitId: unitId ?? undefined, includeSubunits: true, tier } : null;
  const board = useStarBoard(input);
  const unitTitle = unitId != null ? units.data?.find((u) => u.id === unitId)?.name : undefined;

  const doExport = async (kind: ExportKind) => {
    if (!input || !summary) return;
    await runExport(
      () =>
        kind === 'board'
          ? invoke('stars.exportBoard', { ...input, unitTitle })
          : kind === 'summary'
            ? invoke('stars.exportSummary', { schemeId: summary.id, unitId: unitId ?? undefined, includeSubunits: true, unitTitle })
            : invoke('stars.exportTenStar', { year: selection.year, unitTitle }),
      kind,
    );
  };

  let body;
  if (all.isError) body = <QueryError error={all.error} />;
  else if (all.isPending) body = <Spin className="shell-loading" />;
  else if (!summary)
    body = <Alert type="info" showIcon title={`${selection.year}年度还没有评星方案`} action={<Button onClick={() => navigate('/stars/schemes')}>去创建方案</Button>} />;
  else if (board.isError) body = <QueryError error={board.error} />;
  else if (!board.data) body = <Spin className="shell-loading" />;
  else body = <BoardTabs board={board.data} />;

  return (
    <div className="page-fill stars-page board-page">
      <div className="panel board-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>星级公示榜</Typography.Title>
            <SchemeBar selection={selection} select={select} years={years} scheme={scheme.data} period="withYear" />
            <div style={{ width: 190 }}>
              <UnitTreeSelect units={units.data ?? []} value={unitId} onChange={setUnitId} allowClear placeholder="全部单位" />
            </div>
            <Select<StarTier | ''>
              aria-label="星级类别"
              value={tier ?? ''}
              onChange={(v) => setTier(v === '' ? undefined : v)}
              options={[{ value: '', label: '全部星目' }, ...starTiers.map((t) => ({ value: t, label: starTierLabels[t] }))]}
              style={{ width: 110 }}
            />
          </Space>
          <Space wrap size={8}>
            <Button icon={<PrinterOutlined />} disabled={!input} onClick={() => input && navigate(boardPrintHref(input))}>
              打印预览
            </Button>
            <Button icon={<ExportOutlined />} disabled={!board.data} loading={exporting === 'board'} onClick={() => void doExport('board')}>
              导出公示榜
            </Button>
            <Button icon={<ExportOutlined />} disabled={!board.data} loading={exporting === 'summary'} onClick={() => void doExport('summary')}>
              导出评星汇总表
            </Button>
            <Button icon={<ExportOutlined />} disabled={!summary} loading={exporting === 'tenStar'} onClick={() => void doExport('tenStar')}>
              导出十星级名单
            </Button>
          </Space>
        </div>
        {yearLocked && <YearLockedBanner year={selection.year} style={{ marginBottom: 8 }} />}
        {board.data && <BoardFigures board={board.data} />}
      </div>
      <div className="panel board-panel">{body}</div>
    </div>
  );
}

function BoardFigures({ board }: { board: StarBoard }) {
  const targets = board.rows.length;
  const disqualified = board.rows.filter((r) => r.disqualified).length;
  const tenStar = board.rows.filter((r) => r.tenStar).length;
  const stars = board.rows.reduce((n, r) => n + (r.disqualified ? 0 : r.held), 0);
  return (
    <div className="board-figures" data-testid="board-figures">
      <span>{board.period ? `${board.period.label}（${board.period.start} 至 ${board.period.end}）` : `${board.year}年度（年终认定）`}</span>
      {board.publicity && <span>公示期：{board.publicity.start} 至 {board.publicity.end}</span>}
      <span>对象 <b>{targets}</b></span>
      <span>获星合计 <b>{stars}</b></span>
      <span>{board.kind === 'org' ? '十星级党组织' : '十星级党员'} <b data-testid="ten-star-count">{tenStar}</b></span>
      {disqualified > 0 && <span>不得参评 <b>{disqualified}</b></span>}
    </div>
  );
}

type BoardView = 'board' | 'per-star' | 'per-unit';

function BoardTabs({ board }: { board: StarBoard }) {
  const [view, setView] = useState<BoardView>('board');
  const columns = useMemo(() => boardColumns(board), [board]);
  const starName = (code: string) => board.items.find((i) => i.code === code)?.name ?? code;
  const perStarColumns: TableColumnsType<StarBoard['perStar'][number]> = [
    { title: '星目', dataIndex: 'code', render: starName },
    { title: `${starSymbols.held} 已授星`, dataIndex: 'held', align: 'right' },
    { title: `${starSymbols.claimed} 已申报`, dataIndex: 'claimed', align: 'right' },
    { title: `${starSymbols.approved} 评定通过`, dataIndex: 'approved', align: 'right' },
    { title: `${starSymbols.refused} 未通过`, dataIndex: 'refused', align: 'right' },
    { title: `${starSymbols.removed} 已摘星`, dataIndex: 'removed', align: 'right' },
  ];
  const perUnitColumns: TableColumnsType<StarBoard['perUnit'][number]> = [
    { title: '单位', dataIndex: 'unitName', render: (n: string) => n || '（本级）' },
    { title: '对象数', dataIndex: 'targets', align: 'right' },
    { title: '获星合计', dataIndex: 'stars', align: 'right' },
    { title: '人均获星', key: 'avg', align: 'right', render: (_v, u) => (u.targets > 0 ? (u.stars / u.targets).toFixed(1) : '—') },
    { title: board.kind === 'org' ? '十星级党组织' : '十星级党员', dataIndex: 'tenStar', align: 'right' },
    { title: '不得参评', dataIndex: 'disqualified', align: 'right' },
  ];
  return (
    <div className="board-view">
      <Segmented<BoardView>
        aria-label="查看"
        value={view}
        onChange={setView}
        options={[
          { value: 'board', label: '公示榜' },
          { value: 'per-star', label: '按星目统计' },
          { value: 'per-unit', label: '按单位统计' },
        ]}
      />
      {view === 'board' && (
        <>
          <BoxTable<BoardRow> boxClassName="board-table-box" bordered rowKey="targetId" columns={columns} rows={board.rows} locale={{ emptyText: '没有符合条件的对象' }} />
          <Legend />
        </>
      )}
      {view === 'per-star' && (
        <div className="board-stats">
          <Table size="small" rowKey="code" columns={perStarColumns} dataSource={board.perStar} pagination={false} />
        </div>
      )}
      {view === 'per-unit' && (
        <div className="board-stats">
          <Table size="small" rowKey={(u) => String(u.unitId)} columns={perUnitColumns} dataSource={board.perUnit} pagination={false} />
        </div>
      )}
    </div>
  );
}
