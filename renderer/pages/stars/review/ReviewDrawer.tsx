import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { momentText } from '../../../../shared/date-text';
import { Alert, App, Button, Checkbox, Drawer, Input, InputNumber, Select, Space, Spin, Table, Tabs, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { starTierLabels, type StarItem } from '../../../../shared/stars/scheme';
import { reviewStepLabels, starCellStateLabels } from '../../../../shared/stars/states';
import type { EvidenceItem, ReviewDetail, ReviewPeriodView, StarCell } from '../../../../shared/stars/views';
import { invoke, readPickedFile, saveFile } from '../../../api';
import { QueryError } from '../../../components/QueryError';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useStarReview, useStarScheme } from '../common/stars-hooks';
import { StepDayPicker } from '../../../components/DayPicker';
import { defaultStepDate } from '../../../components/step-dates';
import { fileSizeText, stateLooks } from '../common/star-symbols';
import { DisqualifyDialog, RemoveStarDialog } from './TargetDialogs';

const maxEvidenceBytes = 20 * 1024 * 1024;

type ClaimDraft = Partial<{ claimed: boolean; note: string }>;
type VoteDraft = Partial<{ agree: number | null; disagree: number | null; score: number | null }>;
type DecisionDraft = Partial<{ decision: 'award' | 'refuse' | null; reason: string }>;

interface Row {
  item: StarItem;
  cell: StarCell;
}

/** One target's review in a period: 自评 with evidence, 民主测评, 支部评定, 摘星 and 不得参评. */
export function ReviewDrawer(props: { schemeId: number; period: number; periodView: ReviewPeriodView; targetId: number | null; onClose: () => void; onClosed?: () => void }) {
  const { schemeId, period, periodView, targetId, onClose, onClosed } = props;
  const review = useStarReview(targetId == null ? null : { schemeId, period, targetId });
  const title = review.data ? `${review.data.target.name}\u3000${review.data.target.unitName}\u3000${periodView.label}` : '评星详情';
  return (
    <Drawer
      title={title}
      open={targetId != null}
      onClose={onClose}
      size={1000}
      destroyOnHidden
      className="review-drawer"
      // back to the grid (not to the name that opened it), so the keyboard work goes on
      focusable={{ focusTriggerAfterClose: false }}
      afterOpenChange={(open) => {
        if (!open) onClosed?.();
      }}
    >
      {review.isError ? (
        <QueryError error={review.error} />
      ) : !review.data ? (
        <Spin className="shell-loading" />
      ) : (
        <ReviewBody key={review.data.target.targetId} detail={review.data} schemeId={schemeId} period={period} periodView={periodView} />
      )}
    </Drawer>
  );
}

