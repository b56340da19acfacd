import { Input, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../shared/domain';
import { buildUnitTree, flattenUnitTree, type UnitNode } from '../../components/unit-tree';

export const allUnitsKey = 'all';

interface TreeNode {
  key: string;
  title: React.ReactNode;
  children: TreeNode[];
}

const label = (name: string, count: number) => (
  <span className="unit-tree-label">
    <span className="unit-tree-name" title={name}>{name}</span>
    <Typography.Text type="secondary" className="unit-tree-count">{count}</Typography.Text>
  </span>
);

const toTree = (nodes: readonly UnitNode[], keep: ((n: UnitNode) => boolean) | null): TreeNode[] =>
  nodes
    .filter((n) => !keep || keep(n))
    .map((n) => ({ key: String(n.unit.id), title: label(n.unit.name, n.totalPeople), children: toTree(n.children, keep) }));

/** The unit tree beside the people table; a click filters the table to that unit and its sub-units. */
export function UnitTreePanel(props: { units: readonly Unit[]; selected: number | null; onSelect: (unitId: number | null) => void }) {
  const { units, selected, onSelect } = props;
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<React.Key[] | null>(null);
  const forest = useMemo(() => buildUnitTree(units), [units]);
  const total = forest.reduce((s, n) => s + n.totalPeople, 0);
  const treeData = useMemo(() => {
    const text = filter.trim();
    // keep a unit when it or something below it matches the filter text
    const keep = text ? (n: UnitNode): boolean => flattenUnitTree([n]).some((d) => d.unit.name.includes(text)) : null;
    return [{ key: allUnitsKey, title: label('全部单位', total), children: toTree(forest, keep) }];
  }, [forest, filter, total]);
  const allKeys = useMemo(() => [allUnitsKey, ...flattenUnitTree(forest).map((n) => String(n.unit.id))], [forest]);

  return (
    <div className="unit-tree-panel panel">
      <Input.Search allowClear placeholder="查找单位" value={filter} onChange={(e) => setFilter(e.target.value)} size="small" />
      <div className="unit-tree-scroll">
        <Tree
          blockNode
          treeData={treeData}
          expandedKeys={filter ? allKeys : (expanded ?? allKeys)}
          onExpand={(keys) => setExpanded(keys)}
          selectedKeys={[selected == null ? allUnitsKey : String(selected)]}
          onSelect={(keys) => {
            const key = keys[0];
            if (key === undefined) return;
            onSelect(key === allUnitsKey ? null : Number(key));
          }}
        />
      </div>
    </div>
  );
}
