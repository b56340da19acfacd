import { SettingOutlined } from '@ant-design/icons';
import { Button, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { bulletinStatusLabels, weightsText } from '../../../shared/bulletins';
import { QueryError } from '../../components/QueryError';
import { YearBar } from '../../components/YearBar';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { useUnits } from '../../hooks/data-hooks';
import { useSelectedYear, yearPlaceholder } from '../annual';
import { BulletinForm } from './BulletinForm';
import { useBulletinMonths, useBulletinSettings, useBulletinView } from './bulletins-hooks';
import { BulletinSettingsDialog } from './BulletinSettingsDialog';
import { FiguresTable } from './FiguresTable';
import './bulletins.css';

/** The month a page opens on: last month in the current year, else December. */
function defaultMonth(year: number | undefined): number {
  const now = new Date();
  return year === now.getFullYear() ? Math.max(1, now.getMonth()) : 12;
}

/**
 * 月度通报 (DOMAIN §8.5): pick a 考核年度 and a month; the figures per 科室 by rank (a row opens what is
 * behind it) beside the 通报's words; save a draft, 印发 (figures frozen), print or export.
 */
export function BulletinsPage() {
  const { year, select, years, locked } = useSelectedYear();
  const [picked, setPicked] = useState<{ year: number; month: number } | null>(null);
  const month = picked && picked.year === year ? picked.month : defaultMonth(year);
  const settings = useBulletinSettings(year);
  const months = useBulletinMonths(year);
  const view = useBulletinView(year, month);
  const units = useUnits();
  const [settingsOpen, setSettingsOpen] = useState(false);

  const placeholder = yearPlaceholder(years, year);
  if (placeholder) return placeholder;
  const failed = [settings, months, view, units].find((q) => q.isError);
  const v = view.data && view.data.year === year && view.data.month === month ? view.data : null;
  const stored = new Map((months.data ?? []).map((m) => [m.month, m]));

  return (
    <div className="page-fill bulletins-page">
      <div className="panel bulletins-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>月度通报</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
            <Select
              aria-label="通报月份"
              value={month}
              style={{ width: 190 }}
              onChange={(m) => year !== undefined && setPicked({ year, month: m })}
              options={Array.from({ length: 12 }, (_, i) => {
                const s = stored.get(i + 1);
                return { value: i + 1, label: `${i + 1}月${s ? `（第${s.issueNo}期·${bulletinStatusLabels[s.status]}）` : ''}` };
              })}
            />
          </Space>
          <Button icon={<SettingOutlined />} disabled={!settings.data} onClick={() => setSettingsOpen(true)}>
            通报设置
          </Button>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="本年度的月度通报" />}
      </div>
      {failed ? (
        <div className="panel"><QueryError error={failed.error} /></div>
      ) : !v || !settings.data ? (
        <Spin className="shell-loading" />
      ) : (
        <div className="bulletins-body">
          <div className="panel bulletins-figures">
            <Typography.Text type="secondary" className="bulletin-rule">
              {`${v.frozen ? '印发时固定的数据' : '当前数据'}，截至${v.figures.asOf}；排名分＝${weightsText(v.figures.weights)}${v.figures.note ? `（${v.figures.note}）` : ''}；* 为按其余各项折算。点击一行查看明细。`}
            </Typography.Text>
            <FiguresTable figures={v.figures} />
          </div>
          <div className="panel bulletins-text">
            <BulletinForm key={`${v.year}-${v.month}-${v.bulletin?.id ?? 'new'}-${v.bulletin?.status ?? ''}`} view={v} editable={!locked} />
          </div>
        </div>
      )}
      {settingsOpen && settings.data && units.data && <BulletinSettingsDialog view={settings.data} units={units.data} readOnly={locked} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
