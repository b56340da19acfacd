import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels } from '../../../../shared/recommendation';
import { IssueTicketsPanel } from '../../../components/IssueTicketsPanel';
import { QueryError } from '../../../components/QueryError';
import { useRecommendation } from '../../../hooks/recommendation-hooks';
import { navigate } from '../../../router/hash-router';
import { ballotNoun, candidateWord, postWord } from '../common/recommendation-labels';
import { RecommendationHeader } from '../common/RecommendationHeader';
import { recommendationHref, useRecommendationId } from '../recommendation-href';

/** 打印推荐票: draw 票号 (by default what is still to issue of Σ 发出), then the A4 print view. */
export function RecommendationPrintPage() {
  const id = useRecommendationId();
  const event = useRecommendation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <PrintBody event={event.data} />;
}

function PrintBody({ event }: { event: RecommendationEvent }) {
  const ballot = ballotNoun(event.kind);
  const empty = event.config.posts.filter((p) => p.candidates.length === 0 && !(event.kind === 'recommend' && p.writeIns));

  return (
    <div className="page-fill recommendation-page">
      <RecommendationHeader event={event} page="print" />
      <IssueTicketsPanel
        kind="recommendation"
        event={event}
        ballot={ballot}
        title={{ label: '票面标题', text: event.config.title }}
        facts={[
          { key: 'kind', label: '票种', children: recommendationKindLabels[event.kind] },
          { key: 'posts', label: postWord(event.kind), children: `${event.posts} 项，${candidateWord(event.kind)} ${event.candidates} 人次` },
        ]}
        notePrefix={`每张${ballot}印一个票号。`}
        warning={
          empty.length > 0 && <Alert type="warning" showIcon title={`「${empty.map((p) => p.name).join('」「')}」还没有${candidateWord(event.kind)}，请先在“推荐设置”中选择`} style={{ marginBottom: 12 }} />
        }
      >
        <Space wrap>
          <Button icon={<PrinterOutlined />} disabled={event.ticketsIssued === 0} onClick={() => navigate(recommendationHref('ballots', event.id))}>
            打印预览（{event.ticketsIssued} 张）
          </Button>
          {event.ticketsIssued === 0 && <Typography.Text type="secondary">请先生成票号</Typography.Text>}
        </Space>
      </IssueTicketsPanel>
    </div>
  );
}
