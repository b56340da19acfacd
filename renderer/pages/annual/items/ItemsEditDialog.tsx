import { Alert, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { itemInput } from '../../../../shared/contract/annual';
import { itemMethodLabels, type AssessmentItem, type ItemCategory, type ItemMethod, type ItemTarget } from '../../../../shared/annual/views';
import { itemSourceLabels, itemSources, sourceMappingText, type ItemSource } from '../../../../shared/annual';
import { errorText, useChannelMutation, useChannelQuery } from '../../../hooks/api-hooks';
import { itemTargetLabels } from './item-labels';

type ItemDraft = z.input<typeof itemInput>;

/** what a new or edited item is, before it is saved */
export interface ItemEditing {
  readonly item: AssessmentItem | null;
  readonly categoryId: number;
  readonly appliesTo: ItemTarget;
}

const methods = Object.keys(itemMethodLabels) as ItemMethod[];
const perOccurrence = (m: ItemMethod) => m === 'bonus' || m === 'deduct';

const draftFor = (editing: ItemEditing): ItemDraft =>
  editing.item
    ? { ...editing.item }
    : { categoryId: editing.categoryId, name: '', description: '', appliesTo: editing.appliesTo, method: 'score', maxPoints: 10, stepPoints: null, passToPeople: false, source: 'none', sourceCampaignId: null, sourceFull: 100, sourceZero: 0 };

/**
 * Choosing a 自动取数 source (DOMAIN §8.7) makes the item a 直接评分 item aimed at whom the figure
 * belongs to: 任务 and 科室评议 are a unit's (passed on to its people by default), 专项活动 duties a
 * person's; 周晒 follows the year's 晒报方式, which the service checks.
 */
function withSource(d: ItemDraft, source: ItemSource): ItemDraft {
  if (source === 'none') return { ...d, source, sourceCampaignId: null };
  const appliesTo: ItemTarget = source === 'campaign' ? 'person' : source === 'weekly' ? d.appliesTo : 'unit';
  return { ...d, source, method: 'score', stepPoints: null, appliesTo, passToPeople: appliesTo === 'unit' ? (d.source === 'none' || d.source === undefined ? true : Boolean(d.passToPeople)) : false };
}

const sourceHints: Readonly<Record<ItemSource, string>> = {
  none: '在“项目评分”中逐一录入得分。',
  tasks: '按工作任务清单中本单位牵头任务的节点计算：按时完成节点 ÷ 到期节点（截至年底或今天）。',
  weekly: '按周晒成绩计算：已晒周数 ÷ 应晒周数（自起始周起）。按科室晒时适用于单位，按个人晒时适用于个人。',
  review: '按本年度已结束的科室评议计算：本单位各次评议得分的平均值（百分制）。',
  campaign: '按所选专项活动的个人任务登记计算：已完成的个人任务 ÷ 应完成的个人任务。',
};

/** 考核项目 of the 指标体系: name, description, 人员/单位, 计分方式 and its points. */
export function ItemsEditDialog(props: { year: number; editing: ItemEditing | null; categories: readonly ItemCategory[]; onClose: () => void }) {
  const { year, editing, categories, onClose } = props;
  const [draft, setDraft] = useState<ItemDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.saveItem', { success: (i) => `已保存：${i.name}`, showError: false });
  useEffect(() => {
    setDraft(editing ? draftFor(editing) : null);
    setError(null);
  }, [editing]);
  const set = (change: Partial<ItemDraft>) => setDraft((d) => (d ? { ...d, ...change } : d));
  const hasEntries = (editing?.item?.entries ?? 0) > 0;
  const campaigns = useChannelQuery('campaigns.list', { year }, { enabled: draft?.source === 'campaign' });
  const source = draft?.source ?? 'none';
  const auto = source !== 'none';
  const mappingOk = !auto || (draft?.sourceFull ?? 100) > (draft?.sourceZero ?? 0);
  const ready = draft != null && draft.name.trim() !== '' && draft.maxPoints > 0 && (!perOccurrence(draft.method) || (draft.stepPoints ?? 0) > 0) && mappingOk && (source !== 'campaign' || draft.sourceCampaignId != null);

  return (
    <Modal
      title={editing?.item ? `修改考核项目：${editing.item.name}` : '添加考核项目'}
      open={editing != null}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      width={600}
      okButtonProps={{ disabled: !ready, loading: save.isPending }}
      onOk={() => {
        if (!draft || !ready) return;
        setError(null);
        save.mutate(
          {
            year,
            item: {
              ...draft,
              name: draft.name.trim(),
              description: (draft.description ?? '').trim(),
              stepPoints: perOccurrence(draft.method) ? draft.stepPoints : null,
              passToPeople: draft.appliesTo === 'unit' && Boolean(draft.passToPeople),
            },
          },
          { onSuccess: onClose, onError: (e) => setError(errorText(e)) },
        );
      }}
      destroyOnHidden
    >
      {draft && (
        <Form layout="horizontal" labelCol={{ flex: '110px' }} wrapperCol={{ flex: '1 1 0%', style: { minWidth: 0 } }} className="item-form">
          <Form.Item label="所属类别" required>
            <Select aria-label="所属类别" value={draft.categoryId} onChange={(categoryId) => set({ categoryId })} options={categories.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item label="项目名称" required>
            <Input aria-label="项目名称" value={draft.name} maxLength={40} onChange={(e) => set({ name: e.target.value })} placeholder="例如：党建工作责任制落实" />
          </Form.Item>
          <Form.Item label="考核内容">
            <Input.TextArea aria-label="考核内容" value={draft.description} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} onChange={(e) => set({ description: e.target.value })} placeholder="评分标准、依据等说明" />
          </Form.Item>
          <Form.Item label="适用对象" required help={hasEntries ? '已有评分记录，不能更改适用对象' : undefined}>
            <Radio.Group value={draft.appliesTo} disabled={hasEntries} onChange={(e) => set({ appliesTo: e.target.value as ItemTarget })}>
              {(['person', 'unit'] as const).map((t) => (
                <Radio key={t} value={t}>
                  {itemTargetLabels[t]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item label="取数方式" required help={sourceHints[source]}>
            <Select
              aria-label="取数方式"
              value={source}
              disabled={hasEntries && source === 'none'}
              onChange={(next: ItemSource) => setDraft((d) => (d ? withSource(d, next) : d))}
              options={itemSources.map((s) => ({ value: s, label: s === 'none' ? itemSourceLabels.none : `自动取数：${itemSourceLabels[s]}` }))}
            />
          </Form.Item>
          {source === 'campaign' && (
            <Form.Item label="专项活动" required>
              <Select
                aria-label="专项活动"
                value={draft.sourceCampaignId ?? undefined}
                placeholder={campaigns.data?.length === 0 ? `${year}年度尚未建立专项活动` : '请选择'}
                onChange={(id: number) => set({ sourceCampaignId: id })}
                options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          )}
          <Form.Item label="计分方式" required>
            <Select aria-label="计分方式" disabled={auto} value={draft.method} onChange={(method) => set({ method, stepPoints: perOccurrence(method) ? (draft.stepPoints ?? 1) : null })} options={methods.map((m) => ({ value: m, label: itemMethodLabels[m] }))} />
          </Form.Item>
          {perOccurrence(draft.method) && (
            <Form.Item label="每次分值" required>
              <InputNumber aria-label="每次分值" min={0.01} max={1000} value={draft.stepPoints} onChange={(v) => set({ stepPoints: v ?? null })} suffix="分" style={{ width: 160 }} />
            </Form.Item>
          )}
          <Form.Item label={perOccurrence(draft.method) ? '累计上限' : draft.method === 'done' ? '完成得分' : '满分'} required>
            <InputNumber aria-label="分值上限" min={0.01} max={1000} value={draft.maxPoints} onChange={(v) => set({ maxPoints: v ?? 0 })} suffix="分" style={{ width: 160 }} />
          </Form.Item>
          {auto && (
            <Form.Item label="折算规则" required help={mappingOk ? sourceMappingText(source, { maxPoints: draft.maxPoints, sourceFull: draft.sourceFull ?? 100, sourceZero: draft.sourceZero ?? 0 }) : '得0分的取数值应小于得满分的取数值'} validateStatus={mappingOk ? undefined : 'error'}>
              <span className="item-mapping">
                <InputNumber aria-label="得0分的取数值" min={0} max={100} value={draft.sourceZero} onChange={(v) => set({ sourceZero: v ?? 0 })} suffix={source === 'review' ? '分' : '%'} style={{ width: 110 }} />
                <span>及以下得0分，达到</span>
                <InputNumber aria-label="得满分的取数值" min={0.01} max={100} value={draft.sourceFull} onChange={(v) => set({ sourceFull: v ?? 100 })} suffix={source === 'review' ? '分' : '%'} style={{ width: 110 }} />
                <span>得满分</span>
              </span>
            </Form.Item>
          )}
          {draft.appliesTo === 'unit' && (
            <Form.Item label=" " colon={false}>
              <Checkbox checked={Boolean(draft.passToPeople)} onChange={(e) => set({ passToPeople: e.target.checked })}>
                单位得分计入本单位人员
              </Checkbox>
              <Typography.Paragraph type="secondary" className="annual-hint">
                勾选后，该项目的单位得分计入直属该单位的每名参加人员的考核项目合计。
              </Typography.Paragraph>
            </Form.Item>
          )}
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
