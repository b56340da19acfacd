import { CheckCircleFilled, InfoCircleOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Result, Tag } from 'antd';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { errorText } from '../hooks/api-hooks';
import './kiosk-frame.css';

/**
 * The kiosk's screens shared by 现场测评 and 现场推荐: the frame (title bar, the way out, the
 * browser-mode note, the 测试模式 banner), the 评委类别 choice, the thank-you screen, the notice when no
 * session holds the app, and the round of one rater after another.
 */

/** A browser tab can be switched away from or closed; only the desktop program is a locked terminal. */
const inBrowserTab = () => !window.kaoping;

export function KioskFrame(props: {
  title: string;
  /** 测评, 推荐: 「现场测评」, 「正式推荐」 */
  noun: string;
  /** the banner of a 测试模式 round, null when the round is live */
  testBanner: string | null;
  onExit?: () => void;
  children: ReactNode;
}) {
  const { noun } = props;
  return (
    <div className="kiosk" onContextMenu={(ev) => ev.preventDefault()}>
      <header className="kiosk-top">
        <div className="kiosk-title">{props.title}</div>
        {inBrowserTab() && (
          <div className="kiosk-browser-note" data-testid="kiosk-browser-note">
            <InfoCircleOutlined /> 浏览器模式下的现场{noun}不是锁定的终端：评委可切换标签页或关闭浏览器。正式{noun}请使用桌面程序
          </div>
        )}
        {props.onExit && (
          <Button type="text" icon={<LockOutlined />} className="kiosk-exit" onClick={props.onExit}>
            退出现场{noun}
          </Button>
        )}
      </header>
      {props.testBanner && <Alert type="warning" showIcon banner title={props.testBanner} className="kiosk-test-banner" data-testid="test-banner" />}
      <main className="kiosk-body">{props.children}</main>
    </div>
  );
}

/** The kiosk's address opened without a session: how to enter instead of a ballot. */
export function KioskNotEntered(props: { noun: string; setupName: string; onBack: () => void }) {
  return (
    <Result
      status="info"
      title={`未进入现场${props.noun}`}
      subTitle={`请在${props.setupName}页点击「现场${props.noun}」进入（须先设置管理员密码）。`}
      extra={<Button type="primary" onClick={props.onBack}>返回{props.setupName}</Button>}
    />
  );
}

export function KioskCategoryChoice(props: { categories: readonly { readonly code: string; readonly name: string }[]; onChoose: (code: string) => void }) {
  return (
    <div className="kiosk-categories">
      <div className="kiosk-prompt">请选择您的评委类别</div>
      <div className="kiosk-category-buttons">
        {props.categories.map((c) => (
          <Button key={c.code} size="large" className="kiosk-category-button" onClick={() => props.onChoose(c.code)}>
            {c.name}
          </Button>
        ))}
      </div>
    </div>
  );
}

export function KioskThanks(props: { title: string; ballot: string }) {
  return (
    <div className="kiosk-thanks" data-testid="kiosk-thanks">
      <CheckCircleFilled className="kiosk-thanks-icon" />
      <div className="kiosk-thanks-title">{props.title}</div>
      <div className="kiosk-thanks-sub">请下一位评委稍候，{props.ballot}即将重新显示</div>
    </div>
  );
}

/** Seconds the thank-you screen stays before the next rater's ballot. */
export const kioskThanksSeconds = 4;

export type KioskPhase = { kind: 'category' } | { kind: 'ballot'; category: string } | { kind: 'done' };

/**
 * One rater after another: the 评委类别 (fixed by the session, or chosen), the ballot, the thank-you
 * screen for a few seconds, then a fresh ballot. `onFresh` runs whenever a new ballot starts, so the
 * page drops what the last rater marked.
 */
export function useKioskRounds(fixedCategory: string | null, onFresh: () => void) {
  const first: KioskPhase = fixedCategory ? { kind: 'ballot', category: fixedCategory } : { kind: 'category' };
  const [phase, setPhase] = useState<KioskPhase>(first);
  const fresh = useEffectEvent(onFresh);
  useEffect(() => {
    if (phase.kind !== 'done') return;
    const timer = setTimeout(() => {
      fresh();
      setPhase(fixedCategory ? { kind: 'ballot', category: fixedCategory } : { kind: 'category' });
    }, kioskThanksSeconds * 1000);
    return () => clearTimeout(timer);
  }, [phase.kind, fixedCategory]);
  return {
    phase,
    /** the rater picked a category: a fresh ballot */
    choose: (category: string) => {
      onFresh();
      setPhase({ kind: 'ballot', category });
    },
    /** back to the category choice (only when the session does not fix it) */
    rechoose: () => setPhase({ kind: 'category' }),
    /** submitted: the thank-you screen, then the next rater */
    done: () => {
      onFresh();
      setPhase({ kind: 'done' });
    },
  };
}

/**
 * 「提交…票」 behind its confirmation: `send` goes straight through the api (the marks must not stay in
 * any cache) and ends the round; a refusal is kept, in the service's words, until the next ballot.
 */
export function useKioskSubmit() {
  const { modal } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const confirm = (title: string, content: ReactNode, send: () => Promise<void>) => {
    modal.confirm({
      title,
      content,
      okText: '确定提交',
      cancelText: '再看看',
      onOk: async () => {
        setSubmitting(true);
        try {
          await send();
        } catch (error) {
          setRefused(errorText(error));
        } finally {
          setSubmitting(false);
        }
      },
    });
  };
  return { submitting, refused, clearRefused: () => setRefused(null), confirm };
}

/** Above the ballot: the rater's 评委类别 (「重新选择」 unless the session fixes it) and how to mark. */
export function KioskBallotHead(props: { categoryName: string; onRechoose: (() => void) | null; hint: ReactNode }) {
  return (
    <div className="kiosk-ballot-head">
      <span>
        评委类别：<Tag color="blue" className="kiosk-category-tag">{props.categoryName}</Tag>
        {props.onRechoose && (
          <Button type="link" onClick={props.onRechoose}>
            重新选择
          </Button>
        )}
      </span>
      <span className="kiosk-hint">{props.hint}</span>
    </div>
  );
}

/** Under the ballot: what stops it, a refusal, and 「提交…票」. */
export function KioskSubmitBar(props: { children?: ReactNode; refused: string | null; submitting: boolean; disabled?: boolean; ballot: string; onSubmit: () => void }) {
  return (
    <div className="kiosk-footer">
      {props.children}
      {props.refused && <Alert type="error" showIcon className="kiosk-problems" title="未能提交" description={props.refused} />}
      <Button type="primary" size="large" className="kiosk-submit" disabled={props.disabled} loading={props.submitting} onClick={props.onSubmit}>
        提交{props.ballot}
      </Button>
    </div>
  );
}
