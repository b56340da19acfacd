import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { quarterGradeLabels, type QuarterGrade } from '../../../../shared/annual/rules';
import type { QuarterGrid as QuarterGridData } from '../../../../shared/annual/views';
import { useVirtualGrid } from '../../../components/use-virtual-grid';
import { goodQuarters, quarterNames } from './quarter-cache';
import { useRowMarks, type QuarterMarks } from './quarter-marks';
import { quarterKeyCommand, type QuarterCommand, type QuarterPosition } from './quarter-keys';

const rowHeight = 34;
type Row = QuarterGridData['rows'][number];

/** grid-template-columns shared by the header and every row */
// about 920 px at the least: the whole grid, 「“好”次数」 included, fits a 1280 px screen
const template = '48px 80px minmax(120px, 1.3fr) minmax(100px, 1fr) 96px repeat(4, 100px) 72px';

export interface QuarterGridProps {
  readonly rows: readonly Row[];
  readonly groupNames: ReadonlyMap<number, string>;
  readonly active: QuarterPosition;
  readonly onActive: (at: QuarterPosition) => void;
  /** a grade key or Delete on the active cell */
  readonly onSet: (row: Row, quarter: number, grade: QuarterGrade | null) => void;
  /** 保存中 / 未保存 marks of the cells (see quarter-marks.ts) */
  readonly marks: QuarterMarks;
  /** a locked year: keys only move */
  readonly editable: boolean;
  /** a grade key or Delete pressed while the year is locked */
  readonly onReadOnlyKey?: () => void;
}

/**
 * 平时考核 grid: participants × 第一季度…第四季度, virtualized (only the rows on screen exist, so
 * 2,000 people scroll smoothly), one focusable grid whose active cell is moved by the keyboard.
 */
export function QuarterGrid(props: QuarterGridProps) {
  const { rows, groupNames, active, onActive, onSet, marks, editable, onReadOnlyKey } = props;
  const gridRef = useRef<HTMLDivElement>(null);
  const { scrollRef, virtualizer, pageRows: pageOf } = useVirtualGrid({ count: rows.length, rowHeight, activeRow: active.row });

  const run = (command: QuarterCommand) => {
    if (command.kind === 'move') {
      onActive(command.to);
      return;
    }
    const row = rows[active.row];
    if (row) onSet(row, active.col + 1, command.grade);
    onActive(command.then);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const pageRows = pageOf();
    const command = quarterKeyCommand(e, active, rows.length, editable, pageRows);
    if (!command) {
      if (!editable && rows.length > 0 && quarterKeyCommand(e, active, rows.length, true, pageRows)?.kind === 'set') onReadOnlyKey?.();
      return;
    }
    e.preventDefault();
    run(command);
  };

  // stable, so that the memoized rows that did not change do not render again
  const onCellClick = useCallback(
    (at: QuarterPosition) => {
      onActive(at);
      gridRef.current?.focus();
    },
    [onActive],
  );

  return (
    <div
      ref={gridRef}
      className={`quarter-grid${editable ? '' : ' is-readonly'}`}
      role="grid"
      aria-label="平时考核表"
      aria-rowcount={rows.length + 1}
      aria-readonly={!editable}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="quarter-grid"
    >
      <div className="qg-scroll" ref={scrollRef}>
        <div className="qg-head" role="row" style={{ gridTemplateColumns: template }}>
          <div className="qg-cell qg-no" role="columnheader">序号</div>
          <div className="qg-cell" role="columnheader">姓名</div>
          <div className="qg-cell" role="columnheader">单位</div>
          <div className="qg-cell" role="columnheader">职务</div>
          <div className="qg-cell" role="columnheader">考核分组</div>
          {quarterNames.map((q, col) => (
            <div key={q} className={`qg-cell qg-quarter-head${active.col === col ? ' is-active-col' : ''}`} role="columnheader">{q}</div>
          ))}
          <div className="qg-cell qg-count" role="columnheader" title="全年“好”等次的季度数">“好”次数</div>
        </div>
        <div className="qg-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            return (
              <QuarterRow
                key={row.personId}
                index={v.index}
                top={v.start}
                row={row}
                groupName={groupNames.get(row.groupId) ?? ''}
                activeCol={active.row === v.index ? active.col : -1}
                marks={marks}
                onCellClick={onCellClick}
              />
            );
          })}
        </div>
        {rows.length === 0 && <div className="qg-empty">没有符合条件的考核对象</div>}
      </div>
    </div>
  );
}

const QuarterRow = memo(function QuarterRow(props: {
  index: number;
  top: number;
  row: Row;
  groupName: string;
  activeCol: number;
  marks: QuarterMarks;
  onCellClick: (at: QuarterPosition) => void;
}) {
  const { index, top, row, groupName, activeCol, marks, onCellClick } = props;
  const good = goodQuarters(row.grades);
  // no “好” is a problem only once the year's four quarters are graded (at the start of a year it is just 0)
  const noGood = good === 0 && row.grades.every((g) => g !== null);
  const rowMarks = useRowMarks(marks, row.personId);
  return (
    <div
      className={`qg-row${activeCol >= 0 ? ' is-active-row' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      data-person={row.name}
      style={{ gridTemplateColumns: template, transform: `translateY(${top}px)` }}
    >
      <div className="qg-cell qg-no" role="gridcell">{index + 1}</div>
      <div className="qg-cell qg-name" role="gridcell" title={row.name}>{row.name}</div>
      <div className="qg-cell" role="gridcell" title={row.unitName}>{row.unitName}</div>
      <div className="qg-cell" role="gridcell" title={row.post}>{row.post}</div>
      <div className="qg-cell" role="gridcell" title={groupName}>{groupName}</div>
      {row.grades.map((grade, col) => (
        <GradeCell
          key={col}
          grade={grade}
          quarter={col + 1}
          active={activeCol === col}
          mark={rowMarks[col] ?? '-'}
          onClick={() => onCellClick({ row: index, col })}
        />
      ))}
      <div className={`qg-cell qg-count${noGood ? ' is-none' : ''}`} role="gridcell" title={noGood ? '全年没有“好”等次的季度，不得评为优秀' : undefined}>
        {good}
      </div>
    </div>
  );
});

function GradeCell(props: { grade: QuarterGrade | null; quarter: number; active: boolean; mark: string; onClick: () => void }) {
  const { grade, quarter, active, mark, onClick } = props;
  const label = grade ? quarterGradeLabels[grade] : '';
  const state = mark === 's' ? 'saving' : mark === 'r' ? 'refused' : undefined;
  return (
    <div
      className={`qg-cell qg-grade qgrade-${grade ?? 'none'}${active ? ' is-active' : ''}${state ? ` is-${state}` : ''}`}
      role="gridcell"
      aria-selected={active}
      aria-label={`${quarterNames[quarter - 1]}：${label || '未评定'}`}
      aria-busy={state === 'saving' || undefined}
      data-quarter={quarter}
      data-grade={grade ?? ''}
      data-state={state}
      onClick={onClick}
    >
      {label}
    </div>
  );
}
