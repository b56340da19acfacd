import { useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationMarksEqual, type RecommendationMarks } from '../../../../shared/recommendation';
import { invoke } from '../../../api';
import { MismatchCard, MismatchList, type MismatchLine, type SettleResult } from '../../../components/MismatchCard';
import { RecommendationBallotForm } from '../kiosk/RecommendationBallotForm';
import { draftToRecommendationMarks, marksToRecommendationDraft, setApproval } from '../kiosk/recommendation-draft';
import { useRecommendationDraft } from '../kiosk/use-recommendation-draft';
import { WriteInSearch } from '../kiosk/WriteInSearch';
import { approvalLineText, postMarksText, verdictLines } from './entry-parse';

type Mismatch = ChannelOutput<'recommendation.mismatches'>[number];

const oneCategory = (marks: RecommendationMarks, posts: RecommendationMarks['posts']): RecommendationMarks => ({ category: marks.category, posts });

/** 录入不一致 of 推荐票 / 赞成票: the two entries post by post (赞成票: line by line), settled against the paper. */
export function RecommendationMismatchPanel(props: { event: RecommendationEvent; clerk: string; mismatches: readonly Mismatch[]; loading: boolean }) {
  return (
    <MismatchList
      items={props.mismatches}
      loading={props.loading}
      ballot={props.event.kind === 'approval' ? '赞成票' : '推荐票'}
      renderItem={(m, expanded, onToggle) => <MismatchItem key={m.ticketNo} event={props.event} clerk={props.clerk} mismatch={m} expanded={expanded} onToggle={onToggle} />}
    />
  );
}

function MismatchItem(props: { event: RecommendationEvent; clerk: string; mismatch: Mismatch; expanded: boolean; onToggle: () => void }) {
  const { event, mismatch } = props;
  const { config } = event;
  const { first, second } = mismatch;

  const lines = useMemo((): MismatchLine[] => {
    if (config.kind === 'approval') {
      return config.posts.flatMap((post) =>
        post.candidates.map((c) => {
          const a = first.posts[post.code]?.approvals[String(c.personId)] ?? [];
          const b = second.posts[post.code]?.approvals[String(c.personId)] ?? [];
          return { key: `${post.code}:${c.personId}`, label: post.name, name: c.name, first: approvalLineText(a), second: approvalLineText(b), differs: approvalLineText(a) !== approvalLineText(b) };
        }),
      );
    }
    return config.posts.map((post) => {
      const a = first.posts[post.code];
      const b = second.posts[post.code];
      const same = recommendationMarksEqual(oneCategory(first, a ? { [post.code]: a } : {}), oneCategory(first, b ? { [post.code]: b } : {}));
      return { key: post.code, label: post.name, name: '', first: postMarksText(config, post, a), second: postMarksText(config, post, b), differs: !same };
    });
  }, [config, first, second]);
  const differing = useMemo(() => new Set(lines.filter((l) => l.differs).map((l) => l.key)), [lines]);

  // the settled ballot starts from the first entry, with the differing posts (赞成票: lines) empty so each is looked at
  const state = useRecommendationDraft(() => {
    let draft = marksToRecommendationDraft(config, first);
    for (const key of differing) {
      const [postCode, personId] = key.split(':') as [string, string | undefined];
      draft = personId === undefined ? { ...draft, [postCode]: { chosen: [], writeIns: [], approvals: {} } } : setApproval(draft, postCode, Number(personId), undefined);
    }
    return draft;
  });
  const [category, setCategory] = useState<string | undefined>(first.category === second.category ? first.category : undefined);

  const settle = async (settled: string, checker: string): Promise<SettleResult> => {
    if (config.kind === 'approval') {
      const open = [...differing].filter((key) => state.draft[key.split(':')[0]!]?.approvals[key.split(':')[1]!] === undefined);
      if (open.length > 0) return { problem: `请对照纸质票核定标红的${open.length}行（多划或未划的，选“弃权”）` };
    }
    const r = await invoke('recommendation.settleMismatch', { id: event.id, ticketNo: mismatch.ticketNo, marks: draftToRecommendationMarks(config, settled, state.draft), clerk: checker });
    const nameOf = (id: number) => config.posts.flatMap((p) => p.candidates).find((c) => c.personId === id)?.name ?? `编号${id}`;
    return { counted: `票号 ${mismatch.ticketNo} 已核定并计票：${verdictLines(config, r.verdicts, nameOf).join('；')}` };
  };

  return (
    <MismatchCard
      mismatch={mismatch}
      categories={config.categories}
      lines={lines}
      labelTitle={config.kind === 'approval' ? '拟任职务' : '推荐职位'}
      expanded={props.expanded}
      onToggle={props.onToggle}
      category={category}
      onCategory={setCategory}
      clerk={props.clerk}
      onSettle={settle}
    >
      <RecommendationBallotForm
        config={config}
        state={state}
        size="normal"
        paper
        highlight={differing}
        writeInPicker={(post, add) => <WriteInSearch post={post} onAdd={add} source={{ kind: 'roster' }} />}
      />
    </MismatchCard>
  );
}
