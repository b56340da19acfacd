import { CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Tooltip } from 'antd';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { WeeklyTargetWeek } from '../../../../shared/weekly';
import { figureError, isBlank, rowsFromItems, withTrailingRow, type CellRow } from './cell-rows';
import { useCellSaves, type TargetRef } from './use-cell-saves';

/**
 * 周晒录入: one row per 参晒 unit (or person), its cell the week's items, one line each: the work, a
 * figure (「完成率 95%」) and 未完成. Keyboard: Enter goes to the next line (a new item at the end),
 * ↑/↓ move between lines and on to the next unit, Backspace on an empty line removes it, Tab walks the
 * fields. Every key is saved.
 */
export function WeeklyGrid(props: {
  year: number;
  week: number;
  targets: readonly WeeklyTargetWeek[];
  readOnly: boolean;
  /** the page waits for the grid's saves before 复制上周未完成 and printing */
  flushRef: RefObject<() => Promise<void>>;
  onSaved: () => void;
}) {
  const { year, week, targets, readOnly, onSaved, flushRef } = props;
  const saves = useCellSaves(year, week, onSaved);
  flushRef.current = saves.flush;
  return (
    <div className="weekly-grid" role="grid" aria-label="周晒录入">
      <div className="weekly-grid-head" role="row">
        <span role="columnheader" className="wg-target">{targets[0]?.kind === 'person' ? '姓名' : '科室（单位）'}</span>
        <span />
        <span role="columnheader" className="wg-text">本周工作成效（每行一条，回车换下一条）</span>
        <span role="columnheader" className="wg-figure">数字（如 完成率 95%）</span>
        <span role="columnheader" className="wg-open">未完成</span>
        <span />
      </div>
      {targets.map((t, index) => (
        <ItemsCell key={`${t.kind}:${t.id}`} index={index} target={t} readOnly={readOnly} initial={t.items} saves={saves} />
      ))}
    </div>
  );
}

const focusLine = (target: number, line: number | 'last') => {
  const cell = document.querySelectorAll<HTMLElement>(`[data-wg-cell="${target}"] input[data-wg-line]`);
  const input = line === 'last' ? cell[cell.length - 1] : cell[line];
  input?.focus();
};

function ItemsCell(props: { index: number; target: WeeklyTargetWeek; readOnly: boolean; initial: WeeklyTargetWeek['items']; saves: ReturnType<typeof useCellSaves> }) {
  const { index, target, readOnly, saves } = props;
  const [rows, setRows] = useState<CellRow[]>(() => rowsFromItems(props.initial, saves.ids));
  const ref: TargetRef = { kind: target.kind, id: target.id };

  const change = (next: CellRow[]) => {
    const shaped = withTrailingRow(next);
    setRows(shaped);
    saves.save(ref, shaped);
  };
  const edit = (line: number, patch: Partial<CellRow>) => change(rows.map((r, n) => (n === line ? { ...r, ...patch } : r)));

  const onKey = (line: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || (e.key === 'ArrowDown' && !e.altKey)) {
      e.preventDefault();
      if (line + 1 < rows.length) focusLine(index, line + 1);
      else focusLine(index + 1, 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (line > 0) focusLine(index, line - 1);
      else focusLine(index - 1, 'last');
    } else if (e.key === 'Backspace' && line > 0 && isBlank(rows[line]!) && line < rows.length - 1) {
      // Backspace on an emptied line takes it away and goes up a line
      e.preventDefault();
      change(rows.filter((_, n) => n !== line));
      focusLine(index, line - 1);
    }
  };

  return (
    <div className="weekly-grid-row" role="row" data-wg-cell={index} data-testid={`weekly-cell-${target.name}`}>
      <div className="wg-target" role="rowheader">
        <div className="wg-name">{target.name}</div>
        {target.kind === 'person' && <div className="wg-unit">{target.unitName}</div>}
      </div>
      <div className="wg-lines" role="gridcell">
        {rows.map((r, line) => {
          const error = figureError(r.figure);
          const last = line === rows.length - 1;
          return (
            <div className="wg-line" key={r.key}>
              <span className="wg-no">{last && isBlank(r) ? '' : `${line + 1}.`}</span>
              <Input
                className="wg-text"
                size="small"
                data-wg-line={line}
                aria-label={`${target.name}第${line + 1}条`}
                value={r.text}
                placeholder={last ? (line === 0 ? '本周工作成效' : '再添一条') : ''}
                disabled={readOnly}
                maxLength={200}
                onChange={(e) => edit(line, { text: e.target.value })}
                onKeyDown={onKey(line)}
              />
              <Tooltip title={error ?? (r.figure && !r.text.trim() ? '请先填写工作内容' : '')}>
                <Input
                  className="wg-figure"
                  size="small"
                  aria-label={`${target.name}第${line + 1}条数字`}
                  value={r.figure}
                  status={error ? 'error' : undefined}
                  disabled={readOnly}
                  maxLength={40}
                  onChange={(e) => edit(line, { figure: e.target.value })}
                  onKeyDown={(e) => e.key === 'Enter' && onKey(line)(e)}
                />
              </Tooltip>
              <Checkbox
                className="wg-open"
                aria-label={`${target.name}第${line + 1}条未完成`}
                checked={r.unfinished}
                disabled={readOnly || (last && isBlank(r))}
                onChange={(e) => edit(line, { unfinished: e.target.checked })}
              />
              <Button
                className="wg-remove"
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={`删除${target.name}第${line + 1}条`}
                disabled={readOnly}
                style={{ visibility: last && isBlank(r) ? 'hidden' : 'visible' }}
                onClick={() => change(rows.filter((_, n) => n !== line))}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
