import { CopyOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { starSchemeKindLabels, type StarItem, type StarSchemeSettings } from '../../../../shared/stars/scheme';
import type { StarScheme } from '../../../../shared/stars/views';
import { QueryError } from '../../../components/QueryError';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { DisqualifyReasonsEditor } from './DisqualifyReasonsEditor';
import { SchemeBar } from '../common/SchemeBar';
import { SchemeSettingsEditor } from './SchemeSettingsEditor';
import { StarItemsEditor } from './StarItemsEditor';
import { useSelectedScheme } from '../common/use-selected-scheme';
import '../common/stars.css';

const settingsOf = (s: StarScheme): StarSchemeSettings => ({ name: s.name, cycle: s.cycle, publicityDays: s.publicityDays, yearEndRule: s.yearEndRule, points: s.points, gates: s.gates });

/** 星级方案: per 考核年度 one scheme for 党员干部 and one for 党组织, created from the preset or last year's. */
export function SchemesPage() {
  const { selection, select, all, summary, scheme, years } = useSelectedScheme();
  const create = useChannelMutation('stars.createScheme', { success: (s) => `已创建：${s.name}` });
  const yearLocked = useYearLocked(selection.year);
  const lastYear = all.data?.find((s) => s.year === selection.year - 1 && s.kind === selection.kind);
  const kindLabel = starSchemeKindLabels[selection.kind];

  let body;
  if (all.isError) body = <QueryError error={all.error} />;
  else if (all.isPending || (summary && scheme.isPending)) body = <Spin className="shell-loading" />;
  else if (scheme.isError) body = <QueryError error={scheme.error} />;
  else if (!summary || !scheme.data)
    body = (
      <Empty description={`${selection.year}年度还没有${kindLabel}评星方案`} className="stars-empty">
        <Space>
          <Button type="primary" icon={<PlusOutlined />} disabled={yearLocked} loading={create.isPending} onClick={() => create.mutate({ year: selection.year, kind: selection.kind })}>
            按预设创建
          </Button>
          <Button icon={<CopyOutlined />} disabled={!lastYear || yearLocked} loading={create.isPending} onClick={() => create.mutate({ year: selection.year, kind: selection.kind, copyFromYear: selection.year - 1 })}>
            沿用上年方案
          </Button>
        </Space>
        {!lastYear && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{selection.year - 1}年度没有{kindLabel}方案可沿用</Typography.Paragraph>}
      </Empty>
    );
  else body = <SchemeEditor key={`${scheme.data.id}-${scheme.dataUpdatedAt}`} scheme={scheme.data} />;

  return (
    <div className="page-fill stars-page">
      <div className="panel">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>星级方案</Typography.Title>
            <SchemeBar selection={selection} select={select} years={years} />
          </Space>
        </div>
        {yearLocked && <YearLockedBanner year={selection.year} style={{ marginBottom: 12 }} />}
        {body}
      </div>
      <div className="panel">
        <DisqualifyReasonsEditor />
      </div>
    </div>
  );
}

function SchemeEditor({ scheme }: { scheme: StarScheme }) {
  const { modal } = App.useApp();
  const [settings, setSettings] = useState<StarSchemeSettings>(() => settingsOf(scheme));
  const [items, setItems] = useState<StarItem[]>(() => scheme.items);
  const update = useChannelMutation('stars.updateScheme', { success: '已保存方案' });
  const remove = useChannelMutation('stars.deleteScheme', { success: '已删除方案' });
  const yearLocked = useYearLocked(scheme.year);
  const locked = new Set(scheme.hasReviews ? scheme.items.map((i) => i.code) : []);
  const dirty = JSON.stringify(settings) !== JSON.stringify(settingsOf(scheme)) || JSON.stringify(items) !== JSON.stringify(scheme.items);
  return (
    <div className="scheme-editor">
      <div className="section-head">
        <Typography.Title level={5}>{`星目（共 ${items.length} 颗）`}</Typography.Title>
        <Typography.Text type="secondary">基础星、业绩星、提高星；十颗星全部获得方为“十星级”。</Typography.Text>
      </div>
      <StarItemsEditor items={items} onChange={setItems} lockedCodes={locked} />
      <div className="section-head">
        <Typography.Title level={5}>评星规则</Typography.Title>
      </div>
      <SchemeSettingsEditor value={settings} onChange={setSettings} cycleLocked={scheme.hasReviews} />
      <Space className="scheme-actions">
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || yearLocked} loading={update.isPending} onClick={() => update.mutate({ id: scheme.id, settings, items })}>
          保存方案
        </Button>
        <Button disabled={!dirty} onClick={() => { setSettings(settingsOf(scheme)); setItems(scheme.items); }}>
          撤销修改
        </Button>
        <Button
          danger
          disabled={scheme.hasReviews || yearLocked}
          title={scheme.hasReviews ? '已有评星记录的方案不能删除' : undefined}
          onClick={() => {
            modal.confirm({
              title: `删除方案：${scheme.name}`,
              content: '删除后不能恢复，确定删除吗？',
              okText: '删除',
              okButtonProps: { danger: true },
              cancelText: '取消',
              onOk: () => remove.mutateAsync({ id: scheme.id }).catch(() => undefined),
            });
          }}
        >
          删除方案
        </Button>
      </Space>
    </div>
  );
}
