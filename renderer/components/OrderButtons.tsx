import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';

/** The list with one entry moved up (-1) or down (+1); a move past either end leaves the list as it is. */
export function moveEntry<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [entry] = next.splice(index, 1);
  next.splice(to, 0, entry!);
  return next;
}

export interface OrderButtonsProps<T> {
  list: readonly T[];
  index: number;
  /** the list after a move or a removal */
  onChange: (list: T[]) => void;
  /** why this entry cannot be removed (shown as the button's title), or null when it can */
  keepReason?: string | null;
  /** the name after 上移/下移/删除 in each button's label, so a screen reader tells the rows apart */
  name?: string;
  /** the removal's word: 删除, or 移除 where the entry only leaves this list */
  removeWord?: string;
  /** how many entries the list keeps at the least (one unless said) */
  minLength?: number;
  disabled?: boolean;
}

/**
 * 上移 / 下移 / 删除 for one entry of an ordered list edited in place (考核分组, 星目, 指标类别, 测评对象, 票面等次):
 * one piece, so every such list moves and removes alike. A list keeps `minLength` entries (one unless
 * said), and an entry with a `keepReason` (it still holds people, items, records) cannot go.
 */
export function OrderButtons<T>(props: OrderButtonsProps<T>) {
  const { list, index, onChange, keepReason = null, name = '', removeWord = '删除', minLength = 1, disabled = false } = props;
  const label = (word: string) => `${word}${name}`;
  const removable = keepReason === null && list.length > minLength;
  return (
    <Space size={0}>
      <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={label('上移')} title="上移" disabled={disabled || index === 0} onClick={() => onChange(moveEntry(list, index, -1))} />
      <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={label('下移')} title="下移" disabled={disabled || index === list.length - 1} onClick={() => onChange(moveEntry(list, index, 1))} />
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={label(removeWord)}
        title={keepReason ?? removeWord}
        disabled={disabled || !removable}
        onClick={() => onChange(list.filter((_x, j) => j !== index))}
      />
    </Space>
  );
}
