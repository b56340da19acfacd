import { Alert, Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { ItemCategory, ItemTarget } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { useScoreGrid } from '../../../hooks/annual-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { cellKey } from './item-grid-patch';
import { blocksByCategory } from './item-values';
import { ScoreGrid } from './ScoreGrid';
import { ScoreGridCellPanel } from './ScoreGridCellPanel';
import { ScoreGridToolbar } from './ScoreGridToolbar';
import { useScoreEditing } from './use-score-editing';
import { useScoreSaves } from './use-score-saves';

/**
 * The score-entry side of 考核项目评分: 人员/单位 switch, filters, the keyboard grid and the panel of
 * the focused cell. Each entry is saved on its own (annual.setScore); a refused value stays in its
 * cell with the service's message.
 */
export function ScoreGridPanel(props: { year: number; locked: boolean; categories: readonly ItemCategory[]; target: ItemTarget; onTarget: (t: ItemTarget) => void }) {
  const { year, locked, categories, target, onTarget } = props;
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
  const resetKey = `${year}:${target}`;
  const saves = useScoreSaves(year, input, resetKey);
  const { problems, pending } = saves;
  const { at, draft, activeRow, activeItem, onCommand, onCellClick, onPanelSave } = useScoreEditing({ year, locked, rows, items, saves, resetKey });

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
      <ScoreGridToolbar
        target={target}
        onTarget={onTarget}
        unitId={unitId}
        onUnit={setUnitId}
        text={text}
        onText={setText}
        count={grid.data ? rows.length : null}
        locked={locked}
        activeItem={activeItem}
        problems={problems}
      />
      {body}
    </div>
  );
}