function ReviewBody({ detail, schemeId, period, periodView }: { detail: ReviewDetail; schemeId: number; period: number; periodView: ReviewPeriodView }) {
  const { message } = App.useApp();
  const scheme = useStarScheme(schemeId);
  const items = scheme.data?.items ?? [];
  const row = detail.row;
  const target = detail.target;
  const [date, setDate] = useState<string | null>(() => defaultStepDate(periodView));
  const [claims, setClaims] = useState<Record<string, ClaimDraft>>({});
  const [votes, setVotes] = useState<Record<string, VoteDraft>>({});
  const [decisions, setDecisions] = useState<Record<string, DecisionDraft>>({});
  const [disqualifying, setDisqualifying] = useState(false);
  const [removing, setRemoving] = useState<{ code: string; name: string } | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const selfAssess = useChannelMutation('stars.selfAssess', { success: '已保存自评' });
  const recordVotes = useChannelMutation('stars.recordVotes', { success: '已保存民主测评' });
  const decide = useChannelMutation('stars.decide', { success: '已保存支部评定' });
  const clearDisqualification = useChannelMutation('stars.clearDisqualification', { success: '已取消不得参评' });
  const deleteEvidence = useChannelMutation('stars.deleteEvidence', { success: '已删除佐证材料' });
  const addEvidence = useChannelMutation('stars.addEvidence', { showError: true });
  const setRemark = useChannelMutation('stars.setRemark', { success: '已保存备注' });
  const [remark, setRemarkDraft] = useState(row.remark);

  const rows: Row[] = row.cells.flatMap((cell) => {
    const item = items.find((i) => i.code === cell.code);
    return item ? [{ item, cell }] : [];
  });
  const claimedOf = (r: Row) => claims[r.cell.code]?.claimed ?? r.cell.claimed;
  const noteOf = (r: Row) => claims[r.cell.code]?.note ?? r.cell.claimNote;
  const evidenceOf = (code: string) => detail.evidence.filter((e) => e.code === code);
  const base = { schemeId, period, date: date ?? defaultStepDate(periodView) };
  const locked = row.disqualified != null;

  const upload = async (code: string, file: File) => {
    if (file.size > maxEvidenceBytes) {
      void message.error(`“${file.name}”超过 20 MB，不能作为佐证材料上传`, 6);
      return;
    }
    setUploading(code);
    try {
      const picked = await readPickedFile(file);
      await addEvidence.mutateAsync({ schemeId, period, targetId: target.targetId, code, file: picked, note: '' });
      void message.success(`已上传：${file.name}`);
    } catch {
      // shown by the mutation
    } finally {
      setUploading(null);
    }
  };

  const openEvidence = async (e: EvidenceItem) => {
    try {
      await saveFile(await invoke('stars.openEvidence', { id: e.id }));
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };

  const stateColumn: TableColumnsType<Row>[number] = {
    title: '状态',
    key: 'state',
    width: 118,
    render: (_v, r) => {
      const look = stateLooks[r.cell.state];
      return (
        <Space size={4}>
          <span className="state-chip" style={{ color: look.color, background: look.background }} data-state={r.cell.state}>
            {look.symbol} {starCellStateLabels[r.cell.state]}
          </span>
          {r.cell.state === 'held' && (
            <Button size="small" type="link" danger onClick={() => setRemoving({ code: r.item.code, name: r.item.name })}>
              摘星
            </Button>
          )}
        </Space>
      );
    },
  };
  const starColumn: TableColumnsType<Row>[number] = {
    title: '星目',
    key: 'star',
    width: 176,
    render: (_v, r) => (
      <span title={r.item.criteria}>
        {r.item.name}
        <Typography.Text type="secondary" className="tier-note">{starTierLabels[r.item.tier]}{r.item.evidenceRequired ? '·须佐证' : ''}</Typography.Text>
      </span>
    ),
  };

  const selfColumns: TableColumnsType<Row> = [
    starColumn,
    stateColumn,
    {
      title: '申报',
      key: 'claim',
      width: 64,
      align: 'center',
      render: (_v, r) => (
        <Checkbox
          aria-label={`申报${r.item.name}`}
          checked={claimedOf(r)}
          disabled={locked || r.cell.state === 'held' || r.cell.state === 'removed'}
          onChange={(e) => setClaims({ ...claims, [r.cell.code]: { ...claims[r.cell.code], claimed: e.target.checked } })}
        />
      ),
    },
    {
      title: '申报说明',
      key: 'note',
      render: (_v, r) => (
        <Input
          aria-label={`${r.item.name}申报说明`}
          size="small"
          value={noteOf(r)}
          disabled={locked || !claimedOf(r)}
          maxLength={500}
          onChange={(e) => setClaims({ ...claims, [r.cell.code]: { ...claims[r.cell.code], note: e.target.value } })}
        />
      ),
    },
    {
      title: '佐证材料',
      key: 'evidence',
      width: 290,
      render: (_v, r) => (
        <div className="evidence-cell" data-code={r.item.code}>
          {evidenceOf(r.item.code).map((e) => (
            <div key={e.id} className="evidence-file">
              <PaperClipOutlined />
              <Button type="link" size="small" className="evidence-open" onClick={() => void openEvidence(e)} title={`${fileSizeText(e.size)}，上传于 ${momentText(e.addedAt)}`}>
                {e.fileName}
              </Button>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`删除${e.fileName}`}
                onClick={() => deleteEvidence.mutate({ id: e.id })}
              />
            </div>
          ))}
          <Upload
            accept=".jpg,.jpeg,.png,.gif,.bmp,.webp,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et"
            showUploadList={false}
            multiple
            disabled={locked}
            beforeUpload={(file) => {
              void upload(r.item.code, file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={uploading === r.item.code} disabled={locked}>
              上传佐证
            </Button>
          </Upload>
        </div>
      ),
    },
  ];

  const claimedRows = rows.filter((r) => r.cell.claimed);
  const vote = (code: string, key: keyof VoteDraft, value: number | null) => setVotes({ ...votes, [code]: { ...votes[code], [key]: value } });
  const voteValue = (r: Row, key: keyof VoteDraft) => (votes[r.cell.code]?.[key] !== undefined ? votes[r.cell.code]![key]! : r.cell[key]);
  const voteColumns: TableColumnsType<Row> = [
    starColumn,
    stateColumn,
    ...(['agree', 'disagree'] as const).map((key) => ({
      title: key === 'agree' ? '同意票' : '不同意票',
      key,
      width: 110,
      render: (_v: unknown, r: Row) => (
        <InputNumber aria-label={`${r.item.name}${key === 'agree' ? '同意票' : '不同意票'}`} size="small" min={0} max={10000} precision={0} value={voteValue(r, key)} onChange={(v) => vote(r.cell.code, key, v)} disabled={locked} />
      ),
    })),
    {
      title: '同意率',
      key: 'rate',
      width: 80,
      render: (_v, r) => {
        const a = voteValue(r, 'agree') ?? 0;
        const d = voteValue(r, 'disagree') ?? 0;
        return a + d > 0 ? `${((a / (a + d)) * 100).toFixed(1)}%` : '—';
      },
    },
    {
      title: '测评得分',
      key: 'score',
      width: 110,
      render: (_v, r) => (
        <InputNumber aria-label={`${r.item.name}测评得分`} size="small" min={0} max={1000} value={voteValue(r, 'score')} onChange={(v) => vote(r.cell.code, 'score', v)} disabled={locked} />
      ),
    },
  ];

  const decisionOf = (r: Row) => (decisions[r.cell.code]?.decision !== undefined ? decisions[r.cell.code]!.decision! : r.cell.decision);
  const reasonOf = (r: Row) => decisions[r.cell.code]?.reason ?? r.cell.refuseReason;
  const decideColumns: TableColumnsType<Row> = [
    starColumn,
    stateColumn,
    {
      title: '测评',
      key: 'votes',
      width: 130,
      render: (_v, r) =>
        r.cell.agree != null || r.cell.disagree != null || r.cell.score != null ? (
          <span className="muted">
            {r.cell.agree != null || r.cell.disagree != null ? `同意${r.cell.agree ?? 0}/不同意${r.cell.disagree ?? 0}` : ''}
            {r.cell.score != null ? ` 得分${r.cell.score}` : ''}
          </span>
        ) : (
          <span className="muted">未录</span>
        ),
    },
    {
      title: '评定',
      key: 'decision',
      width: 120,
      render: (_v, r) => (
        <Select<'award' | 'refuse' | ''>
          aria-label={`${r.item.name}评定`}
          size="small"
          value={decisionOf(r) ?? ''}
          disabled={locked || r.cell.state === 'held' || r.cell.state === 'removed'}
          onChange={(v) => setDecisions({ ...decisions, [r.cell.code]: { ...decisions[r.cell.code], decision: v === '' ? null : v } })}
          options={[
            { value: '', label: '未评定' },
            { value: 'award', label: '通过' },
            { value: 'refuse', label: '不通过' },
          ]}
          style={{ width: 100 }}
        />
      ),
    },
    {
      title: '不通过原因',
      key: 'reason',
      render: (_v, r) =>
        decisionOf(r) === 'refuse' ? (
          <Input
            aria-label={`${r.item.name}不通过原因`}
            size="small"
            value={reasonOf(r)}
            status={reasonOf(r).trim() ? undefined : 'error'}
            placeholder="必填"
            maxLength={500}
            onChange={(e) => setDecisions({ ...decisions, [r.cell.code]: { ...decisions[r.cell.code], reason: e.target.value } })}
          />
        ) : null,
    },
  ];

  const saveClaims = () =>
    selfAssess.mutate(
      { ...base, entries: [{ targetId: target.targetId, claims: rows.filter(claimedOf).map((r) => ({ code: r.cell.code, note: noteOf(r).trim() })) }] },
      { onSuccess: () => setClaims({}) },
    );
  const saveVotes = () =>
    recordVotes.mutate(
      {
        ...base,
        entries: [{ targetId: target.targetId, votes: claimedRows.map((r) => ({ code: r.cell.code, agree: voteValue(r, 'agree'), disagree: voteValue(r, 'disagree'), score: voteValue(r, 'score') })) }],
      },
      { onSuccess: () => setVotes({}) },
    );
  const changedDecisions = rows
    .filter((r) => decisions[r.cell.code] && decisionOf(r) !== null && (decisionOf(r) !== r.cell.decision || reasonOf(r) !== r.cell.refuseReason))
    .map((r) => ({ code: r.cell.code, decision: decisionOf(r)!, reason: decisionOf(r) === 'refuse' ? reasonOf(r).trim() : '' }));
  const saveDecisions = () => decide.mutate({ ...base, entries: [{ targetId: target.targetId, decisions: changedDecisions }] }, { onSuccess: () => setDecisions({}) });

  /** One step's tab: its table of stars and the button that saves the step. */
  const stepTab = (columns: TableColumnsType<Row>, data: Row[], empty: string, save: ReactNode) => (
    <>
      <Table<Row> size="small" rowKey={(r) => r.item.code} columns={columns} dataSource={data} pagination={false} locale={{ emptyText: empty }} />
      <div className="review-save">{save}</div>
    </>
  );

  return (
    <div className="review-body">
      <div className="review-meta">
        <Space wrap size={16}>
          {target.post && <Typography.Text type="secondary">{target.post}</Typography.Text>}
          <Typography.Text>
            获星：<Typography.Text strong data-testid="review-held">{row.held}</Typography.Text> 颗
          </Typography.Text>
          <Space size={4}>
            办理日期
            <StepDayPicker ariaLabel="办理日期" value={date} onChange={setDate} width={140} />
          </Space>
        </Space>
        {locked ? (
          <Button onClick={() => clearDisqualification.mutate({ schemeId, period, targetId: target.targetId })}>取消不得参评</Button>
        ) : (
          <Button danger onClick={() => setDisqualifying(true)}>不得参评</Button>
        )}
      </div>
      {row.disqualified && (
        <Alert
          type="warning"
          showIcon
          title={`本期不得参评：${row.disqualified.reason}`}
          description={`${row.disqualified.note ? `${row.disqualified.note}。` : ''}认定日期 ${row.disqualified.date}，经办人 ${row.disqualified.by}`}
        />
      )}
      {row.steps.length > 0 && (
        <div className="review-steps">
          {row.steps.map((s, i) => (
            <Tag key={i} color="blue">{`${reviewStepLabels[s.step]} ${s.date} ${s.by}`}</Tag>
          ))}
        </div>
      )}
      <Tabs
        items={[
          {
            key: 'self',
            label: '自评申报',
            children: stepTab(
              selfColumns,
              rows,
              '方案中没有星目',
              <Button type="primary" onClick={saveClaims} loading={selfAssess.isPending} disabled={locked || Object.keys(claims).length === 0}>
                保存自评
              </Button>,
            ),
          },
          {
            key: 'vote',
            label: '民主测评',
            children: stepTab(
              voteColumns,
              claimedRows,
              '尚未申报星目',
              <Button type="primary" onClick={saveVotes} loading={recordVotes.isPending} disabled={locked || Object.keys(votes).length === 0}>
                保存测评
              </Button>,
            ),
          },
          {
            key: 'decide',
            label: '支部评定',
            children: stepTab(
              decideColumns,
              claimedRows,
              '尚未申报星目',
              <Button
                type="primary"
                onClick={saveDecisions}
                loading={decide.isPending}
                disabled={locked || changedDecisions.length === 0 || changedDecisions.some((d) => d.decision === 'refuse' && !d.reason)}
              >
                保存评定
              </Button>,
            ),
          },
        ]}
      />
      <div className="review-remark">
        <span className="review-remark-label">备注</span>
        <Input
          aria-label="备注"
          value={remark}
          maxLength={200}
          placeholder="写入评星汇总表的备注"
          onChange={(e) => setRemarkDraft(e.target.value)}
        />
        <Button disabled={remark.trim() === row.remark} loading={setRemark.isPending} onClick={() => setRemark.mutate({ schemeId, period, targetId: target.targetId, remark: remark.trim() })}>
          保存备注
        </Button>
      </div>
      <DisqualifyDialog
        open={disqualifying}
        onClose={() => setDisqualifying(false)}
        schemeId={schemeId}
        period={period}
        targetId={target.targetId}
        targetName={target.name}
        defaultDate={base.date}
      />
      <RemoveStarDialog star={removing} onClose={() => setRemoving(null)} schemeId={schemeId} period={period} targetId={target.targetId} targetName={target.name} />
    </div>
  );
}
