import { Button, Checkbox, Input, Select, Space, Table, Tree, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { Person, Unit } from '../../shared/domain';
import { usePeople, useVocabularies } from '../hooks/data-hooks';
import { useDebounced } from '../hooks/use-debounced';
import { buildUnitTree, flattenUnitTree, type UnitNode } from './unit-tree';
import { UnitTreeSelect } from './UnitTreeSelect';

const allUnitsKey = 'all';

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}
const toTree = (nodes: readonly UnitNode[]): TreeNode[] => nodes.map((n) => ({ key: String(n.unit.id), title: `${n.unit.name}（${n.totalPeople}）`, children: toTree(n.children) }));

export interface PeoplePickerProps {
  units: readonly Unit[];
  /** the unit filter: a tree beside the list (a wide dialog) or a drop-down above it (a narrow column) */
  unitFilter: 'tree' | 'select';
  selected: readonly Person[];
  onSelect: (people: Person[]) => void;
  /** people already in the list being filled (参加, 加入): marked with `takenLabel`, not selectable */
  taken: ReadonlySet<number>;
  takenLabel: string;
  /** the button that selects every shown person not yet taken, given how many that is */
  selectAllLabel: (count: number) => string;
  /** offers the 班子成员 filter */
  leaderFilter?: boolean;
  /** offers the 职级 filter (the 职级 the roster's 在职 people have) */
  rankFilter?: boolean;
  /** shows the 人员类别 column */
  categoryColumn?: boolean;
  /** offers 「只显示未…的人员」 with this word (参加) and hides the taken people until it is unticked */
  hideTakenWord?: string;
  /** the caller's own buttons, before 全选 (e.g. 加入测评对象) */
  actions?: ReactNode;
  /** the caller's own control after the filters (e.g. 从已有名单加入) */
  extraFilter?: ReactNode;
  searchPlaceholder: string;
  /** the search box's width in pixels, so its placeholder reads whole */
  searchWidth?: number;
  /** the list's height in pixels */
  height: number;
  /** the empty list's text: with the taken people hidden, and without */
  emptyText: { hidden?: string; all: string };
  disabled?: boolean;
}

/**
 * Picks people from the roster (在职): a unit (with its sub-units), a search over 姓名/身份证号/职务 or
 * 拼音首字母, optionally 班子成员 and 职级, and a list with check boxes; those already taken are marked and cannot be picked
 * again. Selections survive a change of filter, so people from several units can be added at once.
 * The one picker of 年度考核's 添加人员 and 述职测评's 测评对象.
 */
