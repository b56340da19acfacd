import { Table } from 'antd';
import { useMemo, useRef } from 'react';
import type { Person } from '../../../shared/domain';
import { useElementHeight } from '../../hooks/use-element-height';
import { peopleColumns, type PersonAction } from './people-columns';

// header row plus the horizontal scrollbar, which sit inside the box with the virtual body
const chromeHeight = 40 + 16;

/** The roster table, virtualized so thousands of rows scroll smoothly. */
export function PeopleTable(props: { rows: readonly Person[]; loading: boolean; onAction: (action: PersonAction, person: Person) => void }) {
  const { rows, loading, onAction } = props;
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box);
  const columns = useMemo(() => peopleColumns(onAction), [onAction]);
  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 0);
  return (
    <div ref={box} className="people-table-box">
      <Table<Person>
        virtual
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows as Person[]}
        loading={loading}
        pagination={false}
        scroll={{ x: width, y: height - chromeHeight }}
        showSorterTooltip={false}
        locale={{ emptyText: '没有符合条件的人员' }}
      />
    </div>
  );
}
