import { CheckSquareOutlined, ExportOutlined, FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Spin, Tabs, Typography, Checkbox } from 'antd';
import { useCallback, useState } from 'react';
import type { OutcomeCode } from '../../../../shared/annual/rules';
import type { AnnualYear, CompositeRow, CompositeView } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { useComposite } from '../../../hooks/annual-hooks';
import { invoke } from '../../../api';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useFileExport } from '../../../hooks/use-file-export';
import { changeNeeds, needsDialog, overQuota } from './composite-decisions';
import { partsRuleText } from '../../../../shared/annual/printed-parts';
import { momentText } from '../../../../shared/date-text';
import { formulaText } from './composite-text';
import { CompositeGroupPanel } from './CompositeGroupPanel';
import { ConfirmOutcomeDialog, type OutcomeChoice } from './ConfirmOutcomeDialog';
import { ConfirmSuggestedDialog } from './ConfirmSuggestedDialog';
import { LockBanner } from './LockBanner';
import { LockYearButton } from './LockYearButton';
import { MeetingDialog } from './MeetingDialog';
import { PrintCompositeDialog } from './PrintCompositeDialog';
import { useSelectedYear } from '../common/use-selected-year';
import { YearBar } from '../../../components/YearBar';
import { yearPlaceholder } from '../common/YearPlaceholder';
import { useRecommendationVotes, type RecommendationVotes } from './use-recommendation-votes';
import { recentShownAtFirst } from './use-recent-outcomes';
import './annual-composite.css';

/**
 * 综合评定: per 考核分组, each person's component scores, composite, rank, gates and suggested 等次,
 * and the 考核委员会's 确定等次; then 「确认并锁定年度」. A locked year shows its frozen view, read-only.
 */
export function CompositePage() {
  const { year, select, years, detail, detailQuery } = useSelectedYear();
  const composite = useComposite(year);
  const view = composite.data?.year === year ? composite.data : undefined;
  const recommendation = useRecommendationVotes(year);
  const [showRecent, setShowRecent] = useState(recentShownAtFirst);

  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (composite.isError) body = <QueryError error={composite.error} title="综合评定未能计算" />;
  else if (detailQuery.isError) body = <QueryError error={detailQuery.error} />;
  else if (!view || year === undefined) body = <Spin size="large" className="shell-loading" />;
  else body = <CompositeBody view={view} detail={detail} votes={recommendation.votes} showRecent={showRecent} />;

  return (
    <div className="page-fill composite-page">
      <div className="panel cp-head-panel">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>综合评定</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
            {recommendation.options.length > 0 && (
              <Select
                aria-label="对照推荐得票"
                placeholder="对照民主推荐/评选表优得票"
                allowClear
                style={{ width: 240 }}
                value={recommendation.chosen ?? undefined}
                options={recommendation.options}
                onChange={(v?: number) => recommendation.choose(v ?? null)}
              />
            )}
            <Checkbox checked={showRecent} onChange={(e) => setShowRecent(e.target.checked)}>
              显示近三年等次
            </Checkbox>
          </Space>
          {view && <CompositeActions view={view} />}
        </div>
      </div>
      {body}
    </div>
  );
}


/** The page's buttons: export and print always; the meeting's results and the lock while the year is open. */
function CompositeActions({ view }: { view: CompositeView }) {
  const { busy, run } = useFileExport();
  const [printOpen, setPrintOpen] = useState(false);
  const [meetingOpen, setMeetingOpen] = useState(false);
  const doExport = () => run(() => invoke('annual.exportComposite', { year: view.year }));
  return (
    <Space size={8} wrap>
      <Typography.Text type="secondary" data-testid="unconfirmed-count">
        共 {view.rows.length} 人，
        {view.unconfirmed > 0 ? (
          <span className="cp-warn">
            未确定等次 <b>{view.unconfirmed}</b> 人
          </span>
        ) : (
          '已全部确定等次'
        )}
      </Typography.Text>
      <Button icon={<ExportOutlined />} loading={busy !== null} onClick={() => void doExport()}>
        导出综合评定表
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => setPrintOpen(true)} disabled={view.rows.length === 0}>
        打印综合评定表
      </Button>
      {view.status === 'open' && (
        <Button icon={<FormOutlined />} onClick={() => setMeetingOpen(true)} disabled={view.rows.length === 0}>
          录入会议结果
        </Button>
      )}
      {view.status === 'open' && <LockYearButton year={view.year} unconfirmed={view.unconfirmed} />}
      <PrintCompositeDialog view={view} open={printOpen} onClose={() => setPrintOpen(false)} />
      <MeetingDialog view={view} open={meetingOpen} onClose={() => setMeetingOpen(false)} />
    </Space>
  );
}

