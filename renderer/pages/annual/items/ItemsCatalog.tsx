import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { itemSourceLabels } from '../../../../shared/annual';
import { itemMethodLabels, type AssessmentItem, type ItemCategory, type ItemTarget } from '../../../../shared/annual/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { ItemsCategoriesDialog } from './ItemsCategoriesDialog';
import { ItemsEditDialog, type ItemEditing } from './ItemsEditDialog';
import { itemTargetLabels } from './item-labels';
import { itemRuleText } from './item-values';

const byOrder = <T extends { sortOrder: number; id: number }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id - b.id;

/** 指标体系: the categories and, under each, its items in order, with add / edit / move / delete. */
export function ItemsCatalog(props: { year: number; locked: boolean; categories: readonly ItemCategory[]; items: readonly AssessmentItem[]; defaultTarget: ItemTarget }) {
  const { year, locked, categories, items, defaultTarget } = props;
  const { modal } = App.useApp();
  const [editing, setEditing] = useState<ItemEditing | null>(null);
  const [editingCategories, setEditingCategories] = useState(false);
  const move = useChannelMutation('annual.moveItem');
  const remove = useChannelMutation('annual.deleteItem', { success: '已删除考核项目' });
  const ordered = [...categories].sort(byOrder);

  const confirmDelete = (item: AssessmentItem) => {
    modal.confirm({
      title: `删除考核项目：${item.name}`,
      content: '删除后不能恢复。确定删除吗？',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: item.id }).catch(() => undefined),
    });
  };

  return (
    <div className="panel items-catalog">
      <div className="catalog-head">
        <Typography.Title level={5}>指标体系</Typography.Title>
        <Space size={4}>
          <Button size="small" icon={<UnorderedListOutlined />} disabled={locked} onClick={() => setEditingCategories(true)}>
            编辑类别
          </Button>
        </Space>
      </div>
      <div className="catalog-scroll">
        {ordered.length === 0 && <Empty description="尚未设置指标类别" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {ordered.map((category) => {
          const own = items.filter((i) => i.categoryId === category.id).sort(byOrder);
          return (
            <section key={category.id} className="catalog-category" data-testid="catalog-category">
              <div className="catalog-category-head">
                <span className="catalog-category-name">{category.name}</span>
                <Typography.Text type="secondary" className="catalog-category-count">{`${own.length}项`}</Typography.Text>
                <Button
                  size="small"
                  type="link"
                  icon={<PlusOutlined />}
                  disabled={locked}
                  onClick={() => setEditing({ item: null, categoryId: category.id, appliesTo: defaultTarget })}
                  aria-label={`在${category.name}中添加项目`}
                >
                  添加
                </Button>
              </div>
              {own.length === 0 && <div className="catalog-none">暂无项目</div>}
              {own.map((item, i) => (
                <div key={item.id} className="catalog-item" data-testid="catalog-item">
                  <div className="catalog-item-main">
                    <div className="catalog-item-title">
                      <Tag color={item.appliesTo === 'unit' ? 'purple' : 'blue'}>{itemTargetLabels[item.appliesTo]}</Tag>
                      <Tooltip title={item.description || undefined} placement="right">
                        <button type="button" className="catalog-item-name" onClick={() => setEditing({ item, categoryId: item.categoryId, appliesTo: item.appliesTo })} disabled={locked}>
                          {item.name}
                        </button>
                      </Tooltip>
                    </div>
                    <div className="catalog-item-rule">
                      {item.source === 'none' ? `${itemMethodLabels[item.method]}，${itemRuleText(item)}` : `自动取数：${itemSourceLabels[item.source]}，${itemRuleText(item)}`}
                      {item.passToPeople && <Tag color="gold">计入本单位人员</Tag>}
                      {item.entries > 0 && <span className="muted">{`已录${item.entries}条`}</span>}
                    </div>
                  </div>
                  {!locked && (
                    <Space size={0} className="catalog-item-actions">
                      <Button type="text" size="small" icon={<EditOutlined />} aria-label={`修改${item.name}`} onClick={() => setEditing({ item, categoryId: item.categoryId, appliesTo: item.appliesTo })} />
                      <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={`上移${item.name}`} disabled={i === 0} onClick={() => move.mutate({ id: item.id, direction: 'up' })} />
                      <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={`下移${item.name}`} disabled={i === own.length - 1} onClick={() => move.mutate({ id: item.id, direction: 'down' })} />
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除${item.name}`}
                        title={item.entries > 0 ? '已有评分记录的项目不能删除' : '删除'}
                        disabled={item.entries > 0}
                        onClick={() => confirmDelete(item)}
                      />
                    </Space>
                  )}
                </div>
              ))}
            </section>
          );
        })}
      </div>
      <ItemsEditDialog year={year} editing={editing} categories={ordered} onClose={() => setEditing(null)} />
      <ItemsCategoriesDialog open={editingCategories} year={year} categories={categories} items={items} onClose={() => setEditingCategories(false)} />
    </div>
  );
}
