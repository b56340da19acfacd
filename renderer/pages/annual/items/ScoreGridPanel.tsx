import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Input, Segmented, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { ItemCategory, ItemTarget, ScoreGrid as ScoreGridData } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useScoreGrid } from '../../../hooks/annual-hooks';
import { callChannel, errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { useUnits } from '../../../hooks/data-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { draftValue, toggledDone, type CellPosition, type ScoreKeyCommand } from './item-grid-keys';
import { cellKey, patchScoreGrid } from './item-grid-patch';
import { blocksByCategory, draftOf, itemInputHint, pointsText } from './item-values';
import { ScoreGrid, type CellProblem, type ScoreRow } from './ScoreGrid';
import { ScoreGridCellPanel, type CellSave } from './ScoreGridCellPanel';

const targetOptions = [
  { value: 'person', label: '人员' },
  { value: 'unit', label: '单位' },
] as const;

/**
 * The score-entry side of 考核项目评分: 人员/单位 switch, filters, the keyboard grid and the panel of
 * the focused cell. Each entry is saved on its own (annual.setScore); a refused value stays in its
 * cell with the service's message.
 */
export function ScoreGridPanel(props: { year: number; locked: boolean; categories: readonly ItemCategory[]; target: ItemTarget; onTarget: (t: ItemTarget) => void }) {
  const { year, locked, categories, target, onTarget } = props;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnits();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const input = useMemo<ChannelInput<'annual.scoreGrid'>>(
    () => ({ year, appliesTo: target, unitId: target === 'person' ? (unitId ?? undefined) : undefined, text: search || undefined }),
    [year, target, unitId, search],
  );
  const grid = useScoreGrid(input);
  const rows = useMemo(() => grid.data?.rows ?? [], [grid.data]);
  const blocks = useMemo(() => blocksByCategory(grid.data?.items ?? [], categories), [grid.data, categories]);
  const items = useMemo(() => blocks.flatMap((b) => b.items), [blocks]);

  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [draft, setDraft] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, CellProblem>>(new Map());
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(new Map());
  // The last value sent per cell, so quick Space presses toggle from what was sent, not from a grid
  // that has not rendered the reply yet (the query cache notifies on a later tick). Kept after a
  // successful save (it is then what the database holds), dropped when refused. `n`: the latest save.
  const sent = useRef(new Map<string, { value: number | null; n: number }>());
  const saves = useRef(0);
  // one save at a time, in key order: the last value typed into a cell is the one the database keeps
  const [queue] = useState(createSaveQueue);
  useEffect(() => {
    sent.current.clear();
    setActive({ row: 0, col: 0 });
    setDraft(null);
    setProblems(new Map());
  }, [year, target]);

  // keep the active cell inside the grid when filters shrink it
  const at: CellPosition = useMemo(() => ({ row: Math.min(active.row, Math.max(0, rows.length - 1)), col: Math.min(active.col, Math.max(0, items.length - 1)) }), [active, rows.length, items.length]);
  const activeRow: ScoreRow | undefined = rows[at.row];
  const activeItem = items[at.col];

  const withEntry = <T,>(map: ReadonlyMap<string, T>, key: string, value: T | undefined): ReadonlyMap<string, T> => {
    const next = new Map(map);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    return next;
  };

  const save = useCallback(
    async (row: ScoreRow, itemId: number, value: number | null, typed: string, extra?: { date: string | null; evidence: string }): Promise<boolean> => {
      const key = cellKey(row.targetId, itemId);
      const existing = row.cells[String(itemId)];
      const n = ++saves.current;
      sent.current.set(key, { value, n });
      const latest = () => sent.current.get(key)?.n === n;
      setPending((m) => withEntry(m, key, typed));
      try {
        const out = await queue(() =>
          callChannel('annual.setScore', {
            year,
            itemId,
            targetId: row.targetId,
            value,
            date: extra ? extra.date : (existing?.date ?? null),
            evidence: extra ? extra.evidence : (existing?.evidence ?? ''),
          }),
        );
        // replies come in key order (one queue), so each one may be shown; the last is the latest value
        queryClient.setQueryData<ScoreGridData>(['annual.scoreGrid', input], (old) => (old ? patchScoreGrid(old, row.targetId, itemId, out.cell, out.total) : old));
        if (latest()) setProblems((m) => withEntry(m, key, undefined));
        // other views (the other target's grid, item entry counts, the composite) refresh when shown
        void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'annual.scoreGrid' });
        void queryClient.invalidateQueries({ queryKey: ['annual.scoreGrid'], refetchType: 'none' });
        return true;
      } catch (error) {
        if (latest()) {
          sent.current.delete(key);
          setProblems((m) => withEntry(m, key, { draft: typed, message: errorText(error) }));
        }
        return false;
      } finally {
        // a later key for the same cell keeps its own 「保存中」 value until its own reply
        if (latest()) setPending((m) => withEntry(m, key, undefined));
      }
    },
    [year, input, queryClient, queue],
  );

  const refuseLocked = useCallback(() => void message.warning(`${year}年度已确认并锁定，不能修改评分`), [message, year]);

  const commitAt = useCallback(
    (pos: CellPosition, text: string) => {
      const row = rows[pos.row];
      const item = items[pos.col];
      if (!row || !item) return;
      const value = draftValue(text);
      if (value === undefined) return;
      if (locked) return refuseLocked();
      if (Number.isNaN(value)) {
        setProblems((m) => withEntry(m, cellKey(row.targetId, item.id), { draft: text, message: '请输入数字' }));
        return;
      }
      void save(row, item.id, value, text);
    },
    [rows, items, locked, refuseLocked, save],
  );

  const onCommand = useCallback(
    (command: ScoreKeyCommand) => {
      const row = rows[at.row];
      const item = items[at.col];
      if (!row || !item) return;
      const key = cellKey(row.targetId, item.id);
      const cell = row.cells[String(item.id)];
      switch (command.kind) {
        case 'move':
          setActive(command.to);
          return;
        case 'draft':
          if (locked) return refuseLocked();
          setDraft(command.draft);
          return;
        case 'commit':
          setDraft(null);
          commitAt(at, command.draft);
          setActive(command.to);
          return;
        case 'cancel':
          setDraft(null);
          return;
        case 'edit':
          if (locked) return refuseLocked();
          setDraft(problems.get(key)?.draft ?? draftOf(cell));
          return;
        case 'clear':
          // a refused value goes first (the saved entry shows again); the next Delete clears the entry
          if (problems.has(key)) {
            setProblems((m) => withEntry(m, key, undefined));
            return;
          }
          if (locked) return refuseLocked();
          if (cell) void save(row, item.id, null, '');
          return;
        case 'toggle': {
          if (locked) return refuseLocked();
          const current = sent.current.has(key) ? sent.current.get(key)!.value : cell?.value;
          const next = toggledDone(current);
          void save(row, item.id, next, next === 1 ? '完成' : '未完成');
          return;
        }
      }
    },
    [rows, items, at, locked, problems, refuseLocked, commitAt, save],
  );

  const onCellClick = useCallback(
    (pos: CellPosition, double: boolean) => {
      if (draft !== null && (pos.row !== at.row || pos.col !== at.col)) commitAt(at, draft);
      if (draft !== null) setDraft(null);
      setActive(pos);
      if (double && !locked) {
        const row = rows[pos.row];
        const item = items[pos.col];
        if (row && item) setDraft(problems.get(cellKey(row.targetId, item.id))?.draft ?? draftOf(row.cells[String(item.id)]));
      }
      document.querySelector<HTMLElement>('.score-grid')?.focus();
    },
    [draft, at, locked, rows, items, problems, commitAt],
  );

  const onPanelSave = useCallback(
    (change: CellSave) => {
      if (!activeRow || !activeItem) return Promise.resolve(false);
      return save(activeRow, activeItem.id, change.value, change.value == null ? '' : pointsText(change.value), { date: change.date, evidence: change.evidence });
    },
    [activeRow, activeItem, save],
  );

  const refused = [...problems.entries()];
  let body;
  if (grid.isError) body = <QueryError error={grid.error} />;
  else if (!grid.data) body = <Spin className="shell-loading" />;
  else if (items.length === 0)
    body = (
      <Alert
        type="info"
        showIcon
        style={{ margin: 16 }}
        title={`尚未设置适用于${target === 'person' ? '人员' : '单位'}的考核项目`}
        description="请先在左侧“指标体系”中添加考核项目。"
      />
    );
  else
    body = (
      <>
        <ScoreGrid blocks={blocks} items={items} rows={rows} target={target} active={at} draft={draft} problems={problems} pending={pending} onCommand={onCommand} onCellClick={onCellClick} />
        <ScoreGridCellPanel
          key={activeRow && activeItem ? `${cellKey(activeRow.targetId, activeItem.id)}:${JSON.stringify(activeRow.cells[String(activeItem.id)] ?? null)}` : 'none'}
          row={activeRow}
          item={activeItem}
          category={categories.find((c) => c.id === activeItem?.categoryId)}
          problem={activeRow && activeItem ? problems.get(cellKey(activeRow.targetId, activeItem.id)) : undefined}
          locked={locked}
          onSave={onPanelSave}
        />
      </>
    );

  return (
    <div className="panel score-panel">
      <div className="annual-toolbar score-toolbar">
        <Space wrap size={8}>
          <Typography.Title level={5} className="score-title">
            评分录入
          </Typography.Title>
          <Segmented aria-label="评分对象" value={target} onChange={(v) => onTarget(v as ItemTarget)} options={[...targetOptions]} />
          {target === 'person' && (
            <div style={{ width: 190 }}>
              <UnitTreeSelect units={units.data ?? []} value={unitId} onChange={(v) => setUnitId(v ?? null)} allowClear placeholder="全部单位" />
            </div>
          )}
          <Input.Search aria-label="查找评分对象" allowClear placeholder={target === 'person' ? '姓名' : '单位名称'} value={text} onChange={(e) => setText(e.target.value)} style={{ width: 150 }} />
          {grid.data && <Typography.Text type="secondary">{`共 ${rows.length} ${target === 'person' ? '人' : '个单位'}`}</Typography.Text>}
        </Space>
        {refused.length > 0 ? (
          // in the toolbar line, not above the grid, so the grid does not jump under the mouse
          <Typography.Text type="danger" className="score-problems" data-testid="score-problems" title="红色单元格为输入的数值：选中后按回车修改，按Delete放弃">
            {`${refused.length}项未保存：${refused[refused.length - 1]![1].message}`}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" className="score-keys">
            {locked ? '该年度已锁定，评分只能查看' : `${activeItem ? `${itemInputHint(activeItem)}，回车保存；` : ''}方向键移动，Delete清除`}
          </Typography.Text>
        )}
      </div>
      {body}
    </div>
  );
}
