import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, InputNumber, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels } from '../../../../shared/recommendation';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useRecommendation } from '../../../hooks/recommendation-hooks';
import { navigate } from '../../../router/hash-router';
import { candidateWord } from '../common/recommendation-labels';
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
  const planned = event.config.categories.reduce((s, c) => s + c.issued, 0);
  const remaining = planned - event.ticketsIssued;
  const [count, setCount] = useState<number>(remaining > 0 ? remaining : Math.max(1, planned));
  const issue = useChannelMutation('recommendation.issueTickets', { success: (r) => `已生成 ${r.tickets.length} 个票号` });
  const closed = event.status === 'closed';
  const ballot = event.kind === 'approval' ? '赞成票' : '推荐票';
  const empty = event.config.posts.filter((p) => p.candidates.length === 0 && !(event.kind === 'recommend' && p.writeIns));

  return (
    <div className="page-fill recommendation-page">
      <RecommendationHeader event={event} page="print" />
      <div className="panel">
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {ballot}
        </Typography.Title>
        <Descriptions column={2} size="small" bordered style={{ maxWidth: 900 }} styles={{ label: { width: 140 } }}>
          <Descriptions.Item label="票面标题" span={2}>
            {event.config.title}
          </Descriptions.Item>
          <Descriptions.Item label="票种">{recommendationKindLabels[event.kind]}</Descriptions.Item>
          <Descriptions.Item label={event.kind === 'approval' ? '拟任职务' : '推荐职位（荣誉）'}>
            {event.posts} 项，{candidateWord(event.kind)} {event.candidates} 人次
          </Descriptions.Item>
          <Descriptions.Item label="计划发出票数">{planned} 张（各评委类别发出票数合计）</Descriptions.Item>
          <Descriptions.Item label="已生成票号">
            <span data-testid="tickets-issued">{event.ticketsIssued}</span> 个
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          每张{ballot}印一个票号。票号随机生成、无规律，只作为“已发出”记录，不与任何人对应。纸质票录入时，只接受已生成的票号；同一票号不能重复计票。
        </Typography.Paragraph>
        {empty.length > 0 && (
          <Alert type="warning" showIcon title={`「${empty.map((p) => p.name).join('」「')}」还没有${candidateWord(event.kind)}，请先在“推荐设置”中选择`} style={{ marginBottom: 12 }} />
        )}
        <div className="print-actions">
          <Space wrap>
            <span>生成</span>
            <InputNumber aria-label="生成票号数" min={1} max={2000} precision={0} value={count} onChange={(v) => setCount(v ?? 1)} suffix="个" style={{ width: 120 }} disabled={closed} />
            <Button type="primary" loading={issue.isPending} disabled={closed} onClick={() => issue.mutate({ id: event.id, count })}>
              生成票号
            </Button>
          </Space>
          <Space wrap>
            <Button icon={<PrinterOutlined />} disabled={event.ticketsIssued === 0} onClick={() => navigate(recommendationHref('ballots', event.id))}>
              打印预览（{event.ticketsIssued} 张）
            </Button>
            {event.ticketsIssued === 0 && <Typography.Text type="secondary">请先生成票号</Typography.Text>}
          </Space>
        </div>
      </div>
    </div>
  );
}