function CompositeBody({ view, detail, votes, showRecent }: { view: CompositeView; detail: AnnualYear | undefined; votes: RecommendationVotes | null; showRecent: boolean }) {
  const locked = view.status === 'locked';
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const [choice, setChoice] = useState<OutcomeChoice | null>(null);
  const [suggestedOpen, setSuggestedOpen] = useState(false);
  const [savingId, setSavingId] = useState<number | null>(null);
  // one line each until asked: on a 720 px screen the table, not the method, gets the height
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const confirm = useChannelMutation('annual.confirm');

  const group = view.groups.find((g) => String(g.id) === activeKey) ?? view.groups[0];
  const { mutate } = confirm;
  const onChoose = useCallback(
    (row: CompositeRow, outcome: OutcomeCode) => {
      if (outcome === row.confirmed) return;
      const needs = changeNeeds(view, row, outcome);
      const groupName = view.groups.find((g) => g.id === row.groupId)?.name ?? '本组';
      if (needsDialog(needs)) {
        setChoice({ row, outcome, needs, groupName });
        return;
      }
      setSavingId(row.personId);
      mutate({ year: view.year, entries: [{ personId: row.personId, outcome, reason: '', overrideReason: '' }] }, { onSettled: () => setSavingId(null) });
    },
    [view, mutate],
  );

  return (
    <>
      {locked && <LockBanner year={view.year} lockedAt={detail?.lockedAt ?? null} lockedBy={detail?.lockedBy ?? null} />}
      <div className={`panel cp-sources${sourcesOpen ? '' : ' cp-sources-folded'}`} data-testid="composite-sources">
        <Button type="link" size="small" className="cp-sources-toggle" onClick={() => setSourcesOpen((o) => !o)}>
          {sourcesOpen ? '收起' : '展开'}
        </Button>
        <div className="cp-source-row">
          <span className="cp-source-label">数据来源</span>
          <span className="cp-source-lines">
            {view.sources.length === 0 ? <span className="cp-muted">无</span> : view.sources.map((s) => <span key={s}>{s}</span>)}
          </span>
        </div>
        <div className="cp-source-row">
          <span className="cp-source-label">计分办法</span>
          <span className="cp-source-lines">
            {formulaText(view.rules)}
            <span className="cp-muted cp-small">
              {' '}{partsRuleText(view.rules.roundParts)}。计算时间：{momentText(view.computedAt, { seconds: true })}
              {locked ? '（锁定时固定）' : ''}。
            </span>
          </span>
        </div>
      </div>
      <div className="panel cp-groups-panel">
        {view.groups.length === 0 || !group ? (
          <Alert type="info" showIcon title="本年度还没有考核分组和考核人员，请先在“年度考核方案”中设置" />
        ) : (
          <Tabs
            className="cp-tabs"
            activeKey={String(group.id)}
            onChange={setActiveKey}
            tabBarExtraContent={
              !locked && (
                <Button icon={<CheckSquareOutlined />} onClick={() => setSuggestedOpen(true)} disabled={view.unconfirmed === 0}>
                  按建议等次确认
                </Button>
              )
            }
            items={view.groups.map((g) => ({
              key: String(g.id),
              label: <span className={overQuota(g) ? 'cp-red' : undefined}>{`${g.name}（${g.size}）`}</span>,
              children: (
                <CompositeGroupPanel
                  view={view}
                  group={g}
                  setting={detail?.groups.find((s) => s.id === g.id)}
                  readOnly={locked}
                  savingId={savingId}
                  onChoose={onChoose}
                  votes={votes}
                  showRecent={showRecent}
                />
              ),
            }))}
          />
        )}
      </div>
      <ConfirmOutcomeDialog choice={choice} rules={view.rules} year={view.year} onClose={() => setChoice(null)} />
      <ConfirmSuggestedDialog open={suggestedOpen} view={view} groupId={group?.id} onClose={() => setSuggestedOpen(false)} />
    </>
  );
}
