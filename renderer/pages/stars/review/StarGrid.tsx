import { Checkbox, Tooltip } from 'antd';
import { memo, useCallback, type KeyboardEvent } from 'react';
import type { StarItem } from '../../../../shared/stars/scheme';
import { starTierLabels, type StarSchemeKind } from '../../../../shared/stars/scheme';
import { reviewStepLabels, starCellStateLabels } from '../../../../shared/stars/states';
import type { GridRow, StarCell } from '../../../../shared/stars/views';
import { useVirtualGrid } from '../../../components/use-virtual-grid';
import { gridCommand, type GridCommand, type GridPosition } from './grid-keys';
import { disqualifiedLook, shortStarName, stateLooks } from '../common/star-symbols';

const rowHeight = 34;

export interface StarGridProps {
  readonly items: readonly StarItem[];
  readonly rows: readonly GridRow[];
  /** 党组织 targets are units: wider names, other headings */
  readonly kind: StarSchemeKind;
  readonly selected: ReadonlySet<number>;
  readonly onSelect: (targetIds: readonly number[], on: boolean) => void;
  readonly active: GridPosition;
  readonly onActive: (at: GridPosition) => void;
  /** a key or double click on a star cell */
  readonly onCommand: (command: Exclude<GridCommand, { kind: 'move' | 'select' }>, row: GridRow, code: string) => void;
  /** keystrokes typed and not yet saved (shown, and read by the end-to-end tests) */
  readonly pending?: number;
}

/** grid-template-columns shared by the header and every row */
const columnsFor = (stars: number, kind: StarSchemeKind) =>
  `36px 48px ${kind === 'org' ? 'minmax(120px, 1.2fr)' : '84px'} minmax(110px, 1fr) repeat(${stars}, 52px) 48px 128px`;

/**
 * The 评星 grid: targets × stars, virtualized (only the rows on screen exist in the page, so 2,000
 * targets scroll smoothly), one focusable grid with an active cell moved by the arrow keys.
 */
export function StarGrid(props: StarGridProps) {
  const { items, rows, kind, selected, onSelect, active, onActive, onCommand, pending = 0 } = props;
  const { scrollRef, virtualizer, pageRows: pageOf } = useVirtualGrid({ count: rows.length, rowHeight, activeRow: active.row });
  const template = columnsFor(items.length, kind);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.targetId));
  const someSelected = !allSelected && rows.some((r) => selected.has(r.targetId));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const command = gridCommand(e.key, active, rows.length, items.length, pageOf());
    if (!command) return;
    e.preventDefault();
    if (command.kind === 'move') onActive({ row: command.row, col: command.col });
    else {
      const row = rows[active.row];
      const item = items[active.col];
      if (!row || !item) return;
      if (command.kind === 'select') onSelect([row.targetId], !selected.has(row.targetId));
      else onCommand(command, row, item.code);
    }
  };

  return (
    <div
      className="star-grid"
      role="grid"
      aria-label="评星表"
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="star-grid"
      data-pending={pending}
      aria-busy={pending > 0}
    >
      <div className="star-grid-scroll" ref={scrollRef}>
        <div className="star-grid-head" role="row" style={{ gridTemplateColumns: template }}>
          <div className="sg-cell sg-check" role="columnheader">
            <Checkbox aria-label="全选" checked={allSelected} indeterminate={someSelected} onChange={(e) => onSelect(rows.map((r) => r.targetId), e.target.checked)} />
          </div>
          <div className="sg-cell sg-no" role="columnheader">序号</div>
          <div className="sg-cell sg-name" role="columnheader">{kind === 'org' ? '党组织' : '姓名'}</div>
          <div className="sg-cell sg-unit" role="columnheader">{kind === 'org' ? '上级单位' : '单位'}</div>
          {items.map((item) => (
            <Tooltip key={item.code} title={`${item.name}（${starTierLabels[item.tier]}）${item.criteria ? `：${item.criteria}` : ''}`} placement="bottom">
              <div className={`sg-cell sg-star-head tier-${item.tier}`} role="columnheader">
                {shortStarName(item.name)}
              </div>
            </Tooltip>
          ))}
          <div className="sg-cell sg-count" role="columnheader">获星</div>
          <div className="sg-cell sg-steps" role="columnheader">进度</div>
        </div>
        <div className="star-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            return (
              <GridRowView
                key={row.targetId}
                index={v.index}
                top={v.start}
                row={row}
                template={template}
                checked={selected.has(row.targetId)}
                activeCol={active.row === v.index ? active.col : -1}
                onSelect={onSelect}
                onActive={onActive}
                onCommand={onCommand}
              />
            );
          })}
        </div>
        {rows.length === 0 && <div className="star-grid-empty">没有符合条件的评星对象</div>}
      </div>
    </div>
  );
}

