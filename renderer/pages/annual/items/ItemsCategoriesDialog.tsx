import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AssessmentItem, ItemCategory } from '../../../../shared/annual/views';
import { OrderButtons } from '../../../components/OrderButtons';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';

interface CategoryDraft {
  id: number | undefined;
  key: string;
  name: string;
}

/** 指标类别 (主责业绩, 重点任务, …): names and order; a category that still has items cannot go. */
export function ItemsCategoriesDialog(props: { open: boolean; year: number; categories: readonly ItemCategory[]; items: readonly AssessmentItem[]; onClose: () => void }) {
  const { open, year, categories, items, onClose } = props;
  const [draft, setDraft] = useState<CategoryDraft[]>([]);
  const [added, setAdded] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.saveCategories', { success: '已保存指标类别', showError: false });
  useEffect(() => {
    if (!open) return;
    setDraft([...categories].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => ({ id: c.id, key: `c${c.id}`, name: c.name })));
    setError(null);
  }, [open, categories]);
  const itemCount = (id: number | undefined) => (id === undefined ? 0 : items.filter((i) => i.categoryId === id).length);
  const patch = (index: number, name: string) => setDraft(draft.map((c, i) => (i === index ? { ...c, name } : c)));
  return (
    <Modal
      title="编辑指标类别"
      open={open}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: draft.length === 0 || draft.some((c) => !c.name.trim()), loading: save.isPending }}
      onOk={() => {
        setError(null);
        save.mutate(
          { year, categories: draft.map((c) => ({ id: c.id, name: c.name.trim() })) },
          { onSuccess: onClose, onError: (e) => setError(errorText(e)) },
        );
      }}
      destroyOnHidden
    >
      <div className="category-list">
        {draft.map((c, i) => {
          const count = itemCount(c.id);
          return (
            <Space key={c.key} size={4} className="category-row">
              <span className="category-no">{i + 1}</span>
              <Input aria-label={`第${i + 1}个类别名称`} value={c.name} maxLength={20} onChange={(e) => patch(i, e.target.value)} style={{ width: 220 }} />
              <Typography.Text type="secondary" className="category-count">{`${count}项`}</Typography.Text>
              <OrderButtons list={draft} index={i} onChange={setDraft} keepReason={count > 0 ? '该类别下还有考核项目，不能删除' : null} />
            </Space>
          );
        })}
      </div>
      <Button
        icon={<PlusOutlined />}
        size="small"
        style={{ marginTop: 8 }}
        disabled={draft.length >= 30}
        onClick={() => {
          setAdded(added + 1);
          setDraft([...draft, { id: undefined, key: `new${added + 1}`, name: '' }]);
        }}
      >
        增加类别
      </Button>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
