import { Tree } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../shared/domain';
import { buildUnitTree, type UnitNode } from './unit-tree';
import './unit-check-tree.css';

interface TreeNode { key: number; title: string; children: TreeNode[] }
const toTree = (nodes: readonly UnitNode[]): TreeNode[] => nodes.map((n) => ({ key: n.unit.id, title: n.unit.name, children: toTree(n.children) }));

/**
 * Picks several units from the tree, each on its own (checking a unit does not check its sub-units):
 * the 参晒单位 of 周晒设置 and the 通报单位 of 月度通报设置. Scrolls inside its box.
 */
export function UnitCheckTree(props: { units: readonly Unit[]; value: readonly number[]; onChange: (ids: number[]) => void; disabled?: boolean }) {
  const treeData = useMemo(() => toTree(buildUnitTree(props.units)), [props.units]);
  return (
    <div className="unit-check-tree">
      <Tree<TreeNode>
        checkable
        checkStrictly
        defaultExpandAll
        selectable={false}
        disabled={props.disabled}
        treeData={treeData}
        checkedKeys={[...props.value]}
        onCheck={(checked) => props.onChange((Array.isArray(checked) ? checked : checked.checked) as number[])}
      />
    </div>
  );
}
