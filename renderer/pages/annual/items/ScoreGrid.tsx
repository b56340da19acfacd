import { Tooltip } from 'antd';
import { memo, useEffect, type KeyboardEvent } from 'react';
import { itemMethodLabels, type AssessmentItem, type ComputedCell, type ScoreCell, type ScoreGrid as ScoreGridData } from '../../../../shared/annual/views';
import { useVirtualGrid } from '../../../components/use-virtual-grid';
import { scoreGridKey, type CellPosition, type ScoreKeyCommand } from './item-grid-keys';
import { cellKey } from './item-grid-patch';
import { cellText, itemRuleShort, itemRuleText, pointsText, signedPointsText, type CategoryBlock } from './item-values';

const rowHeight = 34;
const headHeight = 58;

export type ScoreRow = ScoreGridData['rows'][number];

export interface CellProblem {
  /** what the user typed, kept on the cell */
  readonly draft: string;
  /** the service's message as is */
  readonly message: string;
}

export interface ScoreGridProps {
  readonly blocks: readonly CategoryBlock[];
  /** the item columns in display order (the blocks, flattened) */
  readonly items: readonly AssessmentItem[];
  readonly rows: readonly ScoreRow[];
  readonly target: 'person' | 'unit';
  readonly active: CellPosition;
  readonly draft: string | null;
  readonly problems: ReadonlyMap<string, CellProblem>;
  /** values sent and not answered yet, shown in the cell meanwhile */
  readonly pending: ReadonlyMap<string, string>;
  readonly onCommand: (command: ScoreKeyCommand) => void;
  readonly onCellClick: (at: CellPosition, double: boolean) => void;
}

/** grid-template-columns shared by the header and every row */
const templateFor = (items: number, target: 'person' | 'unit') =>
  target === 'person'
    ? `44px 76px 128px repeat(${items}, 96px) 72px 72px minmax(0, 1fr)`
    : `44px 200px repeat(${items}, 96px) 72px minmax(0, 1fr)`;

/**
 * 考核项目评分表: targets × items, virtualized (only the rows on screen exist, so thousands of people
 * scroll smoothly), one focusable grid whose active cell takes numbers from the keyboard.
 */
export function ScoreGrid(props: ScoreGridProps) {
  const { blocks, items, rows, target, active, draft, problems, pending, onCommand, onCellClick } = props;
  const { scrollRef, virtualizer, pageRows: pageOf } = useVirtualGrid({ count: rows.length, rowHeight, activeRow: active.row, headHeight });
  const template = templateFor(items.length, target);
  const fixedCols = target === 'person' ? 3 : 2;

  useEffect(() => {
    if (active.row >= rows.length) return;
    // the row is kept in view by useVirtualGrid; the active cell itself, for the horizontal scroll and the sticky header (scroll-padding)
    const frame = requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>('.score-cell.is-active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [active.row, active.col, rows.length, scrollRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const pageRows = pageOf();
    const item = items[active.col];
    const command = scoreGridKey(e.key, { at: active, draft, rows: rows.length, cols: items.length, toggles: item?.method === 'done', pageRows }, e.shiftKey);
    if (!command) return;
    e.preventDefault();
    onCommand(command);
  };

  let col = fixedCols + 1;
  return (
    <div className="score-grid" role="grid" aria-label="考核项目评分表" aria-rowcount={rows.length + 2} tabIndex={0} onKeyDown={onKeyDown} data-testid="score-grid">
      <div className="score-grid-scroll" ref={scrollRef} style={{ scrollPaddingTop: headHeight, scrollPaddingLeft: target === 'person' ? 120 : 244 }}>
        <div className="score-grid-head" role="rowgroup" style={{ gridTemplateColumns: template }}>
          <div className="sg2-cell sg2-fixed sg2-no" role="columnheader" style={{ gridRow: '1 / span 2', gridColumn: 1 }}>序号</div>
          <div className="sg2-cell sg2-fixed sg2-name" role="columnheader" style={{ gridRow: '1 / span 2', gridColumn: 2 }}>{target === 'person' ? '姓名' : '单位名称'}</div>
          {target === 'person' && <div className="sg2-cell sg2-unit" role="columnheader" style={{ gridRow: '1 / span 2', gridColumn: 3 }}>单位</div>}
          {blocks.map((block) => {
            const start = col;
            col += block.items.length;
            return (
              <div key={block.category?.id ?? 'other'} className="sg2-cell sg2-category" role="columnheader" style={{ gridRow: 1, gridColumn: `${start} / span ${block.items.length}` }} title={block.category?.name ?? '其他'}>
                {block.category?.name ?? '其他'}
              </div>
            );
          })}
          {items.map((item, i) => (
            <Tooltip
              key={item.id}
              placement="bottom"
              title={`${item.name}：${itemMethodLabels[item.method]}，${itemRuleText(item)}${item.passToPeople ? '；单位得分计入本单位人员' : ''}${item.description ? `。${item.description}` : ''}`}
            >
              <div className={`sg2-cell sg2-item-head${i === active.col ? ' is-active-col' : ''}`} role="columnheader" style={{ gridRow: 2, gridColumn: fixedCols + 1 + i }}>
                <span className="sg2-item-name">{item.name}</span>
                <span className="sg2-item-rule">
                  {item.source !== 'none' ? '自动·' : ''}
                  {itemRuleShort(item)}
                  {item.passToPeople ? '·计入人员' : ''}
                </span>
              </div>
            </Tooltip>
          ))}
          {target === 'person' && (
            <div className="sg2-cell sg2-figure" role="columnheader" style={{ gridRow: '1 / span 2', gridColumn: fixedCols + items.length + 1 }} title="所在单位的单位项目得分中计入本人的部分">
              单位计入
            </div>
          )}
          <div className="sg2-cell sg2-figure sg2-sticky-total" role="columnheader" style={{ gridRow: '1 / span 2', gridColumn: fixedCols + items.length + (target === 'person' ? 2 : 1) }}>
            合计
          </div>
        </div>
        <div className="score-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            const isActiveRow = v.index === active.row;
            return (
              <ScoreRowView
                key={row.targetId}
                index={v.index}
                top={v.start}
                row={row}
                items={items}
                target={target}
                template={template}
                activeCol={isActiveRow ? active.col : -1}
                draft={isActiveRow ? draft : null}
                problems={problems}
                pending={pending}
                onCellClick={onCellClick}
              />
            );
          })}
        </div>
        {rows.length === 0 && <div className="score-grid-empty">{target === 'person' ? '没有符合条件的参加人员' : '没有符合条件的单位'}</div>}
      </div>
    </div>
  );
}

