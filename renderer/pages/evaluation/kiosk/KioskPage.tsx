import { CheckCircleFilled, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Result, Spin, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ballotStructureErrors, excellentLimitFor, validateBallot } from '../../../../shared/evaluation/ballot-validation';
import { ballotRulesText } from '../../../../shared/evaluation/rules-text';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { callChannel, errorText, useChannelQuery } from '../../../hooks/api-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { useHashLocation } from '../../../router/hash-router';
import { draftToMarks, emptyDraft, unmarkedRows, type BallotDraft } from '../ballot-draft';
import { statusLabels, testModeBanner, yearLabel } from '../evaluation-labels';
import { readKioskLock, setKioskLock } from '../kiosk-lock';
import { BallotGrid } from './BallotGrid';
import { ExitKioskDialog } from './ExitKioskDialog';
import './kiosk.css';

/** Seconds the thank-you screen stays before the next rater's ballot. */
const thanksSeconds = 4;

type Phase = { kind: 'category' } | { kind: 'ballot'; category: string } | { kind: 'done' };

/**
 * 现场测评: one ballot at a time, full window, no menu. A submitted ballot is gone from this screen
 * at once (the draft is dropped, nothing is cached), so the next rater cannot see it.
 */
export function KioskPage() {
  const { modal } = App.useApp();
  const { query } = useHashLocation();
  const lock = readKioskLock();
  const eventId = lock?.eventId ?? Number(query.get('id'));
  const fixedCategory = lock ? lock.category : query.get('category');
  // however the kiosk was opened, the window stays on it until it is left through the exit dialog
  useEffect(() => {
    if (!readKioskLock() && Number.isInteger(eventId)) setKioskLock({ eventId, category: fixedCategory });
  }, [eventId, fixedCategory]);
  const event = useChannelQuery('evaluation.get', { id: eventId }, { enabled: Number.isInteger(eventId), refetchInterval: 15_000 });
  const [phase, setPhase] = useState<Phase>(fixedCategory ? { kind: 'ballot', category: fixedCategory } : { kind: 'category' });
  const [draft, setDraft] = useState<BallotDraft>([]);
  const [submitting, setSubmitting] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [exiting, setExiting] = useState(false);

  const targets = useMemo(() => event.data?.targetList ?? [], [event.data]);
  const targetIds = useMemo(() => targets.map((t) => t.id), [targets]);
  const config = event.data?.config;

  const startBallot = (category: string) => {
    setDraft(emptyDraft(targetIds.length));
    setRefused(null);
    setPhase({ kind: 'ballot', category });
  };

  // a fresh ballot whenever the list of 测评对象 arrives or changes
  useEffect(() => setDraft(emptyDraft(targetIds.length)), [targetIds.length]);

  const targetCount = targetIds.length;
  useEffect(() => {
    if (phase.kind !== 'done') return;
    const timer = setTimeout(() => {
      setDraft(emptyDraft(targetCount));
      setPhase(fixedCategory ? { kind: 'ballot', category: fixedCategory } : { kind: 'category' });
    }, thanksSeconds * 1000);
    return () => clearTimeout(timer);
  }, [phase.kind, fixedCategory, targetCount]);

  // the paper's sentences about ticking boxes do not apply on screen
  const rulesText = useMemo(() => (config ? ballotRulesText(config, targets.length).filter((line) => !line.includes('划“√”')).map((line) => line.replaceAll('不划', '不选')) : []), [config, targets.length]);
  const marks = useMemo(() => (phase.kind === 'ballot' ? draftToMarks(phase.category, targetIds, draft) : null), [phase, targetIds, draft]);
  const problems = useMemo(() => {
    if (!config || !marks) return [];
    // every problem at once, the form's and the rules', so the rater fixes them in one go
    return [...ballotStructureErrors(config, targetIds, marks), ...validateBallot(config, targetIds, marks).messages];
  }, [config, marks, targetIds]);

  const submit = () => {
    if (!marks || problems.length > 0) return;
    const blank = config ? unmarkedRows(config, draft).length : 0;
    modal.confirm({
      title: '提交测评票',
      content: blank > 0 ? `还有 ${blank} 人未评（视为弃权）。提交后不能修改，也不能再查看。确定提交吗？` : '提交后不能修改，也不能再查看。确定提交吗？',
      okText: '确定提交',
      cancelText: '再看看',
      onOk: async () => {
        setSubmitting(true);
        try {
          // straight through the api, not a mutation hook: the marks must not stay in any cache
          await callChannel('evaluation.kioskSubmit', { id: eventId, marks });
          setDraft(emptyDraft(targetIds.length));
          setRefused(null);
          setPhase({ kind: 'done' });
        } catch (error) {
          setRefused(errorText(error));
        } finally {
          setSubmitting(false);
        }
      },
    });
  };

  const e = event.data;
  // a locked 考核年度 takes no ballots: say so instead of showing one that would be refused
  const yearLocked = useYearLocked(e?.year);
  const accepting = e?.status === 'test' || e?.status === 'live';
  const categoryName = (code: string) => e?.config.categories.find((c) => c.code === code)?.name ?? code;
  const excellentName = config?.levels.find((l) => l.excellent)?.name ?? '优秀';
  const limit = config && config.form !== 'score' ? excellentLimitFor(config.rules.excellentLimit, targets.length) : null;
  const excellentChosen = config ? draft.filter((l) => l.level != null && config.levels.some((v) => v.code === l.level && v.excellent)).length : 0;

  let body;
  if (event.isPending) body = <Spin size="large" className="kiosk-center" />;
  else if (event.isError) body = <Alert type="error" showIcon title="无法载入测评" description={errorText(event.error)} className="kiosk-center" />;
  else if (yearLocked) body = <YearLockedBanner year={e!.year} link={false} className="kiosk-center" style={{ maxWidth: 720 }} />;
  else if (!accepting) body = <Result status="info" title="现场测评尚未开始" subTitle={`本测评目前${statusLabels[e!.status]}，暂不接收测评票。请联系工作人员。`} />;
  else if (phase.kind === 'done')
    body = (
      <div className="kiosk-thanks" data-testid="kiosk-thanks">
        <CheckCircleFilled className="kiosk-thanks-icon" />
        <div className="kiosk-thanks-title">提交成功，谢谢！</div>
        <div className="kiosk-thanks-sub">请下一位评委稍候，测评票即将重新显示</div>
      </div>
    );
  else if (phase.kind === 'category')
    body = (
      <div className="kiosk-categories">
        <div className="kiosk-prompt">请选择您的评委类别</div>
        <div className="kiosk-category-buttons">
          {e!.config.categories.map((c) => (
            <Button key={c.code} size="large" className="kiosk-category-button" onClick={() => startBallot(c.code)}>
              {c.name}
            </Button>
          ))}
        </div>
      </div>
    );
  else
    body = (
      <div className="kiosk-ballot">
        <div className="kiosk-ballot-head">
          <span>
            评委类别：<Tag color="blue" className="kiosk-category-tag">{categoryName(phase.category)}</Tag>
            {!fixedCategory && (
              <Button type="link" onClick={() => setPhase({ kind: 'category' })}>
                重新选择
              </Button>
            )}
          </span>
          <span className="kiosk-hint">点击表格选择等次，或用键盘：数字键选等次（0 为弃权），↑↓ 换行</span>
        </div>
        <div className="kiosk-grid-box">
          <BallotGrid config={config!} targets={targets} draft={draft} onChange={setDraft} />
        </div>
        <div className="kiosk-rules">
          <span className="kiosk-rules-title">填票说明：</span>
          {rulesText.join('；')}。
        </div>
        <div className="kiosk-footer">
          <div className="kiosk-status">
            {limit !== null && (
              <span className={excellentChosen > limit ? 'kiosk-over' : undefined} data-testid="kiosk-excellent-count">
                已选{excellentName} {excellentChosen} 人，限 {limit} 人
              </span>
            )}
            {config && <span>未评 {unmarkedRows(config, draft).length} 人（视为弃权）</span>}
          </div>
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              className="kiosk-problems"
              data-testid="kiosk-problems"
              title="本票不符合测评规则，请修改后再提交"
              description={problems.map((p) => <div key={p}>{p}</div>)}
            />
          )}
          {refused && <Alert type="error" showIcon className="kiosk-problems" title="未能提交" description={refused} />}
          <Button type="primary" size="large" className="kiosk-submit" disabled={problems.length > 0} loading={submitting} onClick={submit}>
            提交测评票
          </Button>
        </div>
      </div>
    );

  return (
    <div className="kiosk" onContextMenu={(ev) => ev.preventDefault()}>
      <header className="kiosk-top">
        <div className="kiosk-title">{e ? `${e.unitTitle}${yearLabel(e.year)}干部述职测评` : '干部述职测评'}</div>
        <Button type="text" icon={<LockOutlined />} className="kiosk-exit" onClick={() => setExiting(true)}>
          退出现场测评
        </Button>
      </header>
      {e?.status === 'test' && <Alert type="warning" showIcon banner title={testModeBanner} className="kiosk-test-banner" data-testid="test-banner" />}
      <main className="kiosk-body">{body}</main>
      <ExitKioskDialog open={exiting} eventId={eventId} onClose={() => setExiting(false)} />
    </div>
  );
}
