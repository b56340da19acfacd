import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { memo, useRef, type KeyboardEvent } from 'react';
import { nodeStateLabels, nodeStatusLabels, taskKindLabels } from '../../../shared/tasks';
import { useVirtualGrid } from '../../components/use-virtual-grid';
import { treeKeyCommand, type TreeCommand } from './task-keys';
import type { TreeRow } from './task-rows';

const rowHeight = 34;
/** grid-template-columns of the header and every row: fits 1280 px with the menu */
const template = 'minmax(300px, 1fr) 120px 140px 72px 100px 78px 100px 104px';

export interface TaskTreeProps {
  readonly rows: readonly TreeRow[];
  readonly active: number;
  readonly editable: boolean;
  readonly unitName: (id: number | null) => string;
  readonly onActive: (index: number) => void;
  readonly onCommand: (command: TreeCommand) => void;
}

const stateColors = { late: 'red', doneLate: 'orange', onTime: 'green', pending: 'default' } as const;

/**
 * The 工作任务清单 as a keyboard tree-table (DOMAIN §8.1): 目标, 项目, 任务 and their 节点 one per row,
 * virtualized (only the rows on screen exist), the active row kept in view; keys in task-keys.ts.
 */
export function TaskTree(props: TaskTreeProps) {
  const { rows, active, editable, unitName, onActive, onCommand } = props;
  const gridRef = useRef<HTMLDivElement>(null);
  const { scrollRef, virtualizer, pageRows } = useVirtualGrid({ count: rows.length, rowHeight, activeRow: active, headHeight: 38 });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const command = treeKeyCommand(e, rows, active, editable, pageRows());
    if (!command) return;
    e.preventDefault();
    onCommand(command);
  };
  return (
    <div ref={gridRef} className="task-tree" role="treegrid" aria-label="工作任务清单" aria-rowcount={rows.length + 1} tabIndex={0} onKeyDown={onKeyDown} data-testid="task-tree">
      <div className="tt-scroll" ref={scrollRef}>
        <div className="tt-head" role="row" style={{ gridTemplateColumns: template }}>
          {['目标 / 项目 / 任务 / 节点', '牵头单位', '配合单位', '责任人', '完成时限', '状态', '完成日期', '完成情况'].map((h) => (
            <div key={h} className="tt-cell" role="columnheader">{h}</div>
          ))}
        </div>
        {rows.length === 0 ? (
          <div className="tt-empty">{editable ? '还没有任务。点「新增目标」，或按 Ctrl+Enter 新增；也可「从Excel导入」。' : '没有符合条件的任务'}</div>
        ) : (
          <div className="tt-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => (
              <TaskTreeRow
                key={rows[v.index]!.key}
                row={rows[v.index]!}
                index={v.index}
                top={v.start}
                active={v.index === active}
                unitName={unitName}
                onClick={(i) => {
                  onActive(i);
                  gridRef.current?.focus();
                }}
                onToggle={(row) => onCommand({ kind: 'fold', key: row.key, collapsed: !row.collapsed })}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

const TaskTreeRow = memo(function TaskTreeRow(props: {
  row: TreeRow;
  index: number;
  top: number;
  active: boolean;
  unitName: (id: number | null) => string;
  onClick: (index: number) => void;
  onToggle: (row: TreeRow) => void;
}) {
  const { row, index, top, active, unitName, onClick, onToggle } = props;
  const { item, node } = row;
  const label = row.kind === 'node' ? '节点' : taskKindLabels[row.kind];
  const title = item?.title ?? node?.name ?? '';
  return (
    <div
      className={`tt-row tt-${row.kind}${active ? ' is-active' : ''}${node?.state === 'late' ? ' is-late' : ''}`}
      role="row"
      aria-level={row.depth + 1}
      aria-selected={active}
      aria-expanded={row.hasChildren ? !row.collapsed : undefined}
      style={{ transform: `translateY(${top}px)`, gridTemplateColumns: template }}
      onClick={() => onClick(index)}
      data-row-key={row.key}
    >
      <div className="tt-cell tt-title" role="gridcell" style={{ paddingLeft: 8 + row.depth * 22 }} title={title}>
        <span
          className="tt-caret"
          onClick={(e) => {
            e.stopPropagation();
            if (row.hasChildren) onToggle(row);
          }}
        >
          {row.hasChildren ? row.collapsed ? <CaretRightOutlined /> : <CaretDownOutlined /> : null}
        </span>
        <span className={`tt-kind tt-kind-${row.kind}`}>{label}</span>
        <span className="tt-text">{title}</span>
        {item?.measure ? <span className="tt-measure">（{item.measure}）</span> : null}
      </div>
      <div className="tt-cell" role="gridcell">{item?.kind === 'task' ? unitName(item.leadUnitId) : ''}</div>
      <div className="tt-cell" role="gridcell">{item?.kind === 'task' ? item.assistUnitIds.map(unitName).join('、') : ''}</div>
      <div className="tt-cell" role="gridcell">{item?.personName ?? ''}</div>
      <div className="tt-cell tt-day" role="gridcell">{node?.dueOn ?? ''}</div>
      <div className="tt-cell" role="gridcell">{node ? nodeStatusLabels[node.status] : ''}</div>
      <div className="tt-cell tt-day" role="gridcell">{node?.doneOn ?? ''}</div>
      <div className="tt-cell" role="gridcell">{node ? <Tag color={stateColors[node.state]}>{nodeStateLabels[node.state]}</Tag> : null}</div>
    </div>
  );
});
