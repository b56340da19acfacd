import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { RecommendationSummary } from '../../../../shared/contract/recommendation';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useRecommendationList } from '../../../hooks/recommendation-hooks';
import { useLockedYears } from '../../../hooks/use-year-lock';
import { yearLabel } from '../common/recommendation-labels';
import { recommendationColumns } from './list-columns';
import { NewRecommendationDialog } from './NewRecommendationDialog';
import '../common/recommendation.css';

/** 民主推荐与评选表优: the events of a 考核年度, and 「新建推荐」. */
export function RecommendationListPage() {
  const { modal } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const all = useRecommendationList();
  const list = useRecommendationList(year);
  const [creating, setCreating] = useState(false);
  // the server refuses an event with live ballots, in its own words (shown as it comes)
  const remove = useChannelMutation('recommendation.delete', { success: '已删除推荐' });
  const lockedYears = useLockedYears();

  const years = useMemo(() => {
    const set = new Set((all.data ?? []).map((e) => e.year));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [all.data]);

  const confirmDelete = (e: RecommendationSummary) => {
    modal.confirm({
      title: `删除推荐：${e.name}`,
      content: e.testBallots > 0 ? `将一并删除 ${e.testBallots} 张测试票。删除后不能恢复，确定删除吗？` : '删除后不能恢复，确定删除吗？',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: e.id }).catch(() => undefined),
    });
  };

  return (
    <div className="page-fill">
      <div className="panel recommendation-list">
        <div className="page-title">
          <Space size={12} align="baseline">
            <Typography.Title level={4}>民主推荐与评选表优</Typography.Title>
            <Select
              aria-label="考核年度"
              value={year ?? 0}
              onChange={(v) => setYear(v === 0 ? undefined : v)}
              options={[{ value: 0, label: '全部年度' }, ...years.map((y) => ({ value: y, label: yearLabel(y) }))]}
              style={{ width: 130 }}
            />
            <Typography.Text type="secondary">{list.data ? `共 ${list.data.length} 次推荐` : ''}</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建推荐
          </Button>
        </div>
        {list.isError ? (
          <QueryError error={list.error} />
        ) : (
          <Table<RecommendationSummary>
            size="middle"
            rowKey="id"
            columns={recommendationColumns(lockedYears, confirmDelete)}
            dataSource={list.data ?? []}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: '还没有民主推荐或评选表优，请点击“新建推荐”' }}
          />
        )}
      </div>
      <NewRecommendationDialog open={creating} onClose={() => setCreating(false)} defaultYear={year ?? new Date().getFullYear()} />
    </div>
  );
}
