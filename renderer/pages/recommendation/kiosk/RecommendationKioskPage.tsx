import { Alert, Result, Spin } from 'antd';
import { useState } from 'react';
import type { KioskSession } from '../../../../shared/contract/kiosk';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { invoke } from '../../../api';
import { ExitKioskDialog } from '../../../components/ExitKioskDialog';
import { KioskBallotHead, KioskCategoryChoice, KioskFrame, KioskNotEntered, KioskSubmitBar, KioskThanks, useKioskRounds, useKioskSubmit } from '../../../components/KioskFrame';
import { errorText, useChannelQuery } from '../../../hooks/api-hooks';
import { useKioskSession } from '../../../hooks/evaluation-hooks';
import { navigate, useHashLocation } from '../../../router/hash-router';
import { recommendationHref } from '../recommendation-href';
import { RecommendationBallotForm } from './RecommendationBallotForm';
import { blankSummary, draftToRecommendationMarks, emptyRecommendationDraft } from './recommendation-draft';
import { ballotNoun, statusLabels as recommendationStatusLabels, testModeBanner as recommendationTestBanner } from '../common/recommendation-labels';
import { useRecommendationDraft } from './use-recommendation-draft';
import { WriteInSearch } from './WriteInSearch';
import './recommendation-ballot.css';

const frameTitle = (e: RecommendationEvent | undefined) => (e ? `${e.unitTitle}${e.name}` : '民主推荐');

/**
 * 现场推荐: the same locked kiosk as 现场测评 (evaluation.kioskSession decides what is shown); opened
 * without a session, the page says how to enter.
 */
export function RecommendationKioskPage() {
  const session = useKioskSession();
  const { query } = useHashLocation();
  if (session.isPending) return <KioskFrame title="民主推荐" noun="推荐" testBanner={null}><Spin size="large" className="kiosk-center" /></KioskFrame>;
  if (session.data?.kind === 'recommendation') return <KioskSessionScreen session={session.data} />;
  const id = Number(query.get('id'));
  return (
    <KioskFrame title="民主推荐" noun="推荐" testBanner={null}>
      <KioskNotEntered noun="推荐" setupName="推荐设置" onBack={() => navigate(Number.isInteger(id) && id > 0 ? recommendationHref('setup', id) : '/recommendation')} />
    </KioskFrame>
  );
}

/**
 * One ballot at a time, full window. A submitted ballot leaves the screen at once (the draft is
 * dropped and the marks never enter a query cache), so the next rater cannot see it.
 */
function KioskSessionScreen({ session }: { session: KioskSession }) {
  const eventId = session.eventId;
  const event = useChannelQuery('recommendation.get', { id: eventId }, { refetchInterval: 15_000 });
  const e = event.data;
  const config = e?.config;
  const state = useRecommendationDraft(() => (config ? emptyRecommendationDraft(config) : {}));
  const { submitting, refused, clearRefused, confirm } = useKioskSubmit();
  const [exiting, setExiting] = useState(false);
  const rounds = useKioskRounds(session.category, () => {
    state.reset(config ? emptyRecommendationDraft(config) : {});
    clearRefused();
  });
  const { phase } = rounds;
  const ballot = e ? ballotNoun(e.kind) : '推荐票';

  const submit = () => {
    if (!config || phase.kind !== 'ballot' || submitting) return;
    const marks = draftToRecommendationMarks(config, phase.category, state.draft);
    const blanks = blankSummary(config, state.draft);
    const content = (
      <>
        {blanks.map((b) => <div key={b}>{b}</div>)}
        <div>提交后不能修改，也不能再查看。确定提交吗？</div>
      </>
    );
    confirm(`提交${ballot}`, content, async () => {
      await invoke('recommendation.kioskSubmit', { id: eventId, marks });
      rounds.done();
    });
  };

  const accepting = e?.status === 'test' || e?.status === 'live';
  const categoryName = (code: string) => config?.categories.find((c) => c.code === code)?.name ?? code;

  let body;
  if (event.isPending) body = <Spin size="large" className="kiosk-center" />;
  else if (event.isError) body = <Alert type="error" showIcon title="无法载入推荐" description={errorText(event.error)} className="kiosk-center" />;
  else if (!accepting) body = <Result status="info" title="现场推荐尚未开始" subTitle={`本推荐目前${recommendationStatusLabels[e!.status]}，暂不接收${ballot}。请联系工作人员。`} />;
  else if (phase.kind === 'done') body = <KioskThanks title="已提交，谢谢！" ballot={ballot} />;
  else if (phase.kind === 'category') body = <KioskCategoryChoice categories={config!.categories} onChoose={rounds.choose} />;
  else
    body = (
      <div className="kiosk-ballot">
        <KioskBallotHead
          categoryName={categoryName(phase.category)}
          onRechoose={session.category ? null : rounds.rechoose}
          hint={`${config!.kind === 'approval' ? '点击选择，或用键盘：1 赞成，2 不赞成，3 弃权，↑↓ 换行' : '点击姓名后的圆圈，或用键盘：数字键选第几位，空格选当前行，↑↓ 换行'}；回车提交`}
        />
        <div className="rec-form-box">
          <RecommendationBallotForm config={config!} state={state} autoFocus onSubmit={submit} writeInPicker={(post, add) => <WriteInSearch post={post} onAdd={add} source={{ kind: 'kiosk', eventId }} />} />
        </div>
        {config!.ruleText.trim() && (
          <div className="kiosk-rules">
            <span className="kiosk-rules-title">填票说明：</span>
            {config!.ruleText.trim().replaceAll('划“○”', '选择')}
          </div>
        )}
        <KioskSubmitBar refused={refused} submitting={submitting} ballot={ballot} onSubmit={submit} />
      </div>
    );

  return (
    <KioskFrame title={frameTitle(e)} noun="推荐" testBanner={e?.status === 'test' ? recommendationTestBanner : null} onExit={() => setExiting(true)}>
      {body}
      <ExitKioskDialog open={exiting} noun="推荐" backTo={recommendationHref('setup', eventId)} onClose={() => setExiting(false)} />
    </KioskFrame>
  );
}
