import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { EvaluationSummary } from '../../../../shared/contract/evaluation';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useEvaluationList } from '../../../hooks/evaluation-hooks';
import { useLockedYears } from '../../../hooks/use-year-lock';
import { yearLabel } from '../evaluation-labels';
import { eventColumns } from './list-columns';
import { NewEvaluationDialog } from './NewEvaluationDialog';
import '../evaluation.css';

/** 述职测评: the 测评活动 of a 考核年度, and 「新建测评」. */
export function EvaluationListPage() {
  const { modal } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const all = useEvaluationList();
  const list = useEvaluationList(year);
  const [creating, setCreating] = useState(false);
  const remove = useChannelMutation('evaluation.delete', { success: '已删除测评' });
  // events of a locked 考核年度 are archived: shown, never changed
  const lockedYears = useLockedYears();

  const years = useMemo(() => {
    const set = new Set((all.data ?? []).map((e) => e.year));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [all.data]);

  const confirmDelete = (e: EvaluationSummary) => {
    modal.confirm({
      title: `删除测评：${e.name}`,
      content: e.testBallots > 0 ? `将一并删除 ${e.testBallots} 张测试票。删除后不能恢复，确定删除吗？` : '删除后不能恢复，确定删除吗？',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: e.id }).catch(() => undefined),
    });
  };

  const columns = eventColumns(lockedYears, confirmDelete);

  return (
    <div className="page-fill">
      <div className="panel evaluation-list">
        <div className="page-title">
          <Space size={12} align="baseline">
            <Typography.Title level={4}>述职测评</Typography.Title>
            <Select
              aria-label="考核年度"
              value={year ?? 0}
              onChange={(v) => setYear(v === 0 ? undefined : v)}
              options={[{ value: 0, label: '全部年度' }, ...years.map((y) => ({ value: y, label: yearLabel(y) }))]}
              style={{ width: 130 }}
            />
            <Typography.Text type="secondary">{list.data ? `共 ${list.data.length} 次测评` : ''}</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建测评
          </Button>
        </div>
        {list.isError ? (
          <QueryError error={list.error} />
        ) : (
          <Table<EvaluationSummary>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={list.data ?? []}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: '还没有测评活动，请点击“新建测评”' }}
          />
        )}
      </div>
      <NewEvaluationDialog open={creating} onClose={() => setCreating(false)} defaultYear={year ?? new Date().getFullYear()} />
    </div>
  );
}
