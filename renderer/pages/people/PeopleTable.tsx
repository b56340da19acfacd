import { useMemo } from 'react';
import type { Person } from '../../../shared/domain';
import { BoxTable } from '../../components/BoxTable';
import { peopleColumns, type OptionalPeopleColumn, type PersonAction } from './people-columns';

/** The roster table, virtualized so thousands of rows scroll smoothly; `shown`: the optional columns asked for. */
export function PeopleTable(props: {
  rows: readonly Person[]; loading: boolean; shown: readonly OptionalPeopleColumn[]; onAction: (action: PersonAction, person: Person) => void;
}) {
  const { rows, loading, shown, onAction } = props;
  const columns = useMemo(() => peopleColumns(onAction, shown), [onAction, shown]);
  return <BoxTable<Person> boxClassName="people-table-box" rowKey="id" columns={columns} rows={rows} loading={loading} showSorterTooltip={false} locale={{ emptyText: '没有符合条件的人员' }} />;
}
