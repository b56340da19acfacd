import { Alert, App, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { QueryError } from '../../../components/QueryError';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useEvaluation } from '../../../hooks/evaluation-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { useHashLocation } from '../../../router/hash-router';
import { EventHeader } from '../EventHeader';
import { lockedNotice } from '../evaluation-labels';
import { useEventId } from '../use-event-id';
import { AttendanceTab } from './AttendanceTab';
import { BallotFaceTab } from './BallotFaceTab';
import { BasicsTab, type BasicsDraft } from './BasicsTab';
import { CategoriesTab } from './CategoriesTab';
import { configProblems, sortBands } from './config-checks';
import { RulesTab } from './RulesTab';
import { TargetsTab } from './TargetsTab';
import '../evaluation.css';

interface SettingsDraft {
  readonly basics: BasicsDraft;
  readonly config: EvaluationConfig;
}

const fromEvent = (e: EvaluationEvent): SettingsDraft => ({ basics: { name: e.name, date: e.date, unitTitle: e.unitTitle }, config: e.config });

const tabKeys = ['basics', 'targets', 'categories', 'ballot', 'rules', 'attendance'] as const;
type TabKey = (typeof tabKeys)[number];

/** 测评设置: everything a 测评活动 is, in tabs; read-only once live ballots exist (实到人数 stays open). */
export function EvaluationSetupPage() {
  const id = useEventId();
  const event = useEvaluation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <SetupBody event={event.data} />;
}

function SetupBody({ event }: { event: EvaluationEvent }) {
  const { message } = App.useApp();
  const { query } = useHashLocation();
  const initialTab = tabKeys.find((k) => k === query.get('tab')) ?? (event.targetList.length === 0 ? 'targets' : 'basics');
  const [tab, setTab] = useState<TabKey>(initialTab);
  const saved = useMemo(() => fromEvent(event), [event]);
  const [draft, setDraft] = useState<SettingsDraft>(saved);
  const [targetsDirty, setTargetsDirty] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const update = useChannelMutation('evaluation.update', { success: '设置已保存', showError: false });
  const yearLocked = useYearLocked(event.year);
  const readOnly = event.locked || event.status === 'closed' || yearLocked;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  useEffect(() => {
    setDraft(saved);
    setProblems([]);
  }, [saved]);
  const onTargetsDirty = useCallback((d: boolean) => setTargetsDirty(d), []);
  const setConfig = (config: EvaluationConfig) => setDraft({ ...draft, config });

  const submit = () => {
    const found = configProblems(draft.config);
    if (!draft.basics.name.trim()) found.unshift('请填写测评名称');
    if (!draft.basics.unitTitle.trim()) found.unshift('请填写单位名称');
    setProblems(found);
    if (found.length > 0) return;
    update.mutate(
      { id: event.id, name: draft.basics.name.trim(), date: draft.basics.date, unitTitle: draft.basics.unitTitle.trim(), config: sortBands(draft.config) },
      { onError: (error) => void message.error(errorText(error), 6) },
    );
  };

  const settingsTab = (key: TabKey) => key !== 'targets' && key !== 'attendance';
  const differs = (pick: (d: SettingsDraft) => unknown) => JSON.stringify(pick(draft)) !== JSON.stringify(pick(saved));
  const tabDirty: Record<TabKey, boolean> = {
    basics: differs((d) => d.basics),
    targets: targetsDirty,
    categories: differs((d) => d.config.categories),
    ballot: differs(({ config: c }) => [c.form, c.levels, c.indicators, c.formWeights, c.rateLabels]),
    rules: differs(({ config: c }) => [c.rules, c.quorum, c.trimmedMean, c.normalize, c.redLines, c.selfRating, c.bands]),
    attendance: false,
  };
  const dirtyMark = (key: TabKey, label: string) => (tabDirty[key] ? `${label} *` : label);

  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="setup" />
      <div className="panel setup-panel">
        {readOnly && !yearLocked && <Alert type="info" showIcon title={event.status === 'closed' ? '测评已结束，设置不能修改' : lockedNotice} style={{ marginBottom: 12 }} data-testid="locked-notice" />}
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as TabKey)}
          tabBarExtraContent={
            settingsTab(tab) && !readOnly ? (
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
            { key: 'basics', label: dirtyMark('basics', '基本信息'), children: <BasicsTab event={event} draft={draft.basics} onChange={(basics) => setDraft({ ...draft, basics })} readOnly={readOnly} /> },
            { key: 'targets', label: dirtyMark('targets', `测评对象（${event.targetList.length}）`), children: <TargetsTab event={event} readOnly={readOnly} onDirtyChange={onTargetsDirty} /> },
            { key: 'categories', label: dirtyMark('categories', '评委类别'), children: <CategoriesTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
            { key: 'ballot', label: dirtyMark('ballot', '票面'), children: <BallotFaceTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
            { key: 'rules', label: dirtyMark('rules', '规则'), children: <RulesTab config={draft.config} onChange={setConfig} readOnly={readOnly} targetCount={event.targetList.length} /> },
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
