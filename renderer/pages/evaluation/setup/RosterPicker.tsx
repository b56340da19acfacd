import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, TreeSelect, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Person, Unit } from '../../../../shared/domain';
import { buildUnitTree, type UnitNode } from '../../../components/unit-tree';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { usePeople } from '../../../hooks/data-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import type { TargetDraft } from '../target-order';
import { targetKey } from '../target-order';

interface UnitOption {
  value: number;
  title: string;
  children: UnitOption[];
}
const unitOptions = (nodes: readonly UnitNode[]): UnitOption[] => nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, children: unitOptions(n.children) }));

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
export function RosterPicker(props: { units: readonly Unit[]; chosen: ReadonlySet<string>; onAdd: (more: TargetDraft[]) => void; disabled: boolean }) {
  const { units, chosen, onAdd, disabled } = props;
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [leader, setLeader] = useState<'yes' | 'no' | undefined>(undefined);
  const [selected, setSelected] = useState<number[]>([]);
  const [teamUnits, setTeamUnits] = useState<number[]>([]);
  const debounced = useDebounced(text, 200);
  const people = usePeople({
    text: debounced.trim() || undefined,
    unitId: unitId ?? undefined,
    includeSubunits: unitId != null ? true : undefined,
    isLeader: leader === undefined ? undefined : leader === 'yes',
  });
  const rows = useMemo(() => people.data?.rows ?? [], [people.data]);
  const tree = useMemo(() => unitOptions(buildUnitTree(units)), [units]);

  const columns: TableColumnsType<Person> = [
    { title: '姓名', dataIndex: 'name', width: 80 },
    { title: '职务', dataIndex: 'post', ellipsis: true, render: (v: string | null) => v ?? '' },
    { title: '单位', dataIndex: 'unitName', width: 110, ellipsis: true },
    { title: '', key: 'chosen', width: 64, render: (_v, p) => (chosen.has(targetKey({ personId: p.id, unitId: null })) ? '已加入' : '') },
  ];

  const add = () => {
    const byId = new Map(rows.map((p) => [p.id, p]));
    onAdd(selected.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined).map(personDraft));
    setSelected([]);
  };
  const addTeams = () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    onAdd(
      teamUnits
        .map((id) => byId.get(id))
        .filter((u): u is Unit => u !== undefined)
        .map((u) => ({ key: targetKey({ personId: null, unitId: u.id }), personId: null, unitId: u.id, name: u.name, post: '', unitName: u.name, group: '领导班子' })),
    );
    setTeamUnits([]);
  };

  return (
    <div className="roster-picker">
      <Typography.Title level={5}>从花名册选择</Typography.Title>
      <div className="roster-filters">
        <div style={{ width: 190 }}>
          <UnitTreeSelect units={units} value={unitId} onChange={(v) => setUnitId(v ?? null)} allowClear placeholder="全部单位" />
        </div>
        <Input.Search allowClear placeholder="姓名/职务" value={text} onChange={(e) => setText(e.target.value)} style={{ width: 150 }} aria-label="按姓名或职务查找" />
        <Select
          allowClear
          placeholder="班子成员"
          value={leader}
          onChange={setLeader}
          options={[{ value: 'yes', label: '班子成员：是' }, { value: 'no', label: '班子成员：否' }]}
          style={{ width: 130 }}
          aria-label="班子成员"
        />
      </div>
      {/* above the list, so 「加入测评对象」 stays on a 720 px screen whatever the list's height */}
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} disabled={disabled || selected.length === 0} onClick={add}>
          加入测评对象{selected.length > 0 ? `（${selected.length}人）` : ''}
        </Button>
        <Button
          disabled={disabled || rows.length === 0}
          onClick={() => setSelected(rows.filter((p) => !chosen.has(targetKey({ personId: p.id, unitId: null }))).map((p) => p.id))}
        >
          全选本页
        </Button>
      </Space>
      <Table<Person>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={people.isPending}
        pagination={false}
        scroll={{ y: 300 }}
        virtual
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number)),
          getCheckboxProps: (p) => ({ disabled: disabled || chosen.has(targetKey({ personId: p.id, unitId: null })), 'aria-label': `选择${p.name}` }),
        }}
        rowClassName={(p) => (chosen.has(targetKey({ personId: p.id, unitId: null })) ? 'row-chosen' : '')}
        locale={{ emptyText: '没有符合条件的人员' }}
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
