import { Alert, Button, Input, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridRow } from '../../../shared/stars/views';
import { QueryError } from '../../components/QueryError';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { useStarGrid } from '../../hooks/stars-hooks';
import { useDebounced } from '../../hooks/use-debounced';
import { useYearLocked } from '../../hooks/use-year-lock';
import { navigate } from '../../router/hash-router';
import { BatchClaimDialog, BatchDecideDialog } from './BatchDialogs';
import { toggledClaims, type GridCommand, type GridPosition } from './grid-keys';
import { Legend } from './Legend';
import { PublicityBar } from './PublicityBar';
import { RefuseDialog, type RefuseTarget } from './RefuseDialog';
import { ReviewDrawer } from './ReviewDrawer';
import { defaultStepDate } from './review-dates';
import { effectivePeriod, SchemeBar } from './SchemeBar';
import { StarGrid } from './StarGrid';
import { StepSummary } from './StepSummary';
import { useSelectedScheme } from './use-selected-scheme';
import { VotesFromEvaluationDialog } from './VotesFromEvaluationDialog';
import './stars.css';

/** 评星: the grid of targets × stars for one period, and the "三评一公示" steps on it. */
export function ReviewPage() {
  const { selection, select, all, summary, scheme, years } = useSelectedScheme();
  const units = useUnits();
  const yearLocked = useYearLocked(selection.year);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const search = useDebounced(text, 200);
  const period = effectivePeriod(selection, scheme.data);
  const input = summary ? { schemeId: summary.id, period, unitId: unitId ?? undefined, includeSubunits: true, text: search.trim() || undefined } : null;
  const grid = useStarGrid(input);
  const rows = useMemo(() => grid.data?.rows ?? [], [grid.data]);
  const items = useMemo(() => grid.data?.items ?? [], [grid.data]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [open, setOpen] = useState<{ targetId: number } | null>(null);
  const [batch, setBatch] = useState<'claim' | 'decide' | 'votes' | null>(null);
  const [refusing, setRefusing] = useState<RefuseTarget | null>(null);
  const selfAssess = useChannelMutation('stars.selfAssess');
  const decide = useChannelMutation('stars.decide');
  const periodView = grid.data?.period;
  const sentClaims = useRef(new Map<number, string[]>());
  useEffect(() => sentClaims.current.clear(), [grid.data]);

  const onSelect = useCallback((ids: readonly number[], on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const onCommand = useCallback(
    (command: Exclude<GridCommand, { kind: 'move' | 'select' }>, row: GridRow, code: string) => {
      if (!summary) return;
      const base = { schemeId: summary.id, period, date: defaultStepDate(periodView) };
      if (command.kind === 'open') setOpen({ targetId: row.targetId });
      else if (row.disqualified) return;
      else if (command.kind === 'claim') {
        // quick keys: build on the claims just sent, not on a grid that has not refreshed yet
        const claimed = sentClaims.current.get(row.targetId) ?? row.cells.filter((c) => c.claimed).map((c) => c.code);
        const codes = toggledClaims(claimed, code, row.cells.map((c) => c.code));
        sentClaims.current.set(row.targetId, codes);
        const notes = new Map(row.cells.map((c) => [c.code, c.claimNote]));
        selfAssess.mutate({ ...base, entries: [{ targetId: row.targetId, claims: codes.map((c) => ({ code: c, note: notes.get(c) ?? '' })) }] });
      } else if (command.kind === 'award') decide.mutate({ ...base, entries: [{ targetId: row.targetId, decisions: [{ code, decision: 'award', reason: '' }] }] });
      else if (command.kind === 'refuse') setRefusing({ targetIds: [row.targetId], codes: [code], names: row.name });
    },
    [summary, period, periodView, selfAssess, decide],
  );

  const selectedRows = rows.filter((r) => selected.has(r.targetId));
  let body;
  if (all.isError) body = <QueryError error={all.error} />;
  else if (all.isPending) body = <Spin className="shell-loading" />;
  else if (!summary)
    body = (
      <Alert
        type="info"
        showIcon
        title={`${selection.year}年度还没有评星方案`}
        description="请先在“星级方案”中按预设创建或沿用上年方案。"
        action={<Button onClick={() => navigate('/stars/schemes')}>去创建方案</Button>}
      />
    );
  else if (grid.isError) body = <QueryError error={grid.error} />;
  else
    body = (
      <StarGrid items={items} rows={rows} kind={summary.kind} selected={selected} onSelect={onSelect} active={active} onActive={setActive} onCommand={onCommand} />
    );

  /** What every batch dialog of this period needs. */
  const batchProps = summary && grid.data ? { onClose: () => setBatch(null), schemeId: summary.id, period, periodView: grid.data.period } : null;

  return (
    <div className="page-fill stars-page review-page">
      <div className="panel review-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>评星</Typography.Title>
            <SchemeBar selection={selection} select={select} years={years} scheme={scheme.data} period="period" />
          </Space>
          <Space wrap>
            <div style={{ width: 200 }}>
              <UnitTreeSelect units={units.data ?? []} value={unitId} onChange={setUnitId} allowClear placeholder="全部单位" />
            </div>
            <Input.Search aria-label="查询评星对象" placeholder="姓名" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ width: 160 }} />
          </Space>
        </div>
        {yearLocked && <YearLockedBanner year={selection.year} />}
        {grid.data && summary && (
          <>
            <StepSummary rows={rows} publicity={grid.data.publicity} />
            <div className="review-actions">
              <Space wrap size={8}>
                <Typography.Text strong data-testid="selected-count">{selectedRows.length > 0 ? `已选 ${selectedRows.length} 个对象` : `共 ${rows.length} 个对象`}</Typography.Text>
                <Button disabled={selectedRows.length === 0} onClick={() => setBatch('claim')}>批量申报</Button>
                <Button onClick={() => setBatch('votes')}>引用述职测评</Button>
                <Button disabled={selectedRows.length === 0} onClick={() => setBatch('decide')}>批量评定</Button>
                {selectedRows.length > 0 && <Button type="link" onClick={() => setSelected(new Set())}>取消选择</Button>}
              </Space>
              <PublicityBar schemeId={summary.id} period={period} grid={grid.data} />
            </div>
          </>
        )}
      </div>
      <div className="panel review-grid-panel">
        {body}
        {grid.data && <Legend withKeys />}
      </div>
      {summary && grid.data && batchProps && (
        <>
          <ReviewDrawer
            schemeId={summary.id}
            period={period}
            periodView={grid.data.period}
            targetId={open?.targetId ?? null}
            onClose={() => setOpen(null)}
            onClosed={() => document.querySelector<HTMLElement>('.star-grid')?.focus()}
          />
          <BatchClaimDialog open={batch === 'claim'} {...batchProps} items={items} rows={selectedRows} />
          <BatchDecideDialog open={batch === 'decide'} {...batchProps} items={items} rows={selectedRows} />
          <VotesFromEvaluationDialog open={batch === 'votes'} {...batchProps} year={summary.year} />
          <RefuseDialog target={refusing} onClose={() => setRefusing(null)} schemeId={summary.id} period={period} periodView={grid.data.period} />
        </>
      )}
    </div>
  );
}
