import { CopyOutlined, LeftOutlined, PrinterOutlined, RightOutlined, SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Spin, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { weekLabel, weekSpan, type WeeklyWeekView } from '../../../shared/weekly';
import { QueryError } from '../../components/QueryError';
import { YearBar } from '../../components/YearBar';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { navigate, useHashLocation } from '../../router/hash-router';
import { useSelectedYear, yearPlaceholder } from '../annual';
import { useWeeklyWeek } from './common/weekly-hooks';
import { WeeklyGrid } from './entry/WeeklyGrid';
import { WeeklyBoardSheet, type BoardFit } from './print/WeeklyBoardSheet';
import { WeeklyReview } from './review/WeeklyReview';
import { WeeklySettingsDialog } from './settings/WeeklySettingsDialog';
import { weeklyPrintHref } from './weekly-routes';
import './weekly.css';

/**
 * 周晒成绩 (DOMAIN §8): pick a 考核年度 and a week; 录入 for every 参晒 unit in one grid, 点评 (亮点/不足,
 * 佐证), the 未晒 list, 复制上周未完成, the year's 周晒设置, and the board 「一周工作晒评」 to print.
 */
export function WeeklyPage() {
  const { year, select, years, locked } = useSelectedYear();
  const { query } = useHashLocation();
  const [asked, setAsked] = useState<{ year: number | undefined; week: number | undefined }>(() => ({ year: undefined, week: Number(query.get('week')) || undefined }));
  const week = asked.year === undefined || asked.year === year ? asked.week : undefined;
  const data = useWeeklyWeek(year, week);
  const units = useUnits();
  const [generation, setGeneration] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const flush = useRef<() => Promise<void>>(() => Promise.resolve());
  const copy = useChannelMutation('weekly.copyUnfinished', { success: (r) => (r.copied > 0 ? `已复制上周未完成${r.copied}条` : '上周没有需要复制的未完成事项') });
  const queryClient = useQueryClient();

  const placeholder = yearPlaceholder(years, year);
  if (placeholder) return placeholder;
  if (data.isError) return <QueryError error={data.error} />;
  const w = data.data && (week === undefined || data.data.week === week) && data.data.year === year ? data.data : undefined;
  const goTo = (n: number) => setAsked({ year, week: n });

  const copyUnfinished = async () => {
    if (!w) return;
    await flush.current();
    copy.mutate({ year: w.year, week: w.week }, { onSuccess: () => setGeneration((g) => g + 1) });
  };
  const print = async () => {
    if (!w) return;
    await flush.current();
    navigate(weeklyPrintHref(w.year, w.week));
  };

  return (
    <div className="page-fill weekly-page">
      <div className="panel weekly-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>周晒成绩</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
            {w && <WeekPicker view={w} onChange={goTo} />}
          </Space>
          <Space wrap size={8}>
            <Button icon={<CopyOutlined />} disabled={!w || locked} loading={copy.isPending} onClick={() => void copyUnfinished()}>
              复制上周未完成
            </Button>
            <Button icon={<PrinterOutlined />} disabled={!w} onClick={() => void print()}>
              打印晒评榜
            </Button>
            <Button icon={<SettingOutlined />} disabled={!w} onClick={() => void flush.current().then(() => setSettingsOpen(true))}>
              周晒设置
            </Button>
          </Space>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="本年度的周晒成绩" style={{ marginTop: 8 }} />}
        {w && <NotPosted view={w} />}
        {w && <BoardFitNotice view={w} />}
      </div>
      <div className="panel weekly-body">
        {!w ? (
          <Spin className="shell-loading" />
        ) : (
          <Tabs
            items={[
              {
                key: 'entry',
                label: '录入',
                children: (
                  <WeeklyGrid
                    key={`${w.year}:${w.week}:${generation}`}
                    year={w.year}
                    week={w.week}
                    targets={w.targets}
                    readOnly={locked}
                    flushRef={flush}
                    // the 未晒 list and the 点评 tab follow what was typed (the grid keeps its own lines)
                    onSaved={() => void queryClient.invalidateQueries({ queryKey: ['weekly.week'] })}
                  />
                ),
              },
              { key: 'review', label: '点评', children: <WeeklyReview targets={w.targets} readOnly={locked} /> },
            ]}
          />
        )}
      </div>
      {settingsOpen && w && (
        <WeeklySettingsDialog
          year={w.year}
          settings={w.settings}
          units={units.data ?? []}
          readOnly={locked}
          onClose={() => setSettingsOpen(false)}
          onSaved={() => {
            setSettingsOpen(false);
            setGeneration((g) => g + 1);
          }}
        />
      )}
    </div>
  );
}

function WeekPicker({ view, onChange }: { view: WeeklyWeekView; onChange: (week: number) => void }) {
  const rule = view.settings.weekRule;
  const options = Array.from({ length: view.weeksInYear }, (_, i) => ({ value: i + 1, label: weekLabel(weekSpan(view.year, i + 1, rule)) + (view.currentWeek === i + 1 ? '·本周' : '') }));
  return (
    <Space.Compact>
      <Button aria-label="上一周" icon={<LeftOutlined />} disabled={view.week <= 1} onClick={() => onChange(view.week - 1)} />
      <Select aria-label="周次" value={view.week} options={options} onChange={onChange} style={{ width: 290 }} showSearch={{ optionFilterProp: 'label' }} />
      <Button aria-label="下一周" icon={<RightOutlined />} disabled={view.week >= view.weeksInYear} onClick={() => onChange(view.week + 1)} />
      {view.currentWeek != null && view.currentWeek !== view.week && <Button onClick={() => onChange(view.currentWeek!)}>本周</Button>}
    </Space.Compact>
  );
}

/**
 * Whether this week's board fits one A4 page: the board is laid out out of sight exactly as it prints,
 * and only a week too full even at 8 pt is mentioned (DOMAIN §8.3).
 */
function BoardFitNotice({ view }: { view: WeeklyWeekView }) {
  const [fit, setFit] = useState<BoardFit | null>(null);
  return (
    <>
      <div className="weekly-fit-probe" aria-hidden>
        <WeeklyBoardSheet view={view} onFit={setFit} />
      </div>
      {fit && fit.pages > 1 && (
        <Alert className="weekly-not-posted" type="warning" showIcon title={`本周晒评榜内容较多，缩至最小字号（8磅）仍超出一页A4，将打印为${fit.pages}页；可精简条目后再打印`} />
      )}
    </>
  );
}

function NotPosted({ view }: { view: WeeklyWeekView }) {
  const who = view.settings.mode === 'unit' ? '科室（单位）' : '人';
  if (view.week < view.settings.startWeek) return <Alert className="weekly-not-posted" type="info" showIcon title={`本年度自第${view.settings.startWeek}周起晒报，本周不计`} />;
  if (view.notPosted.length === 0) return <Alert className="weekly-not-posted" type="success" showIcon title={`本周${view.targets.length}个${who}均已晒报`} />;
  return (
    <Alert
      className="weekly-not-posted"
      type="warning"
      showIcon
      data-testid="weekly-not-posted"
      title={`本周未晒（${view.notPosted.length}/${view.targets.length}）：${view.notPosted.map((t) => t.name).join('、')}`}
    />
  );
}
