import { Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import type { RecommendationConfig } from '../../../../shared/recommendation';
import { AttendanceEditor } from '../../../components/AttendanceEditor';
import { BallotSetupPanel, dirtyLabel, useSettingsDraft } from '../../../components/BallotSetupPanel';
import { basicsProblems } from '../../../components/EventBasicsForm';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useRecommendation } from '../../../hooks/recommendation-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { useHashLocation } from '../../../router/hash-router';
import { cleanConfig, configProblems } from '../common/config-edit';
import { candidateWord, lockedNotice } from '../common/recommendation-labels';
import { RecommendationHeader } from '../common/RecommendationHeader';
import { useRecommendationId } from '../recommendation-href';
import { BasicsTab } from './BasicsTab';
import { CategoriesTab } from './CategoriesTab';
import { PostsTab } from './PostsTab';

const fromEvent = (e: RecommendationEvent) => ({ basics: { name: e.name, date: e.date, unitTitle: e.unitTitle }, config: e.config });

const tabKeys = ['basics', 'posts', 'categories', 'attendance'] as const;
type TabKey = (typeof tabKeys)[number];

/** 推荐设置: everything a 民主推荐 is, in tabs; read-only once live ballots exist or it is closed (实到人数 stays open until closed). */
export function RecommendationSetupPage() {
  const id = useRecommendationId();
  const event = useRecommendation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <SetupBody event={event.data} />;
}

function SetupBody({ event }: { event: RecommendationEvent }) {
  const { query } = useHashLocation();
  const [tab, setTab] = useState<TabKey>(() => tabKeys.find((k) => k === query.get('tab')) ?? (event.candidates === 0 ? 'posts' : 'basics'));
  const settings = useSettingsDraft(useMemo(() => fromEvent(event), [event]));
  const { draft, setDraft, differs } = settings;
  const update = useChannelMutation('recommendation.update', { success: '设置已保存' });
  const yearLocked = useYearLocked(event.year);
  const readOnly = event.locked || event.status === 'closed' || yearLocked;
  const setConfig = (config: RecommendationConfig) => setDraft((d) => ({ ...d, config }));

  const tabDirty: Record<TabKey, boolean> = {
    basics: differs((d) => [d.basics, d.config.title, d.config.ruleText]),
    posts: differs((d) => d.config.posts),
    categories: differs(({ config: c }) => [c.categories, c.weighted, c.quorum]),
    attendance: false,
  };
  const mark = (key: TabKey, label: string) => dirtyLabel(tabDirty[key], label);
  const postsLabel = event.kind === 'approval' ? `拟任职务与${candidateWord(event.kind)}` : '推荐职位与候选人';
  const candidateCount = draft.config.posts.reduce((n, p) => n + p.candidates.length, 0);

  return (
    <div className="page-fill recommendation-page">
      <RecommendationHeader event={event} page="setup" />
      <BallotSetupPanel
        settings={settings}
        notice={readOnly && !yearLocked ? (event.status === 'closed' ? '推荐已结束，设置不能修改' : lockedNotice) : null}
        tab={tab}
        onTab={setTab}
        saveBar={tab !== 'attendance' && !readOnly}
        check={() => [...basicsProblems(draft.basics, '名称'), ...configProblems(draft.config)]}
        save={() => update.mutate({ id: event.id, name: draft.basics.name.trim(), date: draft.basics.date, unitTitle: draft.basics.unitTitle.trim(), config: cleanConfig(draft.config) })}
        saving={update.isPending}
        items={[
          {
            key: 'basics',
            label: mark('basics', '基本信息'),
            children: <BasicsTab event={event} draft={draft.basics} config={draft.config} onChange={(basics) => setDraft((d) => ({ ...d, basics }))} onConfig={setConfig} readOnly={readOnly} />,
          },
          { key: 'posts', label: mark('posts', `${postsLabel}（${candidateCount}）`), children: <PostsTab eventId={event.id} config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
          { key: 'categories', label: mark('categories', '评委类别'), children: <CategoriesTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
          {
            key: 'attendance',
            label: '实到人数',
            children: (
              <AttendanceEditor
                kind="recommendation"
                event={event}
                numberWidth={110}
                intro="推荐当天按签到情况填写各类别实到人数，用于判断到会人数是否达到要求和计算得票率（实到）。未填写的类别按收回票数计算。推荐结束前均可修改。"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
