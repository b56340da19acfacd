import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Tag, Typography } from 'antd';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { PaperEntryPanel } from '../../../components/PaperEntryPanel';
import { QueryError } from '../../../components/QueryError';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useRecommendation } from '../../../hooks/recommendation-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { navigate } from '../../../router/hash-router';
import { ballotNoun, statusLabels as recommendationStatusLabels, testModeBanner as recommendationTestBanner } from '../common/recommendation-labels';
import { recommendationHref, useRecommendationId } from '../recommendation-href';
import { RecommendationEntryForm } from './RecommendationEntryForm';
import { RecommendationMismatchPanel } from './RecommendationMismatchPanel';
import '../kiosk/recommendation-ballot.css';
import './recommendation-entry.css';

/** 推荐票录入: keyboard-fast typing of paper 推荐票 / 赞成票, 双人录入, and the 录入不一致 list. */
export function RecommendationEntryPage() {
  const id = useRecommendationId();
  const event = useRecommendation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <EntryBody event={event.data} />;
}

function EntryBody({ event }: { event: RecommendationEvent }) {
  const mismatches = useChannelQuery('recommendation.mismatches', { id: event.id });
  const yearLocked = useYearLocked(event.year);
  const ballot = ballotNoun(event.kind);
  const noCandidates = event.config.posts.some((p) => p.candidates.length === 0);

  return (
    <div className="page-fill rec-entry-page">
      <div className="rec-entry-header">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(recommendationHref('setup', event.id))}>
          推荐设置
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {event.name} · {ballot}录入
        </Typography.Title>
        <Tag color={event.status === 'live' ? 'green' : event.status === 'test' ? 'orange' : 'default'} data-testid="event-status">
          {recommendationStatusLabels[event.status]}
        </Tag>
      </div>
      {yearLocked && <YearLockedBanner year={event.year} />}
      {event.status === 'test' && <Alert type="warning" showIcon title={recommendationTestBanner} data-testid="test-banner" />}
      <PaperEntryPanel
        event={event}
        noun="推荐"
        ballot={ballot}
        statusLabel={recommendationStatusLabels[event.status]}
        entry={(settings, accepting) =>
          !accepting ? null : noCandidates ? (
            <Alert type="info" showIcon title="还有推荐职位没有候选人，请先在“推荐设置”中添加" />
          ) : (
            <RecommendationEntryForm event={event} clerk={settings.clerk} doubleEntry={settings.doubleEntry} onSaved={settings.countEntered} onNeedClerk={settings.focusClerk} />
          )
        }
        mismatchCount={mismatches.data?.length ?? 0}
        mismatches={(settings) => <RecommendationMismatchPanel event={event} clerk={settings.clerk} mismatches={mismatches.data ?? []} loading={mismatches.isPending} />}
      />
    </div>
  );
}
