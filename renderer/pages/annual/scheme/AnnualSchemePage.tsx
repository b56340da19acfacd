import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, ConfigProvider, Empty, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { AnnualYear } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { GroupsTab } from './GroupsTab';
import { ParticipantsTab } from './ParticipantsTab';
import { RulesTab } from './RulesTab';
import { SchemeNewYearDialog } from './SchemeNewYearDialog';
import { YearBar } from '../../../components/YearBar';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { useSelectedYear } from '../common/use-selected-year';
import '../common/annual-scheme.css';

type TabKey = 'participants' | 'groups' | 'rules';

/**
 * 年度考核方案: the 考核年度 itself — who takes part and in which 考核分组, the groups' quotas, and
 * the year's rules (composite formula, gates, 不定等次). A locked year is shown read-only.
 */
export function AnnualSchemePage() {
  const { year, select, years, detail, detailQuery, locked } = useSelectedYear();
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<TabKey>('participants');
  const list = years.data ?? [];

  let body;
  if (years.isError) body = <QueryError error={years.error} />;
  else if (years.isPending) body = <Spin className="shell-loading" />;
  else if (list.length === 0)
    body = (
      <div className="panel annual-empty">
        <Empty
          description={
            <div className="annual-empty-text">
              <Typography.Title level={5}>还没有考核年度</Typography.Title>
              <Typography.Paragraph type="secondary">
                年度考核从“新建考核年度”开始：选择年度，沿用上年方案或使用预置方案（计分规则、考核分组、指标体系），并可将在职人员全部加入。
                建好后在本页调整参加人员、考核分组和计分规则，再到“考核项目评分”“平时考核”等页面录入。
              </Typography.Paragraph>
            </div>
          }
        >
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建考核年度
          </Button>
        </Empty>
      </div>
    );
  else if (detailQuery.isError) body = <QueryError error={detailQuery.error} />;
  else if (!detail) body = <Spin className="shell-loading" />;
  else
    body = (
      <div className="panel annual-tabs-panel">
        <ConfigProvider componentDisabled={locked}>
          <Tabs
            className="annual-tabs"
            activeKey={tab}
            onChange={(k) => setTab(k as TabKey)}
            destroyOnHidden
            items={[
              { key: 'participants', label: `参加人员（${detail.participants}）`, children: <ParticipantsTab year={detail} locked={locked} /> },
              { key: 'groups', label: `考核分组（${detail.groups.length}）`, children: <GroupsTab key={`${detail.year}`} year={detail} locked={locked} /> },
              { key: 'rules', label: '计分规则', children: <RulesTab key={`${detail.year}`} year={detail} locked={locked} /> },
            ]}
          />
        </ConfigProvider>
      </div>
    );

  return (
    <div className="page-fill annual-scheme-page">
      <div className="panel annual-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>年度考核方案</Typography.Title>
            {list.length > 0 && <YearBar year={year} years={list} onChange={select} />}
            {detail && <YearFigures year={detail} />}
          </Space>
          <Space wrap>
            {detail && !locked && <DeleteYearButton year={detail} />}
            <Button type={list.length > 0 ? 'default' : 'primary'} icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建考核年度
            </Button>
          </Space>
        </div>
        {detail && locked && <YearLockedBanner year={detail.year} scope="本年度的考核方案、分组和参加人员" locked={{ at: detail.lockedAt, by: detail.lockedBy }} />}
      </div>
      {body}
      <SchemeNewYearDialog
        open={creating}
        years={list}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          select(created);
          setTab('participants');
        }}
      />
    </div>
  );
}

function YearFigures({ year }: { year: AnnualYear }) {
  return (
    <Typography.Text type="secondary" data-testid="annual-figures">
      {`${year.name} · 参加人员 ${year.participants} 人 · 考核分组 ${year.groups.length} 个 · 已确定等次 ${year.confirmed} 人`}
    </Typography.Text>
  );
}

/** Only a year without any data can go (the service says why otherwise). */
function DeleteYearButton({ year }: { year: AnnualYear }) {
  const { modal } = App.useApp();
  const remove = useChannelMutation('annual.deleteYear', { success: `已删除${year.year}年度` });
  return (
    <Button
      danger
      icon={<DeleteOutlined />}
      disabled={year.hasData}
      title={year.hasData ? '该年度已有平时考核、评分、奖惩或等次记录，不能删除' : undefined}
      onClick={() => {
        modal.confirm({
          title: `删除考核年度：${year.year}年度`,
          content: '将删除该年度的参加人员、考核分组、计分规则和指标体系，删除后不能恢复。确定删除吗？',
          okText: '删除',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => remove.mutateAsync({ year: year.year }).catch(() => undefined),
        });
      }}
    >
      删除年度
    </Button>
  );
}
