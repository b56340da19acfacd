import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../shared/domain';
import { QueryError } from '../../components/QueryError';
import { buildUnitTree, type UnitNode } from '../../components/unit-tree';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { MoveUnitDialog } from './MoveUnitDialog';
import { UnitNameDialog } from './UnitNameDialog';

interface UnitRow {
  key: number;
  node: UnitNode;
  /** position among its siblings, for 上移/下移 */
  index: number;
  siblings: readonly UnitNode[];
  children?: UnitRow[];
}

const toRows = (nodes: readonly UnitNode[]): UnitRow[] =>
  nodes.map((node, index) => ({ key: node.unit.id, node, index, siblings: nodes, children: node.children.length ? toRows(node.children) : undefined }));

type NameDialog = { kind: 'create'; parentId: number | null; title: string; hint?: string } | { kind: 'rename'; unit: Unit };

/** 单位: the unit tree with add, rename, move, order and delete. */
export function UnitsPage() {
  const { modal } = App.useApp();
  const units = useUnits();
  const [nameDialog, setNameDialog] = useState<NameDialog | null>(null);
  const [moving, setMoving] = useState<Unit | null>(null);
  const create = useChannelMutation('units.create', { success: '已新增单位', showError: false });
  const rename = useChannelMutation('units.update', { success: '已重命名', showError: false });
  const reorder = useChannelMutation('units.reorder');
  const remove = useChannelMutation('units.delete', { success: '已删除单位' });
  const forest = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const rows = useMemo(() => toRows(forest), [forest]);
  const allKeys = useMemo(() => (units.data ?? []).map((u) => u.id), [units.data]);

  const shift = (row: UnitRow, by: -1 | 1) => {
    const ids = row.siblings.map((s) => s.unit.id);
    const j = row.index + by;
    [ids[row.index], ids[j]] = [ids[j]!, ids[row.index]!];
    reorder.mutate({ parentId: row.node.unit.parentId, orderedIds: ids });
  };

  const confirmDelete = (unit: Unit) => {
    modal.confirm({
      title: `删除单位：${unit.name}`,
      content: '只能删除没有人员、也没有下级单位的单位。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: unit.id }).catch(() => undefined),
    });
  };

  const columns: TableColumnsType<UnitRow> = [
    { title: '单位名称', key: 'name', render: (_v, r) => <span className="unit-name">{r.node.unit.name}</span> },
    { title: '本级在职人数', key: 'own', width: 130, align: 'right', render: (_v, r) => r.node.unit.peopleCount },
    { title: '含下级在职人数', key: 'total', width: 140, align: 'right', render: (_v, r) => r.node.totalPeople },
    {
      title: '操作', key: 'actions', width: 420,
      render: (_v, r) => {
        const u = r.node.unit;
        return (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => setNameDialog({ kind: 'create', parentId: u.id, title: '新增下级单位', hint: `上级单位：${u.name}` })}>新增下级</Button>
            <Button type="link" size="small" onClick={() => setNameDialog({ kind: 'create', parentId: u.parentId, title: '新增同级单位', hint: `与“${u.name}”同级` })}>新增同级</Button>
            <Button type="link" size="small" onClick={() => setNameDialog({ kind: 'rename', unit: u })}>重命名</Button>
            <Button type="link" size="small" onClick={() => setMoving(u)}>移动</Button>
            <Tooltip title="上移"><Button type="text" size="small" aria-label="上移" icon={<ArrowUpOutlined />} disabled={r.index === 0} onClick={() => shift(r, -1)} /></Tooltip>
            <Tooltip title="下移"><Button type="text" size="small" aria-label="下移" icon={<ArrowDownOutlined />} disabled={r.index === r.siblings.length - 1} onClick={() => shift(r, 1)} /></Tooltip>
            <Button type="link" size="small" danger onClick={() => confirmDelete(u)}>删除</Button>
          </Space>
        );
      },
    },
  ];

  if (units.isError) return <QueryError error={units.error} />;

  return (
    <div className="page-fill">
      <div className="panel">
        <div className="page-title" style={{ marginBottom: 12 }}>
          <Space align="baseline" size={12}>
            <Typography.Title level={4}>单位</Typography.Title>
            <Typography.Text type="secondary">共 {units.data?.length ?? 0} 个单位</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setNameDialog({ kind: 'create', parentId: null, title: '新增顶级单位' })}>
            新增顶级单位
          </Button>
        </div>
        <Table<UnitRow>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={rows}
          loading={units.isPending}
          pagination={false}
          expandable={{ expandedRowKeys: allKeys, showExpandColumn: true, expandIcon: () => null, indentSize: 24 }}
          locale={{ emptyText: '还没有单位，请点击“新增顶级单位”，或导入花名册自动建立' }}
        />
      </div>
      <UnitNameDialog
        open={nameDialog != null}
        title={nameDialog ? (nameDialog.kind === 'create' ? nameDialog.title : `重命名：${nameDialog.unit.name}`) : ''}
        hint={nameDialog?.kind === 'create' ? nameDialog.hint : undefined}
        initialName={nameDialog?.kind === 'rename' ? nameDialog.unit.name : ''}
        onClose={() => setNameDialog(null)}
        onSubmit={(name) =>
          nameDialog?.kind === 'rename'
            ? rename.mutateAsync({ id: nameDialog.unit.id, name })
            : create.mutateAsync({ name, parentId: nameDialog?.kind === 'create' ? nameDialog.parentId : null })
        }
      />
      <MoveUnitDialog unit={moving} units={units.data ?? []} onClose={() => setMoving(null)} />
    </div>
  );
}
