import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../shared/domain';
import { buildUnitTree, type UnitNode } from './unit-tree';

interface TreeSelectNode {
  value: number;
  title: string;
  disabled?: boolean;
  children: TreeSelectNode[];
}

const toOptions = (nodes: readonly UnitNode[], disabled: ReadonlySet<number>): TreeSelectNode[] =>
  nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, disabled: disabled.has(n.unit.id), children: toOptions(n.children, disabled) }));

/** Picks one unit from the tree; `disabledIds` greys out units that cannot be chosen. */
export function UnitTreeSelect(props: {
  units: readonly Unit[];
  value?: number | null;
  onChange?: (value: number) => void;
  disabledIds?: ReadonlySet<number>;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
}) {
  const { units, disabledIds, placeholder = '请选择单位', ...rest } = props;
  const treeData = useMemo(() => toOptions(buildUnitTree(units), disabledIds ?? new Set()), [units, disabledIds]);
  return (
    <TreeSelect<number>
      {...rest}
      value={rest.value ?? undefined}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={placeholder}
      style={{ width: '100%' }}
      notFoundContent="无匹配单位"
    />
  );
}
