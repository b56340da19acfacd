import { DeleteOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Empty, Select, Space, Spin, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { QueryError } from '../../components/QueryError';
import { YearBar } from '../../components/YearBar';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { navigate, useHashLocation } from '../../router/hash-router';
import { useSelectedYear, yearPlaceholder } from '../annual';
import { useCampaign, useCampaignPresets, useCampaigns } from './campaign-hooks';
import { campaignPrintHref } from './campaigns-routes';
import { PlanEditor } from './plan/PlanEditor';
import { ProgressPanel } from './progress/ProgressPanel';
import { RegisterGrid } from './register/RegisterGrid';
import './campaigns.css';

/**
 * 专项活动 (DOMAIN §8.2): a 考核年度's campaigns; per campaign its 活动方案 (from a preset, editable),
 * the register of per-person duties (a keyboard grid), the progress and overdue list, and the one-page
 * progress report to print.
 */
export function CampaignsPage() {
  const { modal } = App.useApp();
  const { year, select, years, locked } = useSelectedYear();
  const { query } = useHashLocation();
  const [picked, setPicked] = useState<number | undefined>(() => Number(query.get('id')) || undefined);
  const list = useCampaigns(year);
  const presets = useCampaignPresets();
  const units = useUnits();
  const flush = useRef<() => Promise<void>>(() => Promise.resolve());
  const create = useChannelMutation('campaigns.create', { success: (c) => `已新建“${c.plan.name}”` });
  const remove = useChannelMutation('campaigns.delete', { success: '已删除' });
  const campaigns = list.data ?? [];
  const id = campaigns.some((c) => c.id === picked) ? picked : campaigns[0]?.id;
  const campaign = useCampaign(id);

  const placeholder = yearPlaceholder(years, year);
  if (placeholder) return placeholder;
  if (list.isError) return <QueryError error={list.error} />;
  const current = campaign.data && campaign.data.id === id ? campaign.data : undefined;

  const confirmDelete = () => {
    if (!current) return;
    modal.confirm({
      title: `删除“${current.plan.name}”？`,
      content: '只能删除尚无个人任务登记的专项活动。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () => remove.mutate({ id: current.id }, { onSuccess: () => setPicked(undefined) }),
    });
  };

  return (
    <div className="page-fill campaigns-page">
      <div className="panel campaigns-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>专项活动</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
            {campaigns.length > 0 && (
              <Select aria-label="专项活动" value={id} style={{ width: 280 }} onChange={(v) => void flush.current().then(() => setPicked(v))}
                options={campaigns.map((c) => ({ value: c.id, label: c.name }))} />
            )}
          </Space>
          <Space wrap size={8}>
            <Dropdown disabled={locked || year === undefined} menu={{
              items: (presets.data ?? []).map((p) => ({ key: p.key, label: `按“${p.name}”预设新建` })),
              onClick: ({ key }) => year !== undefined && create.mutate({ year, preset: key }, { onSuccess: (c) => setPicked(c.id) }),
            }}>
              <Button icon={<PlusOutlined />} loading={create.isPending}>从预设新建</Button>
            </Dropdown>
            <Button icon={<PrinterOutlined />} disabled={!current} onClick={() => current && void flush.current().then(() => navigate(campaignPrintHref(current.id)))}>
              打印进展情况
            </Button>
            <Button icon={<DeleteOutlined />} danger disabled={!current || locked || current.recordedDutyIds.length > 0}
              title={current && current.recordedDutyIds.length > 0 ? '已有个人任务登记，不能删除' : undefined} onClick={confirmDelete}>
              删除
            </Button>
          </Space>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="本年度的专项活动" style={{ marginTop: 8 }} />}
      </div>
      <div className="panel campaigns-body">
        {list.isPending ? (
          <Spin className="shell-loading" />
        ) : campaigns.length === 0 ? (
          <Empty description={`${year ?? ''}年度尚无专项活动，可点击「从预设新建」，如“解放思想大讨论”`} />
        ) : campaign.isError ? (
          <QueryError error={campaign.error} />
        ) : !current ? (
          <Spin className="shell-loading" />
        ) : (
          <Tabs
            destroyOnHidden
            items={[
              { key: 'register', label: '个人任务登记', children: <RegisterGrid key={current.id} campaign={current} units={units.data ?? []} readOnly={locked} flushRef={flush} /> },
              { key: 'progress', label: '进度与逾期', children: <ProgressPanel id={current.id} /> },
              { key: 'plan', label: '活动方案', children: <PlanEditor key={`${current.id}:${current.updatedAt}`} campaign={current} units={units.data ?? []} readOnly={locked} /> },
            ]}
          />
        )}
      </div>
    </div>
  );
}
