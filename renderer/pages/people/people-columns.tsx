import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tag, type TableColumnsType } from 'antd';
import type { Person } from '../../../shared/domain';
import { Tooltip } from 'antd';
import { dayText } from '../../../shared/date-text';

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
const byText = (pick: (p: Person) => string | null) => (a: Person, b: Person) => collator.compare(pick(a) ?? '', pick(b) ?? '');

export type PersonAction = 'edit' | 'move' | '调离' | '退休' | 'reinstate' | 'delete';

/** Columns the table leaves out unless asked for (「更多列」): the details only some forms need. */
export const optionalPeopleColumns = [
  { key: 'ethnicity', title: '民族', width: 72 },
  { key: 'nativePlace', title: '籍贯', width: 112 },
  { key: 'education', title: '学历', width: 96 },
  { key: 'workStart', title: '参加工作时间', width: 112 },
  { key: 'partySince', title: '入党时间', width: 88 },
] as const satisfies readonly { key: keyof Person; title: string; width: number }[];
export type OptionalPeopleColumn = (typeof optionalPeopleColumns)[number]['key'];

const statusColor: Record<Person['status'], string> = { 在职: 'green', 调离: 'orange', 退休: 'default' };

/**
 * The roster's columns with the row actions. Who and where come first (姓名, 单位/科室, 职务, 职级,
 * 状态), so on a 1280 px screen they are in view beside the unit tree; the personal details follow
 * behind the table's own sideways scroll, 操作 stays pinned at the right.
 */
export function peopleColumns(onAction: (action: PersonAction, person: Person) => void, shown: readonly OptionalPeopleColumn[] = []): TableColumnsType<Person> {
  const optional: TableColumnsType<Person> = optionalPeopleColumns
    .filter((c) => shown.includes(c.key))
    .map((c) => ({ title: c.title, dataIndex: c.key, key: c.key, width: c.width, ellipsis: true, sorter: byText((p) => p[c.key]) }));
  return [
    { title: '序号', key: 'index', width: 48, align: 'center', fixed: 'left', render: (_v, _p, index) => index + 1 },
    { title: '姓名', dataIndex: 'name', width: 76, sorter: byText((p) => p.name), fixed: 'left' },
    { title: '单位/科室', dataIndex: 'unitName', width: 128, sorter: byText((p) => p.unitName), ellipsis: true },
    { title: '职务', dataIndex: 'post', width: 108, sorter: byText((p) => p.post), ellipsis: true },
    { title: '职级', dataIndex: 'rank', width: 100, sorter: byText((p) => p.rank), ellipsis: true },
    {
      title: '状态', dataIndex: 'status', width: 120, sorter: byText((p) => p.status),
      render: (_v, p) => (
        <span className="people-status">
          <Tag color={statusColor[p.status]}>{p.status}</Tag>
          {p.status !== '在职' && p.statusDate && <span className="muted">{dayText(p.statusDate)}</span>}
        </span>
      ),
    },
    { title: '性别', dataIndex: 'gender', width: 56, align: 'center', sorter: byText((p) => p.gender) },
    { title: '出生年月', dataIndex: 'birth', width: 88, sorter: byText((p) => p.birth) },
    { title: '身份证号', dataIndex: 'idNumber', width: 176, sorter: byText((p) => p.idNumber), render: (v: string | null) => <span className="mono">{v ?? ''}</span> },
    { title: '政治面貌', dataIndex: 'political', width: 104, sorter: byText((p) => p.political) },
    { title: '人员类别', dataIndex: 'category', width: 110, sorter: byText((p) => p.category), ellipsis: true },
    {
      title: '班子成员', dataIndex: 'isLeader', width: 88, align: 'center',
      sorter: (a, b) => Number(b.isLeader) - Number(a.isLeader),
      render: (v: boolean) => (v ? <Tag color="blue">是</Tag> : <span className="muted">否</span>),
    },
    ...optional,
    {
      title: '操作', key: 'actions', width: 168, fixed: 'right',
      render: (_v, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onAction('edit', p)}>编辑</Button>
          <Tooltip title="换到本单位的另一个科室或下属单位，仍在职">
            <Button type="link" size="small" onClick={() => onAction('move', p)} disabled={p.status !== '在职'}>调整单位</Button>
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                ...(p.status === '在职'
                  ? [
                      { key: '调离', label: <span title="调出本单位：不再列入在职名单，考核记录保留">调离本单位</span> },
                      { key: '退休', label: '退休' },
                    ]
                  : [{ key: 'reinstate', label: '恢复在职' }]),
                { type: 'divider' as const },
                { key: 'delete', label: '删除', danger: true },
              ],
              onClick: ({ key }) => onAction(key as PersonAction, p),
            }}
          >
            <Button type="link" size="small">
              更多 <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      ),
    },
  ];
}
