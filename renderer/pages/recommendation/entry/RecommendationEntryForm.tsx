import { Alert, Button, Input, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { seatsLine, type RecommendationPost } from '../../../../shared/recommendation';
import { invoke } from '../../../api';
import { categoryByCode, categoryCodeComplete, ticketOf } from '../../../components/ballot-ticket';
import { CategoryInput, TicketInput } from '../../../components/PaperEntryToolbar';
import { useEntryFocus } from '../../../components/use-entry-focus';
import { errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { addWriteIn, type WriteInName } from '../kiosk/recommendation-draft';
import { WriteInSearch, WriteInTags } from '../kiosk/WriteInSearch';
import { approvalLineText, emptyTypedPost, parseApprovalKeys, parseCandidateNumbers, typedMarks, verdictLines, type TypedPost } from './entry-parse';

type Notice = { readonly type: 'success' | 'info' | 'warning' | 'error'; readonly text: string; readonly lines?: readonly string[] };
type Posts = Readonly<Record<string, TypedPost>>;

/** What the clerk is told after Enter, per paper-entry state, with the verdict per post in words. */
function entryNotice(event: RecommendationEvent, ticket: string, result: ChannelOutput<'recommendation.paperEntry'>, nameOf: (id: number) => string): Notice {
  const lines = result.verdicts ? verdictLines(event.config, result.verdicts, nameOf) : undefined;
  const spoiled = result.verdicts?.some((v) => v.void) ?? false;
  switch (result.state) {
    case 'counted-single':
      return { type: spoiled ? 'warning' : 'success', text: `票号 ${ticket} 已保存并计票`, lines };
    case 'awaiting-second':
      return { type: 'info', text: `票号 ${ticket} 第一遍已录入，须由另一名录入员再录入一遍` };
    case 'counted':
      return { type: spoiled ? 'warning' : 'success', text: `票号 ${ticket} 两遍录入一致，已计票`, lines };
    case 'mismatch':
      return { type: 'warning', text: `票号 ${ticket} 两遍录入不一致，已列入“录入不一致”，请对照纸质票核定` };
  }
}

/** What a post's field gives, read back beside it. */
function Preview(props: { kind: RecommendationEvent['kind']; post: RecommendationPost; typed: TypedPost }) {
  const { kind, post, typed } = props;
  if (typed.text.trim() === '') return <span className="rec-entry-preview muted">{kind === 'approval' ? '' : '未推荐（弃权）'}</span>;
  if (kind === 'approval') {
    const lines = parseApprovalKeys(typed.text, post);
    if (!lines.ok) return <span className="rec-entry-preview error">{lines.message}</span>;
    return <span className="rec-entry-preview">{post.candidates.map((c, i) => `${c.name} ${approvalLineText(lines.value[i]!)}`).join('，')}</span>;
  }
  const ids = parseCandidateNumbers(typed.text, post);
  if (!ids.ok) return <span className="rec-entry-preview error">{ids.message}</span>;
  const names = ids.value.map((id) => post.candidates.find((c) => c.personId === id)!.name);
  const over = names.length + typed.writeIns.length > post.seats;
  return (
    <span className={`rec-entry-preview${over ? ' error' : ''}`}>
      {names.join('、')}
      {over && `（超过应推荐人数${post.seats}人，该职位作废）`}
    </span>
  );
}

/**
 * The keyboard-only entry of one paper 推荐票 / 赞成票: 票号 (typed or scanned) + Enter, the category
 * code, then per post the candidates' numbers (Enter goes to the next post; on the last it saves),
 * 另推荐 names picked from the roster. The ballot is sent and the form cleared at once, so the next
 * one is typed while this one is saved (in order, through one queue).
 */
export function RecommendationEntryForm(props: { event: RecommendationEvent; clerk: string; doubleEntry: boolean; onSaved: () => void; onNeedClerk: () => void }) {
  const { event, clerk, doubleEntry } = props;
  const { config } = event;
  const queryClient = useQueryClient();
  const focus = useEntryFocus();
  const [ticket, setTicket] = useState('');
  const [category, setCategory] = useState('');
  const [posts, setPosts] = useState<Posts>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(0);
  const [queue] = useState(createSaveQueue);
  const live = useRef({ ticket, category, posts });
  live.current = { ticket, category, posts };
  const nameOf = (id: number) =>
    config.posts.flatMap((p) => p.candidates).find((c) => c.personId === id)?.name ??
    Object.values(live.current.posts).flatMap((p) => p.writeIns).find((w) => w.personId === id)?.name ??
    `编号${id}`;
  const fail = (text: string) => setNotice({ type: 'error', text });
  const postField = (code: string) => `post-${code}`;
  const setPost = (code: string, change: (p: TypedPost) => TypedPost) => setPosts((all) => ({ ...all, [code]: change(all[code] ?? emptyTypedPost) }));

  const reset = () => {
    setTicket('');
    setCategory('');
    setPosts({});
    focus.focusTicket();
  };
  const clear = () => {
    setNotice(null);
    reset();
  };

  const save = async () => {
    if (!clerk.trim()) {
      fail('请先填写录入人');
      props.onNeedClerk();
      return;
    }
    const t = ticketOf(ticket, event.id);
    if (!t.ok) return (fail(t.message), focus.focusField('ticket'));
    const c = categoryByCode(config.categories, category);
    if (!c) return (fail('请输入评委类别代码（纸质票上所划的类别）'), focus.focusField('category'));
    const typed = typedMarks(config, c.code, posts);
    if (!typed.ok) return (fail(typed.message), focus.focusField(postField(typed.postCode)));
    const request = { id: event.id, ticketNo: t.ticket, marks: typed.marks, clerk: clerk.trim(), doubleEntry };
    const kept = { ticket: t.ticket, category, posts };
    setSaving((n) => n + 1);
    reset();
    try {
      const result = await queue(() => invoke('recommendation.paperEntry', request));
      setNotice(entryNotice(event, t.ticket, result, nameOf));
      props.onSaved();
    } catch (error) {
      const now = live.current;
      const pristine = now.ticket === '' && now.category === '' && Object.values(now.posts).every((p) => p.text === '' && p.writeIns.length === 0);
      if (!pristine) fail(`票号 ${kept.ticket} 未保存：${errorText(error)}（请重新录入该票）`);
      else {
        // the form is still empty: the refused ballot comes back, with the cursor on the 票号
        setTicket(kept.ticket);
        setCategory(kept.category);
        setPosts(kept.posts);
        fail(errorText(error));
        focus.focusTicket();
      }
    } finally {
      setSaving((n) => n - 1);
      void queryClient.invalidateQueries();
    }
  };

  const onTicketKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const t = ticketOf(ticket, event.id);
    if (!t.ok) {
      fail(t.message);
      if (t.malformed) focus.focusTicket();
      return;
    }
    setTicket(t.ticket);
    setNotice(null);
    focus.focusField('category');
  };
  const onCategoryChange = (text: string) => {
    setCategory(text.toUpperCase());
    if (categoryCodeComplete(config.categories, text)) focus.focusField(postField(config.posts[0]!.code));
  };
  const onCategoryKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (categoryByCode(config.categories, category)) focus.focusField(postField(config.posts[0]!.code));
    else fail('请输入评委类别代码（纸质票上所划的类别）');
  };
  // Enter: on to the next post's field, or save after the last
  const onPostKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = config.posts[i + 1];
    if (next) focus.focusField(postField(next.code));
    else void save();
  };
  const addName = (post: RecommendationPost, name: WriteInName) =>
    setPost(post.code, (p) => {
      // the shared rule (a listed candidate is that candidate; a name once), without the kiosk's limit: paper may hold more names than seats
      const asDraft = { [post.code]: { chosen: [], writeIns: p.writeIns, approvals: {} } };
      const added = addWriteIn(asDraft, { ...post, candidates: [], seats: Number.MAX_SAFE_INTEGER }, name).draft[post.code]!;
      return { ...p, writeIns: added.writeIns };
    });

  const hint = config.kind === 'approval' ? '每位人选一个键：1 赞成，2 不赞成，3 弃权，0 未划；多划的连录几个键，各人之间用空格分开。' : '录入纸质票上所划候选人的序号，用空格分开（如“1 3”）；不划不录。';

  return (
    <div className="entry-form" ref={focus.form} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), clear())}>
      <div className="entry-head">
        <TicketInput inputRef={focus.ticketRef} value={ticket} onChange={setTicket} onKeyDown={onTicketKey} />
        <CategoryInput categories={config.categories} value={category} onChange={onCategoryChange} onKeyDown={onCategoryKey} />
      </div>
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          title={notice.text}
          description={notice.lines && notice.lines.length > 0 ? notice.lines.map((l) => <div key={l}>{l}</div>) : undefined}
          className="entry-notice"
          data-testid="entry-notice"
        />
      )}
      <table className="rec-entry-grid">
        <thead>
          <tr>
            <th className="col-post-name">{config.kind === 'approval' ? '拟任职务' : '推荐职位'}</th>
            <th className="col-input">录入</th>
            <th>读作</th>
          </tr>
        </thead>
        <tbody>
          {config.posts.map((post, i) => {
            const typed = posts[post.code] ?? emptyTypedPost;
            return (
              <tr key={post.code}>
                <td className="col-post-name">
                  <div className="rec-entry-post">{post.name}</div>
                  <div className="rec-entry-seats">{seatsLine(config, post)}</div>
                  <div className="rec-entry-list">{post.candidates.map((c, n) => `${n + 1} ${c.name}`).join('　')}</div>
                </td>
                <td className="col-input">
                  <Input
                    data-entry={postField(post.code)}
                    aria-label={`${post.name} 录入`}
                    value={typed.text}
                    autoComplete="off"
                    className="rec-entry-input"
                    onChange={(e) => setPost(post.code, (p) => ({ ...p, text: e.target.value }))}
                    onKeyDown={onPostKey(i)}
                  />
                </td>
                <td>
                  <Preview kind={config.kind} post={post} typed={typed} />
                  {config.kind === 'recommend' && post.writeIns && (
                    <div className="rec-writeins">
                      <span className="rec-writeins-label">另推荐：</span>
                      <WriteInTags postCode={post.code} writeIns={typed.writeIns} onRemove={(k) => setPost(post.code, (p) => ({ ...p, writeIns: p.writeIns.filter((_, j) => j !== k) }))} />
                      <WriteInSearch post={post} onAdd={(name) => addName(post, name)} source={{ kind: 'roster' }} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="entry-actions">
        <Space>
          {/* never `loading`: a loading button ignores Enter, and the next ballot's Enter would be lost */}
          <Button type="primary" data-entry-save onClick={() => void save()}>
            保存（回车）
          </Button>
          <Button onClick={clear}>清空（Esc键）</Button>
          {saving > 0 && <Typography.Text type="secondary" data-testid="entry-saving">正在保存…</Typography.Text>}
        </Space>
        <Typography.Text type="secondary">{hint}</Typography.Text>
      </div>
    </div>
  );
}
