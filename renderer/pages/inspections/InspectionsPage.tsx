import { SettingOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/QueryError';
import { YearBar } from '../../components/YearBar';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { useParticipants } from '../../hooks/annual-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { useSelectedYear, yearPlaceholder } from '../annual';
import { useInspections, useInspectionSettings, useNotices } from './inspections-hooks';
import { InspectionSettingsDialog } from './InspectionSettingsDialog';
import { NoticesTab } from './NoticesTab';
import { RecordsTab, type RecordFilter } from './RecordsTab';
import { UnitsTab } from './UnitsTab';
import './inspections.css';

type TabKey = 'records' | 'notices' | 'units';

/**
 * 督查督办 (DOMAIN §8.6): pick a 考核年度; 督查记录 with their 整改 (overdue in red with the days), 通报表扬 /
 * 通报批评 that go into the 年度考核's 加减分 under the year's rules, and the figures per unit.
 */
export function InspectionsPage() {
  const { year, select, years, locked } = useSelectedYear();
  const records = useInspections(year);
  const notices = useNotices(year);
  const settings = useInspectionSettings(year);
  const participants = useParticipants(year);
  const units = useUnits();
  const [tab, setTab] = useState<TabKey>('records');
  const [filter, setFilter] = useState<RecordFilter>({ unitId: null, state: 'all' });
  const [settingsOpen, setSettingsOpen] = useState(false);

  const placeholder = yearPlaceholder(years, year);
  if (placeholder) return placeholder;
  const failed = [records, notices, settings, participants, units].find((q) => q.isError);
  const [r, n, s, p, u] = [records.data, notices.data, settings.data, participants.data, units.data];
  const ready = year !== undefined && r?.year === year && n && s && p && u ? { year, r, n, s, p, u } : null;

  return (
    <div className="page-fill inspections-page">
      <div className="panel inspections-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>督查督办</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
          </Space>
          <Button icon={<SettingOutlined />} disabled={!settings.data} onClick={() => setSettingsOpen(true)}>
            通报计分设置
          </Button>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="本年度的督查记录和通报" />}
      </div>
      <div className="panel inspections-body">
        {failed ? (
          <QueryError error={failed.error} />
        ) : !ready ? (
          <Spin className="shell-loading" />
        ) : (
          <Tabs
            className="inspections-tabs"
            activeKey={tab}
            onChange={(k) => setTab(k as TabKey)}
            items={[
              {
                key: 'records',
                label: `督查记录（${ready.r.records.length}）`,
                children: <RecordsTab year={ready.year} view={ready.r} units={ready.u} participants={ready.p} filter={filter} onFilter={setFilter} editable={!locked} />,
              },
              {
                key: 'notices',
                label: `通报表扬/批评（${ready.n.length}）`,
                children: <NoticesTab year={ready.year} notices={ready.n} settings={ready.s.settings} units={ready.u} participants={ready.p} editable={!locked} />,
              },
              {
                key: 'units',
                label: '按单位',
                children: (
                  <UnitsTab
                    year={ready.year}
                    today={ready.r.today}
                    records={ready.r.records}
                    notices={ready.n}
                    units={ready.u}
                    onOpen={(unitId: number) => {
                      setFilter({ unitId, state: 'all' });
                      setTab('records');
                    }}
                  />
                ),
              },
            ]}
          />
        )}
      </div>
      {settingsOpen && settings.data && year !== undefined && (
        <InspectionSettingsDialog year={year} settings={settings.data.settings} readOnly={locked} onClose={() => setSettingsOpen(false)} />
      )}
    </div>
  );
}
