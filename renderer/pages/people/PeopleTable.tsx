import { useMemo } from 'react';
import type { Person } from '../../../shared/domain';
import { BoxTable } from '../../components/BoxTable';
import { peopleColumns, type PersonAction } from './people-columns';

/** The roster table, virtualized so thousands of rows scroll smoothly. */
export function PeopleTable(props: { rows: readonly Person[]; loading: boolean; onAction: (action: PersonAction, person: Person) => void }) {
  const { rows, loading, onAction } = props;
  const columns = useMemo(() => peopleColumns(onAction), [onAction]);
  return <BoxTable<Person> boxClassName="people-table-box" rowKey="id" columns={columns} rows={rows} loading={loading} showSorterTooltip={false} locale={{ emptyText: '没有符合条件的人员' }} />;
}