const ScoreRowView = memo(function ScoreRowView(props: {
  index: number;
  top: number;
  row: ScoreRow;
  items: readonly AssessmentItem[];
  target: 'person' | 'unit';
  template: string;
  activeCol: number;
  draft: string | null;
  problems: ReadonlyMap<string, CellProblem>;
  pending: ReadonlyMap<string, string>;
  onCellClick: ScoreGridProps['onCellClick'];
}) {
  const { index, top, row, items, target, template, activeCol, draft, problems, pending, onCellClick } = props;
  return (
    <div className={`score-grid-row${activeCol >= 0 ? ' is-active-row' : ''}`} role="row" aria-rowindex={index + 3} data-target={row.name} style={{ gridTemplateColumns: template, transform: `translateY(${top}px)` }}>
      <div className="sg2-cell sg2-fixed sg2-no" role="rowheader">{index + 1}</div>
      <div className="sg2-cell sg2-fixed sg2-name" role="rowheader" title={row.name}>{row.name}</div>
      {target === 'person' && <div className="sg2-cell sg2-unit" role="gridcell" title={row.unitName}>{row.unitName}</div>}
      {items.map((item, col) => {
        const key = cellKey(row.targetId, item.id);
        return (
          <ScoreCellView
            key={item.id}
            item={item}
            cell={row.cells[String(item.id)]}
            computed={row.computed?.[String(item.id)]}
            active={activeCol === col}
            draft={activeCol === col ? draft : null}
            problem={problems.get(key)}
            pending={pending.get(key)}
            onClick={(double) => onCellClick({ row: index, col }, double)}
          />
        );
      })}
      {target === 'person' && <div className="sg2-cell sg2-figure" role="gridcell">{row.fromUnit !== 0 ? signedPointsText(row.fromUnit) : ''}</div>}
      <div className="sg2-cell sg2-figure sg2-total sg2-sticky-total" role="gridcell" data-testid="row-total">{pointsText(row.total)}</div>
    </div>
  );
});

function ScoreCellView(props: {
  item: AssessmentItem;
  cell: ScoreCell | undefined;
  computed: ComputedCell | undefined;
  active: boolean;
  draft: string | null;
  problem: CellProblem | undefined;
  pending: string | undefined;
  onClick: (double: boolean) => void;
}) {
  const { item, cell, computed, active, draft, problem, pending, onClick } = props;
  let content: React.ReactNode = null;
  let state = 'empty';
  let title: string | undefined;
  if (item.source !== 'none' && computed && draft === null && !problem) {
    // 自动取数 (DOMAIN §8.7): computed, read-only; a missing figure is 「缺」, never 0
    state = computed.points === null ? 'missing' : 'computed';
    content = computed.points === null ? '缺' : pointsText(computed.points);
    title = `自动取数：${computed.basis}`;
  } else if (draft !== null) {
    state = 'editing';
    content = <span className="sg2-draft">{draft}</span>;
  } else if (pending !== undefined) {
    state = 'pending';
    content = pending;
  } else if (problem) {
    state = 'refused';
    content = problem.draft;
  } else if (cell) {
    state = item.method === 'done' ? (cell.value === 1 ? 'done' : 'undone') : 'filled';
    content =
      item.method === 'bonus' || item.method === 'deduct' ? (
        <>
          {cellText(item, cell)}
          <small className="sg2-points">{signedPointsText(cell.points)}</small>
        </>
      ) : (
        cellText(item, cell)
      );
  }
  const view = (
    <div
      className={`sg2-cell score-cell state-${state}${active ? ' is-active' : ''}`}
      role="gridcell"
      aria-selected={active}
      data-item={item.name}
      data-state={state}
      title={problem && !active ? problem.message : title}
      onClick={() => onClick(false)}
      onDoubleClick={() => onClick(true)}
    >
      {content}
    </div>
  );
  // the service's refusal stays beside the active cell until the value is fixed or cleared
  return problem && active && draft === null ? (
    <Tooltip open title={problem.message} color="#a8071a" placement="bottom">
      {view}
    </Tooltip>
  ) : (
    view
  );
}
