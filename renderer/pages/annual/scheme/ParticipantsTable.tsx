import { Button, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { AnnualYear, Participant } from '../../../../shared/annual/views';
import { BoxTable, columnsWidth } from '../../../components/BoxTable';

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
const byText = (pick: (p: Participant) => string) => (a: Participant, b: Participant) => collator.compare(pick(a), pick(b));

/** The 不定等次 cell: the office's decision as a tag, the roster's reason in grey. */
function UndeterminedCell({ p, onSet }: { p: Participant; onSet: ((p: Participant) => void) | null }) {
  const u = p.undetermined;
  return (
    <span className="undetermined-cell">
      {u.override === 'yes' && (
        <Tooltip title={`理由：${u.overrideReason}`}>
          <Tag color="red">确定为不定等次</Tag>
        </Tooltip>
      )}
      {u.override === 'no' && (
        <Tooltip title={`理由：${u.overrideReason}`}>
          <Tag color="blue">参加定等次</Tag>
        </Tooltip>
      )}
      {u.override === null && u.effective && <Tag color="orange">不定等次</Tag>}
      {u.computed ? (
        <span className={`undetermined-reason${u.override === 'no' ? ' is-overridden' : ''}`} title={u.computed}>
          {u.computed}
        </span>
      ) : u.override === null ? (
        <span className="muted">—</span>
      ) : (
        <span className="undetermined-reason" title={u.overrideReason}>
          {u.overrideReason}
        </span>
      )}
      {onSet && (
        <Button type="link" size="small" className="undetermined-set" onClick={() => onSet(p)} aria-label={`设置${p.name}的不定等次`}>
          设置
        </Button>
      )}
    </span>
  );
}

/** 从事或分管工作 (grey: the 职务 the 登记表 prints instead) and the 备注 below it, with 填写. */
function NotesCell({ p, onSet }: { p: Participant; onSet: ((p: Participant) => void) | null }) {
  return (
    <span className="notes-cell">
      <span className="notes-text">
        {p.duties ? <span title={p.duties}>{p.duties}</span> : <span className="muted" title="未填写，登记表印职务">{p.post || '—'}</span>}
        {p.remark && (
          <span className="notes-remark" title={`备注：${p.remark}`}>
            备注：{p.remark}
          </span>
        )}
      </span>
      {onSet && (
        <Button type="link" size="small" onClick={() => onSet(p)} aria-label={`填写${p.name}的从事或分管工作`}>
          填写
        </Button>
      )}
    </span>
  );
}

/** The year's participants, virtualized (thousands of rows), with row selection for the batch actions. */
export function ParticipantsTable(props: {
  rows: readonly Participant[];
  year: AnnualYear;
  loading: boolean;
  selected: ReadonlySet<number>;
  /** null: no selection (locked year) */
  onSelect: ((ids: readonly number[]) => void) | null;
  /** null: read-only (locked year) */
  onUndetermined: ((p: Participant) => void) | null;
  /** 从事或分管工作 and 备注; null: read-only (locked year) */
  onNotes: ((p: Participant) => void) | null;
}) {
  const { rows, year, loading, selected, onSelect, onUndetermined, onNotes } = props;
  const groupNames = useMemo(() => new Map(year.groups.map((g) => [g.id, g.name])), [year.groups]);
  const groupOrder = useMemo(() => new Map(year.groups.map((g, i) => [g.id, i])), [year.groups]);
  const vocabularies = year.rules.vocabularies;
  const columns = useMemo<TableColumnsType<Participant>>(
    () => [
      { title: '序号', key: 'index', width: 56, align: 'center', render: (_v, _p, index) => index + 1 },
      { title: '姓名', dataIndex: 'name', width: 84, sorter: byText((p) => p.name), render: (name: string, p) => (p.isLeader ? <span title="班子成员">{name}<sup className="leader-mark">班</sup></span> : name) },
      { title: '单位', dataIndex: 'unitName', width: 130, ellipsis: true, sorter: byText((p) => p.unitName) },
      { title: '职务', dataIndex: 'post', width: 120, ellipsis: true, sorter: byText((p) => p.post) },
      { title: '人员类别', dataIndex: 'category', width: 96, ellipsis: true, sorter: byText((p) => p.category) },
      {
        title: '等次序列',
        dataIndex: 'vocabulary',
        width: 124,
        ellipsis: true,
        sorter: byText((p) => p.vocabulary),
        render: (v: Participant['vocabulary']) => vocabularies[v].label,
      },
      {
        title: '考核分组',
        dataIndex: 'groupId',
        width: 100,
        ellipsis: true,
        sorter: (a, b) => (groupOrder.get(a.groupId) ?? 99) - (groupOrder.get(b.groupId) ?? 99),
        render: (id: number) => groupNames.get(id) ?? '',
      },
      {
        title: '不定等次',
        key: 'undetermined',
        width: 230,
        sorter: (a, b) => Number(b.undetermined.effective) - Number(a.undetermined.effective),
        render: (_v, p) => <UndeterminedCell p={p} onSet={onUndetermined} />,
      },
      {
        title: '从事或分管工作',
        key: 'duties',
        width: 200,
        sorter: byText((p) => p.duties),
        render: (_v, p) => <NotesCell p={p} onSet={onNotes} />,
      },
    ],
    [groupNames, groupOrder, vocabularies, onUndetermined, onNotes],
  );
  return (
    <BoxTable<Participant>
        boxClassName="annual-table-box"
        boxTestId="participants-table"
        rowKey="personId"
        columns={columns}
        rows={rows}
        loading={loading}
        width={columnsWidth(columns, 48)}
        showSorterTooltip={false}
        rowSelection={
          onSelect
            ? {
                selectedRowKeys: [...selected],
                preserveSelectedRowKeys: true,
                onChange: (keys) => onSelect(keys.map(Number)),
                getCheckboxProps: (p) => ({ 'aria-label': `选择${p.name}` }),
              }
            : undefined
        }
        locale={{ emptyText: '没有符合条件的参加人员' }}
    />
  );
}
