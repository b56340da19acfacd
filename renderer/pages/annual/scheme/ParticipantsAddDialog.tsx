import { Button, Checkbox, Input, Modal, Select, Space, Table, Tree, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { AnnualYear, Participant } from '../../../../shared/annual/views';
import type { Person } from '../../../../shared/domain';
import { buildUnitTree, flattenUnitTree, type UnitNode } from '../../../components/unit-tree';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { usePeople, useUnits } from '../../../hooks/data-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { defaultGroupingText } from './scheme-text';

const allKey = 'all';
/** the group choice that lets the service pick each person's group */
const byRule = -1;

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}
const toTree = (nodes: readonly UnitNode[]): TreeNode[] => nodes.map((n) => ({ key: String(n.unit.id), title: `${n.unit.name}（${n.totalPeople}）`, children: toTree(n.children) }));

/** 添加人员: people from the roster (unit tree + search) join the year, into one group or by the default rule. */
export function ParticipantsAddDialog(props: { open: boolean; year: AnnualYear; members: readonly Participant[]; onClose: () => void }) {
  const { open, year, members, onClose } = props;
  const units = useUnits();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [groupId, setGroupId] = useState<number>(byRule);
  const [hideJoined, setHideJoined] = useState(true);
  const debounced = useDebounced(text.trim(), 200);
  const people = usePeople({ text: debounced || undefined, unitId: unitId ?? undefined, includeSubunits: unitId != null ? true : undefined });
  const add = useChannelMutation('annual.addParticipants', { success: (r) => `已添加 ${r.added} 人` });
  const joined = useMemo(() => new Set(members.map((m) => m.personId)), [members]);
  const forest = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const treeData = useMemo(() => [{ key: allKey, title: '全部单位', children: toTree(forest) }], [forest]);
  const allKeys = useMemo(() => [allKey, ...flattenUnitTree(forest).map((n) => String(n.unit.id))], [forest]);
  const found = useMemo(() => people.data?.rows ?? [], [people.data]);
  const addable = useMemo(() => found.filter((p) => !joined.has(p.id)), [found, joined]);
  const rows = hideJoined ? addable : found;

  useEffect(() => {
    if (!open) return;
    setSelected([]);
    setText('');
    setGroupId(byRule);
  }, [open]);

  const columns: TableColumnsType<Person> = [
    { title: '姓名', dataIndex: 'name', width: 84 },
    { title: '单位', dataIndex: 'unitName', width: 140, ellipsis: true },
    { title: '职务', dataIndex: 'post', ellipsis: true, render: (v: string | null) => v ?? '' },
    { title: '人员类别', dataIndex: 'category', width: 96, ellipsis: true, render: (v: string | null) => v ?? '' },
    { title: '', key: 'joined', width: 64, render: (_v, p) => (joined.has(p.id) ? <span className="muted">已参加</span> : '') },
  ];

  return (
    <Modal
      title={`添加参加人员：${year.year}年度`}
      open={open}
      onCancel={onClose}
      width={940}
      okText={selected.length > 0 ? `添加（${selected.length}人）` : '添加'}
      cancelText="取消"
      okButtonProps={{ disabled: selected.length === 0, loading: add.isPending }}
      onOk={() =>
        add.mutate({ year: year.year, personIds: selected, groupId: groupId === byRule ? undefined : groupId }, { onSuccess: onClose })
      }
      destroyOnHidden
    >
      <div className="add-people">
        <div className="add-people-tree">
          <Tree
            blockNode
            treeData={treeData}
            defaultExpandedKeys={allKeys}
            selectedKeys={[unitId == null ? allKey : String(unitId)]}
            onSelect={(keys) => {
              const key = keys[0];
              if (key !== undefined) setUnitId(key === allKey ? null : Number(key));
            }}
            height={380}
          />
        </div>
        <div className="add-people-list">
          <Space wrap size={8}>
            <Input.Search aria-label="查找人员" allowClear placeholder="姓名/身份证号/职务" value={text} onChange={(e) => setText(e.target.value)} style={{ width: 200 }} />
            <Button disabled={addable.length === 0} onClick={() => setSelected(addable.map((p) => p.id))}>
              {`全选未参加（${addable.length}）`}
            </Button>
            <Checkbox checked={hideJoined} onChange={(e) => setHideJoined(e.target.checked)}>
              {`只显示未参加的人员${found.length > addable.length ? `（已参加${found.length - addable.length}人）` : ''}`}
            </Checkbox>
            {selected.length > 0 && (
              <Button type="link" onClick={() => setSelected([])}>
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
            scroll={{ y: 340 }}
            virtual
            rowSelection={{
              selectedRowKeys: selected,
              preserveSelectedRowKeys: true,
              onChange: (keys) => setSelected(keys.map(Number)),
              getCheckboxProps: (p) => ({ disabled: joined.has(p.id), 'aria-label': `选择${p.name}` }),
            }}
            locale={{ emptyText: hideJoined ? '没有尚未参加的在职人员' : '没有符合条件的在职人员' }}
          />
        </div>
      </div>
      <div className="add-people-group">
        <Typography.Text strong>加入分组</Typography.Text>
        <Select
          aria-label="加入分组"
          value={groupId}
          onChange={setGroupId}
          options={[{ value: byRule, label: '按默认规则分组' }, ...year.groups.map((g) => ({ value: g.id, label: g.name }))]}
          style={{ width: 200 }}
        />
        <Typography.Text type="secondary">{groupId === byRule ? defaultGroupingText : ''}</Typography.Text>
      </div>
    </Modal>
  );
}