export function PeoplePicker(props: PeoplePickerProps) {
  const { units, unitFilter, selected, onSelect, taken, takenLabel, selectAllLabel, leaderFilter = false, rankFilter = false, categoryColumn = false, hideTakenWord, actions, extraFilter, searchPlaceholder, searchWidth = 180, height, emptyText, disabled = false } = props;
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [leader, setLeader] = useState<'yes' | 'no' | undefined>(undefined);
  const [rank, setRank] = useState<string | undefined>(undefined);
  const vocabularies = useVocabularies();
  const [hideTaken, setHideTaken] = useState(hideTakenWord !== undefined);
  const debounced = useDebounced(text.trim(), 200);
  const people = usePeople({
    text: debounced || undefined,
    unitId: unitId ?? undefined,
    includeSubunits: unitId != null ? true : undefined,
    isLeader: leader === undefined ? undefined : leader === 'yes',
    rank,
  });
  const found = useMemo(() => people.data?.rows ?? [], [people.data]);
  const free = useMemo(() => found.filter((p) => !taken.has(p.id)), [found, taken]);
  const rows = hideTaken ? free : found;

  /** ids back to people: those picked before (perhaps filtered out now) and those shown */
  const pick = (ids: readonly number[]) => {
    const known = new Map([...selected, ...found].map((p) => [p.id, p]));
    onSelect(ids.map((id) => known.get(id)).filter((p): p is Person => p !== undefined));
  };

  const columns: TableColumnsType<Person> = [
    { title: '姓名', dataIndex: 'name', width: 80 },
    { title: '单位', dataIndex: 'unitName', width: 120, ellipsis: true },
    { title: '职务', dataIndex: 'post', ellipsis: true, render: (v: string | null) => v ?? '' },
    ...(categoryColumn ? [{ title: '人员类别', dataIndex: 'category', width: 96, ellipsis: true, render: (v: string | null) => v ?? '' }] : []),
    { title: '', key: 'taken', width: 64, render: (_v, p) => (taken.has(p.id) ? takenLabel : '') },
  ];

  const search = <Input.Search aria-label="查找人员" allowClear placeholder={searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} style={{ width: searchWidth }} />;
  const list = (
    <div className="people-picker-list" style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Space wrap size={8}>
        {unitFilter === 'select' && (
          <div style={{ width: 190 }}>
            <UnitTreeSelect units={units} value={unitId} onChange={(v) => setUnitId(v ?? null)} allowClear placeholder="全部单位" />
          </div>
        )}
        {search}
        {leaderFilter && (
          <Select
            allowClear
            placeholder="班子成员"
            value={leader}
            onChange={setLeader}
            options={[
              { value: 'yes', label: '班子成员：是' },
              { value: 'no', label: '班子成员：否' },
            ]}
            style={{ width: 130 }}
            aria-label="班子成员"
          />
        )}
        {rankFilter && (
          <Select
            allowClear
            showSearch
            placeholder="职级"
            value={rank}
            onChange={setRank}
            options={(vocabularies.data?.ranks ?? []).map((r) => ({ value: r, label: r }))}
            style={{ width: 140 }}
            aria-label="职级"
          />
        )}
        {extraFilter}
      </Space>
      {/* above the list, so the caller's button stays on a 720 px screen whatever the list's height */}
      <Space wrap size={8}>
        {actions}
        <Button disabled={disabled || free.length === 0} onClick={() => pick(free.map((p) => p.id))}>
          {selectAllLabel(free.length)}
        </Button>
        {hideTakenWord !== undefined && (
          <Checkbox checked={hideTaken} onChange={(e) => setHideTaken(e.target.checked)}>
            {`只显示未${hideTakenWord}的人员${found.length > free.length ? `（已${hideTakenWord}${found.length - free.length}人）` : ''}`}
          </Checkbox>
        )}
        {selected.length > 0 && (
          <Button type="link" onClick={() => onSelect([])}>
            取消选择
          </Button>
        )}
      </Space>
      <Table<Person>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={people.isPending}
        pagination={false}
        scroll={{ y: height }}
        virtual
        rowSelection={{
          selectedRowKeys: selected.map((p) => p.id),
          preserveSelectedRowKeys: true,
          onChange: (keys) => pick(keys.map(Number)),
          getCheckboxProps: (p) => ({ disabled: disabled || taken.has(p.id), 'aria-label': `选择${p.name}` }),
        }}
        rowClassName={(p) => (taken.has(p.id) ? 'people-picker-taken' : '')}
        locale={{ emptyText: hideTaken && emptyText.hidden ? emptyText.hidden : emptyText.all }}
      />
    </div>
  );
  if (unitFilter === 'select') return list;
  return (
    <div className="people-picker" style={{ display: 'flex', gap: 12 }}>
      <UnitTree units={units} unitId={unitId} onUnit={setUnitId} height={height + 80} />
      {list}
    </div>
  );
}

/** The unit tree beside the list: 全部单位 on top, each unit with its head count. */
function UnitTree(props: { units: readonly Unit[]; unitId: number | null; onUnit: (unitId: number | null) => void; height: number }) {
  const { units, unitId, onUnit, height } = props;
  const forest = useMemo(() => buildUnitTree(units), [units]);
  const treeData = useMemo(() => [{ key: allUnitsKey, title: '全部单位', children: toTree(forest) }], [forest]);
  const allKeys = useMemo(() => [allUnitsKey, ...flattenUnitTree(forest).map((n) => String(n.unit.id))], [forest]);
  return (
    <div style={{ width: 240, flex: 'none', border: '1px solid #eceef2', borderRadius: 6, padding: 6, overflow: 'hidden' }}>
      <Tree
        blockNode
        treeData={treeData}
        defaultExpandedKeys={allKeys}
        selectedKeys={[unitId == null ? allUnitsKey : String(unitId)]}
        onSelect={(keys) => {
          const key = keys[0];
          if (key !== undefined) onUnit(key === allUnitsKey ? null : Number(key));
        }}
        height={height}
      />
    </div>
  );
}
