import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Spin, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { StarScheme, YearEndFigure } from '../../../../shared/stars/views';
import { BoxTable } from '../../../components/BoxTable';
import { QueryError } from '../../../components/QueryError';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { invoke } from '../../../api';
import { useFileExport } from '../../../hooks/use-file-export';
import { useStarYearEnd } from '../common/stars-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { SchemeBar } from '../common/SchemeBar';
import { useSelectedScheme } from '../common/use-selected-scheme';
import '../common/stars.css';

/** The year-end rule in words, as the 年终考核 applies it. */
export function ruleText(s: StarScheme): string {
  const rule = s.yearEndRule.kind === 'last-period' ? '以最后一期持有的星为准' : `全年至少 ${s.yearEndRule.periods} 期持有的星计入`;
  const points = `每星 ${s.points.perStar} 分，最高 ${s.points.cap} 分`;
  const gates = s.gates.map((g) => g.label).join('、');
  return `年终认定：${rule}；计入年终考核：${points}${gates ? `；评优规则：${gates}` : ''}。十颗星全部获得方为十星级。`;
}

/** 年终认定: stars held at year end per target, the points and gates the 年终考核 reads, and the 十星级 lists. */
export function YearEndPage() {
  const { selection, select, scheme, years } = useSelectedScheme();
  const result = useStarYearEnd(selection.year, selection.kind);
  const yearLocked = useYearLocked(selection.year);
  const { busy: exporting, run: runExport } = useFileExport();
  const [view, setView] = useState<'all' | 'ten'>('all');
  const items = scheme.data?.items ?? [];
  const rows = result.data?.rows ?? [];
  const tenStar = rows.filter((r) => r.tenStar);
  const kindTitle = selection.kind === 'org' ? '十星级党组织' : '十星级党员';

  const columns: TableColumnsType<YearEndFigure> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: selection.kind === 'org' ? '党组织' : '姓名', dataIndex: 'name', width: 110, ellipsis: true },
    { title: selection.kind === 'org' ? '上级单位' : '单位', dataIndex: 'unitName', width: 150, ellipsis: true },
    { title: '年终获星', dataIndex: 'stars', width: 84, align: 'center' },
    {
      title: '未获星目',
      key: 'missing',
      render: (_v, r) => {
        const missing = items.filter((i) => !r.heldCodes.includes(i.code)).map((i) => i.name);
        if (missing.length === 0) return <span className="muted">无</span>;
        if (missing.length === items.length) return <span className="missing-stars">全部未获</span>;
        const text = missing.join('、');
        return (
          <span className="missing-stars one-line" title={text}>
            {text}
          </span>
        );
      },
    },
    { title: '星分', dataIndex: 'points', width: 70, align: 'right' },
    {
      title: '评优规则',
      key: 'gates',
      width: 210,
      render: (_v, r) => (
        <Space size={4} wrap>
          {r.tenStar && <Tag color="red">{kindTitle}</Tag>}
          {r.gates.map((g) => (
            <Tag key={g} color={r.barred && !r.priority ? 'default' : 'gold'}>{g}</Tag>
          ))}
        </Space>
      ),
    },
  ];

  const doExport = () => runExport(() => invoke('stars.exportTenStar', { year: selection.year }));

  let body;
  if (result.isError) body = <QueryError error={result.error} />;
  else if (!result.data) body = <Spin className="shell-loading" />;
  else if (!result.data.scheme) body = <Alert type="info" showIcon title={`${selection.year}年度还没有评星方案`} />;
  else
    body = (
      <div className="board-view">
        <Segmented<'all' | 'ten'>
          aria-label="查看"
          value={view}
          onChange={setView}
          options={[
            { value: 'all', label: `年终认定（${rows.length}）` },
            { value: 'ten', label: `${kindTitle}名单（${tenStar.length}）` },
          ]}
        />
        <FigureTable key={view} rows={view === 'all' ? rows : tenStar} columns={columns} />
      </div>
    );

  return (
    <div className="page-fill stars-page">
      <div className="panel">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>年终认定</Typography.Title>
            <SchemeBar selection={selection} select={select} years={years} />
          </Space>
          <Button icon={<ExportOutlined />} loading={exporting !== null} disabled={!result.data?.scheme} onClick={() => void doExport()}>
            导出十星级名单
          </Button>
        </div>
        {yearLocked && <YearLockedBanner year={selection.year} style={{ marginBottom: 12 }} />}
        {scheme.data && <Typography.Paragraph type="secondary" className="rule-text">{ruleText(scheme.data)}</Typography.Paragraph>}
      </div>
      <div className="panel board-panel">{body}</div>
    </div>
  );
}

function FigureTable({ rows, columns }: { rows: YearEndFigure[]; columns: TableColumnsType<YearEndFigure> }) {
  return <BoxTable<YearEndFigure> boxClassName="board-table-box" rowKey="targetId" columns={columns} rows={rows} width={900} locale={{ emptyText: '暂无' }} />;
}
