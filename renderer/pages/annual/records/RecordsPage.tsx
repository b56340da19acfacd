import { Spin, Tabs, Typography, Space } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/QueryError';
import { useParticipants } from '../../../hooks/annual-hooks';
import { AdjustmentsTab } from './AdjustmentsTab';
import { LeaderScoresTab } from './LeaderScoresTab';
import { SanctionsTab } from './SanctionsTab';
import { useSelectedYear } from '../common/use-selected-year';
import { YearBar } from '../../../components/YearBar';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { yearPlaceholder } from '../common/YearPlaceholder';
import './annual-records.css';

type TabKey = 'leader' | 'adjustments' | 'sanctions';

/** 评价与奖惩: 领导评价 scores, 加减分 records and 处分 records of the 考核年度. */
export function RecordsPage() {
  const { year, select, years, detail, detailQuery, locked } = useSelectedYear();
  const participants = useParticipants(year);
  const [tab, setTab] = useState<TabKey>('leader');
  const editable = !locked;

  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (detailQuery.isError) body = <QueryError error={detailQuery.error} />;
  else if (participants.isError) body = <QueryError error={participants.error} />;
  else if (!detail || !participants.data) body = <Spin className="shell-loading" />;
  else {
    const common = { year, detail, participants: participants.data, editable };
    body = (
      <Tabs
        className="records-tabs"
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        items={[
          { key: 'leader', label: '领导评价', children: <LeaderScoresTab {...common} /> },
          { key: 'adjustments', label: '加减分', children: <AdjustmentsTab {...common} /> },
          { key: 'sanctions', label: '处分', children: <SanctionsTab {...common} /> },
        ]}
      />
    );
  }

  return (
    <div className="page-fill annual-records-page">
      <div className="panel records-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>评价与奖惩</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
          </Space>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="领导评价、加减分和处分" locked={{ at: detail?.lockedAt ?? null, by: detail?.lockedBy ?? null }} />}
      </div>
      <div className="panel records-body">{body}</div>
    </div>
  );
}
