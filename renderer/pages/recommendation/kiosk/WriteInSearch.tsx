import { Select } from 'antd';
import { useState } from 'react';
import type { RecommendationPost } from '../../../../shared/recommendation';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import type { WriteInName } from './recommendation-draft';

/** A person a 另推荐 search offers: the roster person, or (paper entry) the name as written when nobody matches. */
export interface WriteInOption {
  readonly personId: number | null;
  readonly name: string;
  readonly unitName: string;
}

/** Where 另推荐 names come from: the kiosk's own channel (only people who may be written in), or the whole roster (paper entry). */
export type WriteInSource = { readonly kind: 'kiosk'; readonly eventId: number } | { readonly kind: 'roster' };

function useWriteInOptions(source: WriteInSource, text: string): { options: readonly WriteInOption[]; loading: boolean } {
  const kiosk = useChannelQuery('recommendation.writeInSearch', { id: source.kind === 'kiosk' ? source.eventId : 0, text: text || '-' }, { enabled: source.kind === 'kiosk' && text.length > 0 });
  const roster = useChannelQuery('people.search', { text: text || '-' }, { enabled: source.kind === 'roster' && text.length > 0 });
  if (!text) return { options: [], loading: false };
  if (source.kind === 'kiosk') return { options: kiosk.data ?? [], loading: kiosk.isFetching };
  // on paper anything may be written: a name nobody on the roster has is kept, and not counted
  const people: WriteInOption[] = (roster.data?.rows ?? []).slice(0, 20).map((p) => ({ personId: p.id, name: p.name, unitName: p.unitName }));
  const exact = people.some((p) => p.name === text);
  return { options: roster.isFetching || exact ? people : [...people, { personId: null, name: text, unitName: '' }], loading: roster.isFetching };
}

/** The search box of 另推荐: type a name, pick the person. */
export function WriteInSearch(props: { post: RecommendationPost; onAdd: (name: WriteInName) => void; source: WriteInSource }) {
  const [text, setText] = useState('');
  const debounced = useDebounced(text.trim(), 200);
  const { options, loading } = useWriteInOptions(props.source, debounced);
  const shown = debounced === text.trim() ? options : [];
  return (
    <Select<string>
      showSearch={{ filterOption: false, searchValue: text, onSearch: setText }}
      value={null}
      className="rec-writein-search"
      aria-label={`${props.post.name} 另推荐`}
      placeholder="输入姓名查找另推荐人选"
      loading={loading}
      notFoundContent={debounced ? (loading ? '正在查找…' : '花名册中没有符合条件的人员') : '请输入姓名'}
      options={shown.map((o, i) => ({ value: String(i), label: o.personId === null ? `${o.name}（不在花名册）` : `${o.name}（${o.unitName}）` }))}
      onSelect={(value: string) => {
        const o = shown[Number(value)];
        if (o) props.onAdd({ personId: o.personId, name: o.name });
        setText('');
      }}
    />
  );
}

/** The 另推荐 names of one post, each with its 「×」 to take it back. */
export function WriteInTags(props: { postCode: string; writeIns: readonly WriteInName[]; onRemove: (index: number) => void }) {
  return props.writeIns.map((w, k) => (
    <span key={`${w.personId ?? w.name}`} className="rec-writein-tag" data-testid={`writein-${props.postCode}-${k + 1}`}>
      {w.name}
      {w.personId === null && <span className="rec-writein-note">（不在花名册）</span>}
      <button type="button" className="rec-writein-remove" aria-label={`取消另推荐 ${w.name}`} onClick={() => props.onRemove(k)}>
        ×
      </button>
    </span>
  ));
}
