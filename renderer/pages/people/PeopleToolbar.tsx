import { Input, Select } from 'antd';
import { useVocabularies } from '../../hooks/data-hooks';

export interface PeopleFilters {
  text: string;
  category?: string;
  political?: string;
  leader?: 'yes' | 'no';
  status: '在职' | '调离' | '退休' | '全部';
}

export const initialFilters: PeopleFilters = { text: '', status: '在职' };

const toOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** Search box and the filters over the people table. */
export function PeopleToolbar(props: { filters: PeopleFilters; onChange: (next: PeopleFilters) => void }) {
  const { filters, onChange } = props;
  const vocab = useVocabularies();
  const set = (patch: Partial<PeopleFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="people-filters">
      <Input.Search
        allowClear
        placeholder="姓名/身份证号/编号/职务"
        value={filters.text}
        onChange={(e) => set({ text: e.target.value })}
        style={{ width: 230 }}
        aria-label="查询人员"
      />
      <Select allowClear placeholder="人员类别" value={filters.category} onChange={(v) => set({ category: v })} options={toOptions(vocab.data?.category ?? [])} style={{ width: 120 }} aria-label="人员类别" />
      <Select allowClear placeholder="政治面貌" value={filters.political} onChange={(v) => set({ political: v })} options={toOptions(vocab.data?.political ?? [])} style={{ width: 112 }} aria-label="政治面貌" />
      <Select
        allowClear
        placeholder="班子成员"
        value={filters.leader}
        onChange={(v) => set({ leader: v })}
        options={[{ value: 'yes', label: '班子成员：是' }, { value: 'no', label: '班子成员：否' }]}
        style={{ width: 110 }}
        aria-label="班子成员"
      />
      <Select
        value={filters.status}
        onChange={(v) => set({ status: v })}
        options={(['在职', '调离', '退休', '全部'] as const).map((v) => ({ value: v, label: v === '全部' ? '全部状态' : v }))}
        style={{ width: 100 }}
        aria-label="在职状态"
      />
    </div>
  );
}
