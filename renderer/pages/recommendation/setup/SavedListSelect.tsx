import { App, Select } from 'antd';
import { useChannelQuery } from '../../../hooks/api-hooks';

type SavedPerson = { personId: number; name: string; unitName: string; post: string };

/**
 * 「从已有名单加入」: a list the office drew up before (another 推荐's candidates, a 述职测评's 测评对象)
 * added to the current post in one step; people already on it are not added twice.
 */
export function SavedListSelect(props: { exceptId: number; onAdd: (people: readonly SavedPerson[]) => number; disabled?: boolean }) {
  const { exceptId, onAdd, disabled = false } = props;
  const { message } = App.useApp();
  const lists = useChannelQuery('recommendation.candidateLists', { exceptId });
  const options = (lists.data ?? []).map((l, i) => ({ value: i, label: `${l.label}（${l.people.length}人）` }));
  return (
    <Select<number>
      aria-label="从已有名单加入"
      placeholder="从已有名单加入…"
      value={null}
      disabled={disabled || options.length === 0}
      options={options}
      popupMatchSelectWidth={false}
      style={{ width: 170 }}
      onChange={(i) => {
        const list = lists.data?.[i];
        if (!list) return;
        const added = onAdd(list.people);
        void message.success(added > 0 ? `已从「${list.label}」加入 ${added} 人` : `「${list.label}」中的人员都已在名单中`);
      }}
    />
  );
}
