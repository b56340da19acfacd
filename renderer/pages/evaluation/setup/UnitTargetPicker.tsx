import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit } from '../../../../shared/domain';
import { buildUnitTree, flattenUnitTree } from '../../../components/unit-tree';
import type { TargetDraft } from '../target-order';
import { unitDraft, unitOptions } from './RosterPicker';

/**
 * The 评议对象 of a 科室评议 (DOMAIN.md §8.4): units, picked from the unit tree or all at once. 「全部科室和单位」
 * takes every unit under the top one in tree order: the office itself is who holds the 评议, not one rated.
 */
export function UnitTargetPicker(props: { units: readonly Unit[]; chosen: ReadonlySet<number>; onAdd: (more: TargetDraft[]) => void; disabled: boolean }) {
  const { units, chosen, onAdd, disabled } = props;
  const [picked, setPicked] = useState<number[]>([]);
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const options = useMemo(() => unitOptions(tree), [tree]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const draft = (u: Unit) => ({ ...unitDraft(u, ''), unitName: u.parentId == null ? '' : (byId.get(u.parentId)?.name ?? '') });
  const add = (ids: readonly number[]) => {
    onAdd(ids.filter((id) => !chosen.has(id)).flatMap((id) => (byId.has(id) ? [draft(byId.get(id)!)] : [])));
    setPicked([]);
  };
  const everyUnit = useMemo(() => flattenUnitTree(tree).map((n) => n.unit).filter((u) => u.parentId != null).map((u) => u.id), [tree]);
  const missing = everyUnit.filter((id) => !chosen.has(id)).length;

  return (
    <div className="roster-picker unit-target-picker">
      <Typography.Title level={5}>
        <ApartmentOutlined /> 选择参加评议的科室和单位
      </Typography.Title>
      <Space.Compact style={{ width: '100%' }}>
        <TreeSelect<number[]>
          multiple
          treeData={options}
          treeDefaultExpandAll
          value={picked}
          onChange={setPicked}
          placeholder="选择科室或单位"
          style={{ flex: 1 }}
          aria-label="选择评议对象"
          disabled={disabled}
          showSearch={{ treeNodeFilterProp: 'title' }}
          notFoundContent="无匹配单位"
        />
        <Button icon={<PlusOutlined />} disabled={disabled || picked.length === 0} onClick={() => add(picked)}>
          加入
        </Button>
      </Space.Compact>
      <Button type="primary" style={{ marginTop: 12 }} disabled={disabled || missing === 0} onClick={() => add(everyUnit)}>
        加入全部科室和单位{missing > 0 ? `（${missing}个）` : ''}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        评议对象为科室、单位整体；评议票按下方顺序列出各单位。
      </Typography.Paragraph>
    </div>
  );
}
