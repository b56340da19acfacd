import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Space, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Person, Unit } from '../../../../shared/domain';
import { PeoplePicker } from '../../../components/PeoplePicker';
import { buildUnitTree, type UnitNode } from '../../../components/unit-tree';
import type { TargetDraft } from '../target-order';
import { targetKey } from '../target-order';

interface UnitOption {
  value: number;
  title: string;
  children: UnitOption[];
}
export const unitOptions = (nodes: readonly UnitNode[]): UnitOption[] => nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, children: unitOptions(n.children) }));

/** A unit as a 测评对象: its 领导班子 in a 述职测评, the unit itself in a 科室评议. */
export const unitDraft = (u: Unit, group: string): TargetDraft => ({ key: targetKey({ personId: null, unitId: u.id }), personId: null, unitId: u.id, name: u.name, post: '', unitName: u.name, group });

const personDraft = (p: Person): TargetDraft => ({
  key: targetKey({ personId: p.id, unitId: null }),
  personId: p.id,
  unitId: null,
  name: p.name,
  post: p.post ?? '',
  unitName: p.unitName,
  group: p.isLeader ? '领导班子' : '',
});

/** The roster, filtered by unit, 职务 and 班子成员, to add people (and units as 领导班子) as 测评对象. */
export function RosterPicker(props: { units: readonly Unit[]; chosenPeople: ReadonlySet<number>; onAdd: (more: TargetDraft[]) => void; disabled: boolean }) {
  const { units, chosenPeople, onAdd, disabled } = props;
  const [selected, setSelected] = useState<Person[]>([]);
  const [teamUnits, setTeamUnits] = useState<number[]>([]);
  const tree = useMemo(() => unitOptions(buildUnitTree(units)), [units]);

  const add = () => {
    onAdd(selected.map(personDraft));
    setSelected([]);
  };
  const addTeams = () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    onAdd(
      teamUnits
        .map((id) => byId.get(id))
        .filter((u): u is Unit => u !== undefined)
        .map((u) => unitDraft(u, '领导班子')),
    );
    setTeamUnits([]);
  };

  return (
    <div className="roster-picker">
      <Typography.Title level={5}>从花名册选择</Typography.Title>
      <PeoplePicker
        rankFilter
        units={units}
        unitFilter="select"
        selected={selected}
        onSelect={setSelected}
        taken={chosenPeople}
        takenLabel="已加入"
        selectAllLabel={() => '全选本页'}
        leaderFilter
        searchPlaceholder="姓名/职务"
        searchWidth={150}
        height={300}
        emptyText={{ all: '没有符合条件的人员' }}
        disabled={disabled}
        actions={
          <Button type="primary" icon={<PlusOutlined />} disabled={disabled || selected.length === 0} onClick={add}>
            加入测评对象{selected.length > 0 ? `（${selected.length}人）` : ''}
          </Button>
        }
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        <TeamOutlined /> 领导班子作为测评对象
      </Typography.Title>
      <Space.Compact style={{ width: '100%' }}>
        <TreeSelect<number[]>
          multiple
          treeData={tree}
          treeDefaultExpandAll
          value={teamUnits}
          onChange={(v) => setTeamUnits(v)}
          placeholder="选择单位"
          style={{ flex: 1 }}
          aria-label="选择领导班子所在单位"
          disabled={disabled}
          showSearch={{ treeNodeFilterProp: 'title' }}
          notFoundContent="无匹配单位"
        />
        <Button disabled={disabled || teamUnits.length === 0} onClick={addTeams}>
          加入
        </Button>
      </Space.Compact>
    </div>
  );
}
