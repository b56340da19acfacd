import { Alert, App, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import type { RecommendationConfig } from '../../../../shared/recommendation';
import { QueryError } from '../../../components/QueryError';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useRecommendation } from '../../../hooks/recommendation-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { useHashLocation } from '../../../router/hash-router';
import { cleanConfig, configProblems } from '../common/config-edit';
import { candidateWord, lockedNotice } from '../common/recommendation-labels';
import { RecommendationHeader } from '../common/RecommendationHeader';
import { useRecommendationId } from '../recommendation-href';
import { AttendanceTab } from './AttendanceTab';
import { BasicsTab, type BasicsDraft } from './BasicsTab';
import { CategoriesTab } from './CategoriesTab';
import { PostsTab } from './PostsTab';

interface SettingsDraft {
  readonly basics: BasicsDraft;
  readonly config: RecommendationConfig;
}

const fromEvent = (e: RecommendationEvent): SettingsDraft => ({ basics: { name: e.name, date: e.date, unitTitle: e.unitTitle }, config: e.config });

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
  const { message } = App.useApp();
  const { query } = useHashLocation();
  const initialTab = tabKeys.find((k) => k === query.get('tab')) ?? (event.candidates === 0 ? 'posts' : 'basics');
  const [tab, setTab] = useState<TabKey>(initialTab);
  const saved = useMemo(() => fromEvent(event), [event]);
  const [draft, setDraft] = useState<SettingsDraft>(saved);
  const [problems, setProblems] = useState<string[]>([]);
  const update = useChannelMutation('recommendation.update', { success: '设置已保存', showError: false });
  const yearLocked = useYearLocked(event.year);
  const readOnly = event.locked || event.status === 'closed' || yearLocked;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  useEffect(() => {
    setDraft(saved);
    setProblems([]);
  }, [saved]);
  const setConfig = (config: RecommendationConfig) => setDraft((d) => ({ ...d, config }));

  const submit = () => {
    const found = configProblems(draft.config);
    if (!draft.basics.name.trim()) found.unshift('请填写名称');
    if (!draft.basics.unitTitle.trim()) found.unshift('请填写单位名称');
    setProblems(found);
    if (found.length > 0) return;
    update.mutate(
      { id: event.id, name: draft.basics.name.trim(), date: draft.basics.date, unitTitle: draft.basics.unitTitle.trim(), config: cleanConfig(draft.config) },
      { onError: (error) => void message.error(errorText(error), 6) },
    );
  };

  const differs = (pick: (d: SettingsDraft) => unknown) => JSON.stringify(pick(draft)) !== JSON.stringify(pick(saved));
  const tabDirty: Record<TabKey, boolean> = {
    basics: differs((d) => [d.basics, d.config.title, d.config.ruleText]),
    posts: differs((d) => d.config.posts),
    categories: differs(({ config: c }) => [c.categories, c.weighted, c.quorum]),
    attendance: false,
  };
  const dirtyMark = (key: TabKey, label: string) => (tabDirty[key] ? `${label} *` : label);
  const postsLabel = event.kind === 'approval' ? `拟任职务与${candidateWord(event.kind)}` : '推荐职位与候选人';
  const candidateCount = draft.config.posts.reduce((n, p) => n + p.candidates.length, 0);
  const readOnlyReason = event.status === 'closed' ? '推荐已结束，设置不能修改' : lockedNotice;

  return (
    <div className="page-fill recommendation-page">
      <RecommendationHeader event={event} page="setup" />
      <div className="panel setup-panel">
        {readOnly && !yearLocked && <Alert type="info" showIcon title={readOnlyReason} style={{ marginBottom: 12 }} data-testid="locked-notice" />}
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as TabKey)}
          tabBarExtraContent={
            tab !== 'attendance' && !readOnly ? (
              <Space>
                {dirty && <Typography.Text type="warning">有修改尚未保存</Typography.Text>}
                <Button onClick={() => setDraft(saved)} disabled={!dirty}>
                  撤销修改
                </Button>
                <Button type="primary" onClick={submit} disabled={!dirty} loading={update.isPending}>
                  保存设置
                </Button>
              </Space>
            ) : null
          }
          items={[
            {
              key: 'basics',
              label: dirtyMark('basics', '基本信息'),
              children: (
                <BasicsTab event={event} draft={draft.basics} config={draft.config} onChange={(basics) => setDraft((d) => ({ ...d, basics }))} onConfig={setConfig} readOnly={readOnly} />
              ),
            },
            { key: 'posts', label: dirtyMark('posts', `${postsLabel}（${candidateCount}）`), children: <PostsTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
            { key: 'categories', label: dirtyMark('categories', '评委类别'), children: <CategoriesTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
            { key: 'attendance', label: '实到人数', children: <AttendanceTab event={event} /> },
          ]}
        />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="设置有误，未保存"
            description={problems.map((p) => <div key={p}>{p}</div>)}
            closable={{ onClose: () => setProblems([]) }}
            data-testid="settings-problems"
          />
        )}
      </div>
    </div>
  );
}
