import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { approvalChoiceLabels, seatsLine, type ApprovalChoice, type RecommendationConfig, type RecommendationPost } from '../../../../shared/recommendation';
import { addWriteIn, namesOn, postDraft, removeWriteIn, setApproval, toggleCandidate, type WriteInName } from './recommendation-draft';
import type { DraftState } from './use-recommendation-draft';
import { WriteInTags } from './WriteInSearch';

const choices: readonly ApprovalChoice[] = ['yes', 'no', 'abstain'];
/** 1 赞成, 2 不赞成, 3 弃权 (0 takes the choice back), as on the paper entry */
const choiceKeys: Readonly<Record<string, ApprovalChoice | undefined>> = { '1': 'yes', '2': 'no', '3': 'abstain', '0': undefined };
const toAscii = (key: string) => key.replace(/[０-９]/, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

/** The 另推荐 box of one post: how names are found is the page's (kiosk: the roster's eligible people; entry: the whole roster). */
export type WriteInPicker = (post: RecommendationPost, add: (name: WriteInName) => void) => ReactNode;

/**
 * One 推荐票 / 赞成票 on screen, post after post: a row per candidate with a circle to tick (推荐票) or
 * 赞成/不赞成/弃权 (赞成票), and the 另推荐 names where the post allows them. Keys on a focused row: a
 * digit ticks that candidate of the post (推荐票) or marks the line (赞成票: 1 赞成, 2 不赞成, 3 弃权,
 * 0 takes it back); Space ticks the row; ↑↓ move; Enter submits.
 */
export function RecommendationBallotForm(props: {
  config: Pick<RecommendationConfig, 'kind' | 'posts'>;
  state: DraftState;
  writeInPicker?: WriteInPicker;
  autoFocus?: boolean;
  /** rows (`${postCode}:${personId}`) or posts (`${postCode}`) to mark, e.g. where two entries differ */
  highlight?: ReadonlySet<string>;
  onSubmit?: () => void;
  size?: 'large' | 'normal';
  /** a paper ballot being settled: it may name more people than 应推荐人数 (the post is then void) */
  paper?: boolean;
}) {
  const { config, state, writeInPicker, highlight, onSubmit, size = 'large', autoFocus = false, paper = false } = props;
  const limited = (post: RecommendationPost) => (paper ? { ...post, seats: Number.MAX_SAFE_INTEGER } : post);
  const { draft, apply, refused } = state;
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const flat = config.posts.flatMap((post) => post.candidates.map((c, n) => ({ post, candidate: c, n })));
  const hasRows = flat.length > 0;
  useLayoutEffect(() => {
    if (autoFocus && hasRows) rows.current[0]?.focus();
  }, [autoFocus, hasRows]);
  const focusRow = (i: number) => rows.current[Math.max(0, Math.min(flat.length - 1, i))]?.focus();
  const approval = config.kind === 'approval';

  const onRowKey = (i: number) => (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    const { post, candidate } = flat[i]!;
    const key = toAscii(e.key);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(i + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && onSubmit) {
      e.preventDefault();
      onSubmit();
    } else if (!approval && e.key === ' ') {
      e.preventDefault();
      apply((latest) => toggleCandidate(latest, limited(post), candidate.personId));
    } else if (!approval && /^[1-9]$/.test(key)) {
      e.preventDefault();
      const target = post.candidates[Number(key) - 1];
      if (!target) return;
      apply((latest) => toggleCandidate(latest, limited(post), target.personId));
      focusRow(i - flat[i]!.n + Number(key) - 1);
    } else if (approval && key in choiceKeys) {
      e.preventDefault();
      apply((latest) => setApproval(latest, post.code, candidate.personId, choiceKeys[key]));
      focusRow(i + 1);
    }
  };

  let rowIndex = 0;
  return (
    <div className={`rec-form rec-form-${size}`}>
      {config.posts.map((post) => {
        const current = postDraft(draft, post.code);
        const count = namesOn(current);
        return (
          <section key={post.code} className={`rec-form-post${highlight?.has(post.code) ? ' post-differs' : ''}`} data-testid={`post-${post.code}`}>
            <div className="rec-form-post-head">
              <span className="rec-form-post-name">{post.name}</span>
              <span className="rec-form-post-seats">{seatsLine(config, post)}</span>
              {!approval && (
                <span className={count >= post.seats ? 'rec-form-count full' : 'rec-form-count'} data-testid={`post-count-${post.code}`}>
                  已选 {count} 人，限 {post.seats} 人
                </span>
              )}
              {refused?.postCode === post.code && (
                <span className="kiosk-over" role="alert" data-testid={`post-refused-${post.code}`}>
                  {refused.message}
                </span>
              )}
            </div>
            <table className="rec-grid">
              <thead>
                <tr>
                  <th className="col-no">序号</th>
                  <th className="col-name">姓名</th>
                  <th className="col-unit">单位</th>
                  <th className="col-post">职务</th>
                  {approval ? (
                    choices.map((c, k) => (
                      <th key={c} className="col-mark">
                        {approvalChoiceLabels[c]}
                        <span className="key-hint">{k + 1}</span>
                      </th>
                    ))
                  ) : (
                    <th className="col-mark">推荐</th>
                  )}
                </tr>
              </thead>
              <tbody>
                {post.candidates.map((c, n) => {
                  const i = rowIndex++;
                  const ticked = current.chosen.includes(c.personId);
                  const choice = current.approvals[String(c.personId)];
                  return (
                    <tr
                      key={c.personId}
                      ref={(el) => {
                        rows.current[i] = el;
                      }}
                      tabIndex={0}
                      className={highlight?.has(`${post.code}:${c.personId}`) ? 'row-differs' : undefined}
                      onKeyDown={onRowKey(i)}
                      aria-label={`${post.name} 第${n + 1}位 ${c.name}`}
                      data-testid={`rec-row-${post.code}-${n + 1}`}
                    >
                      <td className="col-no">{n + 1}</td>
                      <td className="col-name">{c.name}</td>
                      <td className="col-unit">{c.unitName}</td>
                      <td className="col-post">{c.post}</td>
                      {approval ? (
                        choices.map((ch) => (
                          <td
                            key={ch}
                            className={`col-mark mark-cell${choice === ch ? ' chosen' : ''}`}
                            role="radio"
                            aria-checked={choice === ch}
                            aria-label={`${c.name} ${approvalChoiceLabels[ch]}`}
                            onClick={() => {
                              apply((latest) => setApproval(latest, post.code, c.personId, postDraft(latest, post.code).approvals[String(c.personId)] === ch ? undefined : ch));
                              rows.current[i]?.focus();
                            }}
                          >
                            <span className="mark-circle">{choice === ch ? '✓' : ''}</span>
                          </td>
                        ))
                      ) : (
                        <td
                          className={`col-mark mark-cell${ticked ? ' chosen' : ''}`}
                          role="checkbox"
                          aria-checked={ticked}
                          aria-label={`${c.name} 推荐`}
                          onClick={() => {
                            apply((latest) => toggleCandidate(latest, limited(post), c.personId));
                            rows.current[i]?.focus();
                          }}
                        >
                          <span className="mark-circle">{ticked ? '✓' : ''}</span>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {!approval && post.writeIns && (
              <div className="rec-writeins">
                <span className="rec-writeins-label">另推荐人选：</span>
                <WriteInTags postCode={post.code} writeIns={current.writeIns} onRemove={(k) => apply((latest) => removeWriteIn(latest, post.code, k))} />
                {writeInPicker?.(post, (name) => apply((latest) => addWriteIn(latest, limited(post), name)))}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
