import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Space, Spin, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { StarItem } from '../../../../shared/stars/scheme';
import type { GridRow, ReviewPeriodView, StarCell } from '../../../../shared/stars/views';
import { QueryError } from '../../../components/QueryError';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { useStarGrid } from '../common/stars-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { navigate } from '../../../router/hash-router';
import { BatchClaimDialog, BatchDecideDialog } from './BatchDialogs';
import { GridEditQueue, withQueuedEdits } from './grid-edits';
import type { GridCommand, GridPosition } from './grid-keys';
import { Legend } from '../common/Legend';
import { PublicityBar } from './PublicityBar';
import { RefuseDialog, type RefuseTarget } from './RefuseDialog';
import { ReviewDrawer } from './ReviewDrawer';
import { defaultStepDate } from '../../../components/step-dates';
import { effectivePeriod, SchemeBar } from '../common/SchemeBar';
import { StarGrid } from './StarGrid';
import { StepSummary } from './StepSummary';
import { useSelectedScheme } from '../common/use-selected-scheme';
import { VotesFromEvaluationDialog } from './VotesFromEvaluationDialog';
import '../common/stars.css';

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
  const items = useMemo(() => grid.data?.items ?? [], [grid.data]);
  const edits = useGridEdits(summary?.id, period, grid.data?.period, items.map((i) => i.code).join(','));
  const queued = useSyncExternalStore(edits.subscribe, edits.snapshot);
  // `queued` is the queue's version: the rows are recomputed whenever an edit is queued, saved or refreshed
  // (withQueuedEdits reads the mutable queue, so the version stands in for its contents)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => withQueuedEdits(grid.data?.rows ?? [], edits), [grid.data, edits, queued]);
  const { message } = App.useApp();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [open, setOpen] = useState<{ targetId: number } | null>(null);
  const [batch, setBatch] = useState<'claim' | 'decide' | 'votes' | null>(null);
  const [refusing, setRefusing] = useState<RefuseTarget | null>(null);

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
      if (command.kind === 'open') {
        setOpen({ targetId: row.targetId });
        return;
      }
      if (row.disqualified) return;
      const cell = row.cells.find((c) => c.code === code);
      const item = items.find((i) => i.code === code);
      if (!cell || !item) return;
      // the steps in order, said at once (the service refuses the same, whatever the path)
      const refusal = keyRefusal(command.kind, row.name, item, cell);
      if (refusal) {
        void message.warning(refusal, 5);
        return;
      }
      if (command.kind === 'refuse') {
        setRefusing({ targetIds: [row.targetId], codes: [code], names: row.name });
        return;
      }
      const shown = { claims: row.cells.filter((c) => c.claimed).map((c) => c.code), notes: new Map(row.cells.map((c) => [c.code, c.claimNote])) };
      edits.push({ kind: command.kind, targetId: row.targetId, code }, shown);
    },
    [items, edits, message],
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
      <StarGrid
        items={items}
        rows={rows}
        kind={summary.kind}
        selected={selected}
        onSelect={onSelect}
        active={active}
        onActive={setActive}
        onCommand={onCommand}
        pending={edits.pending}
      />
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

/**
 * What a grid key may not do to a star, in the words of the step that is missing (null: go ahead).
 * Space toggles 申报 of an undecided star; Y and N decide a claimed star that has its 民主测评.
 */
export function keyRefusal(kind: 'claim' | 'award' | 'refuse', who: string, item: StarItem, cell: StarCell): string | null {
  const star = `${who}的“${item.name}”`;
  if (cell.state === 'held' || cell.state === 'removed') return `${star}已授星，不能再申报或评定；如需取消请在详情中摘星`;
  if (kind === 'claim') {
    if (cell.decision) return `${star}已支部评定，不能取消申报`;
    if (!cell.claimed && item.evidenceRequired && cell.evidence === 0 && !cell.claimNote.trim()) {
      return `“${item.name}”须附佐证材料：请在${who}的详情（Enter）中上传文件或填写申报说明后再申报`;
    }
    return null;
  }
  if (!cell.claimed) return `${star}尚未申报，不能评定（请先按空格申报）`;
  if (cell.agree == null && cell.disagree == null && cell.score == null) return `${star}尚未录入民主测评结果，不能评定（请先在详情中录入民主测评或引用述职测评）`;
  return null;
}

/** One edit queue per scheme and period, saving through the channels with the day's date. */
function useGridEdits(schemeId: number | undefined, period: number, periodView: ReviewPeriodView | undefined, order: string): GridEditQueue {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const dateRef = useRef('');
  dateRef.current = defaultStepDate(periodView);
  return useMemo(() => {
    const base = () => ({ schemeId: schemeId ?? 0, period, date: dateRef.current });
    return new GridEditQueue(
      {
        saveClaims: async (targetId, codes, notes) => {
          await invoke('stars.selfAssess', { ...base(), entries: [{ targetId, claims: codes.map((code) => ({ code, note: notes.get(code) ?? '' })) }] });
        },
        award: async (targetId, code) => {
          await invoke('stars.decide', { ...base(), entries: [{ targetId, decisions: [{ code, decision: 'award', reason: '' }] }] });
        },
        refresh: () => queryClient.invalidateQueries(),
        failed: (error) => void message.error(errorText(error), 6),
      },
      order.split(','),
    );
  }, [schemeId, period, order, queryClient, message]);
}
