import { ExportOutlined, ImportOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, Typography } from 'antd';
import { Suspense, useCallback, useMemo, useState } from 'react';
import type { PeopleQuery } from '../../../shared/contract/people';
import type { Person } from '../../../shared/domain';
import { QueryError } from '../../components/QueryError';
import { unitPath } from '../../components/unit-tree';
import { invoke } from '../../api';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useFileExport } from '../../hooks/use-file-export';
import { usePeople, useUnits } from '../../hooks/data-hooks';
import { useDebounced } from '../../hooks/use-debounced';
import { navigate } from '../../router/hash-router';
import { lazyComponent, useOpenedOnce } from '../../shell/lazy-page';
import { optionalPeopleColumns, type OptionalPeopleColumn, type PersonAction } from './people-columns';
import { PeopleTable } from './PeopleTable';
import { initialFilters, PeopleToolbar, type PeopleFilters } from './PeopleToolbar';
import type { LeaveStatus } from './StatusDialog';
import { UnitTreePanel } from './UnitTreePanel';
import './people.css';

// The start page: its dialogs (date pickers, the unit tree select, the form drawer) are fetched when
// first opened, so the first screen does not wait for them.
const PersonForm = lazyComponent(() => import('./PersonForm'), 'PersonForm');
const MovePeopleDialog = lazyComponent(() => import('./MovePeopleDialog'), 'MovePeopleDialog');
const StatusDialog = lazyComponent(() => import('./StatusDialog'), 'StatusDialog');

const toQuery = (unitId: number | null, f: PeopleFilters, text: string): PeopleQuery => ({
  text: text.trim() || undefined,
  unitId: unitId ?? undefined,
  includeSubunits: unitId != null ? true : undefined,
  category: f.category,
  political: f.political,
  isLeader: f.leader === undefined ? undefined : f.leader === 'yes',
  status: f.status,
});

const shownColumnsKey = 'kaoping.people.optionalColumns';

/** The optional columns this PC showed last time (kept in the browser's storage: a matter of taste, not data). */
function storedColumns(): OptionalPeopleColumn[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(shownColumnsKey) ?? '[]');
    return optionalPeopleColumns.map((c) => c.key).filter((key) => Array.isArray(saved) && saved.includes(key));
  } catch {
    return [];
  }
}

/** 人员: the unit tree, the searchable roster and everything one does to a person. */
export function PeoplePage() {
  const { modal } = App.useApp();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [filters, setFilters] = useState<PeopleFilters>(initialFilters);
  const [shown, setShown] = useState<OptionalPeopleColumn[]>(storedColumns);
  const changeShown = (next: OptionalPeopleColumn[]) => {
    setShown(next);
    localStorage.setItem(shownColumnsKey, JSON.stringify(next));
  };
  const text = useDebounced(filters.text, 200);
  const query = useMemo(() => toQuery(unitId, filters, text), [unitId, filters, text]);
  const units = useUnits();
  const people = usePeople(query);
  const [editing, setEditing] = useState<{ person: Person | null } | null>(null);
  const [moving, setMoving] = useState<Person | null>(null);
  const [leaving, setLeaving] = useState<{ person: Person; status: LeaveStatus } | null>(null);
  const formLoaded = useOpenedOnce(editing != null);
  const moveLoaded = useOpenedOnce(moving != null);
  const statusLoaded = useOpenedOnce(leaving != null);
  const { busy: exporting, run: runExport } = useFileExport();
  const remove = useChannelMutation('people.delete', { success: '已删除' });
  const reinstate = useChannelMutation('people.setStatus', { success: '已恢复为在职' });

  const onAction = useCallback(
    (action: PersonAction, person: Person) => {
      if (action === 'edit') setEditing({ person });
      else if (action === 'move') setMoving(person);
      else if (action === '调离' || action === '退休') setLeaving({ person, status: action });
      else if (action === 'reinstate') reinstate.mutate({ ids: [person.id], status: '在职', date: null });
      else if (action === 'delete') {
        modal.confirm({
          title: `删除人员：${person.name}`,
          content: '删除后不能恢复。已有考核记录的人员不能删除，请改为“调离”或“退休”。',
          okText: '删除',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => remove.mutateAsync({ id: person.id }).catch(() => undefined),
        });
      }
    },
    [modal, remove, reinstate],
  );

  const exportRoster = () =>
    void runExport(() => {
      const unitTitle = unitId != null && units.data ? units.data.find((u) => u.id === unitId)?.name : undefined;
      return invoke('roster.export', { ...query, unitTitle });
    });

  if (units.isError) return <QueryError error={units.error} />;
  const rows = people.data?.rows ?? [];
  const unitList = units.data ?? [];
  const scope = unitId != null ? unitPath(unitList, unitId) : '全部单位';

  return (
    <div className="page-fill people-page">
      <UnitTreePanel units={unitList} selected={unitId} onSelect={setUnitId} />
      <div className="people-main panel">
        <div className="page-title">
          <Space size={12} align="baseline">
            <Typography.Title level={4}>人员</Typography.Title>
            <Typography.Text type="secondary">{scope}</Typography.Text>
            <Typography.Text strong data-testid="people-count">
              {people.data ? `共 ${people.data.total} 人` : ''}
            </Typography.Text>
            <Dropdown
              trigger={['click']}
              menu={{
                selectable: true,
                multiple: true,
                selectedKeys: [...shown],
                items: optionalPeopleColumns.map((c) => ({ key: c.key, label: c.title })),
                onSelect: ({ selectedKeys }) => changeShown(selectedKeys as OptionalPeopleColumn[]),
                onDeselect: ({ selectedKeys }) => changeShown(selectedKeys as OptionalPeopleColumn[]),
              }}
            >
              <Button size="small" type="text" icon={<TableOutlined />} title="在表格中显示民族、籍贯、学历、参加工作时间、入党时间">
                {shown.length > 0 ? `更多列（${shown.length}）` : '更多列'}
              </Button>
            </Dropdown>
          </Space>
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ person: null })} disabled={unitList.length === 0}>
              新增人员
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => navigate('/import')}>
              导入花名册
            </Button>
            <Button icon={<ExportOutlined />} onClick={exportRoster} loading={exporting !== null} disabled={!people.data?.total}>
              导出花名册
            </Button>
          </Space>
        </div>
        <PeopleToolbar filters={filters} onChange={setFilters} />
        {people.isError ? <QueryError error={people.error} /> : <PeopleTable rows={rows} loading={people.isPending} shown={shown} onAction={onAction} />}
      </div>
      <Suspense fallback={null}>
        {formLoaded && <PersonForm open={editing != null} person={editing?.person ?? null} units={unitList} defaultUnitId={unitId ?? undefined} onClose={() => setEditing(null)} />}
        {moveLoaded && <MovePeopleDialog person={moving} units={unitList} onClose={() => setMoving(null)} />}
        {statusLoaded && <StatusDialog target={leaving} onClose={() => setLeaving(null)} />}
      </Suspense>
    </div>
  );
}
