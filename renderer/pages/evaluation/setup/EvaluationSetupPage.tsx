import { Spin } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { AttendanceEditor } from '../../../components/AttendanceEditor';
import { BallotSetupPanel, dirtyLabel, useSettingsDraft } from '../../../components/BallotSetupPanel';
import { basicsProblems } from '../../../components/EventBasicsForm';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useEvaluation } from '../../../hooks/evaluation-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { useHashLocation } from '../../../router/hash-router';
import { EventHeader } from '../EventHeader';
import { eventWords, lockedNotice } from '../evaluation-labels';
import { useEventId } from '../use-event-id';
import { BallotFaceTab } from './BallotFaceTab';
import { BasicsTab } from './BasicsTab';
import { CategoriesTab } from './CategoriesTab';
import { configProblems, sortBands } from './config-checks';
import { RulesTab } from './RulesTab';
import { TargetsTab } from './TargetsTab';
import '../evaluation.css';

const fromEvent = (e: EvaluationEvent) => ({ basics: { name: e.name, date: e.date, unitTitle: e.unitTitle }, config: e.config, reviewPeriod: e.reviewPeriod });

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
  const { query } = useHashLocation();
  const [tab, setTab] = useState<TabKey>(() => tabKeys.find((k) => k === query.get('tab')) ?? (event.targetList.length === 0 ? 'targets' : 'basics'));
  const settings = useSettingsDraft(useMemo(() => fromEvent(event), [event]));
  const { draft, setDraft, differs } = settings;
  const [targetsDirty, setTargetsDirty] = useState(false);
  const update = useChannelMutation('evaluation.update', { success: '设置已保存' });
  const yearLocked = useYearLocked(event.year);
  const readOnly = event.locked || event.status === 'closed' || yearLocked;
  const onTargetsDirty = useCallback((d: boolean) => setTargetsDirty(d), []);
  const setConfig = (config: EvaluationEvent['config']) => setDraft({ ...draft, config });

  const tabDirty: Record<TabKey, boolean> = {
    basics: differs((d) => [d.basics, d.reviewPeriod]),
    targets: targetsDirty,
    categories: differs((d) => d.config.categories),
    ballot: differs(({ config: c }) => [c.form, c.levels, c.indicators, c.formWeights, c.rateLabels]),
    rules: differs(({ config: c }) => [c.rules, c.quorum, c.trimmedMean, c.normalize, c.redLines, c.selfRating, c.bands]),
    attendance: false,
  };
  const mark = (key: TabKey, label: string) => dirtyLabel(tabDirty[key], label);

  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="setup" />
      <BallotSetupPanel
        settings={settings}
        notice={readOnly && !yearLocked ? (event.status === 'closed' ? '测评已结束，设置不能修改' : lockedNotice) : null}
        tab={tab}
        onTab={setTab}
        saveBar={tab !== 'targets' && tab !== 'attendance' && !readOnly}
        check={() => [...basicsProblems(draft.basics, event.reviewPeriod == null ? '测评名称' : '评议名称'), ...configProblems(draft.config)]}
        save={() => update.mutate({ id: event.id, name: draft.basics.name.trim(), date: draft.basics.date, unitTitle: draft.basics.unitTitle.trim(), config: sortBands(draft.config), ...(draft.reviewPeriod == null ? {} : { reviewPeriod: draft.reviewPeriod }) })}
        saving={update.isPending}
        items={[
          { key: 'basics', label: mark('basics', '基本信息'), children: <BasicsTab event={event} draft={draft.basics} onChange={(basics) => setDraft({ ...draft, basics })} period={draft.reviewPeriod} onPeriod={(reviewPeriod) => setDraft({ ...draft, reviewPeriod })} readOnly={readOnly} /> },
          { key: 'targets', label: mark('targets', `${eventWords(event).targets}（${event.targetList.length}）`), children: <TargetsTab event={event} readOnly={readOnly} onDirtyChange={onTargetsDirty} /> },
          { key: 'categories', label: mark('categories', '评委类别'), children: <CategoriesTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
          { key: 'ballot', label: mark('ballot', '票面'), children: <BallotFaceTab config={draft.config} onChange={setConfig} readOnly={readOnly} /> },
          { key: 'rules', label: mark('rules', '规则'), children: <RulesTab config={draft.config} onChange={setConfig} readOnly={readOnly} targetCount={event.targetList.length} /> },
          {
            key: 'attendance',
            label: '实到人数',
            children: <AttendanceEditor kind="evaluation" event={event} numberWidth={120} intro="测评当天按签到情况填写各类别实到人数，用于判断到会人数是否达到要求。未填写的类别按收回票数计算。测评结束前均可修改。" />,
          },
        ]}
      />
    </div>
  );
}
