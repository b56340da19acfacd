import { Alert, Result, Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { KioskSession } from '../../../../shared/contract/kiosk';
import { ballotStructureErrors, excellentLimitFor, validateBallot } from '../../../../shared/evaluation/ballot-validation';
import { ballotRulesText } from '../../../../shared/evaluation/rules-text';
import { invoke } from '../../../api';
import { ExitKioskDialog } from '../../../components/ExitKioskDialog';
import { KioskBallotHead, KioskCategoryChoice, KioskFrame as SharedKioskFrame, KioskNotEntered, KioskSubmitBar, KioskThanks, useKioskRounds, useKioskSubmit } from '../../../components/KioskFrame';
import { errorText, useChannelQuery } from '../../../hooks/api-hooks';
import { useKioskSession } from '../../../hooks/evaluation-hooks';
import { navigate, useHashLocation } from '../../../router/hash-router';
import { draftToMarks, emptyDraft, unmarkedRows, type BallotDraft } from '../ballot-draft';
import { eventTitle, eventWords, statusLabels, testModeBanner } from '../evaluation-labels';
import { eventHref } from '../use-event-id';
import { BallotGrid } from './BallotGrid';
import './kiosk.css';

/** The kiosk's frame with the 述职测评's words. */
function KioskFrame(props: { title: string; testMode: boolean; onExit?: () => void; children: ReactNode }) {
  return (
    <SharedKioskFrame title={props.title} noun="测评" testBanner={props.testMode ? testModeBanner : null} onExit={props.onExit}>
      {props.children}
    </SharedKioskFrame>
  );
}

/**
 * 现场测评: the main process's kiosk session decides what is shown (evaluation.kioskSession). Opened
 * by its address without a session, the page says how to enter instead of showing a ballot.
 */
export function KioskPage() {
  const session = useKioskSession();
  const { query } = useHashLocation();
  if (session.isPending) return <KioskFrame title="干部述职测评" testMode={false}><Spin size="large" className="kiosk-center" /></KioskFrame>;
  if (session.data) return <KioskSessionScreen session={session.data} />;
  const eventId = Number(query.get('id'));
  const back = Number.isInteger(eventId) && eventId > 0 ? eventHref('setup', eventId) : '/evaluation';
  return (
    <KioskFrame title="干部述职测评" testMode={false}>
      <KioskNotEntered noun="测评" setupName="测评设置" onBack={() => navigate(back)} />
    </KioskFrame>
  );
}

/**
 * One ballot at a time, full window, no menu. A submitted ballot is gone from this screen at once
 * (the draft is dropped, nothing is cached), so the next rater cannot see it.
 */
function KioskSessionScreen({ session }: { session: KioskSession }) {
  const eventId = session.eventId;
  const fixedCategory = session.category;
  const event = useChannelQuery('evaluation.get', { id: eventId }, { enabled: Number.isInteger(eventId), refetchInterval: 15_000 });
  const [draft, setDraft] = useState<BallotDraft>([]);
  const { submitting, refused, clearRefused, confirm } = useKioskSubmit();
  const [exiting, setExiting] = useState(false);

  const targets = useMemo(() => event.data?.targetList ?? [], [event.data]);
  const targetIds = useMemo(() => targets.map((t) => t.id), [targets]);
  const config = event.data?.config;

  const targetCount = targetIds.length;
  const rounds = useKioskRounds(fixedCategory, () => {
    setDraft(emptyDraft(targetCount));
    clearRefused();
  });
  const { phase } = rounds;

  // a fresh ballot whenever the list of 测评对象 arrives or changes
  useEffect(() => setDraft(emptyDraft(targetIds.length)), [targetIds.length]);

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
    const content = blank > 0 ? `还有 ${blank} 人未评（视为弃权）。提交后不能修改，也不能再查看。确定提交吗？` : '提交后不能修改，也不能再查看。确定提交吗？';
    confirm('提交测评票', content, async () => {
      await invoke('evaluation.kioskSubmit', { id: eventId, marks });
      rounds.done();
    });
  };

  const e = event.data;
  const accepting = e?.status === 'test' || e?.status === 'live';
  const categoryName = (code: string) => e?.config.categories.find((c) => c.code === code)?.name ?? code;
  const excellentName = config?.levels.find((l) => l.excellent)?.name ?? '优秀';
  const limit = config && config.form !== 'score' ? excellentLimitFor(config.rules.excellentLimit, targets.length) : null;
  const excellentChosen = config ? draft.filter((l) => l.level != null && config.levels.some((v) => v.code === l.level && v.excellent)).length : 0;

  let body;
  if (event.isPending) body = <Spin size="large" className="kiosk-center" />;
  else if (event.isError) body = <Alert type="error" showIcon title="无法载入测评" description={errorText(event.error)} className="kiosk-center" />;
  else if (!accepting) body = <Result status="info" title="现场测评尚未开始" subTitle={`本测评目前${statusLabels[e!.status]}，暂不接收测评票。请联系工作人员。`} />;
  else if (phase.kind === 'done') body = <KioskThanks title="提交成功，谢谢！" ballot="测评票" />;
  else if (phase.kind === 'category') body = <KioskCategoryChoice categories={e!.config.categories} onChoose={rounds.choose} />;
  else
    body = (
      <div className="kiosk-ballot">
        <KioskBallotHead categoryName={categoryName(phase.category)} onRechoose={fixedCategory ? null : rounds.rechoose} hint="点击表格选择等次，或用键盘：数字键选等次（0 为弃权），↑↓ 换行" />
        <div className="kiosk-grid-box">
          <BallotGrid config={config!} targets={targets} draft={draft} onChange={setDraft} autoFocus words={eventWords(e!)} />
        </div>
        <div className="kiosk-rules">
          <span className="kiosk-rules-title">填票说明：</span>
          {rulesText.join('；')}。
        </div>
        <KioskSubmitBar refused={refused} submitting={submitting} disabled={problems.length > 0} ballot="测评票" onSubmit={submit}>
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
        </KioskSubmitBar>
      </div>
    );

  return (
    <KioskFrame title={e ? eventTitle(e) : '干部述职测评'} testMode={e?.status === 'test'} onExit={() => setExiting(true)}>
      {body}
      <ExitKioskDialog open={exiting} noun="测评" backTo={Number.isInteger(eventId) ? eventHref('setup', eventId) : '/evaluation'} onClose={() => setExiting(false)} />
    </KioskFrame>
  );
}
