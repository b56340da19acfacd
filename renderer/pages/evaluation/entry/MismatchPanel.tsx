import { Alert, App, Button, Empty, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { invalidReasonsText } from '../../../../shared/evaluation/ballot-validation';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { draftToMarks, marksToDraft, setLevel, type BallotDraft } from '../ballot-draft';
import { BallotGrid } from '../kiosk/BallotGrid';
import { compareEntries, lineText } from './mismatch-compare';

type Mismatch = ChannelOutput<'evaluation.mismatches'>[number];

/**
 * 录入不一致: the two entries of each disagreeing 票号 side by side; the clerk reads the paper and
 * settles the differing lines (they start empty, so each one is looked at).
 */
export function MismatchPanel(props: { event: EvaluationEvent; clerk: string; mismatches: readonly Mismatch[]; loading: boolean }) {
  const { event, clerk, mismatches, loading } = props;
  const [open, setOpen] = useState<string | null>(null);
  if (!loading && mismatches.length === 0) return <Empty description="没有录入不一致的测评票" />;
  return (
    <div className="mismatch-list">
      <Typography.Paragraph type="secondary">
        以下票号两遍录入不一致，尚未计票。请取出对应的纸质票，核对标红的行，选定正确结果后计票。
      </Typography.Paragraph>
      {mismatches.map((m) => (
        <MismatchItem key={m.ticketNo} event={event} clerk={clerk} mismatch={m} expanded={open === m.ticketNo || mismatches.length === 1} onToggle={() => setOpen(open === m.ticketNo ? null : m.ticketNo)} />
      ))}
    </div>
  );
}

function MismatchItem(props: { event: EvaluationEvent; clerk: string; mismatch: Mismatch; expanded: boolean; onToggle: () => void }) {
  const { event, clerk, mismatch, expanded, onToggle } = props;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const config = event.config;
  const targets = useMemo(() => [...event.targetList].sort((a, b) => a.sortOrder - b.sortOrder), [event.targetList]);
  const targetIds = useMemo(() => targets.map((t) => t.id), [targets]);
  const rows = useMemo(() => compareEntries(config, targetIds, mismatch.first, mismatch.second), [config, targetIds, mismatch]);
  const differing = useMemo(() => new Set(rows.filter((r) => r.differs).map((r) => r.index)), [rows]);
  const categoryDiffers = mismatch.first.category !== mismatch.second.category;
  const [category, setCategory] = useState<string | undefined>(categoryDiffers ? undefined : mismatch.first.category);
  const [draft, setDraft] = useState<BallotDraft>(() => {
    let d = marksToDraft(targetIds, mismatch.first);
    for (const i of differing) d = setLevel(d, i, undefined).map((l, j) => (j === i ? { ...l, scores: {} } : l));
    return d;
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const categoryName = (code: string) => config.categories.find((c) => c.code === code)?.name ?? code;

  const settle = async () => {
    if (!clerk.trim()) return setError('请先在上方填写录入人（核对人）');
    if (!category) return setError('请选定评委类别');
    if (config.form !== 'score') {
      const open = [...differing].filter((i) => draft[i]?.level === undefined);
      if (open.length > 0) return setError(`请对照纸质票核定第 ${open.map((i) => i + 1).join('、')} 行`);
    }
    setSaving(true);
    try {
      const r = await invoke('evaluation.settleMismatch', { id: event.id, ticketNo: mismatch.ticketNo, marks: draftToMarks(category, targetIds, draft), clerk: clerk.trim() });
      void message.success(r.outcome.valid ? `票号 ${mismatch.ticketNo} 已核定，计为有效票` : `票号 ${mismatch.ticketNo} 已核定，计为无效票（${invalidReasonsText(r.outcome.reasons)}）`);
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: '序号', key: 'no', width: 60, align: 'center', render: (_v, r) => r.index + 1 },
    { title: '姓名', key: 'name', width: 110, render: (_v, r) => targets[r.index]?.name },
    { title: `第一遍（${mismatch.firstClerk}）`, key: 'first', render: (_v, r) => lineText(config, r.first) },
    { title: `第二遍（${mismatch.secondClerk}）`, key: 'second', render: (_v, r) => lineText(config, r.second) },
  ];

  return (
    <div className="panel mismatch-item" data-testid={`mismatch-${mismatch.ticketNo}`}>
      <div className="mismatch-head">
        <Space size={16} wrap>
          <Typography.Text strong className="mono">票号 {mismatch.ticketNo}</Typography.Text>
          <span>
            评委类别：{categoryName(mismatch.first.category)}
            {categoryDiffers && <span className="text-danger"> ／ {categoryName(mismatch.second.category)}（不一致）</span>}
          </span>
          <span className="text-danger">{differing.size} 行不一致</span>
        </Space>
        <Button type="link" onClick={onToggle}>{expanded ? '收起' : '核对'}</Button>
      </div>
      {expanded && (
        <>
          <Table
            size="small"
            rowKey="targetId"
            columns={columns}
            dataSource={rows}
            pagination={false}
            rowClassName={(r) => (r.differs ? 'row-differs' : '')}
            className="mismatch-compare"
          />
          <Typography.Title level={5}>核定结果（按纸质票）</Typography.Title>
          <Space style={{ marginBottom: 8 }}>
            <span>评委类别</span>
            <Select
              aria-label="核定评委类别"
              value={category}
              placeholder="请选定"
              style={{ width: 200 }}
              onChange={setCategory}
              options={config.categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
            />
          </Space>
          <BallotGrid config={config} targets={targets} draft={draft} onChange={setDraft} highlight={differing} size="normal" />
          {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
          <Button type="primary" style={{ marginTop: 8 }} loading={saving} onClick={() => void settle()}>
            核定并计票
          </Button>
        </>
      )}
    </div>
  );
}