const GridRowView = memo(function GridRowView(props: {
  index: number;
  top: number;
  row: GridRow;
  template: string;
  checked: boolean;
  activeCol: number;
  onSelect: StarGridProps['onSelect'];
  onActive: StarGridProps['onActive'];
  onCommand: StarGridProps['onCommand'];
}) {
  const { index, top, row, template, checked, activeCol, onSelect, onActive, onCommand } = props;
  const last = row.steps[row.steps.length - 1];
  const open = useCallback(() => onCommand({ kind: 'open' }, row, row.cells[0]?.code ?? ''), [onCommand, row]);
  return (
    <div
      className={`star-grid-row${checked ? ' is-checked' : ''}${row.disqualified ? ' is-disqualified' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      data-target={row.name}
      style={{ gridTemplateColumns: template, transform: `translateY(${top}px)` }}
    >
      <div className="sg-cell sg-check" role="gridcell">
        <Checkbox aria-label={`选择${row.name}`} checked={checked} onChange={(e) => onSelect([row.targetId], e.target.checked)} />
      </div>
      <div className="sg-cell sg-no" role="gridcell">{index + 1}</div>
      <div className="sg-cell sg-name" role="gridcell">
        <button type="button" className="sg-link" onClick={open} title={row.post ? `${row.name}（${row.post}）` : row.name}>
          {row.name}
        </button>
      </div>
      <div className="sg-cell sg-unit" role="gridcell" title={row.unitName}>{row.unitName}</div>
      {row.cells.map((cell, col) => (
        <StarCellView
          key={cell.code}
          cell={cell}
          disqualified={row.disqualified != null}
          active={activeCol === col}
          onClick={() => onActive({ row: index, col })}
          onDoubleClick={() => onCommand({ kind: 'open' }, row, cell.code)}
        />
      ))}
      <div className="sg-cell sg-count" role="gridcell">{row.disqualified ? '—' : row.held}</div>
      <div className="sg-cell sg-steps" role="gridcell">
        {row.disqualified ? (
          <span className="sg-disqualified" title={row.disqualified.note || row.disqualified.reason}>不得参评·{row.disqualified.reason}</span>
        ) : last ? (
          <span>{`${reviewStepLabels[last.step]} ${last.date.slice(5)}`}</span>
        ) : (
          <span className="muted">未开始</span>
        )}
      </div>
    </div>
  );
});

function cellTitle(cell: StarCell): string {
  const parts: string[] = [starCellStateLabels[cell.state]];
  if (cell.claimNote) parts.push(`申报说明：${cell.claimNote}`);
  if (cell.evidence > 0) parts.push(`佐证 ${cell.evidence} 份`);
  if (cell.agree != null || cell.disagree != null) parts.push(`同意 ${cell.agree ?? 0} / 不同意 ${cell.disagree ?? 0}`);
  if (cell.score != null) parts.push(`测评得分 ${cell.score}`);
  if (cell.refuseReason) parts.push(`未通过原因：${cell.refuseReason}`);
  if (cell.awardedOn) parts.push(`授星 ${cell.awardedOn}`);
  if (cell.removedOn) parts.push(`摘星 ${cell.removedOn}${cell.removedReason ? `：${cell.removedReason}` : ''}`);
  return parts.join('\n');
}

function StarCellView(props: { cell: StarCell; disqualified: boolean; active: boolean; onClick: () => void; onDoubleClick: () => void }) {
  const { cell, disqualified, active, onClick, onDoubleClick } = props;
  const look = disqualified ? disqualifiedLook : stateLooks[cell.state];
  return (
    <div
      className={`sg-cell sg-star state-${disqualified ? 'disqualified' : cell.state}${active ? ' is-active' : ''}`}
      role="gridcell"
      aria-selected={active}
      aria-label={disqualified ? '不得参评' : starCellStateLabels[cell.state]}
      data-code={cell.code}
      data-state={disqualified ? 'disqualified' : cell.state}
      title={disqualified ? '不得参评' : cellTitle(cell)}
      style={{ color: look.color, background: look.background }}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {look.symbol}
      {cell.evidence > 0 && !disqualified && <sup className="sg-evidence">{cell.evidence}</sup>}
    </div>
  );
}
