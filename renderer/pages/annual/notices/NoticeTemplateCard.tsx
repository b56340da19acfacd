import { Alert, Button, Input, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { noticePlaceholders, unknownPlaceholders, type NoticeTemplate } from '../../../../shared/annual';
import type { AnnualYear } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';

type Field = keyof NoticeTemplate;
const fieldLabels: Record<Field, string> = { title: '标题', salutation: '称呼', body: '正文', office: '落款', date: '日期' };

/**
 * 通知书内容: the year's notice template (rules.notice, saved through annual.updateRules with the rest
 * of the rules as they are). A locked year's text is archived with it and only shown.
 */
export function NoticeTemplateCard(props: { year: AnnualYear; topUnit: string }) {
  const { year, topUnit } = props;
  const locked = year.status === 'locked';
  const [draft, setDraft] = useState<NoticeTemplate>(year.rules.notice);
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.updateRules', { success: '已保存通知书内容', showError: false });
  useEffect(() => setDraft(year.rules.notice), [year.rules.notice]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(year.rules.notice);
  const unknown = [...new Set((['title', 'salutation', 'body'] as const).flatMap((f) => unknownPlaceholders(draft[f])))];
  const set = (field: Field, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const submit = async () => {
    setError(null);
    try {
      await save.mutateAsync({ year: year.year, rules: { ...year.rules, notice: draft } });
    } catch (e) {
      setError(errorText(e));
    }
  };
  const input = (field: Exclude<Field, 'body'>, placeholder?: string) => (
    <div className="rp-field">
      <span className="rp-label">{fieldLabels[field]}</span>
      <Input aria-label={`通知书${fieldLabels[field]}`} value={draft[field]} disabled={locked} placeholder={placeholder} onChange={(e) => set(field, e.target.value)} className="rp-control" />
    </div>
  );

  return (
    <section className="panel rp-card" aria-label="通知书内容">
      <div className="nt-card-head">
        <h3 className="rp-card-title">通知书内容</h3>
        {!locked && (
          <div className="nt-card-head-actions">
            <Button disabled={!dirty} onClick={() => { setDraft(year.rules.notice); setError(null); }}>
              撤销修改
            </Button>
            <Button type="primary" disabled={!dirty || unknown.length > 0} loading={save.isPending} onClick={() => void submit()}>
              保存通知书内容
            </Button>
          </div>
        )}
      </div>
      <p className="rp-card-note">
        每年一份，随年度锁定归档。可用占位符：
        {noticePlaceholders.map((p) => (
          <Tag key={p} className="nt-tag">{`{${p}}`}</Tag>
        ))}
        ；{'{结果运用}'}为「年度考核方案 → 结果运用」中该等次的规定，连续几年的规定（如连续三年优秀记三等功）当年适用的一并写入，为空的行不打印。
      </p>
      {input('title')}
      {input('salutation')}
      <div className="rp-field">
        <span className="rp-label">正文</span>
        <Input.TextArea aria-label="通知书正文" value={draft.body} disabled={locked} autoSize={{ minRows: 4, maxRows: 10 }} onChange={(e) => set('body', e.target.value)} className="rp-control" />
      </div>
      {input('office', `留空为「${topUnit}」`)}
      {input('date', '留空为打印当天')}
      {unknown.length > 0 && <Alert type="warning" showIcon title={`不认识的占位符：${unknown.map((u) => `{${u}}`).join('、')}`} />}
      {error && <Alert type="error" showIcon closable={{ onClose: () => setError(null) }} title={error} />}
      {locked && <Typography.Text type="secondary">年度已锁定，通知书内容随年度归档，只能查看；落款和日期可在「打印通知书」中按本次打印填写。</Typography.Text>}
    </section>
  );
}
