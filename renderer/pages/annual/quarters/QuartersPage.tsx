import { DownloadOutlined, ExportOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Spin, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { QuarterGrade } from '../../../../shared/annual/rules';
import type { AnnualGroup } from '../../../../shared/annual/views';
import type { ChannelInput } from '../../../../shared/contract';
import { QueryError } from '../../../components/QueryError';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useQuarterGrid } from '../../../hooks/annual-hooks';
import { invoke } from '../../../api';
import { useUnits } from '../../../hooks/data-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { useFileExport } from '../../../hooks/use-file-export';
import { QuarterGrid } from './QuarterGrid';
import { QuarterImportDialog } from './QuarterImportDialog';
import { QuarterLegend } from './QuarterLegend';
import { QuarterQuotaBar } from './QuarterQuotaBar';
import type { QuarterPosition } from './quarter-keys';
import { useQuarterSave } from './quarter-save';
import { useSelectedYear } from '../common/use-selected-year';
import { YearBar } from '../../../components/YearBar';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { yearPlaceholder } from '../common/YearPlaceholder';
import './annual-quarters.css';

/** 平时考核: participants × 四个季度, entered by keyboard against the “好” quota of each group. */
export function QuartersPage() {
  const { year, select, years, detail, detailQuery, locked } = useSelectedYear();
  const [groupId, setGroupId] = useState<number | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const [importing, setImporting] = useState(false);
  const { busy: exporting, run: runExport } = useFileExport<'export' | 'register'>();
  const [active, setActive] = useState<QuarterPosition>({ row: 0, col: 0 });

  // a group of another year is no filter at all
  const groups = useMemo(() => detail?.groups ?? [], [detail]);
  const groupFilter = groupId != null && groups.some((g) => g.id === groupId) ? groupId : undefined;
  const input = useMemo<ChannelInput<'annual.quarterGrid'> | null>(
    () => (year === undefined ? null : { year, groupId: groupFilter, unitId: unitId ?? undefined, text: search || undefined }),
    [year, groupFilter, unitId, search],
  );
  const grid = useQuarterGrid(input);
  const rows = useMemo(() => grid.data?.rows ?? [], [grid.data]);
  const groupNames = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);
  const { save, marks, refusal } = useQuarterSave(year, input);
  const editable = !locked && detail != null;
  const { message } = App.useApp();
  const onReadOnlyKey = useCallback(() => {
    void message.warning({ content: `${year}年度考核已锁定，平时考核不能修改`, key: 'quarter-locked' });
  }, [message, year]);

  // keep the active cell inside the rows shown
  useEffect(() => {
    if (rows.length > 0 && active.row >= rows.length) setActive({ row: rows.length - 1, col: active.col });
  }, [rows.length, active]);

  const onSet = useCallback(
    (row: (typeof rows)[number], quarter: number, grade: QuarterGrade | null) => void save(row.personId, row.groupId, quarter, grade),
    [save],
  );

  const downloadTemplate = () => {
    if (year !== undefined) void runExport(() => invoke('annual.quarterTemplate', { year }), 'export');
  };
  const exportRegister = () => {
    if (year !== undefined) void runExport(() => invoke('annual.quarterTemplate', { year, withGrades: true }), 'register');
  };

  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (grid.isError) body = <QueryError error={grid.error} />;
  else if (!grid.data) body = <Spin className="shell-loading" />;
  else
    body = (
      <QuarterGrid rows={rows} groupNames={groupNames} active={active} onActive={setActive} onSet={onSet} marks={marks} editable={editable} onReadOnlyKey={onReadOnlyKey} />
    );

  return (
    <div className="page-fill annual-quarters-page">
      <div className="panel quarters-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>平时考核</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
          </Space>
          <Space wrap>
            <Button icon={<ExportOutlined />} disabled={year === undefined} loading={exporting === 'register'} onClick={exportRegister}>
              导出登记表
            </Button>
            <Button icon={<DownloadOutlined />} disabled={year === undefined} loading={exporting === 'export'} onClick={downloadTemplate}>
              下载导入模板
            </Button>
            <Button icon={<UploadOutlined />} disabled={year === undefined || !editable} onClick={() => setImporting(true)}>
              从Excel导入
            </Button>
          </Space>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="平时考核" locked={{ at: detail?.lockedAt ?? null, by: detail?.lockedBy ?? null }} />}
        {detailQuery.isError && <QueryError error={detailQuery.error} />}
        <div className="quarters-filters">
          <QuarterFilters groups={groups} groupId={groupFilter} onGroup={setGroupId} unitId={unitId} onUnit={setUnitId} text={text} onText={setText} />
          {grid.data && <Typography.Text type="secondary">共 {rows.length} 人</Typography.Text>}
        </div>
        {grid.data && <QuarterQuotaBar quotas={grid.data.quotas} activeQuarter={active.col + 1} />}
      </div>
      <div className="panel quarters-grid-panel">
        {body}
        {grid.data && <QuarterLegend editable={editable} refusal={refusal} />}
      </div>
      {year !== undefined && <QuarterImportDialog year={year} open={importing} onClose={() => setImporting(false)} />}
    </div>
  );
}

/** 考核分组 · 单位 · 姓名; memoized so that a keystroke in the grid does not render the pickers again. */
const QuarterFilters = memo(function QuarterFilters(props: {
  groups: readonly AnnualGroup[];
  groupId: number | undefined;
  onGroup: (id: number | null) => void;
  unitId: number | null;
  onUnit: (id: number | null) => void;
  text: string;
  onText: (text: string) => void;
}) {
  const { groups, groupId, onGroup, unitId, onUnit, text, onText } = props;
  const units = useUnits();
  return (
    <>
      <Select<number>
        aria-label="考核分组"
        allowClear
        placeholder="全部考核分组"
        value={groupId}
        onChange={(v) => onGroup(v ?? null)}
        options={groups.map((g) => ({ value: g.id, label: `${g.name}（${g.size}人）` }))}
        style={{ width: 180 }}
      />
      <div style={{ width: 200 }}>
        <UnitTreeSelect units={units.data ?? []} value={unitId} onChange={(v) => onUnit(v ?? null)} allowClear placeholder="全部单位" />
      </div>
      <Input.Search aria-label="按姓名查找" placeholder="姓名" allowClear value={text} onChange={(e) => onText(e.target.value)} style={{ width: 160 }} />
    </>
  );
});
