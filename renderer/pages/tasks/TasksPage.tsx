import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Select, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TaskNodeView } from '../../../shared/contract/tasks';
import { childKindOf, nodeState, type NodeStatus } from '../../../shared/tasks';
import { QueryError } from '../../components/QueryError';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { today } from '../../components/step-dates';
import { invoke } from '../../api';
import { useAnnualYears } from '../../hooks/annual-hooks';
import { errorText, useChannelQuery } from '../../hooks/api-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { createSaveQueue } from '../../hooks/save-queue';
import { useFileExport } from '../../hooks/use-file-export';
import { useYearLocked } from '../../hooks/use-year-lock';
import { useQueryClient } from '@tanstack/react-query';
import { TaskEditDialog, type EditTarget } from './TaskEditDialog';
import { TaskImportDialog } from './TaskImportDialog';
import { TaskTree } from './TaskTree';
import type { TreeCommand } from './task-keys';
import { taskCounts, treeRows, type TreeRow } from './task-rows';
import './tasks.css';

const nextStatus: Readonly<Record<NodeStatus, NodeStatus>> = { todo: 'doing', doing: 'done', done: 'todo' };

/**
 * 工作任务清单 (DOMAIN §8.1): the year's 目标 → 项目 → 任务 → 节点 as a keyboard tree-table, with the
 * counts at the top (滞后 computed from today), filters by unit and 仅看滞后, import and export.
 */
