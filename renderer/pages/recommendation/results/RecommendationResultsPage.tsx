import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import type { PostResult } from '../../../../shared/recommendation';
import { roundingRule } from '../../../../shared/numbers';
import { useConfirmClose } from '../../../components/BallotStatusControls';
import { QueryError } from '../../../components/QueryError';
import { invoke } from '../../../api';
import { useRecommendation, useRecommendationResults } from '../../../hooks/recommendation-hooks';
import { useFileExport } from '../../../hooks/use-file-export';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { quorumText } from '../common/recommendation-labels';
import { RecommendationHeader } from '../common/RecommendationHeader';
import { useRecommendationId } from '../recommendation-href';
import { CommendDialog } from './CommendDialog';
import { PostResults } from './PostResults';
import { SessionTable } from './SessionTable';

/** 推荐结果: live while ballots come in (refreshes every few seconds), final once closed; 测试票 in 测试模式. */
export function RecommendationResultsPage() {
  const id = useRecommendationId();
  const event = useRecommendation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <ResultsBody event={event.data} />;
}

function ResultsBody({ event }: { event: RecommendationEvent }) {
  // in 测试模式 the rehearsal is what there is to see; the live round is one click away
  const [testChoice, setTestChoice] = useState<'test' | 'live'>('test');
  const round = event.status === 'test' ? testChoice : 'live';
  const results = useRecommendationResults(event.id, round, event.status);
  const { busy: exporting, run: runExport } = useFileExport();
  const { confirmClose } = useConfirmClose('recommendation', '推荐', event.id);
  const yearLocked = useYearLocked(event.year);
  // 评选表优 into the year: a closed 推荐票 event's chosen people get a 加减分 record each
  const [commending, setCommending] = useState<PostResult | null>(null);
  const canCommend = event.status === 'closed' && event.kind === 'recommend' && !yearLocked;
  const data = results.data;
  const config = event.config;
  const polling = event.status === 'test' || event.status === 'live';
  const title = round === 'test' ? '测试票统计（演练）' : event.status === 'closed' ? '最终结果' : '实时结果';
  const rateNote =
    config.kind === 'approval'
      ? '赞成率＝赞成票数÷实到人数；赞成票数超过实到人数一半的为“过半”。'
      : '得票率（有效票）＝得票数÷该职位有效票数，得票率（实到）＝得票数÷实到人数；得票数超过该职位有效票数一半的为“过半数”。';

  return (
    <div className="page-fill recommendation-page results-page">
      <RecommendationHeader event={event} page="results" />
      {results.isError && <QueryError error={results.error} />}
      {!data && results.isPending && <Spin size="large" className="shell-loading" />}
      {data && (
        <>
          {data.session.overIssued && (
            <Alert
              type="error"
              showIcon
              data-testid="over-issued"
              title="收回票数多于发出票数，本次推荐无效"
              description={`发出 ${data.session.issued} 张，收回 ${data.session.returned} 张。请查明原因，按规定重新组织推荐。`}
            />
          )}
          {!data.session.quorumMet && (
            <Alert
              type="warning"
              showIcon
              data-testid="quorum-alert"
              title={`实到人数未${quorumText(config.quorum)}（应到 ${data.session.expected} 人，实到 ${data.session.present} 人），推荐结果不能作为依据`}
            />
          )}
          <div className="panel">
            <div className="page-title">
              <Space align="baseline" size={12} wrap>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {title}
                </Typography.Title>
                {event.status === 'test' && (
                  <Segmented<'test' | 'live'>
                    aria-label="统计哪一轮推荐票"
                    value={testChoice}
                    onChange={(v) => setTestChoice(v)}
                    options={[
                      { value: 'test', label: '测试票' },
                      { value: 'live', label: '正式票' },
                    ]}
                  />
                )}
                {polling && <Typography.Text type="secondary">每 3 秒自动刷新</Typography.Text>}
              </Space>
              <Space wrap>
                <Button icon={<ExportOutlined />} loading={exporting !== null} disabled={round === 'test'} onClick={() => void runExport(() => invoke('recommendation.exportResults', { id: event.id }))}>
                  导出统计表
                </Button>
                {event.status === 'live' && (
                  <Button danger onClick={confirmClose} disabled={yearLocked}>
                    结束推荐
                  </Button>
                )}
              </Space>
            </div>
            <SessionTable session={data.session} />
          </div>
          <div className="panel">
            {data.posts.map((post) => (
              <PostResults key={post.code} post={post} config={config} present={data.session.present} onCommend={canCommend ? () => setCommending(post) : undefined} />
            ))}
            <Typography.Text type="secondary" className="rounding-note">
              说明：{roundingRule}。{rateNote}
              {config.weighted ? '加权得票率按各评委类别权重计算，无有效票的类别不计入，权重按比例折算。' : ''}
            </Typography.Text>
          </div>
        </>
      )}
      <CommendDialog eventId={event.id} eventName={event.name} eventDate={event.date} year={event.year} post={commending} onClose={() => setCommending(null)} />
    </div>
  );
}
