import { Button, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { candidatesByVotes, type PostResult, type RecommendationConfig } from '../../../../shared/recommendation';
import type { CandidateResult } from '../../../../shared/recommendation';
import { postFigures, postNotesText } from './post-text';
import { approvalColumns, recommendColumns } from './result-columns';

/** One post's results: its line of figures, its candidates by votes, and the notes. */
export function PostResults(props: { post: PostResult; config: RecommendationConfig; present: number; onCommend?: () => void }) {
  const { post, config, present, onCommend } = props;
  const rows = useMemo(() => candidatesByVotes(post), [post]);
  const columns = useMemo(() => (config.kind === 'approval' ? approvalColumns(config) : recommendColumns(config)), [config]);
  const notes = postNotesText(post.notes);
  const heading = config.kind === 'approval' ? `拟任职务：${post.name}` : `${post.name}（应推荐 ${post.seats} 人）`;
  return (
    <div className="post-results" data-testid={`post-${post.code}`}>
      <div className="post-results-head">
        <Typography.Title level={5}>{heading}</Typography.Title>
        <span className="post-figures" data-testid="post-figures">{postFigures(post, config.kind, present)}</span>
        {onCommend && (
          <Button size="small" onClick={onCommend}>
            列入年度考核加分
          </Button>
        )}
      </div>
      <Table<CandidateResult>
        size="small"
        bordered
        rowKey={(c) => `${c.writeIn ? 'w' : 'c'}${c.personId}`}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: config.kind === 'approval' ? '没有拟任人选' : '还没有候选人得票' }}
      />
      {notes && (
        <Typography.Text type="secondary" className="post-notes" data-testid="post-notes">
          计票说明：{notes}
        </Typography.Text>
      )}
    </div>
  );
}