export function TasksPage() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const annualYears = useAnnualYears();
  const yearOptions = useMemo(() => {
    const all = new Set([thisYear - 1, thisYear, thisYear + 1, ...(annualYears.data ?? []).map((y) => y.year)]);
    return [...all].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年度` }));
  }, [annualYears.data, thisYear]);
  const locked = useYearLocked(year);
  const editable = !locked;
  const list = useChannelQuery('tasks.list', { year });
  const units = useUnits();
  const unitList = useMemo(() => units.data ?? [], [units.data]);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [lateOnly, setLateOnly] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const { busy: exporting, run: runExport } = useFileExport();
  // Space on a node: the new status shows at once and saves in the order pressed (ARCHITECTURE §6)
  const queue = useMemo(() => createSaveQueue(), []);
  const [pending, setPending] = useState<ReadonlyMap<number, Pick<TaskNodeView, 'status' | 'doneOn' | 'state'>>>(new Map());
  const treeBox = useRef<HTMLDivElement>(null);

  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const nodes = useMemo(() => (list.data?.nodes ?? []).map((n) => ({ ...n, ...pending.get(n.id) })), [list.data, pending]);
  const rows = useMemo(() => treeRows(items, nodes, collapsed, { unitId, lateOnly }), [items, nodes, collapsed, unitId, lateOnly]);
  const counts = useMemo(() => taskCounts(items, nodes), [items, nodes]);
  const found = activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey);
  const active = found >= 0 ? found : 0;
  const activeRow: TreeRow | undefined = rows[active];

  const unitNames = useMemo(() => {
    const count = new Map<string, number>();
    for (const u of unitList) count.set(u.name, (count.get(u.name) ?? 0) + 1);
    const byId = new Map(unitList.map((u) => [u.id, u]));
    return new Map(unitList.map((u) => [u.id, (count.get(u.name) ?? 0) > 1 && u.parentId != null ? `${byId.get(u.parentId)?.name ?? ''}${u.name}` : u.name]));
  }, [unitList]);
  const unitName = useCallback((id: number | null) => (id == null ? '' : (unitNames.get(id) ?? '')), [unitNames]);

  const focusTree = () => setTimeout(() => treeBox.current?.querySelector<HTMLElement>('[role="treegrid"]')?.focus(), 0);
  const closeEditor = (savedKey?: string) => {
    setEditing(null);
    if (savedKey) setActiveKey(savedKey);
    focusTree();
  };

  const parentOf = (row: TreeRow) => (row.parentKey ? rows.find((r) => r.key === row.parentKey) : undefined);
  const addSibling = (row: TreeRow | undefined) => {
    if (!row) return setEditing({ mode: 'item', kind: 'goal', parentId: null });
    if (row.kind === 'node') {
      const task = parentOf(row);
      return setEditing({ mode: 'node', taskId: row.node!.taskId, taskTitle: task?.item?.title ?? '', afterId: row.id });
    }
    setEditing({ mode: 'item', kind: row.kind, parentId: row.item!.parentId, afterId: row.id });
  };
  const addChild = (row: TreeRow | undefined) => {
    if (!row || row.kind === 'node') return;
    if (row.kind === 'task') return setEditing({ mode: 'node', taskId: row.id, taskTitle: row.item!.title });
    setEditing({ mode: 'item', kind: childKindOf(row.kind)!, parentId: row.id });
  };
  const edit = (row: TreeRow | undefined) => {
    if (!row) return;
    if (row.kind === 'node') setEditing({ mode: 'node', taskId: row.node!.taskId, taskTitle: parentOf(row)?.item?.title ?? '', node: row.node });
    else setEditing({ mode: 'item', kind: row.kind, parentId: row.item!.parentId, item: row.item });
  };
  const cycleStatus = (row: TreeRow) => {
    const node = row.node!;
    const status = nextStatus[node.status];
    const doneOn = status === 'done' ? today() : null;
    const shown = { status, doneOn, state: nodeState({ dueOn: node.dueOn, status, doneOn }, today()) };
    setPending((m) => new Map(m).set(node.id, shown));
    void queue(() => invoke('tasks.saveNode', { taskId: node.taskId, id: node.id, name: node.name, dueOn: node.dueOn, status, doneOn, note: node.note }))
      .then(() => queryClient.invalidateQueries(), (error: unknown) => void message.error(errorText(error), 6))
      .finally(() =>
        setPending((m) => {
          if (m.get(node.id) !== shown) return m;
          const next = new Map(m);
          next.delete(node.id);
          return next;
        }),
      );
  };
  const remove = (row: TreeRow) => {
    const what = row.kind === 'node' ? `节点“${row.node!.name}”` : `“${row.item!.title}”${row.kind === 'task' ? '及其节点' : '及其下的全部条目'}`;
    modal.confirm({
      title: `删除${what}？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await (row.kind === 'node' ? invoke('tasks.deleteNode', { id: row.id }) : invoke('tasks.deleteItem', { id: row.id }));
          await queryClient.invalidateQueries();
          void message.success('已删除');
        } catch (error) {
          void message.error(errorText(error), 6);
        }
        focusTree();
      },
    });
  };
  const onCommand = (c: TreeCommand) => {
    switch (c.kind) {
      case 'move':
        setActiveKey(rows[c.to]?.key ?? null);
        return;
      case 'fold':
        setCollapsed((s) => {
          const next = new Set(s);
          if (c.collapsed) next.add(c.key);
          else next.delete(c.key);
          return next;
        });
        return;
      case 'edit':
        return edit(activeRow);
      case 'addSibling':
        return addSibling(activeRow);
      case 'addChild':
        return addChild(activeRow);
      case 'cycleStatus':
        if (activeRow) cycleStatus(activeRow);
        return;
      case 'delete':
        if (activeRow) remove(activeRow);
        return;
    }
  };

  let body;
  if (list.isError) body = <QueryError error={list.error} />;
  else if (!list.data) body = <Spin className="shell-loading" />;
  else body = <TaskTree rows={rows} active={active} editable={editable} unitName={unitName} onActive={(i) => setActiveKey(rows[i]?.key ?? null)} onCommand={onCommand} />;

  return (
    <div className="page-fill tasks-page">
      <div className="panel tasks-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>工作任务清单</Typography.Title>
            <Select<number> aria-label="考核年度" value={year} onChange={setYear} options={yearOptions} style={{ width: 120 }} />
          </Space>
          <Space wrap>
            <Button icon={<PlusOutlined />} disabled={!editable || !list.data} onClick={() => setEditing({ mode: 'item', kind: 'goal', parentId: null, afterId: null })}>
              新增目标
            </Button>
            <Button icon={<UploadOutlined />} disabled={!editable} onClick={() => setImporting(true)}>
              从Excel导入
            </Button>
            <Button icon={<DownloadOutlined />} disabled={!list.data || counts.tasks === 0} loading={exporting === 'export'} onClick={() => void runExport(() => invoke('tasks.export', { year }))}>
              导出Excel
            </Button>
          </Space>
        </div>
        {locked && <YearLockedBanner year={year} scope="本年度的工作任务清单" />}
        <div className="tasks-counts" data-testid="task-counts">
          <span>目标 <b>{counts.goals}</b></span>
          <span>项目 <b>{counts.projects}</b></span>
          <span>任务 <b>{counts.tasks}</b></span>
          <span>节点 <b>{counts.nodes}</b></span>
          <span>已完成 <b>{counts.done}</b></span>
          <Tag color={counts.late > 0 ? 'red' : 'default'}>滞后 {counts.late}</Tag>
          <Tag color={counts.doneLate > 0 ? 'orange' : 'default'}>完成（逾期） {counts.doneLate}</Tag>
          <Typography.Text type="secondary">滞后按今天（{list.data?.today ?? today()}）计算：节点时限已过仍未完成</Typography.Text>
        </div>
        <div className="tasks-filters">
          <div style={{ width: 220 }}>
            <UnitTreeSelect units={unitList} value={unitId} onChange={(v) => setUnitId(v ?? null)} placeholder="全部单位（牵头或配合）" allowClear />
          </div>
          <Segmented<'all' | 'late'> value={lateOnly ? 'late' : 'all'} onChange={(v) => setLateOnly(v === 'late')} options={[{ value: 'all', label: '全部' }, { value: 'late', label: '仅看滞后' }]} />
        </div>
      </div>
      <div className="panel tasks-tree-panel" ref={treeBox}>
        {body}
        <div className="tasks-legend">
          <span><kbd>↑</kbd><kbd>↓</kbd> <kbd>Tab</kbd> 移动</span>
          <span><kbd>←</kbd><kbd>→</kbd> 折叠/展开</span>
          {editable && (
            <>
              <span><kbd>Enter</kbd> 编辑</span>
              <span><kbd>Ctrl</kbd>+<kbd>Enter</kbd> 新增同级</span>
              <span><kbd>Shift</kbd>+<kbd>Enter</kbd> 新增下级</span>
              <span><kbd>空格</kbd> 节点状态：未开始 → 推进中 → 已完成</span>
              <span><kbd>Delete</kbd> 删除</span>
            </>
          )}
        </div>
      </div>
      <TaskEditDialog year={year} target={editing} units={unitList} onClose={closeEditor} />
      <TaskImportDialog year={year} hasTasks={counts.tasks > 0} open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
